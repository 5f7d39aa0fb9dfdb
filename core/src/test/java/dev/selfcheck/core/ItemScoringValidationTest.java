package dev.selfcheck.core;

import static dev.selfcheck.core.Fixtures.choice;
import static dev.selfcheck.core.Fixtures.error;
import static dev.selfcheck.core.Fixtures.question;
import static dev.selfcheck.core.Fixtures.questionnaireWith;
import static dev.selfcheck.core.Fixtures.text;
import static dev.selfcheck.core.Fixtures.thenFindings;
import static dev.selfcheck.core.Fixtures.warning;
import static dev.selfcheck.core.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How {@link Questionnaire#validate()} checks the scoring settings of single questions. */
class ItemScoringValidationTest {

  private static final String Q0 = "/dimensions/0/questions/0";

  private static BigDecimal n(String number) {
    return new BigDecimal(number);
  }

  private static AnswerOption scored(String value, String score) {
    return AnswerOption.of(value, text("option " + value), score == null ? null : n(score));
  }

  private static Question scoredChoice(QuestionType type, String... valuesAndScores) {
    Question.Builder builder = question("q1", type);
    for (int i = 0; i < valuesAndScores.length; i += 2) {
      builder.addOptions(scored(valuesAndScores[i], valuesAndScores[i + 1]));
    }
    return builder.build();
  }

  private static Question withScoring(Question question, ItemScoring.Builder scoring) {
    return Question.builder().from(question).scoring(scoring.build()).build();
  }

  private static Question reversed(Question question) {
    return Question.builder().from(question).reversed(true).build();
  }

  private static ItemScoring.Builder thresholds(String... fromAndScore) {
    ItemScoring.Builder builder = ItemScoring.builder();
    for (int i = 0; i < fromAndScore.length; i += 2) {
      builder.addThresholds(ItemScoring.Threshold.of(n(fromAndScore[i]), n(fromAndScore[i + 1])));
    }
    return builder;
  }

  private static ItemScoring.Builder points(String... valueAndScore) {
    ItemScoring.Builder builder = ItemScoring.builder();
    for (int i = 0; i < valueAndScore.length; i += 2) {
      builder.addPoints(ItemScoring.Point.of(n(valueAndScore[i]), n(valueAndScore[i + 1])));
    }
    return builder;
  }

  private static Question number() {
    return question("q1", QuestionType.NUMBER).build();
  }

  // ---------------------------------------------------------------- settings that fit the question

  static Stream<Arguments> fittingScorings() {
    return Stream.of(
        Arguments.of("yes and no on a yes/no question",
            withScoring(yesNo("q1"), ItemScoring.builder().yes(n("100")).no(n("0")))),
        Arguments.of("ascending thresholds on a number question",
            withScoring(number(), thresholds("0", "0", "10", "50", "20", "100"))),
        Arguments.of("two ascending points on a number question", withScoring(number(), points("0", "0", "10", "100"))),
        Arguments.of("multiple and cap on a multiple-choice question",
            withScoring(scoredChoice(QuestionType.MULTIPLE_CHOICE, "a", "1", "b", "2"),
                ItemScoring.builder().multiple(ItemScoring.Multiple.SUM).cap(n("2")))),
        Arguments.of("reversed choice question whose options are all scored",
            reversed(scoredChoice(QuestionType.SINGLE_CHOICE, "a", "0", "b", "1"))),
        Arguments.of("choice question without any scored option",
            scoredChoice(QuestionType.SINGLE_CHOICE, "a", null, "b", null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fittingScorings")
  void should_report_nothing_when_item_scoring_fits_the_question(String description, Question question) {
    // GIVEN
    Questionnaire questionnaire = questionnaireWith(question);

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    then(findings).isEmpty();
  }

  // ---------------------------------------------------------------- one mistake, one finding with its message

  private static Arguments mistake(String description, Question question, Tuple expected, String message) {
    return Arguments.of(description, question, expected, message);
  }

  static Stream<Arguments> scoringMistakes() {
    QuestionnaireProblem notApplicable = QuestionnaireProblem.ITEM_SCORING_NOT_APPLICABLE;
    return Stream.of(
        mistake("yes on a number question", withScoring(number(), ItemScoring.builder().yes(n("1"))),
            error(notApplicable, Q0 + "/scoring/yes"),
            "question 'q1' is of type number; scoring 'yes' only applies to yesNo questions"),
        mistake("no on a single-choice question",
            withScoring(scoredChoice(QuestionType.SINGLE_CHOICE, "a", "1"), ItemScoring.builder().no(n("0"))),
            error(notApplicable, Q0 + "/scoring/no"),
            "question 'q1' is of type singleChoice; scoring 'no' only applies to yesNo questions"),
        mistake("thresholds on a yes/no question", withScoring(yesNo("q1"), thresholds("0", "1")),
            error(notApplicable, Q0 + "/scoring/thresholds"),
            "question 'q1' is of type yesNo; scoring 'thresholds' only applies to number questions"),
        mistake("points on a yes/no question", withScoring(yesNo("q1"), points("0", "0", "1", "1")),
            error(notApplicable, Q0 + "/scoring/points"),
            "question 'q1' is of type yesNo; scoring 'points' only applies to number questions"),
        mistake("multiple on a single-choice question",
            withScoring(scoredChoice(QuestionType.SINGLE_CHOICE, "a", "1"),
                ItemScoring.builder().multiple(ItemScoring.Multiple.SHARE)),
            error(notApplicable, Q0 + "/scoring/multiple"),
            "question 'q1' is of type singleChoice; scoring 'multiple' only applies to multipleChoice questions"),
        mistake("cap on a number question", withScoring(number(), ItemScoring.builder().cap(n("5"))),
            error(notApplicable, Q0 + "/scoring/cap"),
            "question 'q1' is of type number; scoring 'cap' only applies to multipleChoice questions"),
        mistake("thresholds and points", withScoring(number(), points("0", "0", "1", "1").addThresholds(
                ItemScoring.Threshold.of(n("0"), n("1")))),
            error(QuestionnaireProblem.THRESHOLDS_AND_POINTS, Q0 + "/scoring"),
            "question 'q1' has both thresholds and points; give only one"),
        mistake("a single point", withScoring(number(), points("5", "50")),
            error(QuestionnaireProblem.TOO_FEW_POINTS, Q0 + "/scoring/points"),
            "the points of question 'q1' need at least two points to interpolate between, but it has 1"),
        mistake("thresholds that repeat a value", withScoring(number(), thresholds("0", "0", "10", "50", "10", "60")),
            error(QuestionnaireProblem.STEPS_NOT_ASCENDING, Q0 + "/scoring/thresholds/2/from"),
            "the thresholds of question 'q1' must ascend strictly, but 10 comes after 10"),
        mistake("points that descend", withScoring(number(), points("10", "0", "5", "100")),
            error(QuestionnaireProblem.STEPS_NOT_ASCENDING, Q0 + "/scoring/points/1/value"),
            "the points of question 'q1' must ascend strictly, but 5 comes after 10"),
        mistake("reversed yes/no question", reversed(yesNo("q1")),
            error(QuestionnaireProblem.REVERSED_WITHOUT_SCORES, Q0 + "/reversed"),
            "question 'q1' is reversed, but it is not a choice question with scored options"),
        mistake("reversed choice question without scored options",
            reversed(scoredChoice(QuestionType.ORDINAL_SCALE, "a", null, "b", null)),
            error(QuestionnaireProblem.REVERSED_WITHOUT_SCORES, Q0 + "/reversed"),
            "question 'q1' is reversed, but it is not a choice question with scored options"),
        mistake("options partly scored",
            scoredChoice(QuestionType.SINGLE_CHOICE, "a", "1", "b", null, "c", "2", "d", null),
            warning(QuestionnaireProblem.PARTLY_SCORED_OPTIONS, Q0),
            "options b, d of question 'q1' have no score, so answers that choose them are not scored"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scoringMistakes")
  void should_report_finding_with_exact_message_when_item_scoring_does_not_fit(
      String description, Question question, Tuple expected, String message) {
    // GIVEN
    Questionnaire questionnaire = questionnaireWith(question);

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    thenFindings(findings).containsExactly(expected);
    then(findings.get(0).message()).isEqualTo(message);
  }

  @Test
  void should_report_every_step_that_does_not_ascend_when_thresholds_fall_repeatedly() {
    // GIVEN
    Questionnaire questionnaire = questionnaireWith(withScoring(number(), thresholds("9", "0", "5", "1", "1", "2")));

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    thenFindings(findings).containsExactly(
        error(QuestionnaireProblem.STEPS_NOT_ASCENDING, Q0 + "/scoring/thresholds/1/from"),
        error(QuestionnaireProblem.STEPS_NOT_ASCENDING, Q0 + "/scoring/thresholds/2/from"));
  }

  @Test
  void should_check_options_of_the_scale_when_choice_question_uses_a_scale() {
    // GIVEN a reversed question on a scale whose options carry no score
    Questionnaire questionnaire = questionnaireWith(
        b -> b.addScale(AnswerScale.builder().id("s").addOptions(scored("1", null), scored("2", null)).build()),
        reversed(question("q1", QuestionType.ORDINAL_SCALE).scale("s").build()));

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    thenFindings(findings).containsExactly(error(QuestionnaireProblem.REVERSED_WITHOUT_SCORES, Q0 + "/reversed"));
  }

  @Test
  void should_accept_reversed_question_when_its_scale_scores_every_option() {
    // GIVEN
    Questionnaire questionnaire = questionnaireWith(
        b -> b.addScale(AnswerScale.builder().id("s").addOptions(scored("1", "0"), scored("2", "100")).build()),
        reversed(question("q1", QuestionType.ORDINAL_SCALE).scale("s").build()));

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    then(findings).isEmpty();
  }

  @Test
  void should_pass_text_questions_by_when_a_dimension_passes_a_rule_down_but_not_when_they_set_one() {
    // GIVEN the dimension combines by the median; q1 (text) inherits it, q2 (text) sets its own
    Question inheriting = question("q1", QuestionType.TEXT).build();
    Question own = withScoring(question("q2", QuestionType.TEXT).build(),
        ItemScoring.builder().combine(Combination.MEDIAN));
    Questionnaire questionnaire = questionnaireWith(
        b -> b.dimensions(List.of(Dimension.builder().from(Fixtures.dimension("d1", yesNo("q0"), inheriting, own))
            .scoring(ScoringSettings.builder().combine(Combination.MAJORITY).build()).build())),
        yesNo("q0"));
    // WHEN
    List<Finding> findings = questionnaire.validate();
    // THEN only the text question's own rule is reported; yes/no q0 takes the majority
    thenFindings(findings).containsExactly(
        error(QuestionnaireProblem.COMBINATION_NOT_APPLICABLE, "/dimensions/0/questions/2/scoring/combine"));
    then(findings.get(0).message()).isEqualTo("rule 'median' does not combine question 'q2' of type text; rules for text: none, text questions are never combined");
  }
}
