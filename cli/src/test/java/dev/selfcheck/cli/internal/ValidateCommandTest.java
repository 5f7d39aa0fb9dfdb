package dev.selfcheck.cli.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code selfcheck validate}. */
class ValidateCommandTest {

  @TempDir
  Path dir;

  @Test
  void should_print_ok_and_exit_0_when_a_questionnaire_is_valid() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    // WHEN
    Cli.Run run = cli.run("validate", "mini.yaml");
    // THEN
    then(run.exitCode).isZero();
    then(run.out).startsWith("OK       mini.yaml  (questionnaire 'welcoming-municipality-mini' 1.2.0: "
        + "6 dimensions, 8 questions, 2 rules)");
  }

  @Test
  void should_check_a_response_against_a_questionnaire_among_the_files_when_it_names_its_id() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("mini-response.json");
    cli.copy("mini.yaml");
    // WHEN
    Cli.Run run = cli.run("validate", "mini-response.json", "mini.yaml");
    // THEN
    then(run.exitCode).isZero();
    then(run.out).contains("OK       mini-response.json  (response to 'welcoming-municipality-mini' 1.2.0 "
        + "by 'musterstadt-integrationsbuero-1', 7 answers); checked against the questionnaire "
        + "'welcoming-municipality-mini' given")
        .endsWith("2 of 2 files OK\n");
  }

  @Test
  void should_say_so_when_a_response_can_be_checked_only_against_the_schema() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("mini-response.json");
    // WHEN
    Cli.Run run = cli.run("validate", "mini-response.json");
    // THEN
    then(run.exitCode).isZero();
    then(run.out).contains("checked against the response schema only");
  }

  @Test
  void should_name_pointer_and_position_and_exit_1_when_a_questionnaire_is_broken() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("broken-questionnaire.yaml");
    // WHEN
    Cli.Run run = cli.run("validate", "broken-questionnaire.yaml");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.out).isEqualTo("INVALID  broken-questionnaire.yaml  (questionnaire)\n"
        + "  ERROR QST-0010 at '/dimensions/0/questions/0/scale' 13:16: "
        + "scale 'agreement' is not defined (defined scales: )\n");
  }

  @Test
  @Tag("issue-12")
  void should_print_findings_in_german_when_the_language_is_german() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("broken-questionnaire.yaml");
    // WHEN
    Cli.Run run = cli.run("validate", "--lang", "de", "broken-questionnaire.yaml");
    Cli.Run json = cli.run("validate", "--lang", "de", "--format", "json", "broken-questionnaire.yaml");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.out).isEqualTo("INVALID  broken-questionnaire.yaml  (questionnaire)\n"
        + "  ERROR QST-0010 at '/dimensions/0/questions/0/scale' 13:16: "
        + "die Skala „agreement“ ist nicht definiert (definierte Skalen: )\n");
    then(json.out).contains("\"message\":\"die Skala „agreement“ ist nicht definiert");
  }

  @Test
  @Tag("issue-12")
  void should_print_findings_in_english_when_the_language_has_no_texts_or_is_not_given() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("broken-questionnaire.yaml");
    // WHEN
    Cli.Run french = cli.run("validate", "--lang", "fr", "broken-questionnaire.yaml");
    Cli.Run none = cli.run("validate", "broken-questionnaire.yaml");
    // THEN
    then(french.out).contains("scale 'agreement' is not defined").isEqualTo(none.out);
  }

  @Test
  @Tag("issue-12")
  void should_exit_2_when_the_language_is_not_a_language_tag() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    // WHEN
    Cli.Run run = cli.run("validate", "--lang", "!!", "mini.yaml");
    // THEN
    then(run.exitCode).isEqualTo(2);
    then(run.err).contains("--lang !!: not a language tag");
  }

  @Test
  void should_report_an_unreadable_document_and_exit_1_when_a_file_does_not_exist() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("validate", "missing.json");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.out).isEqualTo("INVALID  missing.json\n"
        + "  ERROR DOC-0050 at '': the document could not be read: no such file\n");
  }

  @Test
  void should_pass_with_warnings_unless_strict_when_a_response_answers_a_hidden_question() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("rules.yaml");
    cli.copy("rules-response-with-hidden-answer.json");
    // WHEN
    Cli.Run lenient = cli.run("validate", "-q", "rules.yaml", "rules-response-with-hidden-answer.json");
    Cli.Run strict = cli.run("validate", "--strict", "-q", "rules.yaml", "rules-response-with-hidden-answer.json");
    // THEN
    then(lenient.exitCode).isZero();
    then(lenient.out).contains("  WARNING RSP-0010 at '/answers/complaintAudit' 12:23: ");
    then(strict.exitCode).isEqualTo(1);
    then(strict.out).startsWith("INVALID  rules-response-with-hidden-answer.json");
  }

  @Test
  void should_give_line_numbers_of_the_file_when_json_lines_are_validated() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    cli.write("responses.jsonl", cli.run("generate", "-q", "mini.yaml", "-n", "2", "--seed", "1").out
        + "{\"answers\": 1}\n");
    // WHEN
    Cli.Run run = cli.run("validate", "-q", "mini.yaml", "responses.jsonl");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.out).startsWith("INVALID  responses.jsonl  (JSON Lines: 3 responses, 1 invalid)")
        .contains(" 3:1: ");
  }

  @Test
  void should_write_one_json_document_when_the_format_is_json() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("broken-questionnaire.yaml");
    // WHEN
    Cli.Run run = cli.run("validate", "--format", "json", "broken-questionnaire.yaml");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.out).isEqualTo("{\"ok\":false,\"files\":[{\"file\":\"broken-questionnaire.yaml\","
        + "\"kind\":\"questionnaire\",\"ok\":false,\"summary\":\"questionnaire\",\"checkedAgainst\":null,"
        + "\"findings\":[{\"code\":\"QST-0010\",\"severity\":\"ERROR\","
        + "\"pointer\":\"/dimensions/0/questions/0/scale\",\"line\":13,\"column\":16,"
        + "\"message\":\"scale 'agreement' is not defined (defined scales: )\"}]}]}\n");
  }

  @Test
  void should_exit_2_when_no_file_is_given() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("validate");
    // THEN
    then(run.exitCode).isEqualTo(2);
    then(run.err).startsWith("Missing required parameter: 'FILE'");
  }

  @Test
  void should_exit_1_with_the_findings_when_the_given_questionnaire_is_invalid() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("broken-questionnaire.yaml");
    cli.copy("mini-response.json");
    // WHEN
    Cli.Run run = cli.run("validate", "-q", "broken-questionnaire.yaml", "mini-response.json");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.err).startsWith("INVALID  broken-questionnaire.yaml\n  ERROR QST-0010");
  }

  @Test
  void should_describe_the_kinds_and_exit_codes_when_help_is_asked_for() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("validate", "--help");
    // THEN
    then(run.exitCode).isZero();
    then(run.out).contains("Usage: selfcheck validate", "--strict", "--format=text|json", "Exit codes:");
  }

  @Test
  void should_read_an_assessment_back_against_its_questionnaire_when_one_is_given() {
    // GIVEN an assessment written by score
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    cli.copy("mini-response.json");
    cli.write("assessment.json", cli.run("score", "-q", "mini.yaml", "mini-response.json").out);
    // WHEN
    Cli.Run against = cli.run("validate", "mini.yaml", "assessment.json");
    Cli.Run flagship = cli.run("validate", "assessment.json");
    // THEN
    then(against.exitCode).as(against.out).isZero();
    then(against.out).contains("OK       assessment.json  (assessment of 'welcoming-municipality-mini' 1.2.0");
    then(flagship.exitCode).isEqualTo(1);
    then(flagship.out).contains("INVALID  assessment.json").contains("DOC-0060");
  }

  @Test
  @Tag("issue-18")
  void should_show_progress_on_a_terminal_and_nothing_elsewhere_when_a_batch_is_validated() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    cli.write("batch.jsonl", cli.run("generate", "-q", "mini.yaml", "-n", "5", "--seed", "1").out);
    // WHEN
    Cli.Run onTerminal = new Cli(dir).terminal(80).run("validate", "-q", "mini.yaml", "batch.jsonl");
    Cli.Run piped = new Cli(dir).run("validate", "-q", "mini.yaml", "batch.jsonl");
    // THEN a progress line, cleared before the result
    then(onTerminal.exitCode).isZero();
    then(onTerminal.err).contains("\r[", "lines").endsWith("\r\033[K");
    then(piped.err).isEmpty();
    then(piped.out).isEqualTo(onTerminal.out);
  }
}
