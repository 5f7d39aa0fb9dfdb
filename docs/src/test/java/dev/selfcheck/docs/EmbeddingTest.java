package dev.selfcheck.docs;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.report.Report;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five-line embedding example at the top of README.md: a Java host loads the flagship
 * questionnaire, reads a response file against it, scores it and renders the HTML report.
 */
class EmbeddingTest {

  @Test
  void should_score_a_response_file_and_render_the_report_when_following_the_readme(
      @TempDir Path dir) throws IOException {
    // GIVEN a response file of the fictional municipality
    Path responseFile = dir.resolve("response.json");
    Files.writeString(responseFile, Flagship.sampleResponseDocuments().get(0), StandardCharsets.UTF_8);
    // WHEN
    // tag::embed[]
    Questionnaire questionnaire = Flagship.questionnaire();  // or codec.readQuestionnaire(file)
    Response response = QuestionnaireCodec.create().readResponse(responseFile, questionnaire).orElseThrow();
    Scorer scorer = ScoringEngine.create().compile(questionnaire);  // once; immutable, thread-safe
    Assessment assessment = scorer.score(response);
    String html = Report.builder().questionnaire(questionnaire).assessment(assessment).response(response).build().toHtml();
    String json = assessment.toJson();  // canonical JSON; codec.readAssessment(json, questionnaire) reads it back
    // end::embed[]
    // THEN
    then(assessment.dimensions()).extracting(d -> d.id())
        .contains("management", "opening", "access", "work", "participation", "cohesion", "communication");
    then(html).startsWith("<!DOCTYPE html>").contains("radar");
    then(QuestionnaireCodec.create().readAssessment(json, questionnaire).value()).hasValue(assessment);
  }
}
