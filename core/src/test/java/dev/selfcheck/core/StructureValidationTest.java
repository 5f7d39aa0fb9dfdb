package dev.selfcheck.core;

import static dev.selfcheck.core.Fixtures.band;
import static dev.selfcheck.core.Fixtures.dimension;
import static dev.selfcheck.core.Fixtures.error;
import static dev.selfcheck.core.Fixtures.option;
import static dev.selfcheck.core.Fixtures.question;
import static dev.selfcheck.core.Fixtures.questionnaire;
import static dev.selfcheck.core.Fixtures.questionnaireWith;
import static dev.selfcheck.core.Fixtures.recommendation;
import static dev.selfcheck.core.Fixtures.scale;
import static dev.selfcheck.core.Fixtures.text;
import static dev.selfcheck.core.Fixtures.thenFindings;
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

/** How {@link Questionnaire#validate()} checks texts, reserved ids, weights and scoring settings. */
class StructureValidationTest {

  private static Question weighted(Question question, String weight) {
    return Question.builder().from(question).weight(new BigDecimal(weight)).build();
  }

  private static Dimension scored(Dimension dimension, ScoringSettings.Builder scoring) {
    return Dimension.builder().from(dimension).scoring(scoring.build()).build();
  }

  @Test
  void should_check_every_text_when_questionnaire_declares_a_second_language() {
    // GIVEN English and German declared, but every text only in English
    Questionnaire questionnaire = questionnaire()
        .addLocale("de")
        .description(text("description"))
        .addScale(AnswerScale.builder().id("s").label(text("scale")).addOptions(option("1")).build())
        .addDimension(dimension("d1")
            .description(text("dimension description"))
            .addQuestion(question("q1", QuestionType.ORDINAL_SCALE).scale("s").help(text("help")).build())
            .addQuestion(question("q2", QuestionType.SINGLE_CHOICE).addOptions(option("a")).build())
            .addBands(Band.builder().from(band("b", "0", "100")).text(text("band text")).build())
            .build())
        .addRecommendation(Recommendation.builder().from(recommendation("rec1")).rationale(text("why"))
            .addLinks(Link.builder().href("https://example.org").label(text("link")).build())
            .build())
        .build();

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    then(findings).allSatisfy(f -> then(f.is(QuestionnaireProblem.MISSING_TRANSLATION)).isTrue());
    then(findings).extracting(Finding::pointer).containsExactly(
        "/title",
        "/description",
        "/scales/0/label",
        "/scales/0/options/0/label",
        "/dimensions/0/label",
        "/dimensions/0/description",
        "/dimensions/0/bands/0/label",
        "/dimensions/0/bands/0/text",
        "/dimensions/0/questions/0/text",
        "/dimensions/0/questions/0/help",
        "/dimensions/0/questions/1/text",
        "/dimensions/0/questions/1/options/0/label",
        "/recommendations/0/title",
        "/recommendations/0/text",
        "/recommendations/0/rationale",
        "/recommendations/0/links/0/label");
  }

  @Test
  void should_report_missing_default_translation_naming_the_language_when_text_lacks_it() {
    // GIVEN a German default language and an English title
    Questionnaire questionnaire = Questionnaire.builder().from(questionnaireWith(yesNo("q1")))
        .defaultLocale("de").addLocale("en").build();

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN every text lacks German; none is in an undeclared language
    then(findings).hasSize(3).allSatisfy(f -> {
      then(f.is(QuestionnaireProblem.MISSING_DEFAULT_TRANSLATION)).isTrue();
      then(f.message()).isEqualTo("the text has no translation in the default language 'de'");
    });
  }

  @Test
  void should_name_declared_languages_when_text_has_an_undeclared_one() {
    // GIVEN
    Questionnaire questionnaire = Questionnaire.builder().from(questionnaireWith(yesNo("q1")))
        .addLocale("de").title(LocalizedText.of(java.util.Map.of("en", "t", "de", "t", "fr", "t"))).build();

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    then(findings).filteredOn(f -> f.is(QuestionnaireProblem.UNDECLARED_LANGUAGE)).singleElement()
        .satisfies(f -> {
          then(f.pointer()).isEqualTo("/title/fr");
          then(f.message()).isEqualTo(
              "the text is in language 'fr', which the questionnaire does not declare (declared: en, de)");
        });
  }

  // ---------------------------------------------------------------- one mistake, one finding with its message

