#!/usr/bin/env python3
"""Writes src/main/resources/wk108.json: the shared workload wk108 (../shared/bench/wk108/README.md)
as a selfcheck questionnaire document. Run once from the benchmarks folder; the output is committed.

    python3 gen-wk108.py

Model: dimensions d1..d7 (d7 weight 2), each with criteria c1, c2, c3 (weights 1, 1, 2) as
sub-dimensions; questions q001..q108 (the first three criteria get 6, the others 5), single choice on
the scale "level" (0..4 scored 0, 25, 50, 75, 100, don't know allowed), weight (i mod 3) + 1, every
9th reversed; bands starting [0, 34), developing [34, 67), leading [67, 100]; 42 rules r{k}a..r{k}f
each recommending the recommendation of the same id.
"""
import json
import pathlib


def en(text):
    return {"en": text}


def score(dim, op, value):
    return {"score": dim, op: value}


def main():
    labels = ["not at all", "rather not", "partly", "largely", "fully"]
    doc = {
        "$schema": "https://selfcheck.dev/schemas/1.0/questionnaire.schema.json",
        "formatVersion": "1.0",
        "id": "wk108",
        "version": "1.0.0",
        "defaultLocale": "en",
        "title": en("Workload wk108"),
        "scales": [{
            "id": "level",
            "allowDontKnow": True,
            "options": [{"value": str(v), "label": en(labels[v]), "score": 25 * v} for v in range(5)],
        }],
        "dimensions": [],
        "scoring": {"decimals": 2},
        "bands": [
            {"id": "starting", "label": en("starting"), "lower": 0, "upper": 34},
            {"id": "developing", "label": en("developing"), "lower": 34, "upper": 67},
            {"id": "leading", "label": en("leading"), "lower": 67, "upper": 100, "upperInclusive": True},
        ],
        "recommendations": [],
        "rules": [],
    }
    question = 1
    criterion = 0
    first, second = {}, {}
    for d in range(1, 8):
        dim = {"id": f"d{d}", "label": en(f"Dimension {d}"), "weight": 2 if d == 7 else 1, "dimensions": []}
        for c in range(1, 4):
            crit = {"id": f"d{d}c{c}", "label": en(f"Criterion {d}.{c}"), "weight": 2 if c == 3 else 1,
                    "questions": []}
            for k in range(6 if criterion < 3 else 5):
                qid = f"q{question:03d}"
                if c == 1 and k == 0:
                    first[d] = qid
                if c == 1 and k == 1:
                    second[d] = qid
                q = {"id": qid, "type": "singleChoice", "text": en(f"Question {question}"),
                     "scale": "level", "weight": question % 3 + 1}
                if question % 9 == 0:
                    q["reversed"] = True
                crit["questions"].append(q)
                question += 1
            criterion += 1
            dim["dimensions"].append(crit)
        doc["dimensions"].append(dim)
    for k in range(1, 8):
        d, nxt = f"d{k}", f"d{k % 7 + 1}"
        scorable = {"score": d, "is": "scorable"}
        rules = {
            "a": score(d, "lt", 34),
            "b": {"all": [score(d, "ge", 34), score(d, "lt", 67)]},
            "c": {"all": [scorable, {"answer": first[k], "le": "1"}]},
            "d": {"all": [scorable, {"answer": second[k], "is": "dontKnow"}]},
            "e": {"all": [score(d, "lt", 50), score(nxt, "ge", 67)]},
            "f": {"all": [scorable, {"completion": d, "lt": 0.8}]},
        }
        for suffix, when in rules.items():
            rid = f"r{k}{suffix}"
            doc["recommendations"].append({"id": rid, "title": en(rid), "text": en(f"Rule {rid}")})
            doc["rules"].append({"id": rid, "when": when, "recommend": [rid]})
    out = pathlib.Path(__file__).parent / "src/main/resources/wk108.json"
    out.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
