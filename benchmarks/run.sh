#!/usr/bin/env bash
# Runs our JMH benchmarks and the hand-written wk108 baseline side by side, on the same machine in
# the same run, and prints every figure as a ratio against its target (docs/performance.md).
#
#   benchmarks/run.sh                 # about 6 minutes
#   QUICK=1 benchmarks/run.sh         # shorter iterations, for a smoke test (figures are rough)
#   BATCH_SIZE=1m benchmarks/run.sh   # streams 1 000 000 responses in the batch check (slow)
#
# Needs java 17+, node 18+ (generates the 20k responses) and python3. The shared workload is read
# from ../shared/bench (override with SHARED=...); it is copied to a temporary folder, so nothing
# is written beside it. Results (JMH JSON, the table) stay in $OUT (default: a temporary folder).
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${SHARED:-$REPO/../shared/bench}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/selfcheck-bench.XXXXXX")"
OUT="${OUT:-$WORK}"
BATCH_SIZE="${BATCH_SIZE:-20k}"
if [[ -n "${QUICK:-}" ]]; then
  JMH_OPTS=(-f 1 -wi 2 -w 1s -i 3 -r 1s)
else
  JMH_OPTS=(-f 1 -wi 3 -w 2s -i 5 -r 2s)
fi
mkdir -p "$OUT"
echo "work folder: $WORK"

# 1. The workload and the baseline, copied so that shared/ stays untouched.
cp -r "$SHARED/wk108" "$WORK/wk108"
cp -r "$SHARED/baseline-java" "$WORK/baseline-java"
chmod -R u+w "$WORK"
rm -rf "$WORK/baseline-java/target"
(cd "$WORK/wk108" && node gen.mjs --size 20k >/dev/null)
if [[ "$BATCH_SIZE" != 20k ]]; then
  (cd "$WORK/wk108" && node gen.mjs --size "$BATCH_SIZE" >/dev/null)
fi

# 2. Build both (offline first; the baseline's plugins may need one online build).
(cd "$REPO" && ./mvnw -o -q -B -pl benchmarks -am package -DskipTests)
(cd "$REPO" && ./mvnw -o -q -B -f "$WORK/baseline-java/pom.xml" package -DskipTests 2>/dev/null \
  || ./mvnw -q -B -f "$WORK/baseline-java/pom.xml" package -DskipTests)
OURS_JAR="$REPO/benchmarks/target/benchmarks.jar"
BASE_JAR="$WORK/baseline-java/target/benchmarks.jar"

# 3. JMH, both with the GC profiler; each setup checks its scorer against the expected results.
java -Dwk108.workload="$WORK/wk108" -jar "$BASE_JAR" 'Wk108Bench\.(scoreAndRules|decodeScoreAndRules)$' \
  "${JMH_OPTS[@]}" -prof gc -rf json -rff "$OUT/baseline.json" >"$OUT/baseline.log"
java -Dwk108.workload="$WORK/wk108" -jar "$OURS_JAR" 'dev.selfcheck.benchmarks.*' \
  "${JMH_OPTS[@]}" -prof gc -rf json -rff "$OUT/ours.json" >"$OUT/ours.log"

# 4. The batch streamed with a small heap, and validation on a cold JVM (5 runs, median).
java -Xmx64m -Dwk108.workload="$WORK/wk108" -cp "$OURS_JAR" dev.selfcheck.benchmarks.BatchRun \
  "$WORK/wk108/responses-$BATCH_SIZE.jsonl" "$WORK" "$OUT/batch.json" 2>/dev/null
: >"$OUT/cold.txt"
for _ in 1 2 3 4 5; do
  start=$(date +%s%N)
  java -cp "$OURS_JAR" dev.selfcheck.benchmarks.ColdValidate 2>/dev/null
  echo $(( ($(date +%s%N) - start) / 1000000 )) >>"$OUT/cold.txt"
done

