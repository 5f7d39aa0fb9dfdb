package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.compile;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rule;
import dev.selfcheck.core.ScorableIs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * An answer sheet fires exactly the recommendations of the equivalent response under generated
 * rules of every kind of condition (all, any, not, answer states and comparisons, quantifiers,
 * scores, completion, scorability, bands) over the wk108 questionnaire.
 */
class AnswerSheetRulesTest {

  private static final String[] DIMENSIONS = {
      "total", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d1c1", "d2c3", "d5c2", "d7c1"};
  private static final String[] BANDS = {"starting", "developing", "leading"};
  private static final AnswerState[] STATES = AnswerState.values();

  private static String question(Random r) {
    return String.format(java.util.Locale.ROOT, "q%03d", 1 + r.nextInt(108));
  }

  private static Condition condition(Random r, int depth) {
    int kind = r.nextInt(depth > 0 ? 11 : 8);
    switch (kind) {
      case 0:
        return Condition.answerIs(question(r), STATES[r.nextInt(STATES.length)]);
      case 1: {
        Operator[] ops = {Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT, Operator.GE};
        return Condition.answer(question(r), ops[r.nextInt(ops.length)],
            Literal.of(String.valueOf(r.nextInt(5))));
      }
      case 2:
        return Condition.answerIn(question(r), List.of(Literal.of(String.valueOf(r.nextInt(5))),
            Literal.of(String.valueOf(r.nextInt(5)))));
      case 3: {
        Quantifier.Builder b = Quantifier.builder();
        int n = 2 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
          b.addQuestion(question(r));
        }
        int least = r.nextInt(n);
        b.atLeast(least);
        if (r.nextBoolean()) {
          b.atMost(least + r.nextInt(n - least + 1));
        }
        if (r.nextBoolean()) {
          b.state(r.nextBoolean() ? AnswerState.DONT_KNOW : AnswerState.NOT_ANSWERED);
        } else {
          b.operator(Operator.GE).addValue(Literal.of(String.valueOf(r.nextInt(5))));
        }
        return b.build();
      }
      case 4:
      case 5: {
        Operator[] ops = {Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT, Operator.GE};
        boolean score = kind == 4;
        BigDecimal value = score ? BigDecimal.valueOf(r.nextInt(10_001), 2)
            : BigDecimal.valueOf(r.nextInt(101), 2);
        return MeasureComparison.of(score ? MeasureComparison.Measure.SCORE
            : MeasureComparison.Measure.COMPLETION, DIMENSIONS[r.nextInt(DIMENSIONS.length)],
            ops[r.nextInt(ops.length)], value);
      }
      case 6:
        return ScorableIs.of(DIMENSIONS[r.nextInt(DIMENSIONS.length)], r.nextBoolean());
      case 7: {
        List<String> bands = new ArrayList<>();
        for (String b : BANDS) {
          if (r.nextBoolean()) {
            bands.add(b);
          }
        }
        if (bands.isEmpty()) {
          bands.add(BANDS[r.nextInt(BANDS.length)]);
        }
        String at = DIMENSIONS[r.nextInt(DIMENSIONS.length)];
        return r.nextBoolean() ? BandIs.of(at, Operator.IN, bands)
            : BandIs.of(at, r.nextBoolean() ? Operator.EQ : Operator.NE, List.of(bands.get(0)));
      }
      case 8:
        return Condition.not(condition(r, depth - 1));
      default: {
        Condition[] parts = new Condition[1 + r.nextInt(3)];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = condition(r, depth - 1);
        }
        return kind == 9 ? Condition.all(parts) : Condition.any(parts);
      }
    }
  }

  @Property(tries = 200)
  void should_fire_the_same_recommendations_when_rules_of_every_kind_read_a_sheet(
      @ForAll long seed) {
    // GIVEN a wk108 questionnaire with 30 generated rules (each its own recommendation), and a
    // random response
    Random r = new Random(seed);
    Questionnaire wk108 = Wk108.questionnaire();
    List<Recommendation> catalog = wk108.recommendations();
    List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      rules.add(Rule.builder().id("g" + i).when(condition(r, 3))
          .addRecommend(catalog.get(i).id()).build());
    }
    Questionnaire q = Questionnaire.builder().from(wk108).rules(rules).build();
    Scorer scorer = compile(q);
    Response.Builder b = Response.builder().questionnaireId(q.id()).questionnaireVersion(q.version());
    AnswerSheet sheet = scorer.newAnswerSheet();
    int missing = r.nextInt(60);
    q.allQuestions().forEach(question -> {
      int roll = r.nextInt(100);
      if (roll < missing) {
        return;
      }
      if (roll < missing + 10) {
        b.putAnswer(question.id(), Answer.dontKnow());
        sheet.state(question.id(), AnswerState.DONT_KNOW);
      } else {
        String value = String.valueOf(r.nextInt(5));
        b.putAnswer(question.id(), Answer.of(AnswerValue.option(value)));
        sheet.choose(question.id(), value);
      }
    });
    // WHEN
    SheetScores s = scorer.score(sheet, scorer.newSheetScores());
    Assessment a = scorer.score(b.build());
    // THEN
    then(s.recommendations()).isEqualTo(
        a.recommendations().stream().map(FiredRecommendation::recommendation).toList());
    Statistics.label("fired of 30").collect(a.recommendations().size() / 5 * 5);
  }
}
