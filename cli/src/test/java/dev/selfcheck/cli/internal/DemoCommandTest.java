package dev.selfcheck.cli.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code selfcheck demo}. */
class DemoCommandTest {

  @TempDir
  Path dir;

  @Test
  void should_write_the_html_report_with_the_radar_chart_when_the_demo_runs() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("demo");
    // THEN
    then(run.exitCode).as(run.err).isZero();
    Path report = dir.resolve("selfcheck-report.html");
    then(run.out).startsWith("OK       questionnaire 'welcoming-municipality' ")
        .contains("OK       sample response", "report   " + report);
    then(cli.read("selfcheck-report.html")).contains("<svg class=\"radar\"");
  }

  @Test
  void should_end_with_each_fields_spread_in_the_sample_panel_when_the_demo_runs() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("demo");
    // THEN after the report, the sample panel: validated, then one line per field and the total
    then(run.exitCode).as(run.err).isZero();
    String panel = run.out.substring(run.out.indexOf("OK       sample panel: 8 respondents\n"));
    then(panel).contains("\npanel    8 respondents, questionnaire 'welcoming-municipality' 1.0.0")
        .contains("\nfield ", "r_wg(J)").containsPattern("\nmanagement +8 ").containsPattern("\ntotal +8 ");
    then(panel.lines().filter(l -> l.matches("^[a-z]+ +8 +[0-9.]+ .*"))).hasSize(
        dev.selfcheck.flagship.Flagship.questionnaire().dimensions().size() + 1);
  }

  @Test
  void should_write_where_asked_in_the_language_asked_when_options_are_given() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("demo", "--lang", "en", "-o", "en/demo.html", "--mkdirs");
    // THEN
    then(run.exitCode).as(run.err).isZero();
    then(cli.read("en/demo.html")).contains("lang=\"en\"", "<svg class=\"radar\"");
  }

  @Test
  void should_exit_2_when_the_language_is_not_offered() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("demo", "--lang", "fr");
    // THEN
    then(run.exitCode).isEqualTo(2);
  }

  @Test
  void should_write_the_sample_panels_workshop_report_and_name_it_last_when_the_demo_runs() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("demo");
    Cli.Run elsewhere = cli.run("demo", "--lang", "en", "--workshop", "panel/workshop.html", "--mkdirs");
    // THEN
    then(run.exitCode).as(run.err).isZero();
    then(run.out).endsWith("\nworkshop " + dir.resolve("selfcheck-workshop.html") + "\n");
    then(cli.read("selfcheck-workshop.html")).contains("lang=\"de\"", "<svg class=\"radar\"", "class=\"radar-spread\"",
        "Agenda für den Workshop");
    then(elsewhere.exitCode).as(elsewhere.err).isZero();
    then(cli.read("panel/workshop.html")).contains("lang=\"en\"", "Workshop agenda");
  }
}
