package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.answers;
import static dev.selfcheck.scoring.Fixtures.band;
import static dev.selfcheck.scoring.Fixtures.choice;
import static dev.selfcheck.scoring.Fixtures.choiceOf;
import static dev.selfcheck.scoring.Fixtures.compile;
import static dev.selfcheck.scoring.Fixtures.contribution;
import static dev.selfcheck.scoring.Fixtures.dec;
import static dev.selfcheck.scoring.Fixtures.dim;
import static dev.selfcheck.scoring.Fixtures.exact;
import static dev.selfcheck.scoring.Fixtures.level;
import static dev.selfcheck.scoring.Fixtures.multiple;
import static dev.selfcheck.scoring.Fixtures.number;
import static dev.selfcheck.scoring.Fixtures.questionnaire;
import static dev.selfcheck.scoring.Fixtures.result;
import static dev.selfcheck.scoring.Fixtures.settings;
import static dev.selfcheck.scoring.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.groups.Tuple.tuple;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.MissingPolicy;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.core.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scoring model through the public API only: the engine's settings and misuse, the stated
 * ranges, completion, the reasons a dimension has no score, bands and their findings, item scores
 * and contributions, each for a questionnaire built for the purpose.
 */
class ScoringSpecificationTest {

  private static DimensionResult scoreOne(ScoringSettings s, Fixtures.Answers answers, Question... qs) {
    Questionnaire q = questionnaire(dim("d").addQuestions(qs).scoring(s).build());
    then(q.validate()).as("the questionnaire of the test is valid").noneMatch(Finding::isError);
    return result(compile(q).score(answers.response()), "d");
  }

  private static Question weighted(Question q, String weight) {
    return Question.builder().from(q).weight(dec(weight)).build();
  }

  // ------------------------------------------------------------------ the engine

  @Test
  void should_show_two_decimals_when_neither_engine_nor_questionnaire_set_them() {
    // GIVEN
    Questionnaire q = questionnaire(dim("d", choice("q1", "1")));
    // WHEN
    Assessment a = ScoringEngine.create().compile(q).score(answers().option("q1", "o1").response());
    // THEN
    then(result(a, "d").displayScore()).hasValueSatisfying(v -> then(v.toPlainString()).isEqualTo("1.00"));
  }

  @ParameterizedTest(name = "decimals {0}")
  @CsvSource({"0, 1", "10, 0.6666666667"})
  void should_accept_the_ends_of_the_range_when_decimals_are_set(int decimals, String shown) {
    // GIVEN q1 scored 0.5 (weight 1) and q2 scored 0.75 (weight 2)
    Questionnaire q = questionnaire(dim("d", choice("q1", "0.5"), weighted(choice("q2", "0.75"), "2")));
    // WHEN (0.5 + 2·0.75) / 3 = 2/3
    Assessment a = ScoringEngine.builder().decimals(decimals).build().compile(q)
        .score(answers().option("q1", "o1").option("q2", "o1").response());
    // THEN
    then(result(a, "d").displayScore()).hasValueSatisfying(v -> then(v.toPlainString()).isEqualTo(shown));
  }

  @ParameterizedTest(name = "decimals {0}")
  @CsvSource({"-1", "11"})
  void should_refuse_decimals_when_they_lie_outside_0_to_10(int decimals) {
    // GIVEN
    ScoringEngine.Builder builder = ScoringEngine.builder();
    // WHEN
    Throwable thrown = catchThrowable(() -> builder.decimals(decimals));
    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimals must be 0 to 10, but is " + decimals);
  }

  @Test
  void should_refuse_a_second_setting_when_a_builder_setting_is_set_twice() {
    // GIVEN
    ScoringEngine.Builder builder = ScoringEngine.builder().decimals(3).explanations(false);
    // WHEN
    Throwable decimalsTwice = catchThrowable(() -> builder.decimals(3));
    Throwable explanationsTwice = catchThrowable(() -> builder.explanations(false));
    // THEN
    then(decimalsTwice).isInstanceOf(IllegalStateException.class).hasMessage("decimals is already set to 3");
    then(explanationsTwice).isInstanceOf(IllegalStateException.class)
        .hasMessage("explanations is already set to false");
  }

