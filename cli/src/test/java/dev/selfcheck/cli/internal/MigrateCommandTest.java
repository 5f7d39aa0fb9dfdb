package dev.selfcheck.cli.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code selfcheck migrate}. */
class MigrateCommandTest {

  @TempDir
  Path dir;

  private Cli cli;

  private static String questionnaire(String number, String options) {
    return String.join("\n",
        "$schema: https://selfcheck.dev/schemas/1.0/questionnaire.schema.json",
        "formatVersion: \"1.0\"", "id: pilot", "version: " + number, "defaultLocale: en",
        "title: { en: Pilot }", "dimensions:",
        "  - id: core", "    label: { en: Core }", "    questions:",
        "      - id: a", "        type: singleChoice", "        text: { en: A? }", "        options:", options,
        "      - { id: b, type: yesNo, scoring: { yes: 100, no: 0 }, text: { en: B? } }", "");
  }

  private static String plan(String steps) {
    return String.join("\n",
        "$schema: https://selfcheck.dev/schemas/1.0/migration.schema.json",
        "formatVersion: \"1.0\"", "from: { id: pilot, version: 1.0.0 }", "to: { id: pilot, version: 2.0.0 }",
        "steps:", steps, "");
  }

  private static String response(String a) {
    return "{\"$schema\":\"https://selfcheck.dev/schemas/1.0/response.schema.json\",\"formatVersion\":\"1.0\","
        + "\"questionnaire\":{\"id\":\"pilot\",\"version\":\"1.0.0\"},\"answers\":{\"a\":{\"value\":\"" + a
        + "\"},\"b\":{\"value\":true}}}";
  }

  @BeforeEach
  void files() {
    cli = new Cli(dir);
    cli.write("v1.yaml", questionnaire("1.0.0", "          - { value: low, label: { en: low }, score: 0 }\n"
        + "          - { value: high, label: { en: high }, score: 100 }"));
    cli.write("v2.yaml", questionnaire("2.0.0", "          - { value: low, label: { en: low }, score: 0 }\n"
        + "          - { value: top, label: { en: top }, score: 100 }"));
    cli.write("plan.yaml", plan("  - carry: a\n    options:\n      high: { option: top }\n"
        + "  - retire: b\n    reason: asked elsewhere"));
    cli.write("draft.yaml", plan("  - carry: a"));
    cli.write("town.json", response("high"));
    cli.write("village.json", response("low"));
  }

  @Test
  void should_write_the_migrated_response_and_report_to_standard_error() {
    // WHEN
    Cli.Run run = cli.run("migrate", "--plan", "plan.yaml", "--from", "v1.yaml", "--to", "v2.yaml", "town.json");
    // THEN
    then(run.exitCode).as(run.err).isZero();
    then(run.out).contains("\"version\": \"2.0.0\"").contains("\"value\": \"top\"").doesNotContain("\"b\"");
    then(run.err).isEqualTo("town.json: migrated to pilot 2.0.0 (1 answers, 1 lost, 1 changed, 0 newly missing)\n"
        + "  from     a <- a (step 0, carry)\n"
        + "  changed  a: 'high' -> 'top'\n"
        + "  lost     b yes: asked elsewhere (step 1)\n");
    then(cli.read("town.json")).isEqualTo(response("high"));
  }

  @Test
  void should_only_report_on_a_dry_run_and_write_files_into_the_output_directory() {
    // WHEN
    Cli.Run dry = cli.run("migrate", "--dry-run", "--plan", "plan.yaml", "--from", "v1.yaml", "--to", "v2.yaml",
        "town.json", "village.json");
    Cli.Run written = cli.run("migrate", "--plan", "plan.yaml", "--from", "v1.yaml", "--to", "v2.yaml",
        "--output-dir", "out", "town.json", "village.json");
    // THEN
    then(dry.exitCode).isZero();
    then(dry.out).startsWith("town.json: migrated to pilot 2.0.0").contains("village.json: migrated to pilot 2.0.0");
    then(written.exitCode).as(written.err).isZero();
    then(cli.read("out/village.json")).contains("\"value\": \"low\"");
  }

  @Test
  void should_print_the_findings_of_a_plan_that_cannot_run() {
    // WHEN
    Cli.Run run = cli.run("migrate", "--plan", "draft.yaml", "--from", "v1.yaml", "--to", "v2.yaml", "town.json");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.err).contains("ERROR EDI-0016 at '/steps/0'").contains("ERROR EDI-0014 at '/steps'");
  }
}
