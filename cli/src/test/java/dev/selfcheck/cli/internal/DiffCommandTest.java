package dev.selfcheck.cli.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code selfcheck diff}, and {@code selfcheck lint --previous}. */
class DiffCommandTest {

  @TempDir
  Path dir;

  private Cli cli;

  /** Version 1.0.0 of a one-question questionnaire, and a version with its options. */
  private static String version(String number, String options) {
    return String.join("\n",
        "$schema: https://selfcheck.dev/schemas/1.0/questionnaire.schema.json",
        "formatVersion: \"1.0\"", "id: pilot", "version: " + number, "defaultLocale: en",
        "title: { en: Pilot }", "dimensions:",
        "  - id: core", "    label: { en: Core }", "    questions:",
        "      - id: a", "        type: singleChoice", "        text: { en: A? }", "        options:", options, "");
  }

  @BeforeEach
  void versions() {
    cli = new Cli(dir);
    String lowHigh = "          - { value: low, label: { en: low }, score: 0 }\n"
        + "          - { value: high, label: { en: high }, score: 100 }";
    cli.write("v1.yaml", version("1.0.0", lowHigh));
    cli.write("v1-1.yaml", version("1.1.0", lowHigh + "\n          - { value: top, label: { en: top }, score: 100 }"));
    cli.write("v1-1-0-dropped.yaml", version("1.1.0", "          - { value: low, label: { en: low }, score: 0 }"));
  }

  @Test
  void should_print_each_change_with_its_level_and_pointers_when_the_version_fits() {
    // WHEN
    Cli.Run run = cli.run("diff", "v1.yaml", "v1-1.yaml");
    // THEN
    then(run.exitCode).as(run.err).isZero();
    then(run.out).isEqualTo("pilot 1.0.0 -> pilot 1.1.0: 1 change, minor; at least 1.1.0\n"
        + "  minor answerAdded       a            /dimensions/0/questions/0 -> /dimensions/0/questions/0/options/2"
        + "  (option 'top')\n");
  }

  @Test
  void should_exit_1_with_a_finding_when_the_version_is_too_small_for_its_changes() {
    // WHEN an option is removed in a minor version
    Cli.Run run = cli.run("diff", "v1.yaml", "v1-1-0-dropped.yaml");
    Cli.Run json = cli.run("diff", "--format", "json", "v1.yaml", "v1-1-0-dropped.yaml");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.out).contains("  major answerInvalidated a            /dimensions/0/questions/0/options/1 -> "
            + "/dimensions/0/questions/0  (option 'high')")
        .contains("v1-1-0-dropped.yaml: ERROR EDI-0001 at '/version': version 1.1.0 raises the minor part of 1.0.0, "
            + "but its changes are major: the version should be at least 2.0.0");
    then(json.exitCode).isEqualTo(1);
    then(json.out).startsWith("{\"older\":{\"id\":\"pilot\",\"version\":\"1.0.0\"},")
        .contains("\"required\":\"major\",\"declared\":\"minor\",\"suggestedVersion\":\"2.0.0\"");
  }

  @Test
  void should_report_the_version_finding_in_lint_when_the_previous_version_is_given() {
    // WHEN
    Cli.Run run = cli.run("lint", "--previous", "v1.yaml", "v1-1.yaml", "v1-1-0-dropped.yaml");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.out).contains("OK       v1-1.yaml").contains("FAILED   v1-1-0-dropped.yaml  (1 error")
        .contains("ERROR EDI-0001 at '/version'");
  }

  @Test
  void should_exit_1_naming_the_file_when_a_version_cannot_be_read() {
    // WHEN
    Cli.Run run = cli.run("diff", "v1.yaml", "missing.yaml");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.err).contains("missing.yaml");
  }
}
