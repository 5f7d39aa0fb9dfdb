package dev.selfcheck.jackson3;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.schema.InvalidDocumentException;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** A host's own Jackson 3 mapper with the module: canonical JSON out, the same values back in. */
class SelfcheckJackson3ModuleTest {

  private static final Questionnaire QUESTIONNAIRE = Flagship.questionnaire();
  private static final Response RESPONSE = Flagship.sampleResponse();
  private static final Assessment ASSESSMENT =
      ScoringEngine.create().compile(QUESTIONNAIRE).score(RESPONSE);

  /** What a host's object holding our types looks like to its mapper. */
  record Envelope(String municipality, Assessment assessment) {}

  @Test
  void should_write_the_canonical_json_when_a_mapper_that_finds_modules_writes_an_assessment() {
    // GIVEN a mapper as Spring Boot 4 builds it: modules found through META-INF/services
    Assessment assessment = ASSESSMENT;
    // WHEN
    // tag::mapper[]
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();  // finds selfcheck-jackson3
    String json = mapper.writeValueAsString(assessment);  // the JSON of assessment.toJson(), not {}
    // end::mapper[]
    // THEN the same JSON value as toJson(), member for member, not {}
    then(mapper.readTree(json)).isEqualTo(mapper.readTree(ASSESSMENT.toJson()));
    then(mapper.readTree(json).path("dimensions").size()).isGreaterThan(7);
  }

  @Test
  void should_write_the_codecs_json_when_a_mapper_writes_a_questionnaire_and_a_response() {
    // GIVEN
    JsonMapper mapper = JsonMapper.builder().addModule(new SelfcheckJackson3Module()).build();
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    // WHEN
    JsonNode questionnaire = mapper.readTree(mapper.writeValueAsString(QUESTIONNAIRE));
    JsonNode response = mapper.readTree(mapper.writeValueAsString(RESPONSE));
    // THEN
    then(questionnaire).isEqualTo(mapper.readTree(codec.writeQuestionnaire(QUESTIONNAIRE)));
    then(response).isEqualTo(mapper.readTree(codec.writeResponse(RESPONSE)));
  }

  @Test
  void should_read_back_equal_values_when_a_mapper_reads_what_it_wrote() {
    // GIVEN
    JsonMapper mapper = JsonMapper.builder()
        .findAndAddModules()
        .addModule(SelfcheckJackson3Module.withQuestionnaires(QUESTIONNAIRE))
        .build();
    // WHEN
    Questionnaire questionnaire =
        mapper.readValue(mapper.writeValueAsString(QUESTIONNAIRE), Questionnaire.class);
    Response response = mapper.readValue(mapper.writeValueAsString(RESPONSE), Response.class);
    Envelope envelope = mapper.readValue(
        mapper.writeValueAsString(new Envelope("Lindenfeld", ASSESSMENT)), Envelope.class);
    // THEN
    then(questionnaire).isEqualTo(QUESTIONNAIRE);
    then(response).isEqualTo(RESPONSE);
    then(envelope.assessment()).isEqualTo(ASSESSMENT);
    then(envelope.assessment().toJson()).isEqualTo(ASSESSMENT.toJson());
  }

  @Test
  void should_throw_a_jackson_exception_with_the_findings_when_a_response_is_invalid() {
    // GIVEN a response whose answer is not an answer
    JsonMapper mapper = JsonMapper.builder().addModule(new SelfcheckJackson3Module()).build();
    String json = QuestionnaireCodec.create().writeResponse(RESPONSE)
        .replaceFirst("\"answers\": \\{", "\"answers\": {\"q-bogus\": {\"nonsense\": true},");
    // WHEN / THEN
    thenThrownBy(() -> mapper.readValue(json, Response.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("not a valid Response")
        .hasMessageContaining("/answers/q-bogus")
        .cause().isInstanceOfSatisfying(InvalidDocumentException.class,
            e -> then(e.findings()).isNotEmpty());
  }

  @Test
  void should_name_the_missing_questionnaire_when_an_assessment_is_read_without_it() {
    // GIVEN a module without questionnaires
    JsonMapper mapper = JsonMapper.builder().addModule(new SelfcheckJackson3Module()).build();
    // WHEN / THEN
    thenThrownBy(() -> mapper.readValue(ASSESSMENT.toJson(), Assessment.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("needs the questionnaire")
        .hasMessageContaining("withQuestionnaires");
  }
}