  private static Arguments mistake(String description, Questionnaire questionnaire, Tuple expected, String message) {
    return Arguments.of(description, questionnaire, expected, message);
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        mistake("dimension named total", questionnaire().addDimension(dimension("d1", yesNo("q1")))
                .addDimension(dimension("total", yesNo("q2"))).build(),
            error(QuestionnaireProblem.RESERVED_DIMENSION_ID, "/dimensions/1/id"),
            "'total' is reserved for the total; choose another dimension id"),
        mistake("normalize on the total aggregated by maximum (its dimension averages)",
            questionnaire().scoring(ScoringSettings.builder().normalize(true).aggregation(Aggregation.MAXIMUM).build())
                .addDimension(scored(dimension("d1", yesNo("q1")),
                    ScoringSettings.builder().aggregation(Aggregation.WEIGHTED_MEAN))).build(),
            error(QuestionnaireProblem.NORMALIZE_NOT_APPLICABLE, "/scoring"),
            "normalize applies to weightedMean and weightedSum, but 'total' aggregates by maximum"),
        mistake("normalize inherited by a dimension that aggregates by minimum",
            questionnaire().scoring(ScoringSettings.builder().normalize(true).build())
                .addDimension(scored(dimension("d1", yesNo("q1")),
                    ScoringSettings.builder().aggregation(Aggregation.MINIMUM))).build(),
            error(QuestionnaireProblem.NORMALIZE_NOT_APPLICABLE, "/dimensions/0/scoring/aggregation"),
            "normalize applies to weightedMean and weightedSum, but 'd1' aggregates by minimum"),
        mistake("normalize and maximum inherited by a dimension that sets neither: reported once, where written",
            questionnaire().scoring(ScoringSettings.builder().normalize(true).aggregation(Aggregation.MAXIMUM).build())
                .addDimension(dimension("d1", yesNo("q1"))).build(),
            error(QuestionnaireProblem.NORMALIZE_NOT_APPLICABLE, "/scoring"),
            "normalize applies to weightedMean and weightedSum, but 'total' aggregates by maximum"),
        mistake("zero weights under shareMeeting",
            questionnaire().addDimension(scored(dimension("d1", weighted(yesNo("q1"), "0")),
                ScoringSettings.builder().aggregation(Aggregation.SHARE_MEETING).threshold(BigDecimal.ONE))).build(),
            error(QuestionnaireProblem.ZERO_WEIGHT_SUM, "/dimensions/0"),
            "the weights of the questions and sub-dimensions of dimension 'd1' add up to zero, so their weighted"
                + " mean is undefined"),
        mistake("zero weights of the top-level dimensions",
            questionnaire().addDimension(Dimension.builder().from(dimension("d1", yesNo("q1")))
                .weight(BigDecimal.ZERO).build()).build(),
            error(QuestionnaireProblem.ZERO_WEIGHT_SUM, "/dimensions"),
            "the weights of the dimensions of the questionnaire add up to zero, so their weighted mean is undefined"),
        mistake("countAs without missingScore on the total",
            questionnaireWith(b -> b.scoring(ScoringSettings.builder().missing(MissingPolicy.COUNT_AS).build()),
                yesNo("q1")),
            error(QuestionnaireProblem.INCOMPLETE_SCORING, "/scoring"),
            "scoring setting 'missing: countAs' needs 'missingScore', which is not set"),
        mistake("clamp min above max on a dimension",
            questionnaire().addDimension(scored(dimension("d1", yesNo("q1")),
                ScoringSettings.builder().min(new BigDecimal("0.5")).max(new BigDecimal("0.25")))).build(),
            error(QuestionnaireProblem.EMPTY_CLAMP, "/dimensions/0/scoring/min"),
            "scoring min 0.5 is above max 0.25"),
        mistake("negative weight that would cancel a positive one",
            questionnaireWith(weighted(yesNo("q1"), "1"), weighted(yesNo("q2"), "-1")),
            error(QuestionnaireProblem.NEGATIVE_WEIGHT, "/dimensions/0/questions/1/weight"),
            "weight -1 is negative; weights must be 0 or more"),
        mistake("scale without options", questionnaireWith(b -> b.addScale(scale("s").build()),
                question("q1", QuestionType.ORDINAL_SCALE).scale("s").build()),
            error(QuestionnaireProblem.NO_OPTIONS_ON_SCALE, "/scales/0/options"),
            "scale 's' has no options"),
        mistake("options on a text question",
            questionnaireWith(question("q1", QuestionType.TEXT).addOptions(option("a")).build()),
            error(QuestionnaireProblem.OPTIONS_NOT_ALLOWED, "/dimensions/0/questions/0/options"),
            "question 'q1' is of type text and takes no scale or options"),
        mistake("choice question without options",
            questionnaireWith(question("q1", QuestionType.MULTIPLE_CHOICE).build()),
            error(QuestionnaireProblem.MISSING_OPTIONS, "/dimensions/0/questions/0"),
            "question 'q1' is of type multipleChoice and needs options: refer to a scale or list options"),
        mistake("unit on a text question", questionnaireWith(question("q1", QuestionType.TEXT).unit("kg").build()),
            error(QuestionnaireProblem.NUMBER_SETTING_NOT_ALLOWED, "/dimensions/0/questions/0/unit"),
            "question 'q1' is of type text; 'unit' is only allowed on number questions"),
        mistake("empty band at a single score", questionnaireWith(b -> b.addBands(Band.builder().from(band("b", "5", "5"))
                .lowerInclusive(true).upperInclusive(false).build()), yesNo("q1")),
            error(QuestionnaireProblem.EMPTY_BAND, "/bands/0"),
            "band 'b' contains no score: lower and upper are both 5 but not both inclusive"),
        mistake("band upside down", questionnaireWith(b -> b.addBands(band("b", "10", "5")), yesNo("q1")),
            error(QuestionnaireProblem.EMPTY_BAND, "/bands/0"),
            "band 'b' contains no score: lower 10 is above upper 5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void should_report_finding_with_exact_message_when_questionnaire_has_one_mistake(
      String description, Questionnaire questionnaire, Tuple expected, String message) {
    // GIVEN a questionnaire with the mistake

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    thenFindings(findings).containsExactly(expected);
    then(findings.get(0).message()).isEqualTo(message);
  }

  private static Band single(String id, boolean lowerInclusive, boolean upperInclusive) {
    return Band.builder().from(band(id, "10", "10")).lowerInclusive(lowerInclusive).upperInclusive(upperInclusive)
        .build();
  }

  static Stream<Arguments> bandsSharingAnEnd() {
    return Stream.of(
        Arguments.of("lower end shared, second excludes it", single("b2", false, true), List.of(
            error(QuestionnaireProblem.EMPTY_BAND, "/bands/1"))),
        Arguments.of("upper end shared, second excludes it", single("b2", true, false), List.of(
            error(QuestionnaireProblem.EMPTY_BAND, "/bands/1"))),
        Arguments.of("both include the score", single("b2", true, true), List.of(
            error(QuestionnaireProblem.OVERLAPPING_BANDS, "/bands/1"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bandsSharingAnEnd")
  void should_need_both_bands_to_include_an_equal_end_when_bands_overlap_there(
      String description, Band second, List<Tuple> expected) {
    // GIVEN the band [10,10] and a second band at 10
    Questionnaire questionnaire = questionnaireWith(b -> b.addBands(single("b1", true, true), second), yesNo("q1"));

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    thenFindings(findings).containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> validSettings() {
    return Stream.of(
        Arguments.of("normalize with weightedSum",
            questionnaireWith(b -> b.scoring(ScoringSettings.builder().normalize(true)
                .aggregation(Aggregation.WEIGHTED_SUM).build()), yesNo("q1"))),
        Arguments.of("normalize off with minimum",
            questionnaireWith(b -> b.scoring(ScoringSettings.builder().normalize(false)
                .aggregation(Aggregation.MINIMUM).build()), yesNo("q1"))),
        Arguments.of("a dimension turns normalize off under minimum",
            questionnaire().scoring(ScoringSettings.builder().normalize(true).build())
                .addDimension(scored(dimension("d1", yesNo("q1")),
                    ScoringSettings.builder().aggregation(Aggregation.MINIMUM).normalize(false))).build()),
        Arguments.of("zero weights under minimum",
            questionnaire().addDimension(scored(dimension("d1", weighted(yesNo("q1"), "0")),
                ScoringSettings.builder().aggregation(Aggregation.MINIMUM))).build()),
        Arguments.of("one positive weight among zero weights",
            questionnaireWith(weighted(yesNo("q1"), "0"), weighted(yesNo("q2"), "0.001"))),
        Arguments.of("clamp with min equal to max",
            questionnaireWith(b -> b.scoring(ScoringSettings.builder().min(BigDecimal.TEN).max(BigDecimal.TEN).build()),
                yesNo("q1"))),
        Arguments.of("countAs with missingScore and shareMeeting with threshold",
            questionnaireWith(b -> b.scoring(ScoringSettings.builder().missing(MissingPolicy.COUNT_AS)
                .missingScore(BigDecimal.ZERO).aggregation(Aggregation.SHARE_MEETING).threshold(BigDecimal.TEN)
                .build()), yesNo("q1"))),
        Arguments.of("dimension with only a sub-dimension",
            questionnaire().addDimension(dimension("d1").addDimension(dimension("d2", yesNo("q1"))).build())
                .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validSettings")
  void should_report_nothing_when_settings_are_consistent(String description, Questionnaire questionnaire) {
    // GIVEN a consistent questionnaire

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    then(findings).isEmpty();
  }
}
