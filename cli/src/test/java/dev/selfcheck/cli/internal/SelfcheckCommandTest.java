package dev.selfcheck.cli.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code selfcheck} command itself: help, version, usage errors. */
class SelfcheckCommandTest {

  @TempDir
  Path dir;

  @Test
  void should_list_every_command_and_the_exit_codes_when_help_is_asked_for() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("--help");
    // THEN
    then(run.exitCode).isZero();
    then(run.out).contains("Usage: selfcheck", "validate", "score", "generate", "report", "schema", "demo",
        "Exit codes:", "2  usage error");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "score", "generate", "report", "schema", "demo"})
  void should_print_the_version_when_any_command_is_asked_for_it(String command) {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run(command, "--version");
    // THEN
    then(run.exitCode).isZero();
    then(run.out).startsWith("selfcheck 0.").doesNotContain("${");
  }

  @Test
  void should_exit_2_when_no_command_is_given() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run();
    // THEN
    then(run.exitCode).isEqualTo(2);
    then(run.err).startsWith("Missing required subcommand");
  }

  @Test
  void should_exit_2_when_the_command_is_unknown() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("grade");
    // THEN
    then(run.exitCode).isEqualTo(2);
    then(run.err).startsWith("Unmatched argument at index 0: 'grade'");
  }
}
