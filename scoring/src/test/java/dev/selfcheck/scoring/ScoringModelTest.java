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

  private static ScoringModel.Child question(String weight, ScoringModel.Reach reach) {
    return new ScoringModel.Child(true, exact(weight), reach);
  }

  private static ScoringModel.Child dimension(ScoringModel.Reach reach) {
    return new ScoringModel.Child(false, Rational.ONE, reach);
  }

  private static ScoringModel.Range range(String lowest, String highest) {
    return new ScoringModel.Range(exact(lowest), exact(highest));
  }

  @Test
  void should_count_a_zero_weight_question_in_a_sum_but_not_in_a_mean() {
    // GIVEN a question always shown, scoring 1 … 2, a missing answer counted as 1, weight 0
    ScoringSettings.Builder imputing = settings().missing(MissingPolicy.COUNT_AS).missingScore(dec("1"));
    List<ScoringModel.Child> zero = List.of(question("0", ScoringModel.Reach.always(range("1", "2"))));

    // WHEN
    ScoringModel.Reach sum = ScoringModel.reach(imputing.aggregation(Aggregation.WEIGHTED_SUM).build(), zero);
    ScoringModel.Reach mean = ScoringModel.reach(imputing.aggregation(Aggregation.WEIGHTED_MEAN).build(), zero);

    // THEN the sum always adds 0 × the item score; the mean has no weight to divide by
    then(sum).isEqualTo(ScoringModel.Reach.always(range("0", "0")));
    then(mean).isEqualTo(ScoringModel.Reach.never());
  }

  @Test
  void should_not_always_score_when_a_minimum_share_of_answers_is_required() {
    // GIVEN a mean that counts a missing answer as 0, over a question always shown (0 … 4)
    ScoringSettings.Builder imputing = settings().aggregation(Aggregation.WEIGHTED_MEAN)
        .missing(MissingPolicy.COUNT_AS).missingScore(dec("0"));
    List<ScoringModel.Child> shown = List.of(question("1", ScoringModel.Reach.always(range("0", "4"))));

    // WHEN
    ScoringModel.Reach half = ScoringModel.reach(imputing.minAnsweredShare(dec("0.5")).build(), shown);
    ScoringModel.Reach none = ScoringModel.reach(imputing.minAnsweredShare(dec("0")).build(), shown);

    // THEN an imputed answer is not an answer: with a required share the node may go unscored
    then(half).isEqualTo(ScoringModel.Reach.sometimes(range("0", "4")));
    then(none).isEqualTo(ScoringModel.Reach.always(range("0", "4")));
  }

  @Test
  void should_not_always_score_a_normalised_node_when_its_only_question_spans_nothing() {
    // GIVEN a normalised mean that counts a missing answer as 1
    ScoringSettings normalised = settings().aggregation(Aggregation.WEIGHTED_MEAN).normalize(true)
        .missing(MissingPolicy.COUNT_AS).missingScore(dec("1")).build();

    // WHEN the only question always shown scores 1 … 1, or 0 … 1, or is a sub-dimension
    ScoringModel.Reach flat = ScoringModel.reach(normalised,
        List.of(question("1", ScoringModel.Reach.always(range("1", "1")))));
    ScoringModel.Reach spanning = ScoringModel.reach(normalised,
        List.of(question("1", ScoringModel.Reach.always(range("0", "1")))));
    ScoringModel.Reach sub = ScoringModel.reach(normalised,
        List.of(dimension(ScoringModel.Reach.always(range("0", "1")))));

    // THEN a span of nothing leaves no weight to normalise by; a spanning question always counts
    then(flat).isEqualTo(ScoringModel.Reach.sometimes(range("0", "100")));
    then(spanning).isEqualTo(ScoringModel.Reach.always(range("0", "100")));
    then(sub).as("a sub-dimension is not known to span anything").isEqualTo(
        ScoringModel.Reach.sometimes(range("0", "100")));
  }

  @Test
  void should_reach_exactly_0_or_1_when_every_child_misses_or_meets_the_threshold() {
    // GIVEN the share of sub-dimensions meeting 2
    ScoringSettings share = settings().aggregation(Aggregation.SHARE_MEETING).threshold(dec("2")).build();

    // WHEN
    ScoringModel.Reach allMeet = ScoringModel.reach(share, List.of(
        dimension(ScoringModel.Reach.always(range("2", "3"))),
        dimension(ScoringModel.Reach.always(range("2", "2")))));
    ScoringModel.Reach atMost = ScoringModel.reach(share, List.of(
        dimension(ScoringModel.Reach.always(range("0", "2")))));
    ScoringModel.Reach mixed = ScoringModel.reach(share, List.of(
        dimension(ScoringModel.Reach.always(range("2", "3"))),
        dimension(ScoringModel.Reach.always(range("0", "1")))));

    // THEN a child whose lowest score equals the threshold meets it, one whose highest equals it may
    then(allMeet).isEqualTo(ScoringModel.Reach.always(range("1", "1")));
    then(atMost).isEqualTo(ScoringModel.Reach.always(range("0", "1")));
    then(mixed).isEqualTo(ScoringModel.Reach.always(range("0", "1")));
  }

  @Test
  void should_widen_a_prorated_sum_to_the_best_item_over_all_the_weight() {
    // GIVEN a prorated sum of q1 (0 … 2) and q2 (0 … 1), each weight 1 and perhaps unanswered
    ScoringSettings prorated = settings().aggregation(Aggregation.WEIGHTED_SUM)
        .missing(MissingPolicy.PRORATE).build();

    // WHEN
    ScoringModel.Reach reach = ScoringModel.reach(prorated, List.of(
        question("1", ScoringModel.Reach.sometimes(range("0", "2"))),
        question("1", ScoringModel.Reach.sometimes(range("0", "1")))));

    // THEN q1 answered with 2 alone is prorated to 2 × (1 + 1) / 1 = 4, beyond the plain sum's 3
    then(reach).isEqualTo(ScoringModel.Reach.sometimes(range("0", "4")));
    Scorer scorer = compile(questionnaire().scoring(prorated)
        .addDimension(dim("d1", choice("q1", "0", "2"), choice("q2", "0", "1"))).build());
    then(scorer.score(answers().option("q1", "o2").response()).total().score()).contains(exact("4"));
  }

  @Test
  void should_describe_what_was_compiled_when_asked() {
    // GIVEN
    ScoringModel model = compile(SUMMED).model();

    // THEN
    then(model.dimensionIds()).containsExactly("d1", "total");
    then(model.conditions()).isSameAs(SUMMED.conditions());
    then(model).hasToString("ScoringModel[questionnaire=" + SUMMED.id() + ", scoredQuestions=2]");
    then(ScoringModel.itemRange(SUMMED, SUMMED.allQuestions().findFirst().orElseThrow()))
        .contains(range("0", "2"));
    then(ScoringModel.itemRange(SUMMED, Fixtures.freeText("t1"))).isEmpty();
  }
}
