package dev.selfcheck.panel.internal;

import dev.selfcheck.core.Finding;
import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.scoring.Rational;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/*
 * The canonical JSON of a PanelResult: one line, members in the fixed order of the records, lists
 * in the result's order, absent optional values left out, exact values as strings in the form of
 * Rational.toString(), the standard deviation a JSON number. The combined assessment is embedded
 * as Assessment.toJson() writes it. panel-result.schema.json describes the shape.
 */
/** Writes a panel result as JSON. */
public final class PanelJson {

  private final StringBuilder out = new StringBuilder(4096);
  private boolean first = true;

  private PanelJson() {}

  /**
   * @param r a result
   * @return its JSON
   */
  public static String write(PanelResult r) {
    PanelJson j = new PanelJson();
    j.open('{');
    j.object("questionnaire", () -> {
      j.string("id", r.questionnaireId());
      j.string("version", r.questionnaireVersion().toString());
    });
    j.number("respondents", r.respondents());
    j.object("settings", () -> {
      PanelAnalysisSettings.write(j, r);
    });
    j.object("routes", () -> {
      j.object(PanelResult.Route.SCORE_EACH_THEN_DESCRIBE.jsonName(), () -> j.array("dimensions", r.dimensions(), PanelJson::distribution));
      j.object(PanelResult.Route.COMBINE_THEN_SCORE.jsonName(), () -> {
        j.object("rules", () -> r.combined().rules().forEach((q, c) -> j.string(q, c.jsonName())));
        j.object("ruleSources", () -> r.combined().sources().forEach((q, c) -> j.string(q, c.jsonName())));
        j.raw("assessment", r.combined().assessment().toJson());
      });
    });
    j.array("questions", r.questions(), PanelJson::question);
    j.array("dimensionAgreement", r.dimensionAgreement(), (w, a) -> {
      w.string("dimension", a.dimensionId());
      w.number("items", a.items());
      w.exact("rwgJ", a.rwgJ());
      w.bool("low", a.low());
    });
    j.object("alpha", () -> {
      j.number("units", r.alpha().units());
      j.number("pairableValues", r.alpha().pairableValues());
      j.exact("ordinal", r.alpha().ordinal());
      j.exact("interval", r.alpha().interval());
    });
    j.array("groups", r.groups(), (w, g) -> {
      w.string("key", g.key());
      w.number("size", g.size());
      w.array("dimensions", g.dimensions(), PanelJson::distribution);
      w.array("questions", g.questions(), PanelJson::question);
    });
    j.array("groupGaps", r.groupGaps(), (w, g) -> {
      w.string("dimension", g.dimensionId());
      w.string("lowestGroup", g.lowestGroup());
      w.exact("lowestMean", Optional.of(g.lowestMean()));
      w.string("highestGroup", g.highestGroup());
      w.exact("highestMean", Optional.of(g.highestMean()));
      w.exact("gap", Optional.of(g.gap()));
    });
    j.array("questionGaps", r.questionGaps(), (w, g) -> {
      w.string("question", g.questionId());
      w.string("lowestGroup", g.lowestGroup());
      w.exact("lowestMedian", Optional.of(g.lowestMedian()));
      w.string("highestGroup", g.highestGroup());
      w.exact("highestMedian", Optional.of(g.highestMedian()));
      w.exact("gap", Optional.of(g.gap()));
    });
    j.array("agenda", r.agenda(), (w, a) -> {
      w.string("question", a.questionId());
      w.string("field", a.fieldId());
      w.exact("weight", Optional.of(a.weight()));
      w.exact("disagreement", Optional.of(a.disagreement()));
      w.exact("priority", Optional.of(a.priority()));
      w.key("reasons");
      w.open('[');
      a.reasons().forEach(x -> w.element(() -> w.quote(x.jsonName())));
      w.close(']');
    });
    j.array("findings", r.findings(), PanelJson::finding);
    j.close('}');
    return j.out.toString();
  }

