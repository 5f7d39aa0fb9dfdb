package dev.selfcheck.core;

import static dev.selfcheck.core.Fixtures.choice;
import static dev.selfcheck.core.Fixtures.chosen;
import static dev.selfcheck.core.Fixtures.chosenMany;
import static dev.selfcheck.core.Fixtures.literal;
import static dev.selfcheck.core.Fixtures.number;
import static dev.selfcheck.core.Fixtures.question;
import static dev.selfcheck.core.Fixtures.questionnaireWith;
import static dev.selfcheck.core.Fixtures.response;
import static dev.selfcheck.core.Fixtures.shownWhen;
import static dev.selfcheck.core.Fixtures.yes;
import static dev.selfcheck.core.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Condition semantics, observed through {@link Questionnaire#visibleQuestions(Response)}. */
class VisibilityTest {

  /** Options in an order that differs from their alphabetical order. */
  private static final Question FREQUENCY =
      choice("s", QuestionType.ORDINAL_SCALE, "never", "rarely", "often", "always")
          .allowDontKnow(true).allowNotApplicable(true).build();

  private static final Question NUMBER = question("s", QuestionType.NUMBER).build();

  /** Whether the target question {@code t}, shown when {@code when} holds, is visible. */
  private static boolean targetVisible(Question source, Answer answer, Condition when) {
    Questionnaire questionnaire = questionnaireWith(source, shownWhen(yesNo("t"), when));
    Response.Builder response = response();
    if (answer != null) {
      response.putAnswer(source.id(), answer);
    }
    return questionnaire.visibleQuestions(response.build()).contains("t");
  }

  @ParameterizedTest
  @CsvSource({
      "EQ, often, true", "EQ, never, false",
      "NE, never, true", "NE, often, false",
      "LT, always, true", "LT, rarely, false", "LT, often, false",
      "LE, often, true", "LE, rarely, false",
      "GT, rarely, true", "GT, always, false", "GT, often, false",
      "GE, often, true", "GE, always, false"})
  void should_compare_choices_by_option_position_when_operator_orders(Operator operator, String value,
      boolean expected) {
    // GIVEN "often" comes after "rarely" in the scale but before it in the alphabet
    Condition when = Condition.answer("s", operator, literal(value));

    // WHEN
    boolean visible = targetVisible(FREQUENCY, chosen("often"), when);

    // THEN
    then(visible).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"never, often, true", "never, always, false"})
  void should_match_any_listed_option_when_operator_is_in(String first, String second, boolean expected) {
    // GIVEN
    Condition when = Condition.answerIn("s", List.of(literal(first), literal(second)));

    // WHEN
    boolean visible = targetVisible(FREQUENCY, chosen("often"), when);

    // THEN
    then(visible).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"c, true", "a, true", "b, false"})
  void should_look_for_option_when_multiple_choice_answer_is_tested_with_contains(String option, boolean expected) {
    // GIVEN
    Question source = choice("s", QuestionType.MULTIPLE_CHOICE, "a", "b", "c").build();

    // WHEN
    boolean visible = targetVisible(source, chosenMany("a", "c"), Condition.answer("s", Operator.CONTAINS, literal(option)));

    // THEN
    then(visible).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"true, EQ, true, true", "true, EQ, false, false", "true, NE, false, true", "false, EQ, true, false",
      "false, NE, true, true"})
  void should_compare_booleans_when_yes_no_question_is_tested(boolean answer, Operator operator, boolean value,
      boolean expected) {
    // GIVEN
    Condition when = Condition.answer("s", operator, Literal.of(value));

    // WHEN
    boolean visible = targetVisible(yesNo("s"), yes(answer), when);

    // THEN
    then(visible).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "10, EQ, 10.00, true",
      "10.00, GE, 10, true",
      "10.00, GT, 10, false",
      "10, NE, 10.0, false",
      "0.30000000000000004, EQ, 0.3, false",
      "0.30000000000000004, GT, 0.3, true",
      "9.999, LT, 10, true",
      "1E+1, LE, 10, true"})
  void should_compare_numbers_exactly_when_number_question_is_tested(String answer, Operator operator,
      BigDecimal value, boolean expected) {
    // GIVEN
    Condition when = Condition.answer("s", operator, value);

    // WHEN
    boolean visible = targetVisible(NUMBER, number(answer), when);

    // THEN
    then(visible).isEqualTo(expected);
  }

  @Test
  void should_find_exact_sum_equal_when_decimal_answer_is_computed() {
    // GIVEN 0.1 + 0.2, computed exactly
    Answer answer = Answer.of(AnswerValue.number(new BigDecimal("0.1").add(new BigDecimal("0.2"))));

    // WHEN
    boolean visible = targetVisible(NUMBER, answer,
        Condition.answerIn("s", List.of(Literal.of(new BigDecimal("0.25")), Literal.of(new BigDecimal("0.300")))));

    // THEN
    then(visible).isTrue();
  }

  static Stream<Arguments> answerStates() {
    return Stream.of(
        Arguments.of(null, AnswerState.NOT_ANSWERED),
        Arguments.of(Answer.builder().comment("only a comment").build(), AnswerState.NOT_ANSWERED),
        Arguments.of(chosen("never"), AnswerState.ANSWERED),
        Arguments.of(Answer.dontKnow(), AnswerState.DONT_KNOW),
        Arguments.of(Answer.notApplicable(), AnswerState.NOT_APPLICABLE));
  }

  @ParameterizedTest
  @MethodSource("answerStates")
  void should_hold_for_exactly_the_answer_state_when_answer_is_tested_with_is(Answer answer, AnswerState state) {
    // GIVEN one target question per state
    Questionnaire questionnaire = questionnaireWith(FREQUENCY,
        shownWhen(yesNo("answered"), Condition.answerIs("s", AnswerState.ANSWERED)),
        shownWhen(yesNo("dontKnow"), Condition.answerIs("s", AnswerState.DONT_KNOW)),
        shownWhen(yesNo("notApplicable"), Condition.answerIs("s", AnswerState.NOT_APPLICABLE)),
        shownWhen(yesNo("notAnswered"), Condition.answerIs("s", AnswerState.NOT_ANSWERED)));
    Response.Builder response = response();
    if (answer != null) {
      response.putAnswer("s", answer);
    }

    // WHEN
    List<String> visible = questionnaire.visibleQuestions(response.build());

    // THEN
    then(visible).containsExactly("s", state.jsonName());
  }

  @ParameterizedTest
  @CsvSource({"EQ, often", "NE, often", "LT, always", "GE, never"})
  void should_be_false_when_compared_answer_is_dont_know(Operator operator, String value) {
    // GIVEN
    Condition comparison = Condition.answer("s", operator, literal(value));

    // WHEN
    boolean visible = targetVisible(FREQUENCY, Answer.dontKnow(), comparison);
    boolean visibleWhenNegated = targetVisible(FREQUENCY, Answer.dontKnow(), Condition.not(comparison));

    // THEN
    then(visible).isFalse();
    then(visibleWhenNegated).isTrue();
  }

  @Test
  void should_be_false_when_compared_question_is_not_answered() {
    // GIVEN
    Condition comparison = Condition.answer("s", Operator.NE, literal("often"));

    // WHEN
    boolean visible = targetVisible(FREQUENCY, null, comparison);

    // THEN
    then(visible).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"true, 's, q2, q3'", "false, 's, q4'"})
  void should_see_hidden_question_as_not_answered_when_dependent_question_tests_it(boolean shown, String expected) {
    // GIVEN q2 is shown when s is yes; q3 when q2 is answered; q4 when q2 is not answered; q2 is always answered
    Questionnaire questionnaire = questionnaireWith(
        yesNo("s"),
        shownWhen(yesNo("q2"), Condition.answer("s", Operator.EQ, Literal.of(true))),
        shownWhen(yesNo("q3"), Condition.answer("q2", Operator.EQ, Literal.of(true))),
        shownWhen(yesNo("q4"), Condition.answerIs("q2", AnswerState.NOT_ANSWERED)));
    Response response = response().putAnswer("s", yes(shown)).putAnswer("q2", yes(true)).build();

    // WHEN
    List<String> visible = questionnaire.visibleQuestions(response);

    // THEN
    then(visible).containsExactly(expected.split(", "));
  }

  @ParameterizedTest
  @CsvSource({"often, true, true", "often, false, false", "never, true, false", "always, false, true"})
  void should_combine_parts_when_condition_uses_all_any_and_not(String frequency, boolean yes, boolean expected) {
    // GIVEN (s >= often AND yn = yes) OR NOT (s <= often)
    Condition when = Condition.any(
        Condition.all(Condition.answer("s", Operator.GE, literal("often")),
            Condition.answer("yn", Operator.EQ, Literal.of(true))),
        Condition.not(Condition.answer("s", Operator.LE, literal("often"))));
    Questionnaire questionnaire = questionnaireWith(FREQUENCY, yesNo("yn"), shownWhen(yesNo("t"), when));
    Response response = response().putAnswer("s", chosen(frequency)).putAnswer("yn", yes(yes)).build();

    // WHEN
    List<String> visible = questionnaire.visibleQuestions(response);

    // THEN
    then(visible.contains("t")).isEqualTo(expected);
  }

  @Test
  void should_treat_questions_as_hidden_when_their_visibility_is_cyclic() {
    // GIVEN q1 and q2 are each shown only when the other is answered yes (an invalid questionnaire)
    Questionnaire questionnaire = questionnaireWith(
        shownWhen(yesNo("q1"), Condition.answer("q2", Operator.EQ, Literal.of(true))),
        shownWhen(yesNo("q2"), Condition.answer("q1", Operator.EQ, Literal.of(true))),
        yesNo("q3"));
    Response response = response().putAnswer("q1", yes(true)).putAnswer("q2", yes(true)).build();

    // WHEN
    List<String> visible = questionnaire.visibleQuestions(response);

    // THEN
    then(visible).containsExactly("q3");
  }
}
