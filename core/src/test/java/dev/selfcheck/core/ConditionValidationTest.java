package dev.selfcheck.core;

import static dev.selfcheck.core.Fixtures.band;
import static dev.selfcheck.core.Fixtures.dimension;
import static dev.selfcheck.core.Fixtures.error;
import static dev.selfcheck.core.Fixtures.literal;
import static dev.selfcheck.core.Fixtures.questionnaire;
import static dev.selfcheck.core.Fixtures.recommendation;
import static dev.selfcheck.core.Fixtures.rule;
import static dev.selfcheck.core.Fixtures.shownWhen;
import static dev.selfcheck.core.Fixtures.thenFindings;
import static dev.selfcheck.core.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How {@link Questionnaire#validate()} checks quantifiers and the conditions on results (score,
 * completion, scorable, band) in rules and in visibility conditions.
 */
class ConditionValidationTest {

  private static final String WHEN = "/rules/0/when";
  private static final String VISIBLE_WHEN = "/dimensions/0/questions/2/visibleWhen";

  /** Bands of the total and of dimension {@code d2}; {@code d1} has none of its own. */
  private static Questionnaire withRule(Condition when) {
    return questionnaire()
        .addDimension(dimension("d1", yesNo("q1")))
        .addDimension(dimension("d2").addQuestion(yesNo("q2"))
            .addBands(band("weak", "0", "50"), band("strong", "50.1", "100")).build())
        .addBands(band("low", "0", "49"), band("high", "49.5", "100"))
        .addRecommendation(recommendation("rec1"))
        .addRule(rule("r1", when, "rec1"))
        .build();
  }

  /** Questions q1 and q2, and q3 shown by the condition. */
  private static Questionnaire withVisibility(Condition visibleWhen) {
    return questionnaire()
        .addDimension(dimension("d1", yesNo("q1"), yesNo("q2"), shownWhen(yesNo("q3"), visibleWhen)))
        .build();
  }

  private static Quantifier.Builder answeredOf(String... questions) {
    return Quantifier.builder().addQuestions(questions).state(AnswerState.ANSWERED);
  }

  private static Condition score(String dimension) {
    return MeasureComparison.of(MeasureComparison.Measure.SCORE, dimension, Operator.LT, new BigDecimal("50"));
  }

  private static Condition completion(String dimension) {
    return MeasureComparison.of(MeasureComparison.Measure.COMPLETION, dimension, Operator.GE, BigDecimal.ONE);
  }

  private static Condition bandIs(String dimension, String bandId) {
    return BandIs.of(dimension, Operator.EQ, List.of(bandId));
  }

  // ---------------------------------------------------------------- conditions that fit

