package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.answers;
import static dev.selfcheck.scoring.Fixtures.band;
import static dev.selfcheck.scoring.Fixtures.compile;
import static dev.selfcheck.scoring.Fixtures.dec;
import static dev.selfcheck.scoring.Fixtures.dim;
import static dev.selfcheck.scoring.Fixtures.exact;
import static dev.selfcheck.scoring.Fixtures.level;
import static dev.selfcheck.scoring.Fixtures.multiple;
import static dev.selfcheck.scoring.Fixtures.number;
import static dev.selfcheck.scoring.Fixtures.questionnaire;
import static dev.selfcheck.scoring.Fixtures.settings;
import static dev.selfcheck.scoring.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.groups.Tuple.tuple;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Improvement potential through {@link Scorer#improvements}: which single changes raise a score,
 * by how much, in which order, and which plan reaches the next band. The questionnaire: d sums
 * q1, q2 (levels 0…4, q2 weight 2) and q3 (yes 1 / no 0); bands low [0, 4), mid [4, 8),
 * high [8, 20] (d ranges 0…13).
 */
class ImprovementSpecificationTest {

  private static final List<Band> BANDS = List.of(band("low", "0", "4"), band("mid", "4", "8"),
      band("high", "8", true, "20", true));

  private static Questionnaire sums(Question... extra) {
    return questionnaire()
        .addDimensions(dim("d").addQuestions(level("q1"), level("q2", "2"), yesNo("q3", "1", "0"))
            .addQuestions(extra)
            .scoring(settings().aggregation(Aggregation.WEIGHTED_SUM).build()).build())
        .addBands(BANDS.toArray(new Band[0])).build();
  }

  private static String betterOption(Improvement i) {
    AnswerValue v = i.betterAnswer().value().orElseThrow();
    return v.kind() == AnswerValue.Kind.STRING ? v.asString() : String.valueOf(v);
  }

  @Test
  void should_list_the_best_change_of_each_question_by_gain_when_answers_can_improve() {
    // GIVEN q1 = o2 (1), q2 = o1 (0), q3 no: d = 1 (low)
    Scorer scorer = compile(sums());
    Response r = answers().option("q1", "o2").option("q2", "o1").no("q3").response();
    // WHEN
    ImprovementPotential p = scorer.improvements(r, "d");
    // THEN q2 → o5 gains 2·4 = 8, q1 → o5 gains 3, q3 → yes gains 1
    then(p.dimension()).isEqualTo("d");
    then(p.score()).contains(exact("1"));
    then(p.band()).hasValueSatisfying(b -> then(b.id()).isEqualTo("low"));
    then(p.bestChanges()).extracting(Improvement::question, Improvement::gain, Improvement::scoreAfter)
        .containsExactly(tuple("q2", exact("8"), exact("9")), tuple("q1", exact("3"), exact("4")),
            tuple("q3", exact("1"), exact("2")));
    then(p.bestChanges().get(0).betterAnswer()).isEqualTo(Answer.of(AnswerValue.option("o5")));
    then(p.bestChanges().get(0).currentAnswer()).contains(Answer.of(AnswerValue.option("o1")));
    then(p.bestChanges().get(2).betterAnswer()).isEqualTo(Answer.of(AnswerValue.bool(true)));
    // the next band is mid, reached by the single largest change
    then(p.nextBand()).hasValueSatisfying(b -> then(b.id()).isEqualTo("mid"));
    then(p.nextBandReachable()).isTrue();
    then(p.planToNextBand()).extracting(Improvement::question).containsExactly("q2");
  }

  @Test
  void should_aim_at_the_band_above_when_the_score_lies_in_a_middle_band() {
    // GIVEN q1 = o2 (1), q2 = o3 (2·2), q3 no: d = 5 (mid)
    Scorer scorer = compile(sums());
    Response r = answers().option("q1", "o2").option("q2", "o3").no("q3").response();
    // WHEN
    ImprovementPotential p = scorer.improvements(r, "d");
    // THEN q2 → o5 gains 4 to 9 (high); q1 → o5 only 3 to 8
    then(p.band()).hasValueSatisfying(b -> then(b.id()).isEqualTo("mid"));
    then(p.nextBand()).hasValueSatisfying(b -> then(b.id()).isEqualTo("high"));
    then(p.planToNextBand()).extracting(Improvement::question, Improvement::gain, Improvement::scoreAfter)
        .containsExactly(tuple("q2", exact("4"), exact("9")));
  }

  @Test
  void should_keep_document_order_when_changes_gain_the_same() {
    // GIVEN q1 = o1 (0), q2 = o3 (2·2), q3 no: q1 → o5 and q2 → o5 both gain 4
    Scorer scorer = compile(sums());
    Response r = answers().option("q1", "o1").option("q2", "o3").no("q3").response();
    // WHEN
    ImprovementPotential p = scorer.improvements(r, "d");
    // THEN the tie keeps document order, and the plan takes the first of the tied changes
    then(p.bestChanges()).extracting(Improvement::question, Improvement::gain)
        .containsExactly(tuple("q1", exact("4")), tuple("q2", exact("4")), tuple("q3", exact("1")));
    then(p.planToNextBand()).extracting(Improvement::question, Improvement::scoreAfter)
        .containsExactly(tuple("q1", exact("8")));
  }

  @Test
  void should_apply_changes_in_turn_when_the_plan_needs_more_than_one() {
    // GIVEN all at the bottom, the dimension with its own bands: next band starts at 10
    Questionnaire q = questionnaire()
        .addDimensions(dim("d").addQuestions(level("q1"), level("q2", "2"), yesNo("q3", "1", "0"))
            .scoring(settings().aggregation(Aggregation.WEIGHTED_SUM).build())
            .addBands(band("start", "0", "10"), band("goal", "10", true, "13", true)).build())
        .build();
    Response r = answers().option("q1", "o1").option("q2", "o1").no("q3").response();
    // WHEN
    ImprovementPotential p = compile(q).improvements(r, "d");
    // THEN q2 +8 (8), q1 +4 (12): two steps, each gain after the earlier change
    then(p.nextBand()).hasValueSatisfying(b -> then(b.id()).isEqualTo("goal"));
    then(p.nextBandReachable()).isTrue();
    then(p.planToNextBand()).extracting(Improvement::question, Improvement::gain, Improvement::scoreAfter)
        .containsExactly(tuple("q2", exact("8"), exact("8")), tuple("q1", exact("4"), exact("12")));
  }

  @Test
  void should_reach_a_band_exactly_on_its_lower_end_unless_that_end_is_open() {
    // GIVEN bands [0, 4) and [4, 13] vs. [0, 4] and (4, 13]
    Question[] qs = {level("q1"), level("q2", "2"), yesNo("q3", "1", "0")};
    Questionnaire closed = questionnaire().addDimensions(dim("d").addQuestions(qs)
        .scoring(settings().aggregation(Aggregation.WEIGHTED_SUM).build())
        .addBands(band("a", "0", "4"), band("b", "4", true, "13", true)).build()).build();
    Questionnaire open = questionnaire().addDimensions(dim("d").addQuestions(qs)
        .scoring(settings().aggregation(Aggregation.WEIGHTED_SUM).build())
        .addBands(band("a", "0", true, "4", true), band("b", "4", false, "13", true)).build()).build();
    Response r = answers().option("q1", "o1").option("q2", "o3").no("q3").response();
    // WHEN d = 0 + 2·2 + 0 = 4
    ImprovementPotential inB = compile(closed).improvements(r, "d");
    ImprovementPotential inA = compile(open).improvements(r, "d");
    // THEN 4 is in b when b is closed below; with b open below, 4 is in a and b is next
    then(inB.band()).hasValueSatisfying(b -> then(b.id()).isEqualTo("b"));
    then(inB.nextBand()).isEmpty();
    then(inB.planToNextBand()).isEmpty();
    then(inB.nextBandReachable()).isFalse();
    then(inA.band()).hasValueSatisfying(b -> then(b.id()).isEqualTo("a"));
    then(inA.nextBand()).hasValueSatisfying(b -> then(b.id()).isEqualTo("b"));
    then(inA.planToNextBand()).extracting(Improvement::question, Improvement::scoreAfter)
        .containsExactly(tuple("q1", exact("8")));
    then(inA.nextBandReachable()).isTrue();
  }

  @Test
  void should_give_no_plan_when_the_next_band_cannot_be_reached() {
    // GIVEN bands [0, 50) and [50, 100]: d can reach 13 at most
    Questionnaire q = questionnaire().addDimensions(dim("d").addQuestions(level("q1"), level("q2", "2"),
            yesNo("q3", "1", "0"))
        .scoring(settings().aggregation(Aggregation.WEIGHTED_SUM).build())
        .addBands(band("a", "0", "50"), band("b", "50", true, "100", true)).build()).build();
    Response r = answers().option("q1", "o1").option("q2", "o1").no("q3").response();
    // WHEN
    ImprovementPotential p = compile(q).improvements(r, "d");
    // THEN
    then(p.nextBand()).hasValueSatisfying(b -> then(b.id()).isEqualTo("b"));
    then(p.nextBandReachable()).isFalse();
    then(p.planToNextBand()).isEmpty();
    then(p.bestChanges()).hasSize(3);
  }

  @Test
  void should_start_from_the_lowest_score_and_aim_at_the_lowest_band_when_the_dimension_is_not_scorable() {
    // GIVEN nothing answered
    Scorer scorer = compile(sums());
    Response r = answers().response();
    // WHEN
    ImprovementPotential p = scorer.improvements(r, "d");
    // THEN gains count from 0, the minimum; the next band is the lowest
    then(p.score()).isEmpty();
    then(p.band()).isEmpty();
    then(p.nextBand()).hasValueSatisfying(b -> then(b.id()).isEqualTo("low"));
    then(p.bestChanges()).extracting(Improvement::question, Improvement::gain)
        .containsExactly(tuple("q2", exact("8")), tuple("q1", exact("4")), tuple("q3", exact("1")));
    then(p.bestChanges().get(0).currentAnswer()).isEmpty();
    then(p.nextBandReachable()).isTrue();
    then(p.planToNextBand()).extracting(Improvement::question).containsExactly("q2");
  }

  @Test
  void should_skip_hidden_questions_when_changes_are_tried() {
    // GIVEN q4 (level) is only shown when q3 is yes; q1 carries a comment
    Question q4 = Question.builder().from(level("q4"))
        .visibleWhen(Condition.answer("q3", Operator.EQ, Literal.of(true))).build();
    Scorer scorer = compile(sums(q4));
    Response r = Response.builder().from(answers().option("q2", "o5").no("q3").option("q4", "o1").response())
        .putAnswer("q1", Answer.builder().value(AnswerValue.option("o1")).comment("why not").build()).build();
    // WHEN
    ImprovementPotential p = scorer.improvements(r, "d");
    // THEN q4 is hidden: not listed; q1's current answer is the whole answer, the better one a value
    then(p.bestChanges()).extracting(Improvement::question).containsExactly("q1", "q3");
    then(p.bestChanges().get(0).currentAnswer().flatMap(Answer::comment)).contains("why not");
    then(p.bestChanges().get(0).betterAnswer()).isEqualTo(Answer.of(AnswerValue.option("o5")));
  }

  @Test
  void should_try_one_more_option_or_each_threshold_when_questions_are_multiple_choice_or_numbers() {
    // GIVEN m sums options 1, 3, 2; n has thresholds from 0 → 0, 5 → 2, 10 → 1
    Questionnaire q = questionnaire()
        .addDimensions(dim("d").addQuestions(multiple("m", ItemScoring.builder().build(), "1", "3", "2"),
                number("n", ItemScoring.builder()
                    .addThreshold(ItemScoring.Threshold.of(dec("0"), dec("0")))
                    .addThreshold(ItemScoring.Threshold.of(dec("5"), dec("2")))
                    .addThreshold(ItemScoring.Threshold.of(dec("10"), dec("1"))).build()))
            .scoring(settings().aggregation(Aggregation.WEIGHTED_SUM).build()).build())
        .build();
    Response r = answers().options("m", "o1").number("n", "12").response();
    // WHEN
    ImprovementPotential p = compile(q).improvements(r, "d");
    // THEN m: add o2 (+3); n: 5 (+1)
    then(p.bestChanges()).extracting(Improvement::question, Improvement::gain)
        .containsExactly(tuple("m", exact("3")), tuple("n", exact("1")));
    then(p.bestChanges().get(0).betterAnswer()).isEqualTo(Answer.of(AnswerValue.options(List.of("o1", "o2"))));
    then(p.bestChanges().get(1).betterAnswer()).isEqualTo(Answer.of(AnswerValue.number(dec("5"))));
    then(p.nextBand()).isEmpty();
  }

  @Test
  void should_list_one_potential_per_dimension_and_the_total_last_when_all_are_asked() {
    // GIVEN
    Questionnaire q = questionnaire().addDimensions(dim("a").addDimensions(dim("a1", level("q1"))).build())
        .addDimensions(dim("b", level("q2"))).build();
    // WHEN
    List<ImprovementPotential> all = compile(q).improvements(answers().option("q1", "o1").option("q2", "o5").response());
    // THEN
    then(all).extracting(ImprovementPotential::dimension).containsExactly("a", "a1", "b", "total");
    then(all.get(3).bestChanges()).extracting(Improvement::question, Improvement::gain)
        .containsExactly(tuple("q1", exact("2")));
    then(all.get(2).bestChanges()).isEmpty();
  }

  @Test
  void should_refuse_an_unknown_dimension_when_improvements_are_asked() {
    // GIVEN
    Scorer scorer = compile(sums());
    // WHEN
    Throwable thrown = catchThrowable(() -> scorer.improvements(answers().response(), "nope"));
    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class).hasMessage("no dimension 'nope'");
  }

  @Test
  void should_use_the_questionnaire_bands_for_the_total_when_improvements_of_the_total_are_asked() {
    // GIVEN
    Scorer scorer = compile(sums());
    // WHEN d = 1 → total 1
    ImprovementPotential p = scorer.improvements(answers().option("q1", "o2").option("q2", "o1").no("q3").response(),
        DimensionResult.TOTAL);
    // THEN
    then(p.dimension()).isEqualTo("total");
    then(p.nextBand()).map(Band::id).isEqualTo(Optional.of("mid"));
    then(p.planToNextBand()).extracting(Improvement::question).containsExactly("q2");
  }

  @Test
  void should_weigh_a_change_that_shows_a_question_again_when_a_step_moved_the_shown_questions_dimension() {
    // GIVEN the total is the mean of a (g: yes 0 / no 0) and b (the mean of b1, and b2 shown when g
    // is yes; levels 0…4); g no, b1 = o1, b2 = o5 (hidden): total 0, bands low [0, 2.5), high
    Questionnaire q = questionnaire()
        .addDimensions(dim("a").addQuestions(yesNo("g", "0", "0")).build())
        .addDimensions(dim("b").addQuestions(level("b1"),
            Fixtures.choiceOf("b2", "0", "1", "2", "3", "4")
                .visibleWhen(Condition.answer("g", Operator.EQ, Literal.of(true))).build()).build())
        .addBands(band("low", "0", "2.5"), band("high", "2.5", true, "4", true)).build();
    Scorer scorer = compile(q);
    Response r = answers().no("g").option("b1", "o1").option("b2", "o5").response();
    // WHEN
    ImprovementPotential p = scorer.improvements(r, DimensionResult.TOTAL);
    // THEN b1 → o5 gains 2 and g → yes (showing b2) gains 1; after b1 → o5 showing b2 gains
    // nothing, so the high band cannot be reached
    then(p.bestChanges()).extracting(Improvement::question, Improvement::gain)
        .containsExactly(tuple("b1", exact("2")), tuple("g", exact("1")));
    then(p.nextBandReachable()).isFalse();
    then(p.planToNextBand()).isEmpty();
  }
}