# 5. The table.
python3 - "$OUT" <<'PY' | tee "$OUT/table.md"
import json, statistics, sys, os
out = sys.argv[1]
def load(name):
    res = {}
    for b in json.load(open(os.path.join(out, name))):
        key = b["benchmark"].rsplit(".", 1)[-1]
        res[key] = {"score": b["primaryMetric"]["score"], "unit": b["primaryMetric"]["scoreUnit"],
                    "alloc": b.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")}
    return res
ours, base = load("ours.json"), load("baseline.json")
batch = json.load(open(os.path.join(out, "batch.json")))
cold = statistics.median(int(l) for l in open(os.path.join(out, "cold.txt")) if l.strip())
def ns(r):
    return r["score"] * {"ns/op": 1, "us/op": 1e3, "ms/op": 1e6}[r["unit"]]
def fmt_ns(v):
    return f"{v:,.0f} ns" if v < 1e4 else f"{v / 1e3:,.1f} µs" if v < 1e7 else f"{v / 1e6:,.1f} ms"
rows = []
def ratio_row(name, o, b, limit, inverse=False):
    if inverse:  # throughput: baseline time / our time
        r = ns(b) / ns(o)
        rows.append((name, fmt_ns(ns(o)), fmt_ns(ns(b)), f"{r:.3f}× throughput", f"≥ {limit}×", r >= limit))
    else:
        r = ns(o) / ns(b)
        rows.append((name, fmt_ns(ns(o)), fmt_ns(ns(b)), f"{r:.1f}×", f"≤ {limit}×", r <= limit))
ratio_row("score wk108, explanations off (vs scoreAndRules)", ours["scoreExplanationsOff"], base["scoreAndRules"], 2)
ratio_row("score wk108, explanations on (vs scoreAndRules)", ours["scoreExplanationsOn"], base["scoreAndRules"], 5)
ratio_row("score wk108 on a filled AnswerSheet, no Assessment (vs scoreAndRules)", ours["scoreSheet"], base["scoreAndRules"], 1.5)
ratio_row("fill an AnswerSheet from byte[108] + score (vs scoreAndRules)", ours["fillAndScoreSheet"], base["scoreAndRules"], 2)
a = ours["scoreExplanationsOff"]["alloc"]
rows.append(("allocation per response, explanations off", f"{a:,.0f} B", f"{base['scoreAndRules']['alloc']:,.0f} B", "–", "< 2048 B", a < 2048))
a = ours["scoreSheet"]["alloc"]
rows.append(("allocation per response, AnswerSheet", f"{a:,.0f} B", f"{base['scoreAndRules']['alloc']:,.0f} B", "–", "0 B", a < 1))
ratio_row("batch line: JSON → compact assessment line (vs decodeScoreAndRules)", ours["batchLineCompact"], base["decodeScoreAndRules"], 0.5, inverse=True)
rows.append(("batch line: JSON → full assessment JSON (beside it, no target)", fmt_ns(ns(ours["batchLine"])), fmt_ns(ns(base["decodeScoreAndRules"])), f"{ns(base['decodeScoreAndRules']) / ns(ours['batchLine']):.3f}× throughput", "–", None))
rows.append((f"batch streamed, {batch['lines']:,} lines, -Xmx64m", f"{batch['usPerLine']:,.1f} µs/line, peak heap {batch['peakHeapBytes'] / 2**20:.0f} MB", "–", "–", "constant memory", batch["peakHeapBytes"] <= batch["maxHeapBytes"]))
rows.append(("load + validate flagship, warm", fmt_ns(ns(ours["loadAndValidate"])), "–", "–", "< 50 ms", ns(ours["loadAndValidate"]) < 50e6))
rows.append(("load + validate flagship, cold JVM (median of 5)", f"{cold} ms", "–", "–", "< 1500 ms", cold < 1500))
rows.append(("compile wk108 (no target)", fmt_ns(ns(ours["compile"])), "–", "–", "–", None))
o = ours["scoreExplanationsOffRead"]
rows.append(("score wk108, explanations off, every result read (no target)", f"{fmt_ns(ns(o))}, {o['alloc']:,.0f} B", "–", "–", "–", None))
o = ours["scoreResponse"]
rows.append(("score wk108, a Response bound by id on scoring, explanations off (no target)", f"{fmt_ns(ns(o))}, {o['alloc']:,.0f} B", "–", "–", "–", None))
p, e = ours["panelAnalyzeStreamed"], ours["panelScoreEach"]
rows.append(("aggregate a panel of 10 000 wk108 responses, both routes, all statistics (vs scoring them alone, same run)",
             fmt_ns(ns(p)), fmt_ns(ns(e)) + " (panelScoreEach)", f"{ns(p) / ns(e):.2f}×", "≤ 1.5×", ns(p) / ns(e) <= 1.5))
o = ours["panelAnalyzePanel"]
rows.append(("the same panel through Panel.of (no target)", f"{fmt_ns(ns(o))}, {o['alloc'] / 1e6:,.0f} MB", "–", "–", "–", None))
r = ours["htmlReportWithImprovements"]
rows.append(("HTML report with improvements, generated 10 000 questions", fmt_ns(ns(r)), "–", "–", "< 5 s", ns(r) < 5e9))
for key, name in (("flagshipScore", "score a flagship response, explanations off"),
                  ("flagshipScoreExplained", "score a flagship response, explanations on"),
                  ("flagshipSheet", "score a flagship AnswerSheet")):
    rows.append((f"{name} (no target)", f"{fmt_ns(ns(ours[key]))}, {ours[key]['alloc']:,.0f} B", "–", "–", "–", None))
print("| benchmark | ours | baseline | ratio | target | met |")
print("| --- | --- | --- | --- | --- | --- |")
for name, o, b, r, t, met in rows:
    print(f"| {name} | {o} | {b} | {r} | {t} | {'–' if met is None else 'met' if met else 'MISSED'} |")
print()
print("Allocation (gc.alloc.rate.norm, B/op): " + ", ".join(
    f"{k} {v['alloc']:,.0f}" for k, v in sorted(ours.items()) if v["alloc"] is not None))
PY
echo "results: $OUT"