  static Stream<Arguments> fittingRuleConditions() {
    return Stream.of(
        Arguments.of("score of a dimension", score("d1")),
        Arguments.of("completion of the total", completion("total")),
        Arguments.of("scorable dimension", ScorableIs.of("d2", true)),
        Arguments.of("band of the total", bandIs("total", "high")),
        Arguments.of("band of a dimension with its own bands", BandIs.of("d2", Operator.IN, List.of("weak", "strong"))),
        Arguments.of("band of a dimension that uses the total's bands", BandIs.of("d1", Operator.NE, List.of("low"))),
        Arguments.of("quantifier that needs all questions", answeredOf("q1", "q2").atLeast(2).build()),
        Arguments.of("quantifier for exactly one question", answeredOf("q1", "q2").atLeast(1).atMost(1).build()),
        Arguments.of("quantifier with a fitting comparison",
            Quantifier.builder().addQuestions("q1", "q2").atMost(0).operator(Operator.EQ)
                .addValues(Literal.of(true)).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fittingRuleConditions")
  void should_report_nothing_when_rule_condition_fits_the_questionnaire(String description, Condition when) {
    // GIVEN
    Questionnaire questionnaire = withRule(when);

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    then(findings).isEmpty();
  }

  // ---------------------------------------------------------------- mistakes in rules

  private static Arguments mistake(String description, Condition when, Tuple expected, String message) {
    return Arguments.of(description, when, expected, message);
  }

  static Stream<Arguments> ruleConditionMistakes() {
    return Stream.of(
        mistake("score of an unknown dimension", Condition.not(score("d9")),
            error(QuestionnaireProblem.UNKNOWN_DIMENSION_IN_CONDITION, WHEN + "/not/score"),
            "the condition refers to dimension 'd9', which does not exist (use 'total' for the total)"),
        mistake("completion of an unknown dimension", completion("d9"),
            error(QuestionnaireProblem.UNKNOWN_DIMENSION_IN_CONDITION, WHEN + "/completion"),
            "the condition refers to dimension 'd9', which does not exist (use 'total' for the total)"),
        mistake("scorable of an unknown dimension", Condition.all(score("d1"), ScorableIs.of("Total", false)),
            error(QuestionnaireProblem.UNKNOWN_DIMENSION_IN_CONDITION, WHEN + "/all/1/score"),
            "the condition refers to dimension 'Total', which does not exist (use 'total' for the total)"),
        mistake("band of an unknown dimension", bandIs("d9", "nope"),
            error(QuestionnaireProblem.UNKNOWN_DIMENSION_IN_CONDITION, WHEN + "/band"),
            "the condition refers to dimension 'd9', which does not exist (use 'total' for the total)"),
        mistake("unknown band of the total", bandIs("total", "weak"),
            error(QuestionnaireProblem.UNKNOWN_BAND_IN_CONDITION, WHEN + "/eq"),
            "'total' has no band 'weak' (its bands: low, high)"),
        mistake("band of the total used on a dimension with its own bands", bandIs("d2", "low"),
            error(QuestionnaireProblem.UNKNOWN_BAND_IN_CONDITION, WHEN + "/eq"),
            "'d2' has no band 'low' (its bands: weak, strong)"),
        mistake("unknown band among several", Condition.any(BandIs.of("d1", Operator.IN, List.of("low", "weak"))),
            error(QuestionnaireProblem.UNKNOWN_BAND_IN_CONDITION, WHEN + "/any/0/in/1"),
            "'d1' has no band 'weak' (its bands: low, high)"),
        mistake("quantifier over an unknown question", answeredOf("q1", "q9").atLeast(1).build(),
            error(QuestionnaireProblem.UNKNOWN_QUESTION_IN_CONDITION, WHEN + "/of/1"),
            "the condition refers to question 'q9', which does not exist"),
        mistake("quantifier that needs more questions than it has", answeredOf("q1", "q2").atLeast(3).build(),
            error(QuestionnaireProblem.QUANTIFIER_OUT_OF_RANGE, WHEN + "/atLeast"),
            "the quantifier over 2 questions cannot be satisfied: atLeast is 3"),
        mistake("quantifier whose bounds cross", answeredOf("q1", "q2").atLeast(2).atMost(1).build(),
            error(QuestionnaireProblem.QUANTIFIER_OUT_OF_RANGE, WHEN + "/atMost"),
            "the quantifier over 2 questions cannot be satisfied: atLeast 2 is above atMost 1"),
        mistake("quantifier comparing with a value of the wrong type",
            Quantifier.builder().addQuestions("q1").atLeast(1).operator(Operator.EQ)
                .addValues(literal("yes")).build(),
            error(QuestionnaireProblem.WRONG_VALUE_TYPE, WHEN + "/where/eq"),
            "question 'q1' is of type yesNo, so compare it with true or false, not with a text (option values are texts)"),
        mistake("comparison with a number on a yes/no question", Condition.answer("q2", Operator.NE, BigDecimal.ONE),
            error(QuestionnaireProblem.WRONG_VALUE_TYPE, WHEN + "/ne"),
            "question 'q2' is of type yesNo, so compare it with true or false, not with a number"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleConditionMistakes")
  void should_report_finding_with_exact_message_when_rule_condition_does_not_fit(
      String description, Condition when, Tuple expected, String message) {
    // GIVEN
    Questionnaire questionnaire = withRule(when);

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    thenFindings(findings).containsExactly(expected);
    then(findings.get(0).message()).isEqualTo(message);
  }

  // ---------------------------------------------------------------- visibility conditions

  static Stream<Arguments> resultConditionsInVisibility() {
    return Stream.of(
        Arguments.of(score("d1"), "/score", "score"),
        Arguments.of(completion("total"), "/completion", "completion"),
        Arguments.of(ScorableIs.of("d1", true), "/score", "score"),
        Arguments.of(Condition.not(bandIs("total", "nope")), "/not/band", "band"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("resultConditionsInVisibility")
  void should_report_rule_only_condition_when_visibility_depends_on_a_result(
      Condition visibleWhen, String pointerSuffix, String kind) {
    // GIVEN
    Questionnaire questionnaire = withVisibility(visibleWhen);

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN only the context is reported, not the unknown band
    thenFindings(findings).containsExactly(
        error(QuestionnaireProblem.RULE_ONLY_CONDITION, VISIBLE_WHEN + pointerSuffix));
    then(findings.get(0).message())
        .isEqualTo("'" + kind + "' conditions can only be used in rules, not to decide visibility or in a term (which see answers only)");
  }

  static Stream<Arguments> quantifiersInVisibility() {
    return Stream.of(
        Arguments.of("at least all", answeredOf("q1", "q2").atLeast(2).build(), List.of()),
        Arguments.of("at most none", answeredOf("q1", "q2").atMost(0).build(), List.of()),
        Arguments.of("at least more than all", answeredOf("q1", "q2").atLeast(3).atMost(3).build(),
            List.of(error(QuestionnaireProblem.QUANTIFIER_OUT_OF_RANGE, VISIBLE_WHEN + "/atLeast"))),
        Arguments.of("comparison that does not fit", Quantifier.builder().addQuestions("q1", "q2").atLeast(1)
                .operator(Operator.GT).addValues(Literal.of(true)).build(),
            List.of(error(QuestionnaireProblem.OPERATOR_NOT_APPLICABLE, VISIBLE_WHEN + "/where/gt"),
                error(QuestionnaireProblem.OPERATOR_NOT_APPLICABLE, VISIBLE_WHEN + "/where/gt"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quantifiersInVisibility")
  void should_check_bounds_and_comparison_when_visibility_uses_a_quantifier(
      String description, Condition visibleWhen, List<Tuple> expected) {
    // GIVEN
    Questionnaire questionnaire = withVisibility(visibleWhen);

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    thenFindings(findings).containsExactlyElementsOf(expected);
  }
}
