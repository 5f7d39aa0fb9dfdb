package dev.selfcheck.cli.internal;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code selfcheck convert}: to and from SurveyJS, with the loss report on standard error. */
class ConvertCommandTest {

  @TempDir
  Path dir;

  private final QuestionnaireCodec codec = QuestionnaireCodec.create();

  @Test
  void should_write_a_survey_and_print_the_loss_report_when_a_questionnaire_is_converted_to_surveyjs() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    // WHEN
    Cli.Run run = cli.run("convert", "mini.yaml", "--to", "surveyjs", "-o", "mini.survey.json");
    // THEN
    then(run.exitCode).isZero();
    then(run.out).isEmpty();
    then(run.err).startsWith("LOSSY mini.yaml (questionnaire) to surveyjs: ")
        .contains("  WARNING SJS-0101 at '/rules': the rules has no counterpart in SurveyJS and is left out  -> ''")
        .contains("  INFO SJS-0102 at '/dimensions/0/dimensions/0/questions/1/scale': the shared scale 'agreement5'"
            + " is written into each question that uses it  -> '/pages/0/elements/0/elements/1'");
    then(cli.read("mini.survey.json")).contains("\"questionnaireId\" : \"welcoming-municipality-mini\"",
        "\"type\" : \"panel\"", "\"visibleIf\" : \"{mgmt.strategyExists} = true\"");

    // WHEN it is converted back
    Cli.Run back = cli.run("convert", "mini.survey.json", "--to", "selfcheck");
    // THEN
    then(back.exitCode).isZero();
    then(back.err).startsWith("LOSSLESS mini.survey.json (SurveyJS survey) to selfcheck: 0 losses");
    Questionnaire q = codec.readQuestionnaire(back.out, DocumentFormat.JSON).orElseThrow();
    then(q.id()).isEqualTo("welcoming-municipality-mini");
    then(q.question("mgmt.strategyReviewed").orElseThrow().visibleWhen()).isPresent();
  }

  @Test
  void should_convert_a_response_to_a_result_and_back_when_the_questionnaire_is_given() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    cli.copy("mini-response.json");
    // WHEN
    Cli.Run run = cli.run("convert", "mini-response.json", "--to", "surveyjs", "-q", "mini.yaml", "-o", "result.json");
    Cli.Run back = cli.run("convert", "result.json", "--to", "selfcheck", "-q", "mini.yaml");
    // THEN
    then(run.exitCode).isZero();
    then(run.err).startsWith("LOSSY mini-response.json (response) to surveyjs: ")
        .contains("SJS-0203 at '/respondent': the respondent has no counterpart in a SurveyJS result")
        .contains("SJS-0203 at '/answers/open.training': the 'not applicable' answer to 'open.training'")
        // a rating has no "don't know" item in SurveyJS; the comment is carried
        .contains("SJS-0203 at '/answers/mgmt.budget': the 'don't know' answer to 'mgmt.budget'");
    then(cli.read("result.json")).contains("\"mgmt.responsibility\" : 3", "\"mgmt.budget-Comment\"")
        .doesNotContain("\"mgmt.budget\" :");
    then(back.exitCode).isZero();
    Response response = codec.readResponse(back.out, DocumentFormat.JSON).orElseThrow();
    then(response.answers()).containsKeys("mgmt.strategyExists", "mgmt.responsibility", "open.staffShare");
    then(response.answer("mgmt.strategyReviewed").orElseThrow().comment())
        .contains("Seit dem Beschluss wurde die Strategie nicht fortgeschrieben.");
  }

  @Test
  void should_fail_with_the_finding_when_the_input_is_no_json() {
    Cli cli = new Cli(dir);
    cli.write("broken.json", "{\"pages\": [");
    Cli.Run run = cli.run("convert", "broken.json", "--to", "selfcheck");
    then(run.exitCode).isEqualTo(1);
    then(run.out).isEmpty();
    then(run.err).contains("ERROR SJS-0001 at ''");
  }
}
