package dev.selfcheck.core;

import static dev.selfcheck.core.Fixtures.band;
import static dev.selfcheck.core.Fixtures.choice;
import static dev.selfcheck.core.Fixtures.dimension;
import static dev.selfcheck.core.Fixtures.error;
import static dev.selfcheck.core.Fixtures.literal;
import static dev.selfcheck.core.Fixtures.question;
import static dev.selfcheck.core.Fixtures.questionnaire;
import static dev.selfcheck.core.Fixtures.questionnaireWith;
import static dev.selfcheck.core.Fixtures.recommendation;
import static dev.selfcheck.core.Fixtures.rule;
import static dev.selfcheck.core.Fixtures.scale;
import static dev.selfcheck.core.Fixtures.shownWhen;
import static dev.selfcheck.core.Fixtures.text;
import static dev.selfcheck.core.Fixtures.thenFindings;
import static dev.selfcheck.core.Fixtures.warning;
import static dev.selfcheck.core.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class QuestionnaireValidationTest {

  private static final String Q0 = "/dimensions/0/questions/0";
  private static final String Q1 = "/dimensions/0/questions/1";
  private static final Condition ALWAYS = Condition.answerIs("q1", AnswerState.ANSWERED);

  // ---------------------------------------------------------------- helpers

  private static Question weighted(Question question, String weight) {
    return Question.builder().from(question).weight(new BigDecimal(weight)).build();
  }

  private static Dimension weighted(Dimension dimension, String weight) {
    return Dimension.builder().from(dimension).weight(new BigDecimal(weight)).build();
  }

  /** A band in interval notation, such as {@code [0,34)}. */
  private static Band interval(String id, String notation) {
    String[] ends = notation.substring(1, notation.length() - 1).split(",");
    return Band.builder().from(band(id, ends[0], ends[1]))
        .lowerInclusive(notation.startsWith("["))
        .upperInclusive(notation.endsWith("]"))
        .build();
  }

  private static Questionnaire withBands(Band... bands) {
    return questionnaireWith(b -> b.addBands(bands), yesNo("q1"));
  }

  private static Questionnaire withRecommendations(Recommendation... recommendations) {
    return questionnaireWith(b -> b.addRecommendations(recommendations), yesNo("q1"));
  }

  private static Questionnaire withScoring(ScoringSettings.Builder scoring) {
    return questionnaireWith(b -> b.scoring(scoring.build()), yesNo("q1"));
  }

  private static LocalizedText bilingual(String english) {
    return LocalizedText.of(Map.of("en", english, "de", "de: " + english));
  }

  /** A questionnaire in English and German whose only question has the given text. */
  private static Questionnaire translated(LocalizedText questionText) {
    return questionnaire()
        .addLocale("de")
        .title(bilingual("Self-check"))
        .addDimension(Dimension.builder().id("d1").label(bilingual("Strategy"))
            .addQuestion(Question.builder().from(yesNo("q1")).text(questionText).build())
            .build())
        .build();
  }

  // ---------------------------------------------------------------- valid questionnaires and catalog

  @Test
  void should_report_nothing_when_questionnaire_is_valid() {
    // GIVEN a questionnaire that uses every kind of element correctly
    Questionnaire questionnaire = questionnaire()
        .addScale(scale("agree", "1", "2", "3", "4", "5").allowDontKnow(true).build())
        .addDimension(dimension("d1")
            .addQuestion(question("q1", QuestionType.ORDINAL_SCALE).scale("agree").build())
            .addQuestion(shownWhen(yesNo("q2"), Condition.answer("q1", Operator.GE, literal("3"))))
            .addDimension(dimension("d2",
                question("q3", QuestionType.NUMBER).unit("%").min(BigDecimal.ZERO).max(BigDecimal.TEN)
                    .visibleWhen(Condition.answerIs("q2", AnswerState.ANSWERED)).build(),
                choice("q4", QuestionType.MULTIPLE_CHOICE, "a", "b").build()))
            .build())
        .addBands(interval("low", "[0,50)"), interval("high", "[50,100]"))
        .addRecommendation(Recommendation.builder().from(recommendation("rec1")).dimension("d2").build())
        .addRule(rule("r1", Condition.any(Condition.answer("q3", Operator.LT, BigDecimal.ONE),
            Condition.answer("q4", Operator.CONTAINS, literal("b"))), "rec1"))
        .build();

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    then(findings).isEmpty();
  }

  @Test
  void should_collect_all_findings_when_questionnaire_has_several_mistakes() {
    // GIVEN an unknown scale, an empty dimension and an unknown recommendation
    Questionnaire questionnaire = questionnaire()
        .addDimension(dimension("d1", question("q1", QuestionType.ORDINAL_SCALE).scale("nope").build()))
        .addDimension(dimension("d2").build())
        .addRule(rule("r1", ALWAYS, "nope"))
        .build();

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    thenFindings(findings).containsExactlyInAnyOrder(
        error(QuestionnaireProblem.UNKNOWN_SCALE, Q0 + "/scale"),
        error(QuestionnaireProblem.EMPTY_DIMENSION, "/dimensions/1"),
        error(QuestionnaireProblem.UNKNOWN_RECOMMENDATION, "/rules/0/recommend/0"));
  }

  // ---------------------------------------------------------------- one mistake, one finding

  private static Arguments mistake(String description, Questionnaire questionnaire, Tuple expected) {
    return Arguments.of(description, questionnaire, expected);
  }

  static Stream<Arguments> singleMistakes() {
    Question choiceOnScale = question("q1", QuestionType.ORDINAL_SCALE).scale("s").build();
    return Stream.of(
        mistake("no dimensions", questionnaire().build(), error(QuestionnaireProblem.NO_DIMENSIONS, "")),
        mistake("duplicate scale id",
            questionnaireWith(b -> b.addScales(scale("s", "1").build(), scale("s", "2").build()), choiceOnScale),
            error(QuestionnaireProblem.DUPLICATE_SCALE_ID, "/scales/1/id")),
        mistake("duplicate option value of a question",
            questionnaireWith(choice("q1", QuestionType.SINGLE_CHOICE, "1", "2", "1").build()),
            error(QuestionnaireProblem.DUPLICATE_OPTION_VALUE, Q0 + "/options/2/value")),
        mistake("duplicate option value of a scale",
            questionnaireWith(b -> b.addScale(scale("s", "a", "a").build()), choiceOnScale),
            error(QuestionnaireProblem.DUPLICATE_OPTION_VALUE, "/scales/0/options/1/value")),
        mistake("duplicate rule id",
            questionnaireWith(b -> b.addRecommendation(recommendation("rec1"))
                .addRules(rule("r1", ALWAYS, "rec1"), rule("r1", ALWAYS, "rec1")), yesNo("q1")),
            error(QuestionnaireProblem.DUPLICATE_RULE_ID, "/rules/1/id")),
        mistake("duplicate recommendation id", withRecommendations(recommendation("rec1"), recommendation("rec1")),
            error(QuestionnaireProblem.DUPLICATE_RECOMMENDATION_ID, "/recommendations/1/id")),
        mistake("duplicate band id of the questionnaire",
            withBands(interval("b", "[0,50)"), interval("b", "[50,100]")),
            error(QuestionnaireProblem.DUPLICATE_BAND_ID, "/bands/1/id")),
        mistake("duplicate band id of a dimension",
            questionnaire().addDimension(dimension("d1").addQuestion(yesNo("q1"))
                .addBands(interval("b", "[0,50)"), interval("b", "[50,100]")).build()).build(),
            error(QuestionnaireProblem.DUPLICATE_BAND_ID, "/dimensions/0/bands/1/id")),
        mistake("unknown question in a rule",
            questionnaireWith(b -> b.addRecommendation(recommendation("rec1"))
                .addRule(rule("r1", Condition.not(Condition.answerIs("nope", AnswerState.DONT_KNOW)), "rec1")),
                yesNo("q1")),
            error(QuestionnaireProblem.UNKNOWN_QUESTION_IN_CONDITION, "/rules/0/when/not/answer")),
        mistake("unknown recommendation",
            questionnaireWith(b -> b.addRecommendation(recommendation("rec1"))
                .addRule(rule("r1", ALWAYS, "rec1", "rec2")), yesNo("q1")),
            error(QuestionnaireProblem.UNKNOWN_RECOMMENDATION, "/rules/0/recommend/1")),
        mistake("unknown dimension",
            withRecommendations(Recommendation.builder().from(recommendation("rec1")).dimension("d1").build(),
                Recommendation.builder().from(recommendation("rec2")).dimension("d9").build()),
            error(QuestionnaireProblem.UNKNOWN_DIMENSION, "/recommendations/1/dimension")),
        mistake("negative question weight", questionnaireWith(weighted(yesNo("q1"), "-1"), yesNo("q2")),
            error(QuestionnaireProblem.NEGATIVE_WEIGHT, Q0 + "/weight")),
        mistake("zero weight sum of a dimension (text questions do not count)",
            questionnaireWith(weighted(yesNo("q1"), "0"), weighted(yesNo("q2"), "0.0"),
                question("q3", QuestionType.TEXT).build()),
            error(QuestionnaireProblem.ZERO_WEIGHT_SUM, "/dimensions/0")),
        mistake("zero weight sum of the top-level dimensions",
            questionnaire().addDimension(weighted(dimension("d1", yesNo("q1")), "0"))
                .addDimension(weighted(dimension("d2", yesNo("q2")), "0")).build(),
            error(QuestionnaireProblem.ZERO_WEIGHT_SUM, "/dimensions")),
        mistake("empty dimension",
            questionnaire().addDimension(dimension("d1", yesNo("q1"))).addDimension(dimension("d2").build()).build(),
            error(QuestionnaireProblem.EMPTY_DIMENSION, "/dimensions/1")),
        mistake("options on a yes/no question", questionnaireWith(choice("q1", QuestionType.YES_NO, "y", "n").build()),
            error(QuestionnaireProblem.OPTIONS_NOT_ALLOWED, Q0 + "/options")),
        mistake("scale on a number question",
            questionnaireWith(b -> b.addScale(scale("s", "1").build()), question("q1", QuestionType.NUMBER).scale("s").build()),
            error(QuestionnaireProblem.OPTIONS_NOT_ALLOWED, Q0 + "/scale")),
        mistake("scale and options",
            questionnaireWith(b -> b.addScale(scale("s", "1").build()),
                choice("q1", QuestionType.SINGLE_CHOICE, "1").scale("s").build()),
            error(QuestionnaireProblem.SCALE_AND_OPTIONS, Q0)),
        mistake("scale without options", questionnaireWith(b -> b.addScale(scale("s").build()), choiceOnScale),
            error(QuestionnaireProblem.NO_OPTIONS_ON_SCALE, "/scales/0/options")),
        mistake("shareMeeting without threshold",
            withScoring(ScoringSettings.builder().aggregation(Aggregation.SHARE_MEETING)),
            error(QuestionnaireProblem.INCOMPLETE_SCORING, "/scoring")),
        mistake("countAs without missingScore on a dimension",
            questionnaire().addDimension(dimension("d1").addQuestion(yesNo("q1"))
                .scoring(ScoringSettings.builder().missing(MissingPolicy.COUNT_AS).build()).build()).build(),
            error(QuestionnaireProblem.INCOMPLETE_SCORING, "/dimensions/0/scoring")),
        mistake("normalize on a dimension that aggregates by minimum",
            questionnaire().addDimension(dimension("d1").addQuestion(yesNo("q1"))
                .scoring(ScoringSettings.builder().normalize(true)
                    .aggregation(dev.selfcheck.core.Aggregation.MINIMUM).build()).build()).build(),
            error(QuestionnaireProblem.NORMALIZE_NOT_APPLICABLE, "/dimensions/0/scoring")),
        mistake("clamp min above max",
            withScoring(ScoringSettings.builder().min(new BigDecimal("100")).max(BigDecimal.ZERO)),
            error(QuestionnaireProblem.EMPTY_CLAMP, "/scoring/min")),
        mistake("text without the default language", translated(LocalizedText.of("de", "Gibt es eine Strategie?")),
            error(QuestionnaireProblem.MISSING_DEFAULT_TRANSLATION, Q0 + "/text")),
        mistake("text in an undeclared language",
            questionnaireWith(Question.builder().from(yesNo("q1"))
                .text(LocalizedText.of(Map.of("en", "Strategy?", "fr", "Stratégie ?"))).build()),
            warning(QuestionnaireProblem.UNDECLARED_LANGUAGE, Q0 + "/text/fr")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleMistakes")
  void should_report_exactly_one_finding_when_questionnaire_has_one_mistake(
      String mistake, Questionnaire questionnaire, Tuple expected) {
    // GIVEN a questionnaire with the mistake

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    thenFindings(findings).containsExactly(expected);
  }

  private static Arguments mistake(String description, Questionnaire questionnaire, Tuple expected,
      String message) {
    return Arguments.of(description, questionnaire, expected, message);
  }

  static Stream<Arguments> mistakesWithMessages() {
    Question nestedUnknown = shownWhen(yesNo("z"), Condition.all(
        Condition.answer("nope", Operator.EQ, Literal.of(true)), Condition.answerIs("x", AnswerState.ANSWERED)));
    return Stream.of(
        mistake("duplicate question id",
            questionnaire().addDimension(dimension("d1", yesNo("q1"))).addDimension(dimension("d2", yesNo("q1")))
                .build(),
            error(QuestionnaireProblem.DUPLICATE_QUESTION_ID, "/dimensions/1/questions/0/id"),
            "question id 'q1' is already used at /dimensions/0/questions/0"),
        mistake("duplicate dimension id of a sub-dimension and a top-level one",
            questionnaire().addDimension(dimension("d1").addDimension(dimension("d2", yesNo("q1"))).build())
                .addDimension(dimension("d2", yesNo("q2"))).build(),
            error(QuestionnaireProblem.DUPLICATE_DIMENSION_ID, "/dimensions/1/id"),
            "dimension id 'd2' is already used at /dimensions/0/dimensions/0"),
        mistake("unknown scale",
            questionnaireWith(b -> b.addScales(scale("agree", "1").build(), scale("level", "1").build()),
                question("q1", QuestionType.ORDINAL_SCALE).scale("agreement").build()),
            error(QuestionnaireProblem.UNKNOWN_SCALE, Q0 + "/scale"),
            "scale 'agreement' is not defined (defined scales: agree, level)"),
        mistake("unknown question deep in a visibility condition",
            questionnaire().addDimension(dimension("d1").addDimension(dimension("dA", yesNo("a")))
                .addDimension(dimension("dB", yesNo("x"), yesNo("y"), nestedUnknown)).build()).build(),
            error(QuestionnaireProblem.UNKNOWN_QUESTION_IN_CONDITION,
                "/dimensions/0/dimensions/1/questions/2/visibleWhen/all/0/answer"),
            "the condition refers to question 'nope', which does not exist"),
        mistake("unknown option of a scale in a condition",
            questionnaireWith(b -> b.addScale(scale("agree", "1", "2").build()),
                question("q1", QuestionType.ORDINAL_SCALE).scale("agree").build(),
                shownWhen(yesNo("q2"), Condition.answer("q1", Operator.GT, literal("3")))),
            error(QuestionnaireProblem.UNKNOWN_OPTION_IN_CONDITION, Q1 + "/visibleWhen/gt"),
            "question 'q1' offers no option '3' (offered: 1, 2)"),
        mistake("negative dimension weight",
            questionnaire().addDimension(dimension("d1", yesNo("q1")))
                .addDimension(weighted(dimension("d2", yesNo("q2")), "-0.5")).build(),
            error(QuestionnaireProblem.NEGATIVE_WEIGHT, "/dimensions/1/weight"),
            "weight -0.5 is negative; weights must be 0 or more"),
        mistake("question visible only depending on itself",
            questionnaireWith(shownWhen(yesNo("q1"), Condition.answerIs("q1", AnswerState.NOT_ANSWERED))),
            error(QuestionnaireProblem.VISIBILITY_CYCLE, Q0 + "/visibleWhen"),
            "the visibility of question 'q1' depends on itself: q1 -> q1"),
        mistake("three questions in a visibility cycle, reported once",
            questionnaireWith(
                shownWhen(yesNo("q1"), Condition.answer("q2", Operator.EQ, Literal.of(true))),
                shownWhen(yesNo("q2"), Condition.answer("q3", Operator.EQ, Literal.of(true))),
                shownWhen(yesNo("q3"), Condition.any(Condition.answerIs("q1", AnswerState.ANSWERED)))),
            error(QuestionnaireProblem.VISIBILITY_CYCLE, Q0 + "/visibleWhen"),
            "the visibility of question 'q1' depends on itself: q1 -> q2 -> q3 -> q1"),
        mistake("shareMeeting without threshold",
            withScoring(ScoringSettings.builder().aggregation(Aggregation.SHARE_MEETING)),
            error(QuestionnaireProblem.INCOMPLETE_SCORING, "/scoring"),
            "scoring setting 'aggregation: shareMeeting' needs 'threshold', which is not set"),
        mistake("text without a declared language", translated(text("Is there a strategy?")),
            warning(QuestionnaireProblem.MISSING_TRANSLATION, Q0 + "/text"),
            "the text has no translation in declared language 'de'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakesWithMessages")
  void should_report_finding_with_exact_message_when_questionnaire_has_one_mistake(
      String mistake, Questionnaire questionnaire, Tuple expected, String message) {
    // GIVEN a questionnaire with the mistake

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    thenFindings(findings).containsExactly(expected);
    then(findings.get(0).message()).isEqualTo(message);
  }


  private static Arguments conditionMistake(Question source, Condition condition, QuestionnaireProblem problem,
      String pointerSuffix) {
    return Arguments.of(source.type().jsonName() + " " + problem + " at " + pointerSuffix, source, condition,
        problem, pointerSuffix);
  }

  /** Conditions on a source question q1 that do not fit it, each with the finding it causes. */
  static Stream<Arguments> conditionMistakes() {
    Question single = choice("q1", QuestionType.SINGLE_CHOICE, "1", "2", "3").build();
    Question multiple = choice("q1", QuestionType.MULTIPLE_CHOICE, "a", "b").build();
    Question number = question("q1", QuestionType.NUMBER).build();
    Question text = question("q1", QuestionType.TEXT).build();
    QuestionnaireProblem unknownOption = QuestionnaireProblem.UNKNOWN_OPTION_IN_CONDITION;
    QuestionnaireProblem notApplicable = QuestionnaireProblem.OPERATOR_NOT_APPLICABLE;
    QuestionnaireProblem wrongType = QuestionnaireProblem.WRONG_VALUE_TYPE;
    return Stream.of(
        conditionMistake(single, Condition.answer("q1", Operator.EQ, literal("9")), unknownOption, "/eq"),
        conditionMistake(single, Condition.answerIn("q1", List.of(literal("1"), literal("9"))), unknownOption,
            "/in/1"),
        conditionMistake(multiple, Condition.answer("q1", Operator.CONTAINS, literal("c")), unknownOption,
            "/contains"),
        conditionMistake(single, Condition.not(Condition.answer("q1", Operator.GE, literal("4"))), unknownOption,
            "/not/ge"),
        conditionMistake(yesNo("q1"), Condition.answer("q1", Operator.GT, Literal.of(true)), notApplicable, "/gt"),
        conditionMistake(multiple, Condition.answer("q1", Operator.EQ, literal("a")), notApplicable, "/eq"),
        conditionMistake(text, Condition.answer("q1", Operator.LT, literal("m")), notApplicable, "/lt"),
        conditionMistake(single, Condition.any(Condition.answer("q1", Operator.CONTAINS, literal("1"))),
            notApplicable, "/any/0/contains"),
        conditionMistake(number, Condition.answer("q1", Operator.CONTAINS, BigDecimal.ONE), notApplicable,
            "/contains"),
        conditionMistake(number, Condition.answer("q1", Operator.EQ, literal("5")), wrongType, "/eq"),
        conditionMistake(yesNo("q1"), Condition.answer("q1", Operator.EQ, literal("true")), wrongType, "/eq"),
        conditionMistake(single, Condition.answer("q1", Operator.EQ, BigDecimal.ONE), wrongType, "/eq"),
        conditionMistake(single, Condition.answerIn("q1", List.of(literal("1"), Literal.of(new BigDecimal("2")))),
            wrongType, "/in/1"),
        conditionMistake(text, Condition.answer("q1", Operator.NE, Literal.of(false)), wrongType, "/ne"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conditionMistakes")
  void should_report_finding_at_operator_when_condition_does_not_fit_question(
      String description, Question source, Condition condition, QuestionnaireProblem problem, String pointerSuffix) {
    // GIVEN q2 is shown by a condition on q1
    Questionnaire questionnaire = questionnaireWith(source, shownWhen(yesNo("q2"), condition));

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    thenFindings(findings).containsExactly(error(problem, Q1 + "/visibleWhen" + pointerSuffix));
  }

  // ---------------------------------------------------------------- weights and structure

  @Test
  void should_accept_zero_weights_when_aggregation_is_weighted_sum() {
    // GIVEN
    Questionnaire questionnaire = questionnaireWith(
        b -> b.scoring(ScoringSettings.builder().aggregation(Aggregation.WEIGHTED_SUM).build()),
        weighted(yesNo("q1"), "0"));

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    then(findings).isEmpty();
  }

  // ---------------------------------------------------------------- question settings

  @ParameterizedTest
  @CsvSource({"SINGLE_CHOICE", "MULTIPLE_CHOICE", "ORDINAL_SCALE"})
  void should_report_missing_options_when_choice_question_has_neither_scale_nor_options(QuestionType type) {
    // GIVEN
    Questionnaire questionnaire = questionnaireWith(question("q1", type).build());

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    thenFindings(findings).containsExactly(error(QuestionnaireProblem.MISSING_OPTIONS, Q0));
  }

  @ParameterizedTest
  @CsvSource({"10, 5, true", "5, 5, false", "-1, 0, false"})
  void should_report_empty_number_range_when_min_is_above_max(
      BigDecimal min, BigDecimal max, boolean reported) {
    // GIVEN
    Questionnaire questionnaire = questionnaireWith(question("q1", QuestionType.NUMBER).min(min).max(max).build());

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    then(findings).hasSize(reported ? 1 : 0);
    if (reported) {
      thenFindings(findings).containsExactly(error(QuestionnaireProblem.EMPTY_NUMBER_RANGE, Q0 + "/min"));
      then(findings.get(0).message()).isEqualTo("question 'q1' has min 10 above max 5, so no number is valid");
    }
  }

  @Test
  void should_report_number_setting_not_allowed_when_yes_no_question_has_unit_min_and_max() {
    // GIVEN
    Questionnaire questionnaire = questionnaireWith(
        question("q1", QuestionType.YES_NO).unit("%").min(BigDecimal.ZERO).max(BigDecimal.TEN).build());

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    thenFindings(findings).containsExactlyInAnyOrder(
        error(QuestionnaireProblem.NUMBER_SETTING_NOT_ALLOWED, Q0 + "/unit"),
        error(QuestionnaireProblem.NUMBER_SETTING_NOT_ALLOWED, Q0 + "/min"),
        error(QuestionnaireProblem.NUMBER_SETTING_NOT_ALLOWED, Q0 + "/max"));
  }

  // ---------------------------------------------------------------- conditions

  @Test
  void should_report_no_cycle_when_visibility_conditions_form_a_chain() {
    // GIVEN q3 -> q2 -> q1, and q4 -> q1 as well
    Questionnaire questionnaire = questionnaireWith(
        yesNo("q1"),
        shownWhen(yesNo("q2"), Condition.answer("q1", Operator.EQ, Literal.of(true))),
        shownWhen(yesNo("q3"), Condition.answer("q2", Operator.EQ, Literal.of(true))),
        shownWhen(yesNo("q4"), Condition.all(Condition.answerIs("q1", AnswerState.ANSWERED),
            Condition.answerIs("q3", AnswerState.ANSWERED))));

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    then(findings).isEmpty();
  }

  // ---------------------------------------------------------------- bands and scoring

  @ParameterizedTest
  @CsvSource({"'[50,10)'", "'[5,5)'", "'(5,5]'", "'(5,5)'"})
  void should_report_empty_band_when_band_contains_no_score(String notation) {
    // GIVEN
    Questionnaire questionnaire = withBands(interval("b", notation));

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    thenFindings(findings).containsExactly(error(QuestionnaireProblem.EMPTY_BAND, "/bands/0"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "[50.5,10); band 'b' contains no score: lower 50.5 is above upper 10;"
          + " die Stufe „b“ enthält keinen Punktwert: die Untergrenze 50,5 liegt über der Obergrenze 10",
      "[5,5); band 'b' contains no score: lower and upper are both 5 but not both inclusive;"
          + " die Stufe „b“ enthält keinen Punktwert: Unter- und Obergrenze sind beide 5, aber nicht beide"
          + " eingeschlossen"})
  void should_say_why_a_band_is_empty_in_english_and_german(String notation, String english, String german) {
    // GIVEN
    Questionnaire questionnaire = withBands(interval("b", notation));

    // WHEN
    Finding finding = questionnaire.validate().get(0);

    // THEN
    then(finding.message()).isEqualTo(english);
    then(finding.message(Locale.ENGLISH)).isEqualTo(english);
    then(finding.message(Locale.GERMAN)).isEqualTo(german);
  }

  @Test
  void should_accept_band_when_it_holds_a_single_score_inclusively() {
    // GIVEN
    Questionnaire questionnaire = withBands(interval("b", "[5,5]"));

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    then(findings).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "[0,34); [34,67)",
      "[0,34]; (34,67)",
      "[0,34); [34.00,67)",
      "[34,67); [0,34)",
      "[0,10); [20,30]"})
  void should_report_no_overlap_when_bands_only_touch_or_are_apart(String first, String second) {
    // GIVEN
    Questionnaire questionnaire = withBands(interval("b1", first), interval("b2", second));

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    then(findings).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "[0,34]; [34,67);  the score 34",
      "[34,67); [0,34.0]; the score 34",
      "[0,50); [40,100]; the scores between 40 and 50",
      "[0,100]; (10,20); the scores between 10 and 20"})
  void should_report_overlapping_bands_when_bands_share_a_score(String first, String second, String shared) {
    // GIVEN
    Questionnaire questionnaire = withBands(interval("b1", first), interval("b2", second));

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    thenFindings(findings).containsExactly(error(QuestionnaireProblem.OVERLAPPING_BANDS, "/bands/1"));
    then(findings.get(0).message()).isEqualTo("bands 'b1' and 'b2' overlap: both contain " + shared);
  }

  // ---------------------------------------------------------------- translations

  @Test
  void should_report_nothing_when_every_text_has_every_declared_language() {
    // GIVEN
    Questionnaire questionnaire = translated(bilingual("Is there a strategy?"));

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    then(findings).isEmpty();
  }

}
