package dev.selfcheck.benchmarks;

import dev.selfcheck.core.Response;
import dev.selfcheck.panel.Panel;
import dev.selfcheck.panel.PanelAnalysis;
import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.ScoringEngine;
import dev.selfcheck.scoring.Scorer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of a panel of {@value #SIZE} wk108 responses (the first of
 * {@code responses-20k.jsonl}, decoded into {@code Response}s beforehand; every respondent has a
 * role and one of four groups, so the group statistics run too). One operation is the whole panel.
 *
 * <ul>
 *   <li>{@code panelScoreEach}: {@code Scorer.score} of every response (explanations off) with
 *       each dimension's and the total's score and band read: scoring those responses alone, the
 *       yardstick of the target.
 *   <li>{@code panelAnalyzeStreamed}: {@code PanelAnalysis.analyze(scorer, responses)}, both
 *       routes and every statistic (distributions, answer counts, agreement, r_wg(J), alpha,
 *       combination and its assessment, groups, gaps, agenda), the responses streamed.
 *   <li>{@code panelAnalyzePanel}: the same through {@code Panel.of} and
 *       {@code PanelAnalysis.analyze(scorer, panel)}.
 * </ul>
 *
 * <p>Setup checks that both ways give the same result.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PanelBenchmark {

  /** Respondents in the panel. */
  public static final int SIZE = 10_000;

  private static final String[] GROUPS = {"administration", "politics", "civil-society", "business"};

  private Scorer scorer;
  private List<Response> responses;
  private PanelAnalysis analysis;

  /** Reads the panel and checks that both entries agree. */
  @Setup(Level.Trial)
  public void setup() {
    scorer = ScoringEngine.builder().explanations(false).build().compile(Wk108Workload.questionnaire());
    Wk108Workload.requireConformance(scorer);
    List<String> lines = Wk108Workload.lines("responses-20k.jsonl");
    if (lines.size() < SIZE) {
      throw new IllegalStateException("responses-20k.jsonl has " + lines.size() + " lines (run gen.mjs --size 20k)");
    }
    responses = new ArrayList<>(SIZE);
    for (int i = 0; i < SIZE; i++) {
      String document = Wk108Workload.responseDocument(lines.get(i)).replace("\"},\"answers\":{",
          "\",\"role\":\"" + (i % 10 == 0 ? "lead" : "member") + "\",\"group\":\""
              + GROUPS[i % GROUPS.length] + "\"},\"answers\":{");
      responses.add(Wk108Workload.response(document));
    }
    if (responses.get(SIZE - 1).respondent().orElseThrow().group().isEmpty()) {
      throw new IllegalStateException("the respondents have no group");
    }
    analysis = PanelAnalysis.create();
    PanelResult streamed = analysis.analyze(scorer, responses);
    if (!streamed.equals(analysis.analyze(scorer, Panel.of(scorer.questionnaire(), responses)))
        || streamed.respondents() != SIZE || streamed.groups().size() != GROUPS.length) {
      throw new IllegalStateException("the streamed panel result differs from the panel's");
    }
  }

  /** @return a sum of the scores read, so that nothing is left unused */
  @Benchmark
  public int panelScoreEach() {
    int read = 0;
    for (Response r : responses) {
      Assessment a = scorer.score(r);
      read += a.total().score().isPresent() ? 1 : 0;
      for (DimensionResult d : a.dimensions()) {
        read += d.score().isPresent() ? 1 : 0;
        read += d.band().isPresent() ? 1 : 0;
      }
    }
    return read;
  }

  /** @return the analysis of the panel, the responses streamed */
  @Benchmark
  public PanelResult panelAnalyzeStreamed() {
    return analysis.analyze(scorer, responses);
  }

  /** @return the analysis of the panel built by {@code Panel.of} */
  @Benchmark
  public PanelResult panelAnalyzePanel() {
    return analysis.analyze(scorer, Panel.of(scorer.questionnaire(), responses));
  }
}
