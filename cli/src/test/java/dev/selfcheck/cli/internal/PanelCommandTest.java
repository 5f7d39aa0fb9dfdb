package dev.selfcheck.cli.internal;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.panel.Panel;
import dev.selfcheck.panel.PanelAnalysis;
import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.report.WorkshopReport;
import dev.selfcheck.scoring.ScoringEngine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code selfcheck panel}: several responses analysed together. */
class PanelCommandTest {

  private static final Questionnaire FLAGSHIP = Flagship.questionnaire();

  @TempDir
  Path dir;

  private static PanelResult sample(PanelAnalysis analysis) {
    return analysis.analyze(ScoringEngine.create().compile(FLAGSHIP), Panel.of(FLAGSHIP, Flagship.samplePanel()));
  }

  /** Writes the sample panel's documents into the working directory. */
  private List<String> samplePanelFiles(Cli cli) {
    List<String> documents = Flagship.samplePanelDocuments();
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      names.add("member-" + i + ".json");
      cli.write(names.get(i), documents.get(i));
    }
    return names;
  }

  @Test
  void should_summarise_every_field_the_agenda_and_the_gaps_when_the_sample_panel_is_analysed() {
    // GIVEN
    Cli cli = new Cli(dir);
    PanelResult expected = sample(PanelAnalysis.create());
    // WHEN
    Cli.Run run = cli.run("panel");
    // THEN
    then(run.exitCode).as(run.toString()).isZero();
    then(run.err).isEmpty();
    then(run.out).startsWith("panel    8 respondents, questionnaire 'welcoming-municipality' 1.0.0\n")
        .contains("\nfield ").contains("r_wg(J)")
        .contains("\nagenda   " + expected.agenda().size() + " questions to discuss, the first 10\n")
        .endsWith("gaps     1 question nobody could answer: work.processingWeeks\n");
    for (var field : FLAGSHIP.dimensions()) {
      then(run.out).containsPattern("\n" + java.util.regex.Pattern.quote(field.id()) + " +8 ");
    }
    then(run.out).containsPattern("\ntotal +8 ");
    then(run.out).contains("  " + expected.agenda().get(0).questionId() + " ");
  }

  @Test
  void should_write_the_panel_result_of_the_api_when_json_is_asked_for() {
    // GIVEN
    Cli cli = new Cli(dir);
    List<String> files = samplePanelFiles(cli);
    String[] args = java.util.stream.Stream.concat(
        java.util.stream.Stream.of("panel", "--format", "json", "--group-by", "role", "--min-group-size", "1",
            "-o", "out/panel.json", "--mkdirs"), files.stream()).toArray(String[]::new);
    // WHEN
    Cli.Run run = cli.run(args);
    // THEN the same as the library gives, one group per role
    then(run.exitCode).as(run.toString()).isZero();
    PanelResult expected = sample(PanelAnalysis.builder().groupBy(PanelAnalysis.GroupBy.ROLE).minimumGroupSize(1).build());
    then(cli.read("out/panel.json")).isEqualTo(expected.toJson() + "\n");
    then(expected.groups()).hasSize(8);
  }

  @Test
  void should_fold_small_groups_away_when_anonymous() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run named = cli.run("panel", "--min-group-size", "2");
    Cli.Run anonymous = cli.run("panel", "--anonymous");
    // THEN
    then(named.out).contains("\ngroups   Politik 2, Verwaltung 3, Zivilgesellschaft 3\n");
    // no group reaches 5: only all of them together, as '(other)'
    then(anonymous.out).contains("\ngroups   (other) 8\n");
    then(cli.run("panel").out).contains("\ngroups   Zivilgesellschaft 3, (other) 5\n");
  }

  @Test
  void should_read_one_response_per_line_when_jsonl_is_given() {
    // GIVEN the sample panel as JSON Lines
    Cli cli = new Cli(dir);
    String lines = String.join("\n", Flagship.samplePanelDocuments().stream()
        .map(d -> d.replaceAll("\\s*\n\\s*", "")).toList()) + "\n";
    cli.write("panel.jsonl", lines);
    // WHEN
    Cli.Run run = cli.run("panel", "--jsonl", "panel.jsonl", "--format", "json");
    // THEN
    then(run.exitCode).as(run.toString()).isZero();
    then(run.out).isEqualTo(sample(PanelAnalysis.create()).toJson() + "\n");
  }

  @Test
  void should_print_the_member_with_its_pointer_and_exit_1_when_a_respondent_answers_twice() {
    // GIVEN the first member's file given twice
    Cli cli = new Cli(dir);
    List<String> files = samplePanelFiles(cli);
    // WHEN
    Cli.Run run = cli.run("panel", files.get(0), files.get(1), files.get(0));
    // THEN the result of the two others is written, the duplicate is a finding
    then(run.exitCode).isEqualTo(1);
    then(run.out).startsWith("panel    2 respondents");
    then(run.err).isEqualTo("member-0.json: ERROR PAN-0004 at '/responses/2/respondent/id': "
        + run.err.substring(run.err.indexOf("': ") + 3));
    then(run.err).hasLineCount(1);
  }

  @Test
  void should_exit_1_with_the_file_named_when_a_response_is_invalid() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.write("bad.json", "{\n  \"answers\": []\n}\n");
    // WHEN
    Cli.Run run = cli.run("panel", "bad.json");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.out).isEmpty();
    then(run.err).startsWith("INVALID  bad.json\n  ERROR ");
  }

  @Test
  void should_be_a_usage_error_when_files_and_jsonl_are_both_given() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run both = cli.run("panel", "a.json", "--jsonl", "b.jsonl");
    Cli.Run noFiles = cli.run("panel", "-q", "mini.yaml");
    // THEN
    then(both.exitCode).isEqualTo(2);
    then(both.err).contains("give either RESPONSE files or --jsonl, not both");
    then(noFiles.exitCode).isEqualTo(2);
    then(noFiles.err).contains("give RESPONSE files or --jsonl FILE to analyse against mini.yaml");
  }

  @Test
  void should_write_the_workshop_report_of_the_api_when_html_or_markdown_is_asked_for() {
    // GIVEN
    Cli cli = new Cli(dir);
    PanelResult expected = sample(PanelAnalysis.create());
    // WHEN
    Cli.Run html = cli.run("panel", "--format", "html", "-o", "out/workshop.html", "--mkdirs");
    Cli.Run markdown = cli.run("panel", "--format", "markdown", "--lang", "en");
    // THEN the questionnaire's language unless --lang asks for another, as the library writes it
    then(html.exitCode).as(html.toString()).isZero();
    then(html.out).isEmpty();
    then(cli.read("out/workshop.html")).isEqualTo(WorkshopReport.builder().questionnaire(FLAGSHIP).result(expected)
        .locale("de").build().toHtml());
    then(markdown.exitCode).as(markdown.toString()).isZero();
    then(markdown.out).isEqualTo(WorkshopReport.builder().questionnaire(FLAGSHIP).result(expected).locale("en")
        .build().toMarkdown()).startsWith("# Workshop report: ");
  }

  @Test
  void should_be_a_usage_error_when_the_workshop_report_is_asked_for_in_a_language_not_offered() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("panel", "--format", "html", "--lang", "fr");
    // THEN
    then(run.exitCode).isEqualTo(2);
    then(run.err).contains("--lang fr: questionnaire 'welcoming-municipality' is written in de");
  }
}
