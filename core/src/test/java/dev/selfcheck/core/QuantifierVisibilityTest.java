package dev.selfcheck.core;

import static dev.selfcheck.core.Fixtures.questionnaireWith;
import static dev.selfcheck.core.Fixtures.response;
import static dev.selfcheck.core.Fixtures.shownWhen;
import static dev.selfcheck.core.Fixtures.yes;
import static dev.selfcheck.core.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quantifiers and conditions on results, observed through {@link Questionnaire#visibleQuestions(Response)}.
 */
class QuantifierVisibilityTest {

  /** Whether {@code t} is visible when a, b and c are answered yes, no or not at all ({@code -}). */
  private static boolean targetVisible(String answers, Condition when) {
    Questionnaire questionnaire = questionnaireWith(yesNo("a"), yesNo("b"), yesNo("c"), shownWhen(yesNo("t"), when));
    Response.Builder response = response();
    String[] ids = {"a", "b", "c"};
    for (int i = 0; i < ids.length; i++) {
      char answer = answers.charAt(i);
      if (answer != '-') {
        response.putAnswer(ids[i], yes(answer == 'y'));
      }
    }
    return questionnaire.visibleQuestions(response.build()).contains("t");
  }

  private static Quantifier.Builder yesOf() {
    return Quantifier.builder().addQuestions("a", "b", "c").operator(Operator.EQ).addValues(Literal.of(true));
  }

  @ParameterizedTest(name = "answers {0}: at least {1} yes: {2}")
  @CsvSource({"yyn, 2, true", "yy-, 3, false", "yyy, 3, true", "nn-, 1, false", "n-y, 1, true", "---, 0, true"})
  void should_count_passing_questions_when_quantifier_has_a_lower_bound(String answers, int least, boolean expected) {
    // GIVEN
    Condition when = yesOf().atLeast(least).build();

    // WHEN
    boolean visible = targetVisible(answers, when);

    // THEN
    then(visible).isEqualTo(expected);
  }

  @ParameterizedTest(name = "answers {0}: at most {1} yes: {2}")
  @CsvSource({"yyn, 2, true", "yyy, 2, false", "nnn, 0, true", "n-y, 0, false", "yyy, 3, true"})
  void should_count_passing_questions_when_quantifier_has_an_upper_bound(String answers, int most, boolean expected) {
    // GIVEN
    Condition when = yesOf().atMost(most).build();

    // WHEN
    boolean visible = targetVisible(answers, when);

    // THEN
    then(visible).isEqualTo(expected);
  }

  @ParameterizedTest(name = "answers {0}: exactly one not answered: {1}")
  @CsvSource({"y-n, true", "---, false", "yyn, false", "--y, false"})
  void should_test_states_when_quantifier_counts_a_state(String answers, boolean expected) {
    // GIVEN
    Condition when = Quantifier.builder().addQuestions("a", "b", "c").state(AnswerState.NOT_ANSWERED)
        .atLeast(1).atMost(1).build();

    // WHEN
    boolean visible = targetVisible(answers, when);

    // THEN
    then(visible).isEqualTo(expected);
  }

  static Stream<Arguments> resultConditions() {
    return Stream.of(
        Arguments.of(MeasureComparison.of(MeasureComparison.Measure.SCORE, "total", Operator.GE, BigDecimal.ZERO)),
        Arguments.of(MeasureComparison.of(MeasureComparison.Measure.COMPLETION, "d1", Operator.NE, BigDecimal.TEN)),
        Arguments.of(ScorableIs.of("total", false)),
        Arguments.of(BandIs.of("total", Operator.NE, List.of("low"))));
  }

  @ParameterizedTest
  @MethodSource("resultConditions")
  void should_hide_question_when_an_invalid_visibility_condition_looks_at_results(Condition when) {
    // GIVEN a condition that only rules may use (an invalid questionnaire), and its negation
    Condition negated = Condition.not(when);

    // WHEN
    boolean visible = targetVisible("yyy", when);
    boolean visibleWhenNegated = targetVisible("yyy", negated);

    // THEN results do not exist before scoring, so the condition is false and its negation true
    then(visible).isFalse();
    then(visibleWhenNegated).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"eq, false", "ne, false"})
  void should_be_false_when_comparison_names_a_question_that_does_not_exist(String operator, boolean expected) {
    // GIVEN an invalid questionnaire whose condition names question x
    Condition when = Condition.answer("x", Operator.fromJsonName(operator).orElseThrow(), Literal.of(true));
    Questionnaire questionnaire = questionnaireWith(yesNo("a"), shownWhen(yesNo("t"), when));
    Response response = response().putAnswer("x", yes(false)).build();

    // WHEN
    boolean visible = questionnaire.visibleQuestions(response).contains("t");

    // THEN
    then(visible).isEqualTo(expected);
  }
}
