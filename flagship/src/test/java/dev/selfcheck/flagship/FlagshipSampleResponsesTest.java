package dev.selfcheck.flagship;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.ScoringEngine;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample responses of the fictional town of Lindenfeld. */
class FlagshipSampleResponsesTest {

  private static final Questionnaire QUESTIONNAIRE = Flagship.questionnaire();

  @Test
  void should_validate_without_findings_when_each_sample_is_read_against_the_questionnaire() {
    // GIVEN
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    List<String> documents = Flagship.sampleResponseDocuments();
    // WHEN
    List<DecodeResult<Response>> results = documents.stream()
        .map(d -> codec.readResponse(d, DocumentFormat.JSON, QUESTIONNAIRE)).toList();
    // THEN
    then(results).hasSize(Flagship.SAMPLE_RESPONSE_RESOURCES.size()).hasSizeGreaterThanOrEqualTo(3);
    for (int i = 0; i < results.size(); i++) {
      then(results.get(i).findings()).as(Flagship.SAMPLE_RESPONSE_RESOURCES.get(i)).isEmpty();
    }
  }

  @Test
  void should_come_from_different_departments_of_one_town_when_the_samples_are_listed() {
    // GIVEN
    List<Response> responses = Flagship.sampleResponses();
    // WHEN
    List<String> roles = responses.stream().map(r -> r.respondent().orElseThrow().role().orElseThrow()).toList();
    // THEN
    then(roles).containsExactly("Integrationsbüro", "Personal- und Organisationsamt", "Büro der Bürgermeisterin");
    then(Flagship.sampleResponse()).isSameAs(responses.get(0));
    for (Response response : responses) {
      then(response.questionnaireId()).isEqualTo("welcoming-municipality");
      then(response.respondent().orElseThrow().id()).startsWith("lindenfeld-");
      then(response.respondent().orElseThrow().group()).contains("Verwaltung");
      then(response.startedAt()).isPresent();
      then(response.submittedAt()).isPresent();
    }
  }

  @Test
  void should_contain_dont_know_comments_and_evidence_when_the_default_sample_is_read() {
    // GIVEN
    Response sample = Flagship.sampleResponse();
    // WHEN
    List<Answer> answers = List.copyOf(sample.answers().values());
    // THEN
    then(answers).anyMatch(a -> a.state() == AnswerState.DONT_KNOW);
    then(answers).anyMatch(a -> a.state() == AnswerState.NOT_APPLICABLE);
    then(answers).anyMatch(a -> a.state() == AnswerState.NOT_ANSWERED && a.comment().isPresent());
    then(answers).filteredOn(a -> a.comment().isPresent()).hasSizeGreaterThanOrEqualTo(3);
    then(answers).filteredOn(a -> !a.evidence().isEmpty()).hasSizeGreaterThanOrEqualTo(3);
    then(QUESTIONNAIRE.allQuestions().filter(q -> !sample.answers().containsKey(q.id())).count())
        .as("questions without an entry").isPositive();
  }

  @Test
  void should_put_the_fields_in_at_least_three_bands_when_the_default_sample_is_scored() {
    // GIVEN
    Assessment assessment = ScoringEngine.create().compile(QUESTIONNAIRE).score(Flagship.sampleResponse());
    // WHEN
    Set<String> bands = QUESTIONNAIRE.dimensions().stream()
        .map(f -> assessment.dimension(f.id()).orElseThrow())
        .map(DimensionResult::band)
        .map(b -> b.orElseThrow().id())
        .collect(Collectors.toSet());
    // THEN
    then(bands).hasSizeGreaterThanOrEqualTo(3);
    then(assessment.recommendations()).hasSizeBetween(8, 20);
    then(assessment.findings()).isEmpty();
  }
}
