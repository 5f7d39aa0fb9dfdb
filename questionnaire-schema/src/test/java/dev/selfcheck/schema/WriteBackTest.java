package dev.selfcheck.schema;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a JSON document and writing it back gives the same JSON value: no member that the
 * documentation examples use is lost or changed on the way through the model.
 */
class WriteBackTest {

  private static final Path EXAMPLES = Path.of("..", "docs", "examples");
  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final tools.jackson.dataformat.yaml.YAMLMapper YAML =
      tools.jackson.dataformat.yaml.YAMLMapper.builder().build();

  private static JsonNode tree(String json) {
    return JSON.readTree(json);
  }

  private static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> should_write_the_same_json_value_when_a_json_example_is_read() {
    return Stream.of("minimal-questionnaire.json", "screening-instrument.json", "sum-instrument.json",
            "scoring-example-4.json", "municipal-mini-response.json", "rules-example-response.json",
            "weighted-index-response.json")
        .map(name -> DynamicTest.dynamicTest(name, () -> {
          // GIVEN
          String source = text(EXAMPLES.resolve(name));

          // WHEN
          String written = name.endsWith("-response.json")
              ? CODEC.writeResponse(CODEC.readResponse(source, DocumentFormat.JSON).orElseThrow())
              : CODEC.writeQuestionnaire(CODEC.readQuestionnaire(source, DocumentFormat.JSON).orElseThrow());

          // THEN
          then(tree(written)).isEqualTo(tree(source));
        }));
  }

  @TestFactory
  Stream<DynamicTest> should_write_the_same_value_when_a_yaml_example_of_a_published_instrument_is_read() {
    // terms, counts, named conditions, rounding, missing counts and conversion tables
    return Stream.of("eq5d-3l-uk.yaml", "phq9.yaml", "zung-sds.yaml", "quickdash.yaml",
            "promis-global-physical.yaml", "at-most-one-missing.yaml")
        .map(name -> DynamicTest.dynamicTest(name, () -> {
          // GIVEN
          String source = text(EXAMPLES.resolve(name));

          // WHEN
          String written = CODEC.writeQuestionnaire(
              CODEC.readQuestionnaire(source, DocumentFormat.YAML).orElseThrow());

          // THEN
          then(tree(written)).isEqualTo(YAML.readTree(source));
        }));
  }
}