  @Test
  void should_explain_unless_told_otherwise_when_the_engine_is_built() {
    // GIVEN
    Questionnaire q = questionnaire(dim("d", choice("q1", "1")));
    // WHEN
    Assessment explained = ScoringEngine.builder().explanations(true).build().compile(q)
        .score(answers().option("q1", "o1").response());
    Assessment quiet = ScoringEngine.builder().explanations(false).build().compile(q)
        .score(answers().option("q1", "o1").response());
    // THEN
    then(result(explained, "d").contributions()).extracting(Contribution::id).containsExactly("q1");
    then(result(quiet, "d").contributions()).isEmpty();
    then(result(quiet, "d").score()).isEqualTo(result(explained, "d").score());
  }

  @Test
  void should_name_the_missing_argument_when_null_is_passed() {
    // GIVEN
    Scorer scorer = compile(questionnaire(dim("d", choice("q1", "1"))));
    // WHEN
    Throwable noQuestionnaire = catchThrowable(() -> ScoringEngine.create().compile(null));
    Throwable noResponse = catchThrowable(() -> scorer.score((Response) null));
    Throwable noBoundResponse = catchThrowable(() -> scorer.score((BoundResponse) null));
    Throwable noResponseToImprove = catchThrowable(() -> scorer.improvements(null));
    Throwable noDimension = catchThrowable(() -> scorer.improvements(answers().response(), null));
    // THEN
    then(noQuestionnaire).isInstanceOf(NullPointerException.class).hasMessage("questionnaire");
    then(noResponse).isInstanceOf(NullPointerException.class).hasMessage("response");
    then(noBoundResponse).isInstanceOf(NullPointerException.class).hasMessage("response");
    then(noResponseToImprove).isInstanceOf(NullPointerException.class).hasMessage("response");
    then(noDimension).isInstanceOf(NullPointerException.class).hasMessage("dimensionId");
  }

  @Test
  void should_list_only_errors_when_compiling_a_questionnaire_with_errors_and_warnings() {
    // GIVEN an unscored option (warning) and a duplicate question id (error)
    Questionnaire q = questionnaire(dim("d", choice("q1", "1", null)), dim("e", choice("q1", "1")));
    List<Finding> errors = q.validate().stream().filter(Finding::isError).toList();
    // WHEN
    Throwable thrown = catchThrowable(() -> ScoringEngine.create().compile(q));
    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("questionnaire 'check' has errors:\n" + String.join("\n",
            errors.stream().map(f -> "  " + f).toList()));
    then(q.validate()).anyMatch(f -> !f.isError());
  }

  @Test
  void should_compile_a_questionnaire_with_warnings_only_when_it_has_no_errors() {
    // GIVEN an option without a score: a warning
    Questionnaire q = questionnaire(dim("d", choice("q1", "1", null)));
    // WHEN
    Scorer scorer = ScoringEngine.create().compile(q);
    // THEN
    then(q.validate()).isNotEmpty().noneMatch(Finding::isError);
    then(scorer.questionnaire()).isSameAs(q);
  }

  // ------------------------------------------------------------------ ranges

  @Test
  void should_state_the_range_from_negative_and_positive_parts_when_aggregation_is_weighted_sum() {
    // GIVEN q1 −2…3 with weight 2, q2 1…4
    ScoringSettings sum = settings().aggregation(Aggregation.WEIGHTED_SUM).build();
    // WHEN
    DimensionResult r = scoreOne(sum, answers().option("q1", "o1").option("q2", "o4"),
        weighted(choice("q1", "-2", "3"), "2"), choice("q2", "1", "2", "3", "4"));
    // THEN lo = min(2·−2, 0) + min(1·1, 0) = −4; hi = 2·3 + 4 = 10; score 2·−2 + 4 = 0
    then(r.minScore()).isEqualTo(exact("-4"));
    then(r.maxScore()).isEqualTo(exact("10"));
    then(r.score()).contains(Rational.ZERO);
    then(contribution(r, "q1").share()).isEqualTo(exact("2/3"));
    then(contribution(r, "q1").points()).isEqualTo(exact("-4"));
    then(contribution(r, "q2").share()).isEqualTo(exact("1/3"));
    then(contribution(r, "q2").points()).isEqualTo(exact("4"));
  }

