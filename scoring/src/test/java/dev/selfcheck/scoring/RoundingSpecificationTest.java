package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.answers;
import static dev.selfcheck.scoring.Fixtures.band;
import static dev.selfcheck.scoring.Fixtures.choice;
import static dev.selfcheck.scoring.Fixtures.compile;
import static dev.selfcheck.scoring.Fixtures.dec;
import static dev.selfcheck.scoring.Fixtures.dim;
import static dev.selfcheck.scoring.Fixtures.exact;
import static dev.selfcheck.scoring.Fixtures.level;
import static dev.selfcheck.scoring.Fixtures.questionnaire;
import static dev.selfcheck.scoring.Fixtures.result;
import static dev.selfcheck.scoring.Fixtures.settings;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Rounding;
import dev.selfcheck.core.ScoringSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rounding step ({@code scoring.round}): the score itself is rounded after the rescale and the
 * clamp, by the stated rule, and everything after it (band, parent, range) sees the rounded score;
 * the result states the score before rounding.
 */
class RoundingSpecificationTest {

  /** A dimension scored by one question whose single option scores {@code score}. */
  private static DimensionResult rounded(String score, Rounding.Rule rule, int decimals) {
    Questionnaire q = questionnaire(dim("d").addQuestions(choice("q1", score))
        .scoring(settings().round(Rounding.of(rule, decimals)).build()).build());
    return result(compile(q).score(answers().option("q1", "o1").response()), "d");
  }

  @ParameterizedTest(name = "{0} by {1} to {2} decimals is {3}")
  @CsvSource({
      "2.5, HALF_UP, 0, 3", "-2.5, HALF_UP, 0, -3", "2.4, HALF_UP, 0, 2", "2.45, HALF_UP, 1, 2.5",
      "2.5, HALF_EVEN, 0, 2", "3.5, HALF_EVEN, 0, 4", "-2.5, HALF_EVEN, 0, -2", "2.6, HALF_EVEN, 0, 3",
      "2.9, FLOOR, 0, 2", "-2.1, FLOOR, 0, -3", "2.99, FLOOR, 1, 2.9",
      "2.1, CEILING, 0, 3", "-2.9, CEILING, 0, -2", "2.01, CEILING, 1, 2.1", "7, CEILING, 0, 7",
      // the table of docs/scoring.md, "Rounding as a step"
      "2.45, HALF_EVEN, 1, 2.4", "52.5, HALF_EVEN, 0, 52", "2.5, FLOOR, 0, 2", "-2.5, FLOOR, 0, -3", "2.45, FLOOR, 1, 2.4",
      "2.5, CEILING, 0, 3", "-2.5, CEILING, 0, -2", "2.45, CEILING, 1, 2.5"})
  void should_round_the_score_by_the_stated_rule(String score, Rounding.Rule rule, int decimals,
      String expected) {
    // WHEN
    DimensionResult d = rounded(score, rule, decimals);
    // THEN
    then(d.score()).contains(exact(expected));
    then(d.unrounded()).contains(exact(score));
  }

  @Test
  void should_round_a_fraction_exactly_when_it_has_no_finite_decimal() {
    // GIVEN (0 + 1 + 1) / 3 = 2/3, rounded half up to 2 decimals
    Questionnaire q = questionnaire(dim("d").addQuestions(level("q1"), level("q2"), level("q3"))
        .scoring(settings().round(Rounding.of(Rounding.Rule.HALF_UP, 2)).build()).build());
    // WHEN
    DimensionResult d = result(compile(q).score(answers().option("q1", "o1").option("q2", "o2")
        .option("q3", "o2").response()), "d");
    // THEN
    then(d.score()).contains(exact("0.67"));
    then(d.unrounded()).contains(exact("2/3"));
  }

  @Test
  void should_place_the_rounded_score_in_its_band_and_pass_it_to_the_parent() {
    // GIVEN the mean of two items 0…4, rounded half up to whole numbers; bands low [0, 2), high [2, 4]
    ScoringSettings round = settings().aggregation(Aggregation.WEIGHTED_MEAN)
        .round(Rounding.of(Rounding.Rule.HALF_UP, 0)).build();
    Questionnaire q = questionnaire().addDimensions(dim("p")
            .scoring(settings().aggregation(Aggregation.WEIGHTED_SUM).build())
            .addDimensions(dim("c").addQuestions(level("q1"), level("q2")).scoring(round).build())
            .build())
        .addBands(band("low", "0", "2"), Fixtures.band("high", "2", true, "4", true)).build();
    // WHEN q1 = 1, q2 = 2: the mean 1.5 is rounded to 2
    var a = compile(q).score(answers().option("q1", "o2").option("q2", "o3").response());
    // THEN the band and the parent see 2, not 1.5
    then(result(a, "c").unrounded()).contains(exact("1.5"));
    then(result(a, "c").score()).contains(exact("2"));
    then(result(a, "c").band()).hasValueSatisfying(b -> then(b.id()).isEqualTo("high"));
    then(result(a, "p").score()).contains(exact("2"));
    then(result(a, "p").unrounded()).isEmpty();
  }

  @Test
  void should_round_after_the_rescale_and_the_clamp_and_round_the_range_alike() {
    // GIVEN one item 0…4, × 1.25 (the Zung index step), clamped at most 4.6, then floor
    ScoringSettings s = settings().factor(dec("1.25")).max(dec("4.6"))
        .round(Rounding.of(Rounding.Rule.FLOOR, 0)).build();
    Questionnaire q = questionnaire(dim("d").addQuestions(level("q1")).scoring(s).build());
    // WHEN 3 × 1.25 = 3.75 → floor 3; 4 × 1.25 = 5 → clamp 4.6 → floor 4
    DimensionResult three = result(compile(q).score(answers().option("q1", "o4").response()), "d");
    DimensionResult four = result(compile(q).score(answers().option("q1", "o5").response()), "d");
    // THEN
    then(three.score()).contains(exact("3"));
    then(three.unrounded()).contains(exact("3.75"));
    then(four.score()).contains(exact("4"));
    then(four.unrounded()).contains(exact("4.6"));
    then(three.minScore()).isEqualTo(exact("0"));
    then(three.maxScore()).isEqualTo(exact("4"));
  }

  @Test
  void should_not_inherit_the_rounding_step_and_state_nothing_without_explanations() {
    // GIVEN the parent rounds; the child does not
    Questionnaire q = questionnaire(dim("p").scoring(settings().round(Rounding.of(Rounding.Rule.CEILING, 0))
        .build()).addDimensions(dim("c", choice("q1", "0.5"))).build());
    // WHEN
    var explained = compile(q).score(answers().option("q1", "o1").response());
    var quiet = ScoringEngine.builder().explanations(false).build().compile(q)
        .score(answers().option("q1", "o1").response());
    // THEN
    then(result(explained, "c").score()).contains(exact("0.5"));
    then(result(explained, "p").score()).contains(exact("1"));
    then(result(quiet, "p").score()).contains(exact("1"));
    then(result(quiet, "p").unrounded()).isEmpty();
  }
}
