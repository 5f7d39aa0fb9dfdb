package dev.selfcheck.scoring.internal;

import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.Contribution;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.NotScorable;
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

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out = new StringBuilder(16_384);

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
    quote(name("id"), a.questionnaireId()).append(',');
    quote(name("version"), a.questionnaireVersion().toString()).append("},");
    a.respondent().ifPresent(r -> {
      name("respondent").append('{');
      quote(name("id"), r.id());
      if (r.role().isPresent()) {
        out.append(',');
        name("role");
        quoted(r.role().get());
      }
      if (r.group().isPresent()) {
        out.append(',');
        name("group");
        quoted(r.group().get());
      }
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
      quote(name("code"), f.code()).append(',');
      quote(name("severity"), f.severity().name()).append(',');
      quote(name("pointer"), f.pointer()).append(',');
      quote(name("message"), f.message()).append('}');
    }
    out.append("]}");
  }

  private void dimension(DimensionResult d) {
    out.append('{');
    quote(name("id"), d.id()).append(',');
    name("label");
    text(d.label());
    out.append(',');
    name("scorable").append(d.scorable()).append(',');
    if (d.score().isPresent()) {
      quote(name("score"), d.score().get().toString()).append(',');
      name("displayScore").append(d.displayScore().orElseThrow().toPlainString()).append(',');
      d.raw().ifPresent(v -> quote(name("raw"), v.toString()).append(','));
      if (!d.values().isEmpty()) {
        name("values").append('{');
        String sep = "";
        for (Map.Entry<String, Rational> e : new TreeMap<>(d.values()).entrySet()) {
          out.append(sep);
          quote(name(e.getKey()), e.getValue().toString());
          sep = ",";
        }
        out.append("},");
      }
      d.unrounded().ifPresent(v -> quote(name("unrounded"), v.toString()).append(','));
      d.prorated().ifPresent(v -> {
        name("prorated").append('{');
        name("answered").append(v.answered()).append(',');
        name("applicable").append(v.applicable()).append(',');
        quote(name("factor"), v.factor().toString()).append("},");
      });
    }
    d.notScorable().ifPresent(v -> {
      name("notScorable");
      notScorable(v);
      out.append(',');
    });
    d.band().ifPresent(b -> quote(name("band"), b.id()).append(','));
    quote(name("minScore"), d.minScore().toString()).append(',');
    quote(name("maxScore"), d.maxScore().toString()).append(',');
    quote(name("completion"), d.completion().toString()).append(',');
    quote(name("answeredShare"), d.answeredShare().toString()).append(',');
    if (!d.terms().isEmpty()) {
      name("terms").append('[');
      for (int i = 0; i < d.terms().size(); i++) {
        quote(i > 0 ? out.append(',') : out, d.terms().get(i));
      }
      out.append("],");
    }
    if (!d.counted().isEmpty()) {
      name("counted").append('{');
      boolean first = true;
      for (var e : d.counted().entrySet()) {
        quote(first ? out : out.append(','), e.getKey()).append(':').append(e.getValue());
        first = false;
      }
      out.append("},");
    }
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
    quote(name("kind"), c.kind() == Contribution.Kind.QUESTION ? "question" : "dimension").append(',');
    quote(name("id"), c.id()).append(',');
    quote(name("state"), c.state().jsonName()).append(',');
    if (!c.visible()) {
      name("hidden").append("true,");
    }
    c.score().ifPresent(s -> quote(name("score"), s.toString()).append(','));
    if (c.imputed()) {
      name("imputed").append("true,");
    }
    name("weight").append(c.weight().toPlainString()).append(',');
    name("included").append(c.included()).append(',');
    quote(name("share"), c.share().toString()).append(',');
    quote(name("points"), c.points().toString());
    if (c.exclusion().isPresent()) {
      out.append(',');
      quote(name("excluded"), c.exclusion().get().jsonName());
    }
    out.append('}');
  }

  private void recommendation(FiredRecommendation f) {
    out.append('{');
    quote(name("id"), f.recommendation().id()).append(',');
    name("priority").append(f.recommendation().priority()).append(',');
    f.recommendation().dimension().ifPresent(d -> quote(name("dimension"), d).append(','));
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
      reason(f.reasons().get(i));
    }
    out.append("]}");
  }

  /** A reason: its rule, pointer and code, then its arguments in the order of Reason's accessors. */
  private void reason(Reason r) {
    out.append('{');
    quote(name("rule"), r.rule()).append(',');
    quote(name("pointer"), r.pointer()).append(',');
    quote(name("code"), r.code().jsonName());
    r.question().ifPresent(v -> quote(comma().name("question"), v));
    if (r.questionCount().isPresent()) {
      comma().name("questions");
      strings(r.questions());
      comma().name("questionCount").append(r.questionCount().getAsInt());
    }
    r.atLeast().ifPresent(v -> comma().name("atLeast").append(v));
    r.atMost().ifPresent(v -> comma().name("atMost").append(v));
    r.state().ifPresent(v -> quote(comma().name("state"), v.jsonName()));
    r.answer().ifPresent(v -> {
      comma().name("answer");
      answer(v);
    });
    r.operator().ifPresent(v -> quote(comma().name("operator"), v.jsonName()));
    if (!r.literals().isEmpty()) {
      comma().name("literals").append('[');
      for (int i = 0; i < r.literals().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        literal(r.literals().get(i));
      }
      out.append(']');
    }
    r.dimension().ifPresent(v -> quote(comma().name("dimension"), v));
    r.value().ifPresent(v -> quote(comma().name("value"), v.toString()));
    r.displayScore().ifPresent(v -> comma().name("displayScore").append(v.toPlainString()));
    r.band().ifPresent(v -> quote(comma().name("band"), v));
    r.notScorable().ifPresent(v -> {
      comma().name("notScorable");
      notScorable(v);
    });
    out.append('}');
  }

  private void notScorable(NotScorable v) {
    out.append('{');
    quote(name("code"), v.code().jsonName());
    v.answeredShare().ifPresent(x -> quote(comma().name("answeredShare"), x.toString()));
    v.requiredShare().ifPresent(x -> quote(comma().name("requiredShare"), x.toString()));
    v.missing().ifPresent(x -> comma().name("missing").append(x));
    v.allowedMissing().ifPresent(x -> comma().name("allowedMissing").append(x));
    out.append('}');
  }

  private AssessmentJson comma() {
    out.append(',');
    return this;
  }

  private void answer(AnswerValue v) {
    switch (v.kind()) {
      case STRING:
        quoted(v.asString());
        break;
      case STRINGS:
        strings(v.asOptions());
        break;
      case BOOLEAN:
        out.append(v.asBoolean());
        break;
      default:
        out.append(v.asNumber().toPlainString());
    }
  }

  private void literal(Literal l) {
    switch (l.kind()) {
      case TEXT:
        quoted(l.text());
        break;
      case NUMBER:
        out.append(l.number().toPlainString());
        break;
      default:
        out.append(l.bool());
    }
  }

  private void strings(List<String> values) {
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      quoted(values.get(i));
    }
    out.append(']');
  }

  private void text(LocalizedText t) {
    out.append('{');
    boolean first = true;
    Map<String, String> translations = t.translations();
    for (Map.Entry<String, String> e
        : (translations.size() == 1 ? translations : new TreeMap<>(translations)).entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      quoted(e.getKey()).append(':');
      quoted(e.getValue());
    }
    out.append('}');
  }

  /** Writes a member name; all names here are constants with nothing to escape. */
  private StringBuilder name(String name) {
    return out.append('"').append(name).append("\":");
  }

  /** Writes a string as a JSON string literal. */
  private StringBuilder quoted(String s) {
    return quote(out, s);
  }

  /**
   * Appends a string as a JSON string literal; a string with nothing to escape is appended whole.
   *
   * @param b where to append
   * @param s the string
   * @return b
   */
  static StringBuilder quote(StringBuilder b, String s) {
    b.append('"');
    int n = s.length();
    int plain = 0;
    while (plain < n && !escaped(s.charAt(plain))) {
      plain++;
    }
    if (plain == n) {
      return b.append(s).append('"');
    }
    b.append(s, 0, plain);
    for (int i = plain; i < n; i++) {
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
            b.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"');
  }

  /** Whether a character is written escaped. */
  private static boolean escaped(char c) {
    return c < 0x20 || c == '"' || c == '\\' || c == 0x2028 || c == 0x2029;
  }
}