  @Test
  void should_state_the_lowest_and_highest_child_when_aggregation_is_minimum_or_maximum() {
    // GIVEN q1 1…2 (weight 0: still in the range), q2 0…4
    for (Aggregation kind : List.of(Aggregation.MINIMUM, Aggregation.MAXIMUM)) {
      // WHEN
      DimensionResult r = scoreOne(settings().aggregation(kind).build(),
          answers().option("q1", "o2").option("q2", "o3"), weighted(choice("q1", "5", "6"), "0"), level("q2"));
      // THEN the weightless q1 takes part in the range but not in the score
      then(r.minScore()).as(kind.name()).isEqualTo(exact("0"));
      then(r.maxScore()).as(kind.name()).isEqualTo(exact("6"));
      then(r.score()).as(kind.name()).contains(exact("2"));
      then(contribution(r, "q1").share()).isEqualTo(Rational.ZERO);
      then(contribution(r, "q1").points()).isEqualTo(Rational.ZERO);
      then(contribution(r, "q2").share()).isEqualTo(Rational.ONE);
      then(contribution(r, "q2").points()).isEqualTo(exact("2"));
    }
  }

  @Test
  void should_pick_the_first_of_equal_children_when_aggregation_is_minimum() {
    // GIVEN three questions, two of them tied at the lowest score
    DimensionResult r = scoreOne(settings().aggregation(Aggregation.MINIMUM).build(),
        answers().option("q1", "o3").option("q2", "o2").option("q3", "o2"), level("q1"), level("q2"), level("q3"));
    DimensionResult max = scoreOne(settings().aggregation(Aggregation.MAXIMUM).build(),
        answers().option("q1", "o3").option("q2", "o4").option("q3", "o4"), level("q1"), level("q2"), level("q3"));
    // WHEN / THEN
    then(r.score()).contains(exact("1"));
    then(r.contributions()).extracting(Contribution::id, Contribution::share)
        .containsExactly(tuple("q1", Rational.ZERO), tuple("q2", Rational.ONE), tuple("q3", Rational.ZERO));
    then(max.score()).contains(exact("3"));
    then(max.contributions()).extracting(Contribution::id, Contribution::share)
        .containsExactly(tuple("q1", Rational.ZERO), tuple("q2", Rational.ONE), tuple("q3", Rational.ZERO));
  }

  @Test
  void should_be_not_scorable_when_minimum_has_only_weightless_children() {
    // GIVEN the only answered child has weight 0
    DimensionResult r = scoreOne(settings().aggregation(Aggregation.MINIMUM).build(),
        answers().option("q1", "o3"), weighted(level("q1"), "0"), level("q2"));
    // WHEN / THEN
    then(r.scorable()).isFalse();
    then(r.notScorableBecause()).contains("the weights of the scored children add up to zero");
  }

  @Test
  void should_widen_the_item_range_when_the_missing_score_lies_outside_it() {
    // GIVEN options 1…4, missing answers count as 0 (below) or 10 (above)
    ScoringSettings below = settings().missing(MissingPolicy.COUNT_AS).missingScore(dec("0")).build();
    ScoringSettings above = settings().missing(MissingPolicy.COUNT_AS).missingScore(dec("10")).build();
    // WHEN
    DimensionResult low = scoreOne(below, answers().option("q1", "o2"), choice("q1", "1", "2", "3", "4"),
        choice("q2", "1", "2", "3", "4"));
    DimensionResult high = scoreOne(above, answers().option("q1", "o2"), choice("q1", "1", "2", "3", "4"),
        choice("q2", "1", "2", "3", "4"));
    // THEN (2 + 0) / 2 = 1 on 0…4; (2 + 10) / 2 = 6 on 1…10
    then(low.minScore()).isEqualTo(exact("0"));
    then(low.maxScore()).isEqualTo(exact("4"));
    then(low.score()).contains(exact("1"));
    then(high.minScore()).isEqualTo(exact("1"));
    then(high.maxScore()).isEqualTo(exact("10"));
    then(high.score()).contains(exact("6"));
    then(contribution(high, "q2").imputed()).isTrue();
    then(contribution(high, "q2").score()).contains(exact("10"));
    then(contribution(high, "q2").excludedBecause()).isEmpty();
    then(contribution(high, "q1").imputed()).isFalse();
  }

  @Test
  void should_swap_the_ends_of_the_range_when_the_factor_is_negative() {
    // GIVEN a level question 0…4, factor −1, offset 4: the reversed scale
    ScoringSettings reversed = settings().factor(dec("-1")).offset(dec("4")).build();
    // WHEN
    DimensionResult r = scoreOne(reversed, answers().option("q1", "o2"), level("q1"));
    // THEN 4 − 1 = 3, range 0…4 again
    then(r.score()).contains(exact("3"));
    then(r.minScore()).isEqualTo(exact("0"));
    then(r.maxScore()).isEqualTo(exact("4"));
  }

