package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.answers;
import static dev.selfcheck.scoring.Fixtures.band;
import static dev.selfcheck.scoring.Fixtures.choice;
import static dev.selfcheck.scoring.Fixtures.compile;
import static dev.selfcheck.scoring.Fixtures.dec;
import static dev.selfcheck.scoring.Fixtures.dim;
import static dev.selfcheck.scoring.Fixtures.exact;
import static dev.selfcheck.scoring.Fixtures.multiple;
import static dev.selfcheck.scoring.Fixtures.questionnaire;
import static dev.selfcheck.scoring.Fixtures.settings;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.Questionnaire;
import org.junit.jupiter.api.Test;

/** The read-only model of a compiled questionnaire. */
class ScoringModelTest {

  private static final Questionnaire SUMMED = questionnaire()
      .scoring(settings().aggregation(Aggregation.WEIGHTED_SUM).build())
      .addBands(band("low", "-10", "0"), band("high", "0", "10"))
      .addDimension(dim("d1", choice("q1", "2", "0", "1"),
          multiple("q2", ItemScoring.builder().cap(dec("2")).build(), "-3", "1", "2")))
      .build();

  @Test
  void should_state_item_and_dimension_ranges_when_the_questionnaire_is_compiled() {
    // GIVEN
    ScoringModel model = compile(SUMMED).model();

    // WHEN
    ScoringModel.Range q1 = model.itemRange("q1").orElseThrow();
    ScoringModel.Range q2 = model.itemRange("q2").orElseThrow();
    ScoringModel.Range total = model.scoreRange("total");

    // THEN q2 sums −3 … 3, capped at 2; the sum reaches the negative parts and the positive ones
    then(q1).isEqualTo(new ScoringModel.Range(exact("0"), exact("2")));
    then(q2).isEqualTo(new ScoringModel.Range(exact("-3"), exact("2")));
    then(total).isEqualTo(new ScoringModel.Range(exact("-3"), exact("4")));
    then(model.settingsOf("d1").aggregation()).contains(Aggregation.WEIGHTED_SUM);
    then(model.scoredQuestions()).containsExactly("q1", "q2");
  }

  @Test
  void should_contain_the_engine_score_and_band_when_a_capped_sum_is_answered() {
    // GIVEN
    Scorer scorer = compile(SUMMED);

    // WHEN q2's positive options are chosen (1 + 2, capped at 2), and q1's best option
    Assessment a = scorer.score(answers().option("q1", "o1").options("q2", "o2", "o3").response());

    // THEN the engine's score lies in the model's range, in the band the model names
    Rational score = a.total().score().orElseThrow();
    ScoringModel.Range range = scorer.model().scoreRange("total");
    then(score).isEqualTo(exact("4"));
    then(score.compareTo(range.lowest()) >= 0 && score.compareTo(range.highest()) <= 0).isTrue();
    then(scorer.model().bandOf("total", score)).isEqualTo(a.total().band());
  }

  @Test
  void should_rank_options_by_score_when_asked() {
    // GIVEN
    ScoringModel model = compile(SUMMED).model();

    // WHEN
    var ranked = model.optionsByScore("q1");

    // THEN
    then(ranked).extracting(AnswerOption::value).containsExactly("o1", "o3", "o2");
    then(model.optionScore("q1", "o3")).contains(exact("1"));
    then(model.optionsByScore("unknown")).isEmpty();
  }
}
