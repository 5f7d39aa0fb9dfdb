package dev.selfcheck.cli.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code selfcheck lint}. */
class LintCommandTest {

  @TempDir
  Path dir;

  @Test
  void should_pass_the_bundled_flagship_without_findings_when_no_file_is_given() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("lint");
    // THEN
    then(run.exitCode).isZero();
    then(run.out.strip()).isEqualTo("OK       the bundled flagship  (0 errors, 0 warnings, 0 notes)");
  }

  @Test
  void should_exit_1_and_name_the_place_when_a_rule_can_never_fire() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("contradiction.yaml");
    // WHEN
    Cli.Run run = cli.run("lint", "contradiction.yaml");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.out).startsWith("FAILED   contradiction.yaml  (1 error, ")
        .contains("ERROR ANA-0032 at '/rules/0/when': the parts of this 'all' can never hold together");
  }

  @Test
  @Tag("issue-12")
  void should_print_analysis_findings_in_german_when_the_language_is_german() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("contradiction.yaml");
    // WHEN
    Cli.Run run = cli.run("lint", "--lang", "de", "contradiction.yaml");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.out).contains("ERROR ANA-0032 at '/rules/0/when': die Teile dieses „all“ können nie zugleich erfüllt sein");
  }

  @Test
  void should_fail_on_warnings_only_when_strict() {
    // GIVEN a questionnaire with a dimension of weight 0 (a warning: it cannot count)
    Cli cli = new Cli(dir);
    cli.write("pilot.yaml", String.join("\n",
        "$schema: https://selfcheck.dev/schemas/1.0/questionnaire.schema.json",
        "formatVersion: \"1.0\"", "id: pilot", "version: 1.0.0", "defaultLocale: en",
        "title: { en: Pilot }", "dimensions:",
        "  - id: core", "    label: { en: Core }", "    questions:",
        "      - { id: a, type: yesNo, scoring: { yes: 100, no: 0 }, text: { en: A? } }",
        "  - id: pilot", "    label: { en: Pilot }", "    weight: 0", "    questions:",
        "      - { id: b, type: yesNo, scoring: { yes: 100, no: 0 }, text: { en: B? } }", ""));
    // WHEN
    Cli.Run lenient = cli.run("lint", "pilot.yaml");
    Cli.Run strict = cli.run("lint", "--strict", "--format", "json", "pilot.yaml");
    // THEN
    then(lenient.exitCode).as(lenient.out).isZero();
    then(lenient.out).startsWith("OK       pilot.yaml  (0 errors, 1 warning,").contains("WARNING ANA-0010 at '/dimensions/1/weight'");
    then(strict.exitCode).isEqualTo(1);
    then(strict.out).startsWith("{\"file\":\"pilot.yaml\",\"valid\":false,\"findings\":[{\"code\":\"ANA-0010\"");
  }

  @Test
  void should_report_an_unreadable_file_as_a_finding() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("lint", "missing.yaml");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.out).contains("FAILED   missing.yaml").contains("DOC-0050");
  }
}
