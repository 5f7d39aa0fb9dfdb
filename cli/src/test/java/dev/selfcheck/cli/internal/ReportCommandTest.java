package dev.selfcheck.cli.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code selfcheck report}. */
class ReportCommandTest {

  @TempDir
  Path dir;

  private Cli scored() {
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    cli.copy("mini-response.json");
    then(cli.run("score", "-q", "mini.yaml", "mini-response.json", "-o", "assessment.json").exitCode).isZero();
    return cli;
  }

  @ParameterizedTest
  @CsvSource({
      "terminal, Strategie",
      "markdown, '# '",
      "html, <!DOCTYPE html>"})
  void should_render_the_assessment_when_a_format_is_chosen(String format, String expected) {
    // GIVEN
    Cli cli = scored();
    // WHEN
    Cli.Run run = cli.run("report", "-q", "mini.yaml", "--format", format, "assessment.json");
    // THEN
    then(run.exitCode).as(run.err).isZero();
    then(run.out).contains(expected);
  }

  @Test
  void should_score_first_and_write_html_when_only_a_response_and_an_html_file_are_given() {
    // GIVEN
    Cli cli = scored();
    // WHEN
    Cli.Run run = cli.run("report", "-q", "mini.yaml", "--response", "mini-response.json", "--lang", "en",
        "--link-base", "https://portal.example.org/selfcheck/", "-o", "out/report.html", "--mkdirs");
    // THEN
    then(run.exitCode).as(run.err).isZero();
    then(dir.resolve("out/report.html")).exists();
    then(cli.read("out/report.html")).startsWith("<!DOCTYPE html>").contains("lang=\"en\"");
  }

  @Test
  void should_fit_the_terminal_width_when_columns_is_set() {
    // GIVEN
    Cli cli = scored().env("COLUMNS", "60");
    // WHEN
    Cli.Run run = cli.run("report", "-q", "mini.yaml", "assessment.json");
    // THEN
    then(run.exitCode).isZero();
    then(run.out.lines()).allSatisfy(line -> then(line.codePointCount(0, line.length())).isLessThanOrEqualTo(60));
    then(run.out).doesNotContain("\033[");
  }

  @Test
  @Tag("issue-18")
  void should_fit_the_terminal_when_standard_output_is_a_terminal_and_columns_is_not_set() {
    // GIVEN a terminal 72 columns wide
    Cli cli = scored().terminal(72).env("NO_COLOR", "1");
    // WHEN
    Cli.Run run = cli.run("report", "-q", "mini.yaml", "assessment.json");
    // THEN as wide as the terminal, not the default 100
    then(run.exitCode).isZero();
    then(run.out.lines().mapToInt(line -> line.codePointCount(0, line.length())).max().orElse(0)).isEqualTo(72);
  }

  @Test
  void should_exit_1_with_the_pointer_when_the_assessment_is_broken() {
    // GIVEN
    Cli cli = scored();
    cli.write("broken.json", cli.read("assessment.json").replace("\"total\":{\"id\":\"total\"", "\"total\":{\"id\":7"));
    // WHEN
    Cli.Run run = cli.run("report", "-q", "mini.yaml", "broken.json");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.err).startsWith("INVALID  broken.json\n  ERROR ").contains("'/total/id'");
  }

  @Test
  void should_exit_2_when_the_language_is_not_offered() {
    // GIVEN
    Cli cli = scored();
    // WHEN
    Cli.Run run = cli.run("report", "-q", "mini.yaml", "--lang", "fr", "assessment.json");
    // THEN
    then(run.exitCode).isEqualTo(2);
    then(run.err).startsWith("--lang fr: questionnaire 'welcoming-municipality-mini' is written in de and en");
  }

  @Test
  void should_exit_2_when_the_link_base_is_relative() {
    // GIVEN
    Cli cli = scored();
    // WHEN
    Cli.Run run = cli.run("report", "-q", "mini.yaml", "--link-base", "docs/", "assessment.json");
    // THEN
    then(run.exitCode).isEqualTo(2);
    then(run.err).startsWith("--link-base must be an absolute address");
  }

  @Test
  void should_list_the_formats_when_help_is_asked_for() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("report", "--help");
    // THEN
    then(run.exitCode).isZero();
    then(run.out).contains("Usage: selfcheck report", "terminal, markdown, html", "--response=RESPONSE");
    then(Files.exists(dir.resolve("selfcheck-report.html"))).isFalse();
  }
}