  private static void distribution(PanelJson w, PanelResult.Distribution d) {
    w.string("dimension", d.dimensionId());
    w.string("route", d.route().jsonName());
    w.number("n", d.n());
    w.number("notScorable", d.notScorable());
    w.exact("mean", d.mean());
    w.exact("weightedMean", d.weightedMean());
    w.exact("median", d.median());
    w.exact("min", d.min());
    w.exact("max", d.max());
    w.exact("lowerQuartile", d.lowerQuartile());
    w.exact("upperQuartile", d.upperQuartile());
    w.exact("variance", d.variance());
    d.standardDeviation().ifPresent(sd -> w.decimal("standardDeviation", sd));
    w.counts("bands", d.bands());
  }

  private static void question(PanelJson w, PanelResult.QuestionSummary q) {
    w.string("question", q.questionId());
    w.string("field", q.fieldId());
    w.number("shown", q.shown());
    w.number("answered", q.answered());
    w.number("dontKnow", q.dontKnow());
    w.number("notApplicable", q.notApplicable());
    w.number("missing", q.missing());
    w.exact("dontKnowShare", Optional.of(q.dontKnowShare()));
    w.exact("notApplicableShare", Optional.of(q.notApplicableShare()));
    w.exact("missingShare", Optional.of(q.missingShare()));
    w.bool("knowledgeGap", q.knowledgeGap());
    w.counts("counts", q.counts());
    q.agreement().ifPresent(a -> w.object("agreement", () -> {
      w.number("steps", a.steps());
      w.number("n", a.n());
      w.number("range", a.range());
      w.exact("median", Optional.of(a.median()));
      w.exact("interquartileRange", Optional.of(a.interquartileRange()));
      w.exact("withinOneStep", Optional.of(a.withinOneStep()));
      w.exact("averageDeviation", Optional.of(a.averageDeviation()));
      w.exact("variance", a.variance());
      w.exact("rwg", a.rwg());
      w.bool("low", a.low());
    }));
  }

  private static void finding(PanelJson w, Finding f) {
    w.string("code", f.code());
    w.string("severity", f.severity().name());
    w.string("pointer", f.pointer());
    w.string("message", f.message());
  }

  // ---- the writer ------------------------------------------------------------------------------

  void key(String name) {
    if (!first) {
      out.append(',');
    }
    first = false;
    quote(name);
    out.append(':');
  }

  void open(char c) {
    out.append(c);
    first = true;
  }

  void close(char c) {
    out.append(c);
    first = false;
  }

  void element(Runnable value) {
    if (!first) {
      out.append(',');
    }
    first = false;
    value.run();
  }

  void object(String name, Runnable body) {
    key(name);
    open('{');
    body.run();
    close('}');
  }

  <T> void array(String name, List<T> items, BiConsumer<PanelJson, T> each) {
    key(name);
    open('[');
    for (T item : items) {
      element(() -> {
        open('{');
        each.accept(this, item);
        close('}');
      });
    }
    close(']');
  }

  void counts(String name, Map<String, Integer> counts) {
    key(name);
    open('[');
    counts.forEach((k, v) -> element(() -> {
      open('{');
      string("value", k);
      number("count", v);
      close('}');
    }));
    close(']');
  }

  void string(String name, String value) {
    key(name);
    quote(value);
  }

  void number(String name, long value) {
    key(name);
    out.append(value);
  }

  void decimal(String name, BigDecimal value) {
    key(name);
    out.append(value.toPlainString());
  }

  void bool(String name, boolean value) {
    key(name);
    out.append(value);
  }

  void exact(String name, Optional<Rational> value) {
    value.ifPresent(v -> string(name, v.toString()));
  }

  void raw(String name, String json) {
    key(name);
    out.append(json);
  }

  void quote(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** The settings part, kept apart for its length. */
  private static final class PanelAnalysisSettings {
    static void write(PanelJson j, PanelResult r) {
      j.exact("lowAgreement", Optional.of(r.settings().lowAgreement()));
      j.exact("manyDontKnow", Optional.of(r.settings().manyDontKnow()));
      j.number("groupGapSteps", r.settings().groupGapSteps());
      j.string("groupBy", r.settings().groupBy() == dev.selfcheck.panel.PanelAnalysis.GroupBy.GROUP ? "group" : "role");
      j.bool("anonymous", r.settings().anonymous());
      j.number("minimumGroupSize", r.settings().minimumGroupSize());
    }
  }
}
