package dev.selfcheck.cli.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code selfcheck test}. */
class TestCommandTest {

  @TempDir
  Path dir;

  @Test
  void should_run_the_flagship_suite_with_full_rule_coverage_when_no_file_is_given() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("test", "--min-coverage", "rules=1", "--coverage-json", "coverage.json");
    // THEN
    then(run.exitCode).as(run.out).isZero();
    then(run.out).contains("PASSED   /dev/selfcheck/flagship/scenarios/management.yaml")
        .contains("PASSED   /dev/selfcheck/flagship/scenarios/communication.yaml")
        .contains("Coverage of the rule set of 'welcoming-municipality':")
        .doesNotContain("FAILED").doesNotContain("BELOW");
    then(cli.read("coverage.json")).contains("\"rules\"").contains("\"covered\" : 51");
  }

  @Test
  void should_exit_1_and_say_what_differs_when_a_scenario_fails() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("contradiction.yaml");
    cli.copy("contradiction.scenarios.yaml");
    // WHEN
    Cli.Run run = cli.run("test", "contradiction.scenarios.yaml");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.out).contains("FAILED   contradiction.scenarios.yaml").contains("wrong on purpose")
        .contains("strategy").doesNotContain("a strategy is written down:");
  }

  @Test
  void should_exit_1_when_coverage_is_below_the_minimum() {
    // GIVEN the suite never fires the only rule (it can never fire)
    Cli cli = new Cli(dir);
    cli.copy("contradiction.yaml");
    cli.write("pass.yaml", "name: pass\nquestionnaire: contradiction.yaml\nscenarios:\n"
        + "  - name: yes\n    answers: { hasStrategy: true }\n    expect:\n      dimensions:\n"
        + "        strategy: { score: 100 }\n");
    // WHEN
    Cli.Run run = cli.run("test", "--min-coverage", "rules=0.5", "pass.yaml");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.out).contains("PASSED   pass.yaml").contains("BELOW").contains("rule.never");
  }

  @Test
  void should_exit_2_when_a_share_is_out_of_range() {
    then(new Cli(dir).run("test", "--min-coverage", "rules=2").exitCode).isEqualTo(2);
  }

  @Test
  void should_report_findings_with_a_pointer_when_a_scenario_file_is_broken() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.write("broken.yaml", "name: broken\nscenarios: 3\n");
    // WHEN
    Cli.Run run = cli.run("test", "broken.yaml");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.out).contains("INVALID  broken.yaml").contains("TST-");
  }
}
