package dev.selfcheck.editions;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Finding;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Migration plans as documents: read by the codec against migration.schema.json, built by MigrationPlan.fromDocument. */
class PlanDocumentTest {

  private static DecodeResult<Map<String, Object>> read(String text, DocumentFormat format) {
    return QuestionnaireCodec.create().readMigrationPlan(text.getBytes(StandardCharsets.UTF_8), format);
  }

  @Test
  void should_read_the_yaml_plan_as_the_plan_built_in_java() throws IOException {
    // GIVEN
    byte[] yaml;
    try (InputStream in = PlanDocumentTest.class.getResourceAsStream("/editions-1.0.0-to-2.0.0.migration.yaml")) {
      yaml = in.readAllBytes();
    }
    // WHEN
    DecodeResult<Map<String, Object>> read = QuestionnaireCodec.create().readMigrationPlan(yaml, DocumentFormat.YAML);
    MigrationPlan plan = MigrationPlan.fromDocument(read.orElseThrow());
    // THEN
    then(plan).isEqualTo(MigrationTest.plan());
    then(plan.toJson()).isEqualTo(MigrationTest.plan().toJson());
  }

  @Test
  void should_read_its_own_json_form_back() {
    // WHEN
    MigrationPlan plan = MigrationTest.plan();
    MigrationPlan again = MigrationPlan.fromDocument(read(plan.toJson(), DocumentFormat.JSON).orElseThrow());
    // THEN
    then(again.toJson()).isEqualTo(plan.toJson());
  }

  @Test
  void should_report_a_step_of_unknown_shape_with_its_line() {
    // WHEN
    DecodeResult<Map<String, Object>> read = read(String.join("\n",
        "$schema: https://selfcheck.dev/schemas/1.0/migration.schema.json",
        "formatVersion: \"1.0\"",
        "from: { id: q, version: 1.0.0 }",
        "to: { id: q, version: 2.0.0 }",
        "steps:",
        "  - retire: a",
        "  - move: b", ""), DocumentFormat.YAML);
    // THEN
    then(read.isValid()).isFalse();
    Finding step = read.findings().stream().filter(f -> f.pointer().equals("/steps/1")).findFirst().orElseThrow();
    then(step.line()).as("%s", read.findings()).hasValue(7);
  }

  @Test
  void should_refuse_a_questionnaire_read_as_a_plan() {
    // WHEN
    DecodeResult<Map<String, Object>> read = read(
        "{\"$schema\":\"https://selfcheck.dev/schemas/1.0/questionnaire.schema.json\",\"formatVersion\":\"1.0\"}",
        DocumentFormat.JSON);
    // THEN
    then(read.findings()).extracting(Finding::pointer).containsExactly("/$schema");
  }
}
