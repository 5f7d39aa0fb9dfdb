package dev.selfcheck.scoring;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerScale;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rule;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.core.SemanticVersion;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The shared reference workload wk108 ({@code ../shared/bench/wk108/README.md}) written as a
 * selfcheck questionnaire, built with the public API only, and its responses read into the model.
 */
final class Wk108 {

  /** Where the shared workload lives, seen from the module directory. */
  static final Path DIR = Path.of("../../shared/bench/wk108");

  private Wk108() {}

  static boolean available() {
    return Files.isRegularFile(DIR.resolve("expected-1k.jsonl"));
  }

  private static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }

  private static BigDecimal n(long v) {
    return BigDecimal.valueOf(v);
  }

  /** Questions per criterion: 108 = 21·5 + 3, the first three criteria get 6. */
  private static int questionsIn(int criterion) {
    return criterion < 3 ? 6 : 5;
  }

  static Questionnaire questionnaire() {
    AnswerScale.Builder scale = AnswerScale.builder().id("level").allowDontKnow(true);
    String[] labels = {"not at all", "rather not", "partly", "largely", "fully"};
    for (int v = 0; v <= 4; v++) {
      scale.addOption(AnswerOption.of(String.valueOf(v), en(labels[v]), n(25L * v)));
    }
    Questionnaire.Builder q = Questionnaire.builder()
        .id("wk108").version(SemanticVersion.parse("1.0.0")).defaultLocale("en")
        .title(en("Workload wk108"))
        .addScale(scale.build())
        .scoring(ScoringSettings.builder().decimals(2).build())
        .addBand(band("starting", 0, 34, false))
        .addBand(band("developing", 34, 67, false))
        .addBand(band("leading", 67, 100, true));
    int question = 1;
    int criterion = 0;
    String[] first = new String[8];
    String[] second = new String[8];
    for (int d = 1; d <= 7; d++) {
      Dimension.Builder dim = Dimension.builder().id("d" + d).label(en("Dimension " + d))
          .weight(n(d == 7 ? 2 : 1));
      for (int c = 1; c <= 3; c++) {
        Dimension.Builder crit = Dimension.builder().id("d" + d + "c" + c)
            .label(en("Criterion " + d + "." + c)).weight(n(c == 3 ? 2 : 1));
        for (int k = 0; k < questionsIn(criterion); k++) {
          String id = String.format(java.util.Locale.ROOT, "q%03d", question);
          if (c == 1 && k == 0) {
            first[d] = id;
          }
          if (c == 1 && k == 1) {
            second[d] = id;
          }
          crit.addQuestion(Question.builder().id(id).type(QuestionType.SINGLE_CHOICE)
              .text(en("Question " + question)).scale("level")
              .weight(n(question % 3 + 1)).reversed(question % 9 == 0).build());
          question++;
        }
        criterion++;
        dim.addDimension(crit.build());
      }
      q.addDimension(dim.build());
    }
    for (int k = 1; k <= 7; k++) {
      String d = "d" + k;
      String next = "d" + (k % 7 + 1);
      Condition scorable = ScorableIs.of(d, true);
      rule(q, "r" + k + "a", score(d, Operator.LT, 34));
      rule(q, "r" + k + "b", Condition.all(score(d, Operator.GE, 34), score(d, Operator.LT, 67)));
      rule(q, "r" + k + "c", Condition.all(scorable,
          Condition.answer(first[k], Operator.LE, Literal.of("1"))));
      rule(q, "r" + k + "d", Condition.all(scorable,
          Condition.answerIs(second[k], AnswerState.DONT_KNOW)));
      rule(q, "r" + k + "e", Condition.all(score(d, Operator.LT, 50), score(next, Operator.GE, 67)));
      rule(q, "r" + k + "f", Condition.all(scorable, MeasureComparison.of(
          MeasureComparison.Measure.COMPLETION, d, Operator.LT, new BigDecimal("0.8"))));
    }
    return q.build();
  }

  private static Condition score(String dimension, Operator op, long value) {
    return MeasureComparison.of(MeasureComparison.Measure.SCORE, dimension, op, n(value));
  }

  private static void rule(Questionnaire.Builder q, String id, Condition when) {
    q.addRecommendation(Recommendation.builder().id(id).title(en(id)).text(en("Rule " + id)).build());
    q.addRule(Rule.builder().id(id).when(when).addRecommend(id).build());
  }

  private static Band band(String id, long lower, long upper, boolean upperInclusive) {
    return Band.builder().id(id).label(en(id)).lower(n(lower)).upper(n(upper))
        .upperInclusive(upperInclusive).build();
  }

  /** Reads one line of a wk108 responses file. */
  static Response response(JsonNode line) {
    Response.Builder r = Response.builder().questionnaireId("wk108")
        .questionnaireVersion(SemanticVersion.parse("1.0.0"));
    for (Map.Entry<String, JsonNode> e : line.get("answers").properties()) {
      JsonNode v = e.getValue();
      if (v.isNull()) {
        continue;
      }
      r.putAnswer(e.getKey(), v.isString() && v.asString().equals("dk")
          ? Answer.dontKnow()
          : Answer.of(AnswerValue.option(v.asString())));
    }
    return r.build();
  }
}
