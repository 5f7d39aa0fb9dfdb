package dev.selfcheck.report;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example of {@code docs/reports.md}, compiled and run: keep the two in step. */
class ReportExampleTest {

  @Test
  void should_render_all_three_formats_when_the_documented_example_runs() {
    // GIVEN
    Path questionnaireFile = Fixtures.resource("seven-fields.yaml");
    Path responseFile = Fixtures.resource("seven-fields-response.json");
    // WHEN
    // tag::render[]
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    Questionnaire questionnaire = codec.readQuestionnaire(questionnaireFile).orElseThrow();
    Response response = codec.readResponse(responseFile).orElseThrow();
    Scorer scorer = ScoringEngine.create().compile(questionnaire);
    Assessment assessment = scorer.score(response);

    Report report = Report.builder()
        .questionnaire(questionnaire)                    // required
        .assessment(assessment)                          // required, of this questionnaire
        .response(response)                              // optional: answers, comments, evidence
        .improvements(scorer.improvements(response))     // optional: what would raise each field
        .locale("en")                                    // optional: default language otherwise
        .linkBase(URI.create("https://portal.example.org/selfcheck/"))  // optional
        .build();                                        // immutable, thread-safe

    String html = report.toHtml();                 // one self-contained page
    String markdown = report.toMarkdown();         // for wikis, tickets, e-mail
    String table = report.toTerminal(100, false);  // 100 columns, no ANSI colours
    // end::render[]
    // THEN
    then(html).startsWith("<!DOCTYPE html>").contains("Test municipality self-check");
    then(markdown).startsWith("# Test municipality self-check");
    then(table).startsWith("Test municipality self-check");
  }
}
