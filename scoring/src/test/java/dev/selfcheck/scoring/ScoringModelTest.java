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
import dev.selfcheck.core.MissingPolicy;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.ScoringSettings;
import java.util.List;
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

  @Test
  void should_combine_the_scale_of_a_dimension_when_every_child_may_take_part() {
    // GIVEN q1 (0 … 2) and q2 (−3 … 2), each perhaps unanswered, under d1's weighted sum
    ScoringModel model = compile(SUMMED).model();
    ScoringModel.Range q1 = model.itemRange("q1").orElseThrow();
    ScoringModel.Range q2 = model.itemRange("q2").orElseThrow();

    // WHEN
    ScoringModel.Reach d1 = ScoringModel.reach(model.settingsOf("d1"), List.of(
        new ScoringModel.Child(true, Rational.ONE, ScoringModel.Reach.sometimes(q1)),
        new ScoringModel.Child(true, Rational.ONE, ScoringModel.Reach.sometimes(q2))));

    // THEN the combination is the one the engine states as d1's scale
    then(d1.range()).contains(model.scoreRange("d1"));
    then(d1.always()).isFalse();
  }

  @Test
  void should_narrow_a_weighted_sum_when_one_question_is_always_shown_and_one_never() {
    // GIVEN a sum that counts a missing answer as 1, q1 (0 … 2) always shown and q2 never shown
    ScoringSettings imputing = settings().aggregation(Aggregation.WEIGHTED_SUM)
        .missing(MissingPolicy.COUNT_AS).missingScore(dec("1")).build();
    ScoringModel.Range q1 = new ScoringModel.Range(exact("0"), exact("2"));
    ScoringModel.Range q2 = new ScoringModel.Range(exact("-3"), exact("2"));

    // WHEN
    // tag::reach[]
    ScoringModel.Reach reach = ScoringModel.reach(imputing, List.of(
        new ScoringModel.Child(true, Rational.ONE, ScoringModel.Reach.always(q1)),   // always shown
        new ScoringModel.Child(true, Rational.ONE, ScoringModel.Reach.never())));   // never shown
    // reach.range(): 0 … 2 (q2's −3 cannot be reached), reach.always(): true (q1 always counts)
    // end::reach[]

    // THEN
    then(reach.range()).contains(new ScoringModel.Range(exact("0"), exact("2")));
    then(reach.always()).isTrue();
    ScoringModel.Range oneToTwo = new ScoringModel.Range(exact("1"), exact("2"));
    then(ScoringModel.reach(imputing, List.of(
        new ScoringModel.Child(true, Rational.ONE, ScoringModel.Reach.sometimes(oneToTwo)))))
        .as("a question perhaps hidden may be left out of the sum")
        .isEqualTo(ScoringModel.Reach.sometimes(new ScoringModel.Range(exact("0"), exact("2"))));
    then(ScoringModel.reach(imputing, List.of(
        new ScoringModel.Child(true, Rational.ONE, ScoringModel.Reach.always(oneToTwo)))))
        .as("a question always shown counts, answered or imputed")
        .isEqualTo(ScoringModel.Reach.always(oneToTwo));
  }

  @Test
  void should_never_reach_a_score_when_no_child_can_take_part() {
    // GIVEN a share meeting 1 over children that are never scored
    ScoringSettings share = settings().aggregation(Aggregation.SHARE_MEETING)
        .threshold(dec("1")).build();

    // WHEN
    ScoringModel.Reach none = ScoringModel.reach(share, List.of(
        new ScoringModel.Child(false, Rational.ONE, ScoringModel.Reach.never())));
    ScoringModel.Reach below = ScoringModel.reach(share, List.of(new ScoringModel.Child(false,
        Rational.ONE, ScoringModel.Reach.always(new ScoringModel.Range(exact("0"), exact("0.5"))))));

    // THEN nothing is reached; a child always below the threshold makes the share exactly 0
    then(none).isEqualTo(ScoringModel.Reach.never());
    then(below).isEqualTo(ScoringModel.Reach.always(new ScoringModel.Range(exact("0"), exact("0"))));
  }
}
