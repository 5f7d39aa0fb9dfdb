package dev.selfcheck.jackson2;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.schema.InvalidDocumentException;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A host's own Jackson 2 mapper with the module: canonical JSON out, the same values back in. */
class SelfcheckJackson2ModuleTest {

  private static final Questionnaire QUESTIONNAIRE = Flagship.questionnaire();
  private static final Response RESPONSE = Flagship.sampleResponse();
  private static final Assessment ASSESSMENT =
      ScoringEngine.create().compile(QUESTIONNAIRE).score(RESPONSE);

  /** What a host's object holding our types looks like to its mapper. */
  record Envelope(String municipality, Assessment assessment) {}

  /** An application that declares its own module. */
  @Configuration
  static class ApplicationWithItsOwnModule {
    // tag::spring-bean[]
    @Bean
    SelfcheckJackson2Module readingModule() {  // replaces the auto-configured one
      return SelfcheckJackson2Module.withQuestionnaires(QUESTIONNAIRE);
    }
    // end::spring-bean[]
  }

  @Test
  void should_write_the_canonical_json_when_a_mapper_that_finds_modules_writes_an_assessment()
      throws Exception {
    // GIVEN a mapper that finds its modules through META-INF/services
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    // WHEN
    String json = mapper.writeValueAsString(ASSESSMENT);
    // THEN the same JSON value as toJson(), member for member, not {}
    then(mapper.readTree(json)).isEqualTo(mapper.readTree(ASSESSMENT.toJson()));
    then(mapper.readTree(json).path("dimensions").size()).isGreaterThan(7);
  }

  @Test
  void should_write_the_codecs_json_when_a_mapper_writes_a_questionnaire_and_a_response()
      throws Exception {
    // GIVEN
    ObjectMapper mapper = new ObjectMapper().registerModule(new SelfcheckJackson2Module());
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    // WHEN
    String questionnaire = mapper.writeValueAsString(QUESTIONNAIRE);
    String response = mapper.writeValueAsString(RESPONSE);
    // THEN
    then(mapper.readTree(questionnaire))
        .isEqualTo(mapper.readTree(codec.writeQuestionnaire(QUESTIONNAIRE)));
    then(mapper.readTree(response)).isEqualTo(mapper.readTree(codec.writeResponse(RESPONSE)));
  }

  @Test
  void should_read_back_equal_values_when_a_mapper_reads_what_it_wrote() throws Exception {
    // GIVEN the found module, then one that knows the questionnaire
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
        .registerModule(SelfcheckJackson2Module.withQuestionnaires(QUESTIONNAIRE));
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
    ObjectMapper mapper = new ObjectMapper().registerModule(new SelfcheckJackson2Module());
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
  void should_name_the_remedy_when_an_assessment_is_read_without_its_questionnaire() {
    // GIVEN a module without questionnaires
    ObjectMapper mapper = new ObjectMapper().registerModule(new SelfcheckJackson2Module());
    // WHEN / THEN
    thenThrownBy(() -> mapper.readValue(ASSESSMENT.toJson(), Assessment.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("needs the questionnaire")
        .hasMessageContaining("withQuestionnaires");
  }

  @Test
  void should_give_spring_the_module_when_the_auto_configuration_runs() {
    // GIVEN
    try (var context = new AnnotationConfigApplicationContext(
        SelfcheckJackson2AutoConfiguration.class)) {
      // WHEN
      SelfcheckJackson2Module module = context.getBean(SelfcheckJackson2Module.class);
      // THEN
      then(module.questionnaires()).isEmpty();
    }
  }

  @Test
  void should_keep_the_applications_module_when_it_declares_one() {
    // GIVEN
    try (var context = new AnnotationConfigApplicationContext()) {
      context.register(ApplicationWithItsOwnModule.class, SelfcheckJackson2AutoConfiguration.class);
      context.refresh();
      // WHEN
      SelfcheckJackson2Module module = context.getBean(SelfcheckJackson2Module.class);
      // THEN
      then(module.questionnaires()).containsExactly(QUESTIONNAIRE);
    }
  }
}