  @Test
  void should_clamp_the_range_when_min_and_max_are_set() {
    // GIVEN a level question 0…4 times 10, clamped to 5…30
    ScoringSettings clamped = settings().factor(dec("10")).min(dec("5")).max(dec("30")).build();
    // WHEN
    DimensionResult low = scoreOne(clamped, answers().option("q1", "o1"), level("q1"));
    DimensionResult high = scoreOne(clamped, answers().option("q1", "o5"), level("q1"));
    // THEN
    then(low.minScore()).isEqualTo(exact("5"));
    then(low.maxScore()).isEqualTo(exact("30"));
    then(low.score()).contains(exact("5"));
    then(high.score()).contains(exact("30"));
  }

  @Test
  void should_inherit_settings_but_not_the_rescale_when_a_sub_dimension_has_none_of_its_own() {
    // GIVEN the parent sums and rescales ×10; the child inherits the sum, not the factor
    Questionnaire q = questionnaire(dim("p").scoring(settings().aggregation(Aggregation.WEIGHTED_SUM)
            .factor(dec("10")).build())
        .addDimensions(dim("c", level("q1"), level("q2"))).build());
    // WHEN
    Assessment a = compile(q).score(answers().option("q1", "o2").option("q2", "o3").response());
    // THEN c = 1 + 2 = 3 (0…8), p = 10·3 = 30 (0…80)
    then(result(a, "c").score()).contains(exact("3"));
    then(result(a, "c").maxScore()).isEqualTo(exact("8"));
    then(result(a, "p").score()).contains(exact("30"));
    then(result(a, "p").maxScore()).isEqualTo(exact("80"));
    then(a.total().score()).contains(exact("30"));
  }

  @Test
  void should_state_0_to_1_when_aggregation_is_share_meeting_and_0_to_100_when_normalized() {
    // GIVEN
    ScoringSettings meeting = settings().aggregation(Aggregation.SHARE_MEETING).threshold(dec("2")).build();
    ScoringSettings normalized = settings().normalize(true).build();
    // WHEN
    DimensionResult share = scoreOne(meeting, answers().option("q1", "o3").option("q2", "o2"), level("q1"), level("q2"));
    DimensionResult norm = scoreOne(normalized, answers().option("q1", "o3").option("q2", "o2"),
        choice("q1", "1", "2", "3", "5"), level("q2"));
    // THEN share: q1 2 ≥ 2 meets, q2 1 does not → 1/2; normalized: 100·((3−1) + 1) / ((5−1) + 4) = 75/2
    then(share.minScore()).isEqualTo(Rational.ZERO);
    then(share.maxScore()).isEqualTo(Rational.ONE);
    then(share.score()).contains(exact("1/2"));
    then(contribution(share, "q1").points()).isEqualTo(exact("1/2"));
    then(contribution(share, "q2").points()).isEqualTo(Rational.ZERO);
    then(contribution(share, "q2").share()).isEqualTo(exact("1/2"));
    then(norm.minScore()).isEqualTo(Rational.ZERO);
    then(norm.maxScore()).isEqualTo(Rational.HUNDRED);
    then(norm.score()).contains(exact("75/2"));
    then(contribution(norm, "q1").points()).isEqualTo(exact("25"));
    then(contribution(norm, "q1").share()).isEqualTo(exact("1/2"));
    then(contribution(norm, "q2").points()).isEqualTo(exact("25/2"));
  }

  @Test
  void should_meet_the_threshold_at_equality_when_aggregation_is_share_meeting() {
    // GIVEN threshold 3
    ScoringSettings meeting = settings().aggregation(Aggregation.SHARE_MEETING).threshold(dec("3")).build();
    // WHEN
    DimensionResult r = scoreOne(meeting, answers().option("q1", "o4").option("q2", "o3"), level("q1"), level("q2"));
    // THEN q1 3 ≥ 3 meets, q2 2 does not
    then(r.score()).contains(exact("1/2"));
  }

