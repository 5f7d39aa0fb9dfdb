package dev.selfcheck.schema;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reading a migration plan document ({@link QuestionnaireCodec#readMigrationPlan}): its shape is
 * checked against migration.schema.json with pointers and lines, and a plan of the right shape
 * comes back as plain values (maps in document order, lists, strings, exact numbers) for the
 * editions module, which gives them their meaning.
 */
class MigrationPlanReadingTest {

  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = MigrationPlanReadingTest.class.getResourceAsStream("/migration/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void should_give_the_plan_as_plain_values_in_document_order() throws IOException {
    // WHEN
    DecodeResult<Map<String, Object>> read = CODEC.readMigrationPlan(fixture("plan.yaml"),
        DocumentFormat.YAML);
    // THEN
    then(read.findings()).isEmpty();
    Map<String, Object> plan = read.orElseThrow();
    then(plan).containsOnlyKeys("$schema", "formatVersion", "from", "to", "comments", "steps");
    then(List.copyOf(plan.keySet())).containsExactly("$schema", "formatVersion", "from", "to",
        "comments", "steps");
    then(plan.get("from")).isEqualTo(Map.of("id", "town-check", "version", "1.0.0"));
    then(plan.get("comments")).isEqualTo("drop");
    then(plan.get("steps")).isEqualTo(List.of(
        Map.of("carry", "plan", "to", "strategy", "options", Map.of("most", Map.of("option", "all"))),
        Map.of("retire", "council", "reason", "asked in the strategy question"),
        Map.of("rescale", "trained", "factor", new BigDecimal("0.5"),
            "offset", new BigDecimal("-1.25"))));
  }

  @Test
  void should_read_the_same_values_from_json() {
    // GIVEN the start of the same plan written as JSON
    String json = "{\"$schema\": \"https://selfcheck.dev/schemas/1.0/migration.schema.json\","
        + " \"formatVersion\": \"1.0\", \"from\": {\"id\": \"a\", \"version\": \"1.0.0\"},"
        + " \"to\": {\"id\": \"a\", \"version\": \"1.1.0\"},"
        + " \"steps\": [{\"rescale\": \"n\", \"factor\": 2.50}]}";
    // WHEN
    Map<String, Object> plan = CODEC.readMigrationPlan(json.getBytes(StandardCharsets.UTF_8),
        DocumentFormat.JSON).orElseThrow();
    // THEN the number keeps its exact written form
    then(plan.get("steps")).isEqualTo(List.of(Map.of("rescale", "n", "factor", new BigDecimal("2.50"))));
    then(plan.get("to")).isEqualTo(Map.of("id", "a", "version", "1.1.0"));
  }

  @Test
  void should_refuse_a_step_of_no_known_shape_with_its_pointer_and_line() throws IOException {
    // WHEN a retire step without its reason
    DecodeResult<Map<String, Object>> read = CODEC.readMigrationPlan(
        fixture("plan-without-reason.yaml"), DocumentFormat.YAML);
    // THEN
    then(read.isValid()).isFalse();
    then(read.value()).isEmpty();
    then(read.errors()).extracting(Finding::pointer).containsOnly("/steps/1");
    then(read.errors()).extracting(f -> f.line().orElse(-1)).containsOnly(7);
  }

  @Test
  void should_refuse_a_document_that_is_not_yaml_before_its_shape_is_checked() {
    // WHEN
    DecodeResult<Map<String, Object>> read = CODEC.readMigrationPlan(
        "steps: [carry: plan\n".getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    // THEN
    then(read.isValid()).isFalse();
    then(read.errors()).extracting(Finding::code).containsExactly("DOC-0001");
  }

  @Test
  void should_refuse_a_questionnaire_given_as_a_plan() throws IOException {
    // GIVEN a questionnaire document, which names the questionnaire schema
    byte[] questionnaire = java.nio.file.Files.readAllBytes(
        java.nio.file.Path.of("..", "docs", "examples", "minimal-questionnaire.json"));
    // WHEN
    DecodeResult<Map<String, Object>> read = CODEC.readMigrationPlan(questionnaire,
        DocumentFormat.JSON);
    // THEN
    then(read.isValid()).isFalse();
    then(read.errors()).isNotEmpty();
    then(read.errors()).extracting(Finding::pointer).contains("/$schema");
  }
}
