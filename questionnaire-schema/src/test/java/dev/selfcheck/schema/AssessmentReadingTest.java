package dev.selfcheck.schema;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.ScoringEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/*
 * Reading assessments back: for every example questionnaire of the documentation with its sample
 * response, the JSON that Assessment.toJson() writes reads back into an equal assessment, whose JSON
 * is the same text, through every entry point. Broken assessment documents are in the corpus
 * (corpus/invalid-assessments, see InvalidDocumentCorpusTest).
 */
class AssessmentReadingTest {

  /** Surefire runs in the module directory; the examples live in the repository's docs. */
  private static final Path EXAMPLES = Path.of("..", "docs", "examples");

  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();

  /** Every example questionnaire with its sample response. */
  private static final List<String[]> PAIRS = List.of(
      new String[] {"municipal-mini.yaml", "municipal-mini-response.json"},
      new String[] {"scoring-example-1.yaml", "scoring-example-1-response.json"},
      new String[] {"scoring-example-2.yaml", "scoring-example-2-response.json"},
      new String[] {"scoring-example-3.yaml", "scoring-example-3-response.json"},
      new String[] {"scoring-example-4.json", "scoring-example-4-response.json"},
      new String[] {"screening-instrument.json", "screening-instrument-response.json"},
      new String[] {"weighted-index.yaml", "weighted-index-response.json"},
      new String[] {"rules-example.yaml", "rules-example-response.json"},
      new String[] {"zung-sds.yaml", "zung-sds-response.json"},
      new String[] {"quickdash.yaml", "quickdash-response.json"},
      new String[] {"promis-global-physical.yaml", "promis-global-physical-response.json"});

  private static Questionnaire questionnaire(String file) {
    return CODEC.readQuestionnaire(EXAMPLES.resolve(file)).orElseThrow();
  }

  private static Response response(String file) {
    return CODEC.readResponse(EXAMPLES.resolve(file)).orElseThrow();
  }

  @TestFactory
  Stream<DynamicTest> should_read_an_equal_assessment_when_the_json_of_an_example_is_read() {
    return PAIRS.stream().flatMap(pair -> Stream.of(true, false).map(explanations ->
        DynamicTest.dynamicTest(pair[0] + (explanations ? "" : " without explanations"), () -> {
          // GIVEN
          Questionnaire q = questionnaire(pair[0]);
          Assessment assessment = ScoringEngine.builder().explanations(explanations).build()
              .compile(q).score(response(pair[1]));
          String json = assessment.toJson();

          // WHEN
          DecodeResult<Assessment> result = CODEC.readAssessment(json, q);

          // THEN
          then(result.findings()).as("findings reading%n%s", json).isEmpty();
          then(result.value()).hasValue(assessment);
          then(result.orElseThrow().toJson()).isEqualTo(json);
        })));
  }

  @Test
  void should_hold_the_questionnaires_own_bands_and_recommendations_when_an_assessment_is_read() {
    // GIVEN
    Questionnaire q = questionnaire("rules-example.yaml");
    Assessment written = ScoringEngine.create().compile(q).score(response("rules-example-response.json"));

    // WHEN
    Assessment read = CODEC.readAssessment(written.toJson(), q).orElseThrow();

    // THEN
    then(read.recommendations()).isNotEmpty().allSatisfy(fired ->
        then(q.recommendations()).anySatisfy(r -> then(fired.recommendation()).isSameAs(r)));
    then(read.dimensions()).filteredOn(d -> d.band().isPresent()).isNotEmpty().allSatisfy(d ->
        then(q.allDimensions().flatMap(x -> x.bands().stream())
            .anyMatch(b -> b == d.band().get()) || q.bands().stream().anyMatch(b -> b == d.band().get()))
            .as("band of %s is the questionnaire's own", d.id()).isTrue());
  }

  @Test
  void should_read_the_same_assessment_when_it_comes_as_bytes_a_stream_or_a_file(@TempDir Path dir)
      throws IOException {
    // GIVEN
    Questionnaire q = questionnaire("municipal-mini.yaml");
    Assessment written = ScoringEngine.create().compile(q).score(response("municipal-mini-response.json"));
    byte[] bytes = written.toJson().getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("assessment.json"), bytes);

    // WHEN
    List<DecodeResult<Assessment>> results = List.of(
        CODEC.readAssessment(bytes, q),
        CODEC.readAssessment(new ByteArrayInputStream(bytes), q),
        CODEC.readAssessment(file, q));

    // THEN
    then(results).allSatisfy(r -> then(r.value()).hasValue(written));
  }

  @Test
  void should_name_both_versions_when_an_assessment_is_of_another_version() {
    // GIVEN
    Questionnaire q = questionnaire("municipal-mini.yaml");
    String json = ScoringEngine.create().compile(q).score(response("municipal-mini-response.json")).toJson()
        .replace("\"version\":\"1.2.0\"", "\"version\":\"1.1.0\"");

    // WHEN
    DecodeResult<Assessment> result = CODEC.readAssessment(json, q);

    // THEN
    then(result.errors()).singleElement().satisfies(f -> {
      then(f.code()).isEqualTo("DOC-0061");
      then(f.pointer()).isEqualTo("/questionnaire/version");
      then(f.message()).isEqualTo("the assessment is of version 1.1.0 of questionnaire"
          + " 'welcoming-municipality-mini', but this questionnaire is version 1.2.0");
      then(f.line()).hasValue(1);
    });
  }
}