  @Test
  void should_not_score_a_normalized_dimension_when_its_children_cannot_vary() {
    // GIVEN a question whose only option scores 2: nothing to reach
    DimensionResult r = scoreOne(settings().normalize(true).build(), answers().option("q1", "o1"), choice("q1", "2"));
    // WHEN / THEN
    then(r.scorable()).isFalse();
    then(r.notScorableBecause()).contains("the weights of the scored children add up to zero");
  }

  @Test
  void should_prorate_points_too_when_a_prorated_sum_misses_an_answer() {
    // GIVEN a prorated sum of q1 (w 1), q2 (w 3), q3 (w 1); q3 is not answered
    ScoringSettings prorate = settings().aggregation(Aggregation.WEIGHTED_SUM).missing(MissingPolicy.PRORATE).build();
    // WHEN
    DimensionResult r = scoreOne(prorate, answers().option("q1", "o2").option("q2", "o3"), level("q1"),
        level("q2", "3"), level("q3"));
    // THEN (1·1 + 3·2) · 5/4 = 35/4; points 5/4 and 30/4
    then(r.score()).contains(exact("35/4"));
    then(contribution(r, "q1").points()).isEqualTo(exact("5/4"));
    then(contribution(r, "q2").points()).isEqualTo(exact("15/2"));
    then(contribution(r, "q3").points()).isEqualTo(Rational.ZERO);
    then(contribution(r, "q3").excludedBecause()).contains("not answered");
  }

  // ------------------------------------------------------------------ completion and "not scorable"

  @Test
  void should_give_full_completion_and_share_when_nothing_is_shown_or_everything_is_not_applicable() {
    // GIVEN q2 only shown when q1 is o1; both answers "not applicable" / hidden
    Question shown = level("q1");
    Question hidden = Question.builder().from(level("q2"))
        .visibleWhen(Condition.answer("q1", Operator.EQ, Literal.of("o1"))).build();
    Questionnaire q = questionnaire(dim("a", shown), dim("b", hidden));
    // WHEN
    Assessment a = compile(q).score(answers().notApplicable("q1").option("q2", "o2").response());
    // THEN a: shown 1, not applicable 1 → completion 1, answered share 1 (0 applicable) but no score;
    //      b: nothing shown → completion 1, answered share 1
    DimensionResult ra = result(a, "a");
    DimensionResult rb = result(a, "b");
    then(ra.completion()).isEqualTo(Rational.ONE);
    then(ra.answeredShare()).isEqualTo(Rational.ONE);
    then(ra.notApplicable()).isEqualTo(1);
    then(ra.notScorableBecause()).contains("no question or sub-dimension has a score");
    then(rb.completion()).isEqualTo(Rational.ONE);
    then(rb.answeredShare()).isEqualTo(Rational.ONE);
    then(rb.hidden()).isEqualTo(1);
    then(contribution(rb, "q2").visible()).isFalse();
    then(contribution(rb, "q2").state()).isEqualTo(AnswerState.NOT_ANSWERED);
    then(contribution(rb, "q2").excludedBecause()).contains("hidden by its visibility condition");
    then(a.total().scorable()).isFalse();
    then(a.findings()).extracting(Finding::code, Finding::pointer, Finding::message).contains(
        tuple("SCO-0001", "/dimensions/0", "dimension 'a' is not scorable: no question or sub-dimension has a score"),
        tuple("SCO-0001", "/dimensions/1", "dimension 'b' is not scorable: no question or sub-dimension has a score"),
        tuple("SCO-0002", "", "the total is not scorable: no question or sub-dimension has a score"));
  }

  @Test
  void should_state_both_shares_with_two_decimals_when_the_answered_share_is_below_the_minimum() {
    // GIVEN a nested dimension needing 3/4 of its questions answered, with 2 of 3 answered
    Questionnaire q = questionnaire(dim("p").addDimensions(dim("x", level("q0")))
        .addDimensions(dim("c").scoring(settings().minAnsweredShare(dec("0.75")).build())
            .addQuestions(level("q1"), level("q2"), level("q3")).build()).build());
    // WHEN
    Assessment a = compile(q).score(answers().option("q0", "o1").option("q1", "o2").option("q2", "o3")
        .dontKnow("q3").response());
    // THEN
    DimensionResult c = result(a, "c");
    then(c.scorable()).isFalse();
    then(c.answeredShare()).isEqualTo(exact("2/3"));
    then(c.notScorableBecause())
        .contains("only 0.67 of the applicable questions are answered, less than the required 0.75");
    then(c.contributions()).extracting(Contribution::id, Contribution::included, Contribution::excludedBecause)
        .containsExactly(
            tuple("q1", false, java.util.Optional.of("the dimension is not scorable")),
            tuple("q2", false, java.util.Optional.of("the dimension is not scorable")),
            tuple("q3", false, java.util.Optional.of("answered \"don't know\"")));
    then(contribution(result(a, "p"), "c").excludedBecause()).contains("not scorable");
    then(contribution(result(a, "p"), "c").kind()).isEqualTo(Contribution.Kind.DIMENSION);
    then(contribution(result(a, "p"), "c").state()).isEqualTo(AnswerState.ANSWERED);
    then(a.findings()).extracting(Finding::code, Finding::pointer, Finding::severity)
        .containsExactly(tuple("SCO-0001", "/dimensions/0/dimensions/1", Severity.WARNING));
  }

