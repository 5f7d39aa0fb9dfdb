package dev.selfcheck.analysis;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.groups.Tuple.tuple;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A questionnaire with one planted mistake of every kind (planted-mistakes.yaml, its comments name
 * the finding each element should produce) is reported exactly: the right code, severity, pointer
 * and message for each, and nothing else.
 */
class PlantedMistakesTest {

  @Test
  void should_report_every_planted_mistake_and_nothing_else_when_a_questionnaire_has_one_of_each_kind() {
    // GIVEN
    Questionnaire questionnaire = QuestionnaireCodec.create()
        .readQuestionnaire(FindingsJson.RESOURCES.resolve("planted-mistakes.yaml")).orElseThrow();
    // WHEN
    List<Finding> findings = QuestionnaireAnalysis.of(questionnaire).allFindings();
    // THEN
    then(FindingsJson.rows(findings))
        .containsExactlyElementsOf(FindingsJson.rows(FindingsJson.read("planted-mistakes.expected.json")));
  }

  @Test
  void should_cover_every_kind_of_the_catalog_when_the_planted_mistakes_are_analysed() {
    // GIVEN
    Questionnaire questionnaire = QuestionnaireCodec.create()
        .readQuestionnaire(FindingsJson.RESOURCES.resolve("planted-mistakes.yaml")).orElseThrow();
    // WHEN
    List<String> codes = QuestionnaireAnalysis.of(questionnaire).findings().stream()
        .map(Finding::code).distinct().toList();
    // THEN the fixture exercises the whole catalog (but ANA-0004, retired: a required question that
    // can be hidden is skip logic), so a check that stops working is noticed
    then(codes).containsExactlyInAnyOrderElementsOf(Arrays.stream(AnalysisProblem.values())
        .filter(p -> p != AnalysisProblem.REQUIRED_BUT_HIDEABLE).map(AnalysisProblem::code).toList());
  }

  @Test
  void should_not_repeat_core_errors_and_analyse_the_rest_when_validation_finds_a_cycle_and_overlapping_bands() {
    // GIVEN a visibility cycle and overlapping bands (errors core reports), a rule on a score out of
    // reach and a rule whose parts exclude each other; the codec refuses such a document, so it is
    // built in code
    Questionnaire questionnaire = Models.questionnaire("planted-errors")
        .addDimensions(Models.dimension("main",
            Models.scaled("first", Condition.answerIs("second", AnswerState.ANSWERED)),
            Models.scaled("second", Condition.answerIs("first", AnswerState.ANSWERED)),
            Models.scaled("third", null)))
        .addBands(band("low", "0", "60"), band("high", "50", "100"))
        .addRules(
            Models.rule("impossible", MeasureComparison.of(MeasureComparison.Measure.SCORE, "total",
                Operator.GT, new BigDecimal("150"))),
            Models.rule("clash", Condition.all(Condition.answerIs("third", AnswerState.ANSWERED),
                Condition.answerIs("third", AnswerState.NOT_ANSWERED))))
        .build();
    // WHEN
    List<Finding> findings = QuestionnaireAnalysis.of(questionnaire).allFindings();
    // THEN
    then(findings).extracting(Finding::code, Finding::pointer).containsExactly(
        tuple("QST-0041", "/bands/1"),
        tuple("QST-0030", "/dimensions/0/questions/0/visibleWhen"),
        tuple("ANA-0005", "/dimensions/0/questions/0/visibleWhen/answer"),
        tuple("ANA-0030", "/rules/0/when"),
        tuple("ANA-0032", "/rules/1/when"));
  }

  @Test
  void should_say_why_a_rule_never_fires_in_english_and_german_when_its_score_is_out_of_reach() {
    // GIVEN a rule on a total above the highest reachable score
    Questionnaire questionnaire = Models.questionnaire("out-of-reach")
        .addDimensions(Models.dimension("main", Models.scaled("first", null)))
        .addRules(Models.rule("impossible", MeasureComparison.of(MeasureComparison.Measure.SCORE, "total",
            Operator.GT, new BigDecimal("150"))))
        .build();
    // WHEN
    Finding never = QuestionnaireAnalysis.of(questionnaire).findings().stream()
        .filter(f -> f.is(AnalysisProblem.RULE_NEVER_FIRES)).findFirst().orElseThrow();
    // THEN
    then(never.message()).isEqualTo(
        "rule 'impossible' can never fire: this condition never holds ('total' scores from 0 to 100)");
    then(never.message(Locale.GERMAN)).isEqualTo("die Regel „impossible“ kann nie greifen: diese Bedingung ist"
        + " nie erfüllt („total“ erreicht Punktwerte von 0 bis 100)");
  }

  private static Band band(String id, String lower, String upper) {
    return Band.builder().id(id).label(LocalizedText.of("en", id)).lower(new BigDecimal(lower))
        .upper(new BigDecimal(upper)).upperInclusive("100".equals(upper)).build();
  }
}
