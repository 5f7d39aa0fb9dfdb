package dev.selfcheck.docs;

import static org.assertj.core.api.BDDAssertions.then;

import com.github.erosb.jsonsKema.FormatValidationPolicy;
import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.Schema;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;
import com.github.erosb.jsonsKema.ValidatorConfig;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.QuestionnaireSchema;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.ScoringEngine;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The assessment schema in the questionnaire-schema jar describes what {@link Assessment#toJson()} writes. */
class AssessmentSchemaTest {

  private static ValidationFailure validate(String json) {
    // tag::validate[]
    String schemaText = QuestionnaireSchema.assessmentSchema();  // from the questionnaire-schema jar
    Schema schema = new SchemaLoader(new JsonParser(schemaText).parse()).load();
    Validator validator = Validator.create(schema, new ValidatorConfig(FormatValidationPolicy.ALWAYS));
    ValidationFailure failure = validator.validate(new JsonParser(json).parse());  // null when valid
    // end::validate[]
    return failure;
  }

  @TestFactory
  Stream<DynamicTest> should_be_valid_when_writing_the_assessments_of_the_examples() {
    return ExampleFiles.PAIRS.stream().map(pair -> DynamicTest.dynamicTest(pair[0], () -> {
      // GIVEN
      Assessment assessment = ExampleFiles.score(pair);
      // WHEN
      ValidationFailure failure = validate(assessment.toJson());
      // THEN
      then(failure).as("%s", failure).isNull();
    }));
  }

  @Test
  void should_be_valid_when_the_engine_runs_without_explanations() {
    // GIVEN
    Assessment assessment = ScoringEngine.builder().explanations(false).build()
        .compile(ExampleFiles.questionnaire("rules-example.yaml"))
        .score(ExampleFiles.response("rules-example-response.json"));
    // WHEN
    ValidationFailure failure = validate(assessment.toJson());
    // THEN
    then(failure).as("%s", failure).isNull();
    then(assessment.total().contributions()).isEmpty();
  }

  @Test
  void should_be_valid_when_nothing_is_scorable() {
    // GIVEN: a response for another questionnaire
    Response foreign = Response.builder().from(ExampleFiles.response("scoring-example-2-response.json"))
        .questionnaireId("another-questionnaire").build();
    Assessment assessment = ScoringEngine.create()
        .compile(ExampleFiles.questionnaire("scoring-example-2.yaml")).score(foreign);
    // WHEN
    ValidationFailure failure = validate(assessment.toJson());
    // THEN
    then(failure).as("%s", failure).isNull();
    then(assessment.total().notScorableBecause()).contains("the response is for another questionnaire");
  }

  @Test
  void should_reject_a_score_written_as_a_number() {
    // GIVEN
    String json = ExampleFiles.score("scoring-example-1.yaml", "scoring-example-1-response.json").toJson()
        .replace("\"score\":\"475/6\"", "\"score\":79.16666666666667");
    // WHEN
    ValidationFailure failure = validate(json);
    // THEN
    then(failure).isNotNull();
  }

  @Test
  void should_reject_a_dimension_that_is_scorable_without_a_score() {
    // GIVEN
    String json = ExampleFiles.score("scoring-example-1.yaml", "scoring-example-1-response.json").toJson()
        .replace("\"score\":\"475/6\",\"displayScore\":79.2,", "");
    // WHEN
    ValidationFailure failure = validate(json);
    // THEN
    then(failure).isNotNull();
  }
}