  @Test
  void should_count_the_states_of_a_subtree_when_dimensions_are_nested() {
    // GIVEN p = {q1, c = {q2, q3, q4, q5}}
    Questionnaire q = questionnaire(dim("p").addQuestions(level("q1"))
        .addDimensions(dim("c", level("q2"), level("q3"), level("q4"), level("q5"))).build());
    // WHEN
    Assessment a = compile(q).score(answers().option("q1", "o1").dontKnow("q2").notApplicable("q3")
        .option("q4", "o5").response());
    // THEN
    DimensionResult p = result(a, "p");
    then(p.answered()).isEqualTo(2);
    then(p.dontKnow()).isEqualTo(1);
    then(p.notApplicable()).isEqualTo(1);
    then(p.notAnswered()).isEqualTo(1);
    then(p.hidden()).isZero();
    then(p.completion()).isEqualTo(exact("4/5"));
    then(p.answeredShare()).isEqualTo(exact("1/2"));
    then(a.total().answered()).isEqualTo(2);
    then(a.total().notAnswered()).isEqualTo(1);
  }

  // ------------------------------------------------------------------ bands

  @Test
  void should_respect_exclusive_lower_and_inclusive_upper_ends_when_bands_say_so() {
    // GIVEN bands (0, 2] and (2, 4]
    Questionnaire q = questionnaire().addDimensions(dim("d", level("q1")))
        .addBands(band("low", "0", false, "2", true), band("high", "2", false, "4", true)).build();
    Scorer scorer = compile(q);
    // WHEN
    Assessment zero = scorer.score(answers().option("q1", "o1").response());
    Assessment two = scorer.score(answers().option("q1", "o3").response());
    Assessment four = scorer.score(answers().option("q1", "o5").response());
    // THEN 0 lies in no band; 2 in low; 4 in high
    then(result(zero, "d").band()).isEmpty();
    then(zero.findings()).extracting(Finding::code, Finding::pointer, Finding::message).containsExactly(
        tuple("SCO-0004", "/dimensions/0/bands", "the score 0.00 of 'd' lies in none of its bands"),
        tuple("SCO-0004", "/bands", "the score 0.00 of 'total' lies in none of its bands"));
    then(zero.findings().get(0).message(java.util.Locale.GERMAN))
        .isEqualTo("der Punktwert 0,00 von „d“ liegt in keiner seiner Stufen");
    then(zero.findings().get(0).arguments()).containsExactly(new java.math.BigDecimal("0.00"), "d");
    then(result(two, "d").band()).hasValueSatisfying(b -> then(b.id()).isEqualTo("low"));
    then(result(four, "d").band()).hasValueSatisfying(b -> then(b.id()).isEqualTo("high"));
    then(two.findings()).isEmpty();
  }

  @Test
  void should_use_the_dimensions_own_bands_when_it_has_some() {
    // GIVEN questionnaire bands low/high, dimension d with its own band "all"
    Questionnaire q = questionnaire()
        .addDimensions(dim("d").addQuestions(level("q1")).addBands(band("all", "0", true, "4", true)).build())
        .addDimensions(dim("e", level("q2")))
        .addBands(band("low", "0", "2"), band("high", "2", true, "4", true)).build();
    // WHEN
    Assessment a = compile(q).score(answers().option("q1", "o4").option("q2", "o4").response());
    // THEN
    then(result(a, "d").band()).hasValueSatisfying(b -> then(b.id()).isEqualTo("all"));
    then(result(a, "e").band()).hasValueSatisfying(b -> then(b.id()).isEqualTo("high"));
    then(a.total().band()).hasValueSatisfying(b -> then(b.id()).isEqualTo("high"));
  }

