package dev.selfcheck.surveyjs;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.tuple;

import dev.selfcheck.core.Questionnaire;
import org.junit.jupiter.api.Test;

/** Writing questionnaires as SurveyJS surveys: the JSON written, and the loss report. */
class ExportSurveyTest {

  @Test
  void should_write_pages_questions_choices_scores_and_visible_if_when_a_questionnaire_is_exported() {
    Questionnaire q = Fixtures.questionnaire("selfcheck/mappable.yaml");
    String survey = SurveyJs.exportSurvey(q).value().orElseThrow();
    then(survey)
        .contains("\"questionnaireId\" : \"team-check\"", "\"questionnaireVersion\" : \"2.1.0\"",
            "\"locale\" : \"de\"", "\"clearInvisibleValues\" : \"onHidden\"")
        .contains("\"title\" : {\n    \"default\" : \"Teamcheck\",\n    \"en\" : \"Team check\"\n  }")
        .contains("\"type\" : \"rating\"", "\"rateValues\"", "\"type\" : \"radiogroup\"", "\"showDontKnowItem\" : true",
            "\"type\" : \"checkbox\"", "\"type\" : \"boolean\"", "\"inputType\" : \"number\"", "\"type\" : \"comment\"",
            "\"type\" : \"panel\"", "\"isRequired\" : true")
        .contains("\"value\" : 1,", "\"value\" : \"onsite\",", "\"score\" : 2")
        .contains("\"visibleIf\" : \"{meets} = true\"",
            "\"visibleIf\" : \"{format} notempty and {format} noneof ['dontknow'] and {format} != 'online'\"",
            "\"visibleIf\" : \"{climate} notempty and {climate} != 2\"",
            "\"visibleIf\" : \"{format} anyof ['onsite', 'hybrid']\"",
            "\"visibleIf\" : \"{tools} contains 'wiki' or {tools} anyof ['dontknow'] or {size} > 20\"",
            "\"visibleIf\" : \"{notes} empty\"",
            "\"visibleIf\" : \"!({meets} = false) and (({format} notempty and {format} noneof ['dontknow']"
                + " and {format} != 'hybrid') or ({size} <= 10 and {climate} notempty)) and {tools} contains 'board'\"");
  }

  @Test
  void should_report_what_the_mapping_table_cannot_carry_when_a_questionnaire_is_exported() {
    Questionnaire q = Fixtures.questionnaire("selfcheck/lossy.yaml");
    Conversion<String> exported = SurveyJs.exportSurvey(q);
    then(exported.losses()).extracting(l -> l.finding().code(), Loss::source, Loss::target).containsExactlyInAnyOrder(
        tuple("SJS-0101", "/dimensions/0/weight", "/pages/0"),
        tuple("SJS-0101", "/dimensions/0/scoring", "/pages/0"),
        tuple("SJS-0101", "/dimensions/0/bands", "/pages/0"),
        tuple("SJS-0102", "/dimensions/0/questions/0/scale", "/pages/0/elements/0"),
        tuple("SJS-0101", "/dimensions/0/questions/0", "/pages/0/elements/0"),
        tuple("SJS-0101", "/dimensions/0/questions/0", "/pages/0/elements/0"),
        tuple("SJS-0101", "/dimensions/0/questions/0/weight", "/pages/0/elements/0"),
        tuple("SJS-0101", "/dimensions/0/questions/0/reversed", "/pages/0/elements/0"),
        tuple("SJS-0101", "/dimensions/0/questions/1/unit", "/pages/0/elements/1"),
        tuple("SJS-0101", "/dimensions/0/questions/1/scoring", "/pages/0/elements/1"),
        tuple("SJS-0103", "/dimensions/0/questions/1/visibleWhen", "/pages/0/elements/1"),
        tuple("SJS-0101", "/dimensions/0/questions/2/scoring", "/pages/0/elements/2"),
        tuple("SJS-0103", "/dimensions/0/questions/2/visibleWhen", "/pages/0/elements/2"),
        tuple("SJS-0101", "/metadata", ""),
        tuple("SJS-0101", "/scoring", ""),
        tuple("SJS-0101", "/bands", ""),
        tuple("SJS-0101", "/rules", ""),
        tuple("SJS-0101", "/recommendations", ""));
    then(exported.losses()).filteredOn(l -> l.source().equals("/dimensions/0/questions/1/visibleWhen"))
        .extracting(l -> l.finding().message())
        .containsExactly("the visibility condition has a part without counterpart in SurveyJS expressions"
            + " (counting answers (of, atLeast, atMost)); the question is written without visibleIf");
  }
}
