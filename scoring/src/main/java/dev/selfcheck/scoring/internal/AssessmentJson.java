package dev.selfcheck.scoring.internal;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.Contribution;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Reason;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/*
 * The assessment's JSON form, written by hand so that the scoring module needs no JSON library.
 * One line (fit for JSON Lines), members in a fixed order, maps sorted by key. Exact values
 * (scores, shares, completion) are strings in Rational's form ("62.5", "250/3"), so no reader
 * turns them into floating point; display scores are JSON numbers, already rounded. Optional
 * flags (a contribution's "hidden" and "imputed") are written only when true. The form carries
 * every field of the assessment, so that QuestionnaireCodec.readAssessment can rebuild an equal
 * value, with two exceptions that scoring never produces: the line and column of a finding.
 */
/** Writes assessments as canonical JSON. */
public final class AssessmentJson {

  private final StringBuilder out = new StringBuilder(4096);

  private AssessmentJson() {}

  /**
   * Writes an assessment.
   *
   * @param a the assessment
   * @return one line of JSON
   */
  public static String write(Assessment a) {
    AssessmentJson w = new AssessmentJson();
    w.assessment(a);
    return w.out.toString();
  }

  private void assessment(Assessment a) {
    out.append('{');
    name("questionnaire").append('{');
    name("id").append(quote(a.questionnaireId())).append(',');
    name("version").append(quote(a.questionnaireVersion().toString())).append("},");
    a.respondent().ifPresent(r -> {
      name("respondent").append('{');
      name("id").append(quote(r.id()));
      r.role().ifPresent(v -> out.append(',').append(quote("role")).append(':').append(quote(v)));
      r.group().ifPresent(v -> out.append(',').append(quote("group")).append(':').append(quote(v)));
      out.append("},");
    });
    name("total");
    dimension(a.total());
    out.append(',');
    name("dimensions").append('[');
    for (int i = 0; i < a.dimensions().size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      dimension(a.dimensions().get(i));
    }
    out.append("],");
    name("recommendations").append('[');
    for (int i = 0; i < a.recommendations().size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      recommendation(a.recommendations().get(i));
    }
    out.append("],");
    name("findings").append('[');
    List<Finding> findings = a.findings();
    for (int i = 0; i < findings.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Finding f = findings.get(i);
      out.append('{');
      name("code").append(quote(f.code())).append(',');
      name("severity").append(quote(f.severity().name())).append(',');
      name("pointer").append(quote(f.pointer())).append(',');
      name("message").append(quote(f.message())).append('}');
    }
    out.append("]}");
  }

  private void dimension(DimensionResult d) {
    out.append('{');
    name("id").append(quote(d.id())).append(',');
    name("label");
    text(d.label());
    out.append(',');
    name("scorable").append(d.scorable()).append(',');
    if (d.score().isPresent()) {
      name("score").append(quote(d.score().get().toString())).append(',');
      name("displayScore").append(d.displayScore().orElseThrow().toPlainString()).append(',');
    }
    d.notScorableBecause().ifPresent(v -> name("notScorableBecause").append(quote(v)).append(','));
    d.band().ifPresent(b -> name("band").append(quote(b.id())).append(','));
    name("minScore").append(quote(d.minScore().toString())).append(',');
    name("maxScore").append(quote(d.maxScore().toString())).append(',');
    name("completion").append(quote(d.completion().toString())).append(',');
    name("answeredShare").append(quote(d.answeredShare().toString())).append(',');
    name("counts").append('{');
    name("answered").append(d.answered()).append(',');
    name("dontKnow").append(d.dontKnow()).append(',');
    name("notApplicable").append(d.notApplicable()).append(',');
    name("notAnswered").append(d.notAnswered()).append(',');
    name("hidden").append(d.hidden()).append("},");
    name("contributions").append('[');
    for (int i = 0; i < d.contributions().size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      contribution(d.contributions().get(i));
    }
    out.append("]}");
  }

  private void contribution(Contribution c) {
    out.append('{');
    name("kind").append(quote(c.kind() == Contribution.Kind.QUESTION ? "question" : "dimension")).append(',');
    name("id").append(quote(c.id())).append(',');
    name("state").append(quote(c.state().jsonName())).append(',');
    if (!c.visible()) {
      name("hidden").append("true,");
    }
    c.score().ifPresent(s -> name("score").append(quote(s.toString())).append(','));
    if (c.imputed()) {
      name("imputed").append("true,");
    }
    name("weight").append(c.weight().toPlainString()).append(',');
    name("included").append(c.included()).append(',');
    name("share").append(quote(c.share().toString())).append(',');
    name("points").append(quote(c.points().toString()));
    c.excludedBecause().ifPresent(v -> out.append(',').append(quote("excludedBecause")).append(':')
        .append(quote(v)));
    out.append('}');
  }

  private void recommendation(FiredRecommendation f) {
    out.append('{');
    name("id").append(quote(f.recommendation().id())).append(',');
    name("priority").append(f.recommendation().priority()).append(',');
    f.recommendation().dimension().ifPresent(d -> name("dimension").append(quote(d)).append(','));
    name("title");
    text(f.recommendation().title());
    out.append(',');
    name("tags");
    strings(f.recommendation().tags());
    out.append(',');
    name("rules");
    strings(f.rules());
    out.append(',');
    name("reasons").append('[');
    for (int i = 0; i < f.reasons().size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Reason r = f.reasons().get(i);
      out.append('{');
      name("rule").append(quote(r.rule())).append(',');
      name("pointer").append(quote(r.pointer())).append(',');
      name("fact").append(quote(r.fact())).append('}');
    }
    out.append("]}");
  }

  private void strings(List<String> values) {
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(values.get(i)));
    }
    out.append(']');
  }

  private void text(LocalizedText t) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, String> e : new TreeMap<>(t.translations()).entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      name(e.getKey()).append(quote(e.getValue()));
    }
    out.append('}');
  }

  private StringBuilder name(String name) {
    return out.append(quote(name)).append(':');
  }

  /**
   * Quotes a string as JSON.
   *
   * @param s the string
   * @return the JSON string literal
   */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"').toString();
  }
}