  @Test
  void should_report_no_missing_band_when_there_are_no_bands() {
    // GIVEN
    Questionnaire q = questionnaire(dim("d", level("q1")));
    // WHEN
    Assessment a = compile(q).score(answers().option("q1", "o4").response());
    // THEN
    then(result(a, "d").band()).isEmpty();
    then(a.findings()).isEmpty();
  }

  // ------------------------------------------------------------------ item scores

  @Test
  void should_leave_an_answer_out_with_a_finding_when_its_value_is_of_the_wrong_kind() {
    // GIVEN a yes/no question answered with a number, a choice answered with yes
    Questionnaire q = questionnaire(dim("d", yesNo("q1", "1", "0"), level("q2"), level("q3")));
    // WHEN
    Assessment a = compile(q).score(answers().number("q1", "1").yes("q2").option("q3", "o2").response());
    // THEN
    DimensionResult d = result(a, "d");
    then(d.score()).contains(exact("1"));
    then(d.answered()).isEqualTo(1);
    then(d.notAnswered()).isEqualTo(2);
    then(contribution(d, "q1").excludedBecause())
        .contains("the answer cannot be scored (see the response findings)");
    then(a.findings()).extracting(Finding::code, Finding::pointer, Finding::message).contains(
        tuple("SCO-0003", "/answers/q1", "the answer to question 'q1' cannot be scored and is left out: its value has no score"),
        tuple("SCO-0003", "/answers/q2", "the answer to question 'q2' cannot be scored and is left out: its value has no score"));
  }

  @Test
  void should_count_each_chosen_option_once_when_multiple_choice_repeats_an_option() {
    // GIVEN options scored 1, 2, −1 summed; and a share over 4 options
    Question sum = multiple("m1", ItemScoring.builder().build(), "1", "2", "-1");
    Question share = multiple("m2", ItemScoring.builder().multiple(ItemScoring.Multiple.SHARE).build(),
        "1", "1", "1", "1");
    Questionnaire q = questionnaire(dim("a", sum), dim("b", share));
    // WHEN
    Assessment a = compile(q).score(answers().options("m1", "o2", "o2", "o3").options("m2", "o1", "o1", "o4")
        .response());
    // THEN 2 − 1 = 1 on −1…3; 2 of 4 = 1/2 on 0…1
    then(result(a, "a").score()).contains(exact("1"));
    then(result(a, "a").minScore()).isEqualTo(exact("-1"));
    then(result(a, "a").maxScore()).isEqualTo(exact("3"));
    then(result(a, "b").score()).contains(exact("1/2"));
    then(result(a, "b").minScore()).isEqualTo(Rational.ZERO);
    then(result(a, "b").maxScore()).isEqualTo(Rational.ONE);
  }

  @Test
  void should_not_score_a_share_when_an_unknown_option_is_chosen() {
    // GIVEN
    Question share = multiple("m", ItemScoring.builder().multiple(ItemScoring.Multiple.SHARE).build(), null, null);
    Questionnaire q = questionnaire(dim("d", share, level("q1")));
    // WHEN
    Assessment a = compile(q).score(answers().options("m", "o1", "o9").option("q1", "o2").response());
    Assessment known = compile(q).score(answers().options("m", "o1").option("q1", "o2").response());
    // THEN
    then(result(a, "d").score()).contains(exact("1"));
    then(a.findings()).extracting(Finding::code).contains("SCO-0003");
    then(result(known, "d").score()).contains(exact("3/4"));
  }

  @Test
  void should_cap_both_ends_of_the_range_when_multiple_choice_is_capped() {
    // GIVEN options −3, 1, 2 with cap −5 (below the lowest sum) and cap 2
    Question low = multiple("m1", ItemScoring.builder().cap(dec("-5")).build(), "-3", "1", "2");
    Question capped = multiple("m2", ItemScoring.builder().cap(dec("2")).build(), "-3", "1", "2");
    Questionnaire q = questionnaire(dim("a", low), dim("b", capped));
    // WHEN
    Assessment a = compile(q).score(answers().options("m1", "o1").options("m2", "o2", "o3").response());
    // THEN a: every sum (−3…3) is capped at −5, so −5 is the score and the whole range;
    // b: −3…2, 1 + 2 = 3 capped at 2
    then(result(a, "a").score()).contains(exact("-5"));
    then(result(a, "a").minScore()).isEqualTo(exact("-5"));
    then(result(a, "a").maxScore()).isEqualTo(exact("-5"));
    then(result(a, "b").score()).contains(exact("2"));
    then(result(a, "b").minScore()).isEqualTo(exact("-3"));
    then(result(a, "b").maxScore()).isEqualTo(exact("2"));
  }

