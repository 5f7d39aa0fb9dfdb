package dev.selfcheck.surveyjs;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.tuple;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/interop-surveyjs.md runs: its survey JSON imports with the loss report
 * the page states, and the snippets (synced by docs/sync-snippets.py) are compiled here.
 */
class SurveyJsDocumentationTest {

  private static final Path PAGE = Path.of("../docs/interop-surveyjs.md");

  /** The JSON block after a heading of the page. */
  private static String block(String heading) throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    int at = page.indexOf(heading);
    then(at).as("heading %s in %s", heading, PAGE).isNotNegative();
    Matcher m = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(page);
    then(m.find(at)).as("a JSON block after %s", heading).isTrue();
    return m.group(1);
  }

  @Test
  void should_import_the_worked_example_with_the_losses_the_page_states() throws IOException {
    String surveyJson = block("## Worked example");
    // tag::import[]
    Conversion<Questionnaire> imported = SurveyJs.importSurvey(surveyJson);
    List<String> report = new ArrayList<>();
    for (Loss loss : imported.losses()) {
      Finding f = loss.finding();            // code, severity, message, pointer into the survey
      report.add(f + "  -> " + loss.target());   // and the pointer into the questionnaire
    }
    Questionnaire questionnaire = imported.value().orElseThrow();   // absent only for no survey at all
    // end::import[]
    then(imported.losses()).extracting(l -> l.finding().code(), Loss::source, Loss::target).containsExactly(
        tuple("SJS-0005", "/triggers", ""),
        tuple("SJS-0010", "", "/id"),
        tuple("SJS-0004", "/pages/0/elements/2/visibleIf", "/dimensions/0/questions/2"));
    then(report.get(2)).isEqualTo("WARNING SJS-0004 at '/pages/0/elements/2/visibleIf': the expression"
        + " 'sum({stress}, 1) > 3' lies outside the supported subset (the function 'sum' is never run); the"
        + " condition is left out and nothing is run  -> /dimensions/0/questions/2");
    then(questionnaire.question("reason").orElseThrow().visibleWhen())
        .contains(Condition.answer("stress", Operator.GE, Literal.of("4")));
    then(questionnaire.question("stress").orElseThrow().options().get(4).score()).hasValueSatisfying(
        s -> then(s).isEqualByComparingTo("4"));

    // tag::export[]
    Conversion<String> exported = SurveyJs.exportSurvey(questionnaire);
    String survey = exported.value().orElseThrow();     // SurveyJS survey JSON
    boolean lossless = exported.isLossless();           // true here: nothing of it is lost
    // end::export[]
    then(lossless).isTrue();
    then(SurveyJs.importSurvey(survey).value()).contains(questionnaire);

    // tag::results[]
    Response response = Response.builder()
        .questionnaireId(questionnaire.id()).questionnaireVersion(questionnaire.version())
        .putAnswer("stress", Answer.of(AnswerValue.option("5")))
        .putAnswer("reason", Answer.of(AnswerValue.text("deadlines")))
        .build();
    String data = SurveyJs.exportResult(questionnaire, response).value().orElseThrow();
    // {"stress": 5, "reason": "deadlines"}: what survey.data holds for these answers
    Response back = SurveyJs.importResult(questionnaire, data).value().orElseThrow();
    // end::results[]
    then(data).isEqualToIgnoringWhitespace("{\"stress\": 5, \"reason\": \"deadlines\"}");
    then(back).isEqualTo(response);
  }

  @Test
  void should_name_every_construct_of_the_round_trip_fixture_in_the_mapping_table() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (String construct : List.of("`radiogroup`", "`checkbox`", "`rating`", "`boolean`", "`comment`",
        "`showDontKnowItem`", "`isRequired`", "`score`", "`{q} anyof", "`{q} notempty`", "`{q} empty`", "`{q} contains")) {
      if (!page.contains(construct)) {
        missing.add(construct);
      }
    }
    then(missing).as("constructs of MappingTableRoundTripTest named in the page").isEmpty();
  }
}
