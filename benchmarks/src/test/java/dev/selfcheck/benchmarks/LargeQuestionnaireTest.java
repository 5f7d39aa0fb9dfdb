package dev.selfcheck.benchmarks;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.ImprovementPotential;
import dev.selfcheck.scoring.ScoringEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated questionnaire of {@link ImprovementReportBenchmark}, in a small size. */
class LargeQuestionnaireTest {

  @Test
  void should_generate_the_same_valid_questionnaire_and_response_when_generated_twice() {
    // GIVEN
    LargeQuestionnaire one = new LargeQuestionnaire();
    LargeQuestionnaire two = new LargeQuestionnaire();
    // WHEN
    Questionnaire q = one.questionnaire(2, 3, 10);
    Response r = one.response(q);
    // THEN
    then(q.validate()).noneMatch(Finding::isError);
    then(q.allQuestions().count()).isEqualTo(60);
    then(two.questionnaire(2, 3, 10)).isEqualTo(q);
    then(two.response(q)).isEqualTo(r);
    then(r.answers()).hasSizeBetween(40, 60);
  }

  @Test
  void should_leave_a_plan_to_a_higher_band_when_the_response_is_scored() {
    // GIVEN
    LargeQuestionnaire gen = new LargeQuestionnaire();
    Questionnaire q = gen.questionnaire(2, 3, 10);
    Response r = gen.response(q);
    // WHEN
    List<ImprovementPotential> all = ScoringEngine.create().compile(q).improvements(r);
    // THEN
    then(all).hasSize(2 + 2 * 3 + 1);
    then(all).anyMatch(p -> !p.planToNextBand().isEmpty());
  }
}