  /** Scores a number question n answered with value; checks its score and range. */
  private static void thenNumberScores(ItemScoring scoring, String value, String expected, String lo, String hi) {
    DimensionResult r = scoreOne(settings().build(), answers().number("n", value), number("n", scoring));
    then(r.score()).as("score of %s", value).contains(exact(expected));
    then(r.minScore()).isEqualTo(exact(lo));
    then(r.maxScore()).isEqualTo(exact(hi));
  }

  @ParameterizedTest(name = "{0} scores {1}")
  @CsvSource({"-5, 10", "0, 10", "5, 15", "10, 20", "15, 10", "20, 0", "25, 0"})
  void should_interpolate_on_each_segment_when_the_question_has_three_points(String value, String expected) {
    // GIVEN points 0 → 10, 10 → 20, 20 → 0
    ItemScoring points = ItemScoring.builder().addPoint(ItemScoring.Point.of(dec("0"), dec("10")))
        .addPoint(ItemScoring.Point.of(dec("10"), dec("20"))).addPoint(ItemScoring.Point.of(dec("20"), dec("0"))).build();
    // WHEN / THEN
    thenNumberScores(points, value, expected, "0", "20");
  }

  @ParameterizedTest(name = "{0} scores {1}")
  @CsvSource({"-1, 3", "0, 3", "4.99, 3", "5, 1", "9, 1", "10, 2", "100, 2"})
  void should_score_the_last_threshold_reached_when_thresholds_are_not_monotone(String value, String expected) {
    // GIVEN thresholds from 0 → 3, from 5 → 1, from 10 → 2
    ItemScoring thresholds = ItemScoring.builder().addThreshold(ItemScoring.Threshold.of(dec("0"), dec("3")))
        .addThreshold(ItemScoring.Threshold.of(dec("5"), dec("1")))
        .addThreshold(ItemScoring.Threshold.of(dec("10"), dec("2"))).build();
    // WHEN / THEN
    thenNumberScores(thresholds, value, expected, "1", "3");
  }

  @Test
  void should_score_reversed_options_from_both_ends_when_scores_are_uneven() {
    // GIVEN options 1, 2, 7 reversed: 1 + 7 − s → 7, 6, 1
    Question q = Question.builder().from(choice("q", "1", "2", "7")).reversed(true).build();
    // WHEN
    DimensionResult first = scoreOne(settings().build(), answers().option("q", "o1"), q);
    DimensionResult second = scoreOne(settings().build(), answers().option("q", "o2"), q);
    // THEN
    then(first.score()).contains(exact("7"));
    then(second.score()).contains(exact("6"));
    then(first.minScore()).isEqualTo(exact("1"));
    then(first.maxScore()).isEqualTo(exact("7"));
  }

  @Test
  void should_take_the_smaller_and_larger_of_yes_and_no_when_yes_scores_less() {
    // GIVEN yes 0, no 5
    Question q = yesNo("q", "0", "5");
    // WHEN
    DimensionResult yes = scoreOne(settings().build(), answers().yes("q"), q);
    DimensionResult no = scoreOne(settings().build(), answers().no("q"), q);
    // THEN
    then(yes.score()).contains(exact("0"));
    then(no.score()).contains(exact("5"));
    then(yes.minScore()).isEqualTo(exact("0"));
    then(yes.maxScore()).isEqualTo(exact("5"));
  }

  @Test
  void should_ignore_a_question_when_a_yes_no_question_scores_only_one_answer() {
    // GIVEN q1 yes/no with only "yes" scored (unscored), q2 a level
    Question half = Question.builder().from(yesNo("q1", "1", "0"))
        .scoring(ItemScoring.builder().yes(dec("1")).build()).build();
    // WHEN
    DimensionResult r = scoreOne(settings().build(), answers().yes("q1").option("q2", "o2"), half, level("q2"));
    // THEN
    then(r.contributions()).extracting(Contribution::id).containsExactly("q2");
    then(r.answered()).isEqualTo(1);
  }
}
