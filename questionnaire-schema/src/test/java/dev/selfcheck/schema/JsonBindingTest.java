package dev.selfcheck.schema;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.ScoringEngine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bindings that host JSON libraries delegate to: the codec's JSON out, the codec's checks in. */
class JsonBindingTest {

  private static final Path EXAMPLES = Path.of("..", "docs", "examples");
  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();
  private static final Questionnaire MINI =
      CODEC.readQuestionnaire(EXAMPLES.resolve("municipal-mini.yaml")).orElseThrow();
  private static final Questionnaire RULES =
      CODEC.readQuestionnaire(EXAMPLES.resolve("rules-example.yaml")).orElseThrow();
  private static final Response RESPONSE =
      CODEC.readResponse(EXAMPLES.resolve("rules-example-response.json")).orElseThrow();
  private static final Assessment ASSESSMENT = ScoringEngine.create().compile(RULES).score(RESPONSE);

  @SuppressWarnings("unchecked")
  private static <T> JsonBinding<T> binding(Class<T> type, List<Questionnaire> questionnaires) {
    return (JsonBinding<T>) JsonBinding.all(CODEC, questionnaires).stream()
        .filter(b -> b.type() == type).findFirst().orElseThrow();
  }

  @Test
  void should_list_the_three_types_with_a_canonical_form_when_all_bindings_are_asked_for() {
    // GIVEN
    // WHEN
    List<JsonBinding<?>> all = JsonBinding.all(CODEC, List.of());
    // THEN
    then(all).extracting(b -> (Object) b.type())
        .containsExactly(Questionnaire.class, Response.class, Assessment.class);
    then(all.get(0)).hasToString("JsonBinding[type=Questionnaire]");
  }

  @Test
  void should_write_and_read_the_codecs_json_when_a_binding_is_used() {
    // GIVEN
    JsonBinding<Questionnaire> questionnaires = binding(Questionnaire.class, List.of());
    JsonBinding<Response> responses = binding(Response.class, List.of());
    // WHEN
    String questionnaire = questionnaires.write(RULES);
    String response = responses.write(RESPONSE);
    // THEN
    then(questionnaire).isEqualTo(CODEC.writeQuestionnaire(RULES));
    then(response).isEqualTo(CODEC.writeResponse(RESPONSE));
    then(questionnaires.read(questionnaire).value()).hasValue(RULES);
    then(responses.read(response).value()).hasValue(RESPONSE);
  }

  @Test
  void should_read_an_assessment_against_the_questionnaire_it_names_when_several_are_given() {
    // GIVEN the scoring questionnaire second
    JsonBinding<Assessment> assessments = binding(Assessment.class, List.of(MINI, RULES));
    // WHEN
    DecodeResult<Assessment> result = assessments.read(assessments.write(ASSESSMENT));
    // THEN
    then(result.value()).hasValue(ASSESSMENT);
  }

  @Test
  void should_report_which_questionnaire_an_assessment_names_when_none_of_the_given_matches() {
    // GIVEN
    JsonBinding<Assessment> assessments = binding(Assessment.class, List.of(MINI));
    // WHEN
    DecodeResult<Assessment> result = assessments.read(ASSESSMENT.toJson());
    // THEN
    then(result.errors()).extracting(f -> f.code()).contains("DOC-0060");
  }

  @Test
  void should_report_the_syntax_error_when_an_assessment_is_not_json() {
    // GIVEN
    JsonBinding<Assessment> assessments = binding(Assessment.class, List.of(RULES));
    // WHEN
    DecodeResult<Assessment> result = assessments.read("{\"questionnaire\": ");
    // THEN
    then(result.errors()).extracting(f -> f.code()).containsExactly("DOC-0001");
  }

  @Test
  void should_name_the_remedy_when_an_assessment_is_read_without_questionnaires() {
    // GIVEN
    JsonBinding<Assessment> assessments = binding(Assessment.class, List.of());
    // WHEN / THEN
    thenThrownBy(() -> assessments.read(ASSESSMENT.toJson()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("withQuestionnaires(questionnaire)");
  }
}
