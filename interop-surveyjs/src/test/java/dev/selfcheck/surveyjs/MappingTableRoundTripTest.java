package dev.selfcheck.surveyjs;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every construct of the mapping table that is carried both ways comes back unchanged:
 * {@code import(export(x))} equals {@code x}, and neither direction reports a loss.
 */
class MappingTableRoundTripTest {

  private final Questionnaire mappable = Fixtures.questionnaire("selfcheck/mappable.yaml");

  @Test
  void should_export_without_loss_when_every_construct_is_in_the_mapping_table() {
    then(mappable.validate()).filteredOn(f -> f.isError()).isEmpty();
    Conversion<String> exported = SurveyJs.exportSurvey(mappable);
    then(exported.losses()).isEmpty();
  }

  @Test
  void should_import_the_same_questionnaire_when_it_was_exported() {
    String survey = SurveyJs.exportSurvey(mappable).value().orElseThrow();
    Conversion<Questionnaire> imported = SurveyJs.importSurvey(survey);
    then(imported.losses()).isEmpty();
    then(imported.value()).contains(mappable);
  }

  @Test
  void should_read_the_same_response_when_a_result_was_written() {
    Response response = Response.builder()
        .questionnaireId(mappable.id()).questionnaireVersion(mappable.version())
        .putAnswer("meets", Answer.of(AnswerValue.bool(true)))
        .putAnswer("size", Answer.builder().value(AnswerValue.number(new BigDecimal("12.5"))).comment("roughly").build())
        .putAnswer("climate", Answer.of(AnswerValue.option("3")))
        .putAnswer("format", Answer.dontKnow())
        .putAnswer("tools", Answer.of(AnswerValue.options(List.of("wiki", "board"))))
        .putAnswer("notes", Answer.builder().comment("only a comment").build())
        .putAnswer("c.ne", Answer.of(AnswerValue.bool(false)))
        .build();
    Conversion<String> result = SurveyJs.exportResult(mappable, response);
    then(result.losses()).isEmpty();
    then(result.value().orElseThrow()).isEqualToIgnoringWhitespace("""
        {"meets": true, "size": 12.5, "size-Comment": "roughly", "climate": 3, "format": "dontknow",
         "tools": ["wiki", "board"], "notes-Comment": "only a comment", "c.ne": false}""");
    Conversion<Response> back = SurveyJs.importResult(mappable, result.value().orElseThrow());
    then(back.losses()).isEmpty();
    then(back.value()).contains(response);
  }
}
