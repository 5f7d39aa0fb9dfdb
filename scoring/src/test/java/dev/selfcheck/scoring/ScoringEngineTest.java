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
import static dev.selfcheck.scoring.Fixtures.freeText;
import static dev.selfcheck.scoring.Fixtures.level;
import static dev.selfcheck.scoring.Fixtures.multiple;
import static dev.selfcheck.scoring.Fixtures.number;
import static dev.selfcheck.scoring.Fixtures.questionnaire;
import static dev.selfcheck.scoring.Fixtures.result;
import static dev.selfcheck.scoring.Fixtures.settings;
import static dev.selfcheck.scoring.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.MissingPolicy;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.core.SemanticVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Example-based tests of the scoring model; every expected number is computed in a comment. */
class ScoringEngineTest {

  /** Scores a one-question questionnaire and returns the item score (the dimension's score). */
  private static Optional<Rational> itemScore(Question q, Fixtures.Answers answers) {
    Assessment a = compile(questionnaire(Fixtures.dim("d", q))).score(answers.response());
    return result(a, "d").score();
  }

  private static DimensionResult scoreOne(ScoringSettings s, Fixtures.Answers answers, Question... qs) {
    Questionnaire q = questionnaire(dim("d").addQuestions(qs).scoring(s).build());
    return result(compile(q).score(answers.response()), "d");
  }

  private static Rational pointsOf(DimensionResult r) {
    return r.contributions().stream().filter(Contribution::included).map(Contribution::points)
        .reduce(Rational.ZERO, Rational::plus);
  }

  // ------------------------------------------------------------------ aggregation

  /** A (weight 2) = {A1 = {q1, q2 (w 3)}, A2 (w 3) = {q3 yes/no 4/0}}, B = {q4}. */
  private static Questionnaire nested() {
    return questionnaire(
        dim("A").weight(dec("2"))
            .addDimensions(dim("A1", level("q1"), level("q2", "3")))
            .addDimensions(dim("A2").weight(dec("3")).addQuestions(yesNo("q3", "4", "0")).build())
            .build(),
        dim("B", level("q4")));
  }

  private static Assessment scoreNested() {
    return compile(nested()).score(answers().option("q1", "o4").option("q2", "o2").yes("q3")
        .option("q4", "o1").response());
  }

  @Test
  void should_average_by_weight_at_every_level_when_dimensions_are_nested() {
    // GIVEN q1 = 3, q2 = 1 (weight 3), q3 = yes = 4, q4 = 0
    // WHEN
    Assessment a = scoreNested();
    // THEN A1 = (1·3 + 3·1) / 4 = 3/2; A2 = 4; A = (1·3/2 + 3·4) / 4 = 27/8 = 3.375
    //      B = 0; total = (2·27/8 + 1·0) / 3 = 9/4 = 2.25
    then(result(a, "A1").score()).contains(exact("3/2"));
    then(result(a, "A2").score()).contains(exact("4"));
    then(result(a, "A").score()).contains(exact("27/8"));
    then(result(a, "A").displayScore()).contains(dec("3.38"));
    then(result(a, "B").score()).contains(Rational.ZERO);
    then(a.total().score()).contains(exact("9/4"));
    then(a.total().displayScore()).contains(dec("2.25"));
    then(a.dimensions()).extracting(DimensionResult::id).containsExactly("A", "A1", "A2", "B");
    then(a.findings()).isEmpty();
  }

  @Test
  void should_add_weighted_scores_when_aggregation_is_weighted_sum() {
    // GIVEN q1 (weight 2) = 3, q2 (weight 0.5) = 4
    ScoringSettings s = settings().aggregation(Aggregation.WEIGHTED_SUM).build();
    // WHEN
    DimensionResult r = scoreOne(s, answers().option("q1", "o4").option("q2", "o5"),
        level("q1", "2"), level("q2", "0.5"));
    // THEN 2·3 + 0.5·4 = 8; range 0 … 2·4 + 0.5·4 = 10
    then(r.score()).contains(exact("8"));
    then(r.minScore()).isEqualTo(Rational.ZERO);
    then(r.maxScore()).isEqualTo(exact("10"));
  }

  @Test
  void should_take_the_lowest_score_when_aggregation_is_minimum() {
    // GIVEN scores 3, 1, 4
    ScoringSettings s = settings().aggregation(Aggregation.MINIMUM).build();
    // WHEN
    DimensionResult r = scoreOne(s, answers().option("q1", "o4").option("q2", "o2").option("q3", "o5"),
        level("q1"), level("q2"), level("q3"));
    // THEN min = 1, chosen child q2 gets share 1 and all the points
    then(r.score()).contains(Rational.ONE);
    then(contribution(r, "q2").share()).isEqualTo(Rational.ONE);
    then(contribution(r, "q2").points()).isEqualTo(Rational.ONE);
    then(contribution(r, "q1").share()).isEqualTo(Rational.ZERO);
  }

  @Test
  void should_take_the_highest_score_when_aggregation_is_maximum() {
    // GIVEN scores 3, 1, 4
    ScoringSettings s = settings().aggregation(Aggregation.MAXIMUM).build();
    // WHEN
    DimensionResult r = scoreOne(s, answers().option("q1", "o4").option("q2", "o2").option("q3", "o5"),
        level("q1"), level("q2"), level("q3"));
    // THEN max = 4
    then(r.score()).contains(exact("4"));
    then(contribution(r, "q3").points()).isEqualTo(exact("4"));
  }

  @Test
  void should_give_the_weighted_share_of_children_reaching_the_threshold_when_aggregation_is_share_meeting() {
    // GIVEN threshold 2; q1 = 3 (w 1) meets, q2 = 1 (w 1) does not, q3 = 2 (w 2) meets exactly
    ScoringSettings s = settings().aggregation(Aggregation.SHARE_MEETING).threshold(dec("2")).build();
    // WHEN
    DimensionResult r = scoreOne(s, answers().option("q1", "o4").option("q2", "o2").option("q3", "o3"),
        level("q1"), level("q2"), level("q3", "2"));
    // THEN (1 + 2) / 4 = 3/4; range 0 … 1
    then(r.score()).contains(exact("3/4"));
    then(r.maxScore()).isEqualTo(Rational.ONE);
    then(contribution(r, "q2").points()).isEqualTo(Rational.ZERO);
    then(contribution(r, "q3").points()).isEqualTo(exact("1/2"));
  }

  // ------------------------------------------------------------------ normalize, rescale, clamp

  @Test
  void should_map_the_score_onto_0_to_100_of_the_reachable_when_normalize_is_set() {
    // GIVEN q1 scored 1…5 answered 4, q2 yes/no 10/0 answered no
    ScoringSettings s = settings().normalize(true).build();
    // WHEN
    DimensionResult r = scoreOne(s, answers().option("q1", "o4").no("q2"),
        choice("q1", "1", "2", "3", "4", "5"), yesNo("q2", "10", "0"));
    // THEN 100·((4−1) + (0−0)) / ((5−1) + (10−0)) = 300/14 = 150/7 ≈ 21.43
    then(r.score()).contains(exact("150/7"));
    then(r.displayScore()).contains(dec("21.43"));
    then(r.minScore()).isEqualTo(Rational.ZERO);
    then(r.maxScore()).isEqualTo(Rational.HUNDRED);
    then(contribution(r, "q1").points()).isEqualTo(exact("150/7"));
  }

  @Test
  void should_keep_the_normalized_score_on_its_scale_when_an_item_is_left_out() {
    // GIVEN q1 scored 1…5 answered 5, q2 (0…10) not applicable
    ScoringSettings s = settings().normalize(true).build();
    // WHEN
    DimensionResult r = scoreOne(s, answers().option("q1", "o5").notApplicable("q2"),
        choice("q1", "1", "2", "3", "4", "5"), yesNo("q2", "10", "0"));
    // THEN 100·(5−1)/(5−1) = 100: the left-out item drops out of numerator and denominator
    then(r.score()).contains(Rational.HUNDRED);
    then(r.score().get()).isLessThanOrEqualTo(r.maxScore());
  }

  @Test
  void should_rescale_linearly_only_where_written_when_factor_and_offset_are_set() {
    // GIVEN R: factor 25, offset −10; q1 = 3
    Questionnaire q = questionnaire(dim("R").addQuestions(level("q1"))
        .scoring(settings().factor(dec("25")).offset(dec("-10")).build()).build());
    // WHEN
    Assessment a = compile(q).score(answers().option("q1", "o4").response());
    // THEN R = 3·25 − 10 = 65, range 0·25−10 … 4·25−10 = −10 … 90; total (no rescale) = 65
    DimensionResult r = result(a, "R");
    then(r.score()).contains(exact("65"));
    then(r.minScore()).isEqualTo(exact("-10"));
    then(r.maxScore()).isEqualTo(exact("90"));
    then(pointsOf(r)).as("points before rescale").isEqualTo(exact("3"));
    then(a.total().score()).contains(exact("65"));
  }

  @ParameterizedTest(name = "answer {0} gives {1}")
  @CsvSource({"o1, 0", "o3, 40", "o5, 60"})
  void should_clamp_the_rescaled_score_when_min_and_max_are_set(String option, String expected) {
    // GIVEN factor 25, offset −10, clamp 0…60: o1 → −10 → 0; o3 → 2·25−10 = 40; o5 → 90 → 60
    ScoringSettings s = settings().factor(dec("25")).offset(dec("-10")).min(dec("0")).max(dec("60")).build();
    // WHEN
    DimensionResult r = scoreOne(s, answers().option("q1", option), level("q1"));
    // THEN
    then(r.score()).contains(exact(expected));
    then(r.minScore()).isEqualTo(Rational.ZERO);
    then(r.maxScore()).isEqualTo(exact("60"));
  }

  // ------------------------------------------------------------------ missing answers

  private static Fixtures.Answers fourWithTwoMissing() {
    // q1 = 4, q2 = 2, q3 don't know, q4 not answered
    return answers().option("q1", "o5").option("q2", "o3").dontKnow("q3");
  }

  private static Question[] fourLevels() {
    return new Question[] {level("q1"), level("q2"), level("q3"), level("q4")};
  }

  @Test
  void should_leave_missing_answers_out_when_missing_is_exclude() {
    // GIVEN
    ScoringSettings s = settings().missing(MissingPolicy.EXCLUDE).build();
    // WHEN
    DimensionResult r = scoreOne(s, fourWithTwoMissing(), fourLevels());
    // THEN (4 + 2) / 2 = 3
    then(r.score()).contains(exact("3"));
    then(contribution(r, "q3").included()).isFalse();
    then(contribution(r, "q3").excludedBecause()).contains("answered \"don't know\"");
    then(contribution(r, "q4").excludedBecause()).contains("not answered");
  }

  @Test
  void should_count_missing_answers_with_the_missing_score_when_missing_is_count_as() {
    // GIVEN missingScore −2
    ScoringSettings s = settings().missing(MissingPolicy.COUNT_AS).missingScore(dec("-2")).build();
    // WHEN
    DimensionResult r = scoreOne(s, fourWithTwoMissing(), fourLevels());
    // THEN (4 + 2 − 2 − 2) / 4 = 1/2; the range widens to −2 … 4
    then(r.score()).contains(exact("1/2"));
    then(contribution(r, "q3").imputed()).isTrue();
    then(contribution(r, "q3").score()).contains(exact("-2"));
    then(contribution(r, "q1").imputed()).isFalse();
    then(r.minScore()).isEqualTo(exact("-2"));
    then(r.maxScore()).isEqualTo(exact("4"));
  }

  @Test
  void should_scale_up_a_sum_to_all_applicable_questions_when_missing_is_prorate() {
    // GIVEN weightedSum, prorate
    ScoringSettings s = settings().aggregation(Aggregation.WEIGHTED_SUM).missing(MissingPolicy.PRORATE).build();
    // WHEN
    DimensionResult r = scoreOne(s, fourWithTwoMissing(), fourLevels());
    // THEN (4 + 2) · 4/2 = 12; points 4·2 = 8 and 2·2 = 4
    then(r.score()).contains(exact("12"));
    then(contribution(r, "q1").points()).isEqualTo(exact("8"));
    then(pointsOf(r)).isEqualTo(exact("12"));
  }

  @Test
  void should_prorate_over_applicable_questions_only_when_one_is_not_applicable() {
    // GIVEN q4 not applicable instead of not answered
    ScoringSettings s = settings().aggregation(Aggregation.WEIGHTED_SUM).missing(MissingPolicy.PRORATE).build();
    // WHEN
    DimensionResult r = scoreOne(s, fourWithTwoMissing().notApplicable("q4"), fourLevels());
    // THEN (4 + 2) · 3/2 = 9
    then(r.score()).contains(exact("9"));
  }

  @Test
  @Tag("bug-prorate-range")
  void should_state_a_range_that_holds_the_prorated_sum_when_items_have_different_ranges() {
    // GIVEN weightedSum, prorate; q1 (0…4) = 4, q2 (yes/no 1/0) not answered
    ScoringSettings s = settings().aggregation(Aggregation.WEIGHTED_SUM).missing(MissingPolicy.PRORATE).build();
    // WHEN
    DimensionResult r = scoreOne(s, answers().option("q1", "o5"), level("q1"), yesNo("q2", "1", "0"));
    // THEN 4 · 2/1 = 8, more than the full sum of the highest item scores 4 + 1 = 5;
    //      the range is (total item weight 2) · (highest item score 4) = 8
    then(r.score()).contains(exact("8"));
    then(r.maxScore()).isEqualTo(exact("8"));
    then(r.score().get()).isBetween(r.minScore(), r.maxScore());
  }

  // ------------------------------------------------------------------ not scorable

  private static Questionnaire withMinShare(ScoringSettings total) {
    return questionnaire()
        .addDimensions(dim("A").addQuestions(level("q1"), level("q2"), level("q3"))
            .scoring(settings().minAnsweredShare(dec("0.5")).build()).build())
        .addDimensions(dim("B", level("q4")))
        .scoring(total)
        .build();
  }

  @Test
  void should_leave_a_dimension_out_of_its_parent_when_its_answered_share_is_below_the_minimum() {
    // GIVEN A: q1 = 4, q2 don't know, q3 not answered → answered share 1/3 < 0.5; B: q4 = 2
    Questionnaire q = withMinShare(ScoringSettings.empty());
    // WHEN
    Assessment a = compile(q).score(answers().option("q1", "o5").dontKnow("q2").option("q4", "o3").response());
    // THEN A is not scorable; total = 2 (A left out), not (0 + 2) / 2 = 1
    DimensionResult r = result(a, "A");
    then(r.scorable()).isFalse();
    then(r.score()).isEmpty();
    then(r.displayScore()).isEmpty();
    then(r.band()).isEmpty();
    then(r.answeredShare()).isEqualTo(exact("1/3"));
    then(r.notScorableBecause())
        .contains("only 0.33 of the applicable questions are answered, less than the required 0.50");
    then(r.notScorable()).contains(NotScorable.tooFewAnswered(exact("1/3"), exact("0.5")));
    then(r.notScorable().orElseThrow().message(java.util.Locale.GERMANY))
        .isEqualTo("nur 0,33 der zutreffenden Fragen sind beantwortet, weniger als die geforderten 0,50");
    then(contribution(a.total(), "A").exclusion()).contains(Contribution.Exclusion.NOT_SCORABLE);
    then(contribution(r, "q2").exclusion().orElseThrow().message(java.util.Locale.GERMAN))
        .isEqualTo("mit „weiß nicht“ beantwortet");
    then(a.total().score()).contains(exact("2"));
    then(contribution(a.total(), "A").included()).isFalse();
    then(contribution(a.total(), "A").excludedBecause()).contains("not scorable");
    then(a.findings()).extracting(Finding::code, Finding::pointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple("SCO-0001", "/dimensions/0"));
    then(a.findings().get(0).message()).isEqualTo("dimension 'A' is not scorable: only 0.33 of the "
        + "applicable questions are answered, less than the required 0.50");
    then(a.findings().get(0).message(java.util.Locale.GERMAN)).isEqualTo("der Bereich „A“ ist nicht "
        + "bewertbar: nur 0,33 der zutreffenden Fragen sind beantwortet, weniger als die geforderten 0,50");
  }

  @Test
  void should_never_count_a_not_scorable_dimension_as_zero_when_the_parent_counts_missing_answers() {
    // GIVEN the total says countAs 0, A overrides it with exclude and needs half its answers
    Questionnaire q = withMinShare(settings().missing(MissingPolicy.COUNT_AS).missingScore(dec("0")).build());
    // WHEN
    Assessment a = compile(q).score(answers().option("q1", "o5").dontKnow("q2").option("q4", "o3").response());
    // THEN A is still not scorable (1/3 < 0.5) and the total is 2, not 1
    then(result(a, "A").scorable()).isFalse();
    then(a.total().score()).contains(exact("2"));
  }

  @Test
  void should_make_the_total_not_scorable_when_no_dimension_has_a_score() {
    // GIVEN only A, with one of three answered
    Questionnaire q = questionnaire(dim("A").addQuestions(level("q1"), level("q2"), level("q3"))
        .scoring(settings().minAnsweredShare(dec("0.5")).build()).build());
    // WHEN
    Assessment a = compile(q).score(answers().option("q1", "o5").response());
    // THEN
    then(a.total().scorable()).isFalse();
    then(a.total().notScorableBecause()).contains("no question or sub-dimension has a score");
    then(a.findings()).extracting(Finding::code).containsExactly("SCO-0001", "SCO-0002");
  }

  @Test
  void should_make_a_dimension_scorable_when_its_answered_share_equals_the_minimum() {
    // GIVEN A: q1 answered, q2 don't know, q3 not applicable → 1 / (3 − 1) = 1/2, not below 0.5
    Questionnaire q = withMinShare(ScoringSettings.empty());
    // WHEN
    Assessment a = compile(q).score(answers().option("q1", "o5").dontKnow("q2").notApplicable("q3").response());
    // THEN
    then(result(a, "A").answeredShare()).isEqualTo(exact("1/2"));
    then(result(a, "A").score()).contains(exact("4"));
  }

  // ------------------------------------------------------------------ counts, completion, hidden

  @Test
  void should_count_each_answer_state_apart_when_answers_are_missing_in_different_ways() {
    // GIVEN q1 = 1, q2 don't know, q3 not applicable, q4 not answered, q5 hidden (shown only when
    //       q1 is o5) but answered 4, q6 free text
    Question hidden = Question.builder().from(level("q5"))
        .visibleWhen(Condition.answer("q1", Operator.EQ, Literal.of("o5"))).build();
    Questionnaire q = questionnaire(dim("d", level("q1"), level("q2"), level("q3"), level("q4"), hidden,
        freeText("q6")));
    Response response = answers().option("q1", "o2").dontKnow("q2").notApplicable("q3").option("q5", "o5")
        .put("q6", dev.selfcheck.core.Answer.of(dev.selfcheck.core.AnswerValue.text("hello"))).response();
    // WHEN
    Assessment a = compile(q).score(response);
    // THEN score 1 (q5's 4 is ignored: not (1 + 4) / 2); completion (1 + 1 + 1) / 4 = 3/4;
    //      answered share 1 / (4 − 1) = 1/3
    DimensionResult r = result(a, "d");
    then(r.score()).contains(Rational.ONE);
    then(r.answered()).isEqualTo(1);
    then(r.dontKnow()).isEqualTo(1);
    then(r.notApplicable()).isEqualTo(1);
    then(r.notAnswered()).isEqualTo(1);
    then(r.hidden()).isEqualTo(1);
    then(r.completion()).isEqualTo(exact("3/4"));
    then(r.answeredShare()).isEqualTo(exact("1/3"));
    then(contribution(r, "q5").visible()).isFalse();
    then(contribution(r, "q5").excludedBecause()).contains("hidden by its visibility condition");
    then(r.contributions()).extracting(Contribution::id).doesNotContain("q6");
    then(a.findings()).extracting(Finding::code).contains("RSP-0010");
  }

  @Test
  void should_ignore_questions_without_scores_when_they_are_text_or_unscored_choices() {
    // GIVEN q1 = 2; q2 free text; q3 a choice whose options have no scores, answered
    Questionnaire q = questionnaire(dim("d", level("q1"), freeText("q2"), choice("q3", null, null)));
    // WHEN
    Assessment a = compile(q).score(answers().option("q1", "o3").option("q3", "o1").response());
    // THEN only q1 counts: score 2, 1 answered, complete
    DimensionResult r = result(a, "d");
    then(r.score()).contains(exact("2"));
    then(r.answered()).isEqualTo(1);
    then(r.notAnswered()).isZero();
    then(r.completion()).isEqualTo(Rational.ONE);
    then(r.contributions()).extracting(Contribution::id).containsExactly("q1");
  }

  // ------------------------------------------------------------------ item scores

  @ParameterizedTest(name = "option {0} scores {1}")
  @CsvSource({"o1, 5", "o2, 4", "o3, 0"})
  void should_score_lowest_plus_highest_minus_the_option_score_when_the_question_is_reversed(
      String option, String expected) {
    // GIVEN options scored 0, 1, 5, reversed: o1 → 0+5−0 = 5, o2 → 0+5−1 = 4, o3 → 0+5−5 = 0
    Question q = choiceOf("q1", "0", "1", "5").reversed(true).build();
    // WHEN
    Optional<Rational> score = itemScore(q, answers().option("q1", option));
    // THEN
    then(score).contains(exact(expected));
  }

  @Test
  void should_score_yes_and_no_as_set_when_the_question_is_yes_no() {
    // GIVEN yes 2, no −1
    Question q = yesNo("q1", "2", "-1");
    // WHEN
    Optional<Rational> yes = itemScore(q, answers().yes("q1"));
    Optional<Rational> no = itemScore(q, answers().no("q1"));
    // THEN
    then(yes).contains(exact("2"));
    then(no).contains(exact("-1"));
  }

  @ParameterizedTest(name = "{0} scores {1}")
  @CsvSource({"-5, 1", "0, 1", "9.99, 1", "10, 2", "19.999, 2", "20, 3", "1000, 3"})
  void should_score_the_last_threshold_reached_when_the_question_has_thresholds(String answer, String expected) {
    // GIVEN from 0 → 1, from 10 → 2, from 20 → 3; below the first threshold its score
    Question q = number("q1", ItemScoring.builder()
        .addThreshold(ItemScoring.Threshold.of(dec("0"), dec("1")))
        .addThreshold(ItemScoring.Threshold.of(dec("10"), dec("2")))
        .addThreshold(ItemScoring.Threshold.of(dec("20"), dec("3"))).build());
    // WHEN
    Optional<Rational> score = itemScore(q, answers().number("q1", answer));
    // THEN
    then(score).contains(exact(expected));
  }

  @ParameterizedTest(name = "{0} scores {1}")
  @CsvSource({
      "-3, 0",       // clamped to the first point
      "0, 0",
      "10, 100/3",   // 0 + 10·100/30
      "12.5, 125/3", // 0 + 12.5·100/30
      "30, 100",
      "35, 70",      // 100 + 5·(40 − 100)/10
      "40, 40",
      "50, 40"})     // clamped to the last point
  void should_interpolate_exactly_and_clamp_at_both_ends_when_the_question_has_points(
      String answer, String expected) {
    // GIVEN points 0 → 0, 30 → 100, 40 → 40
    Question q = number("q1", ItemScoring.builder()
        .addPoint(ItemScoring.Point.of(dec("0"), dec("0")))
        .addPoint(ItemScoring.Point.of(dec("30"), dec("100")))
        .addPoint(ItemScoring.Point.of(dec("40"), dec("40"))).build());
    // WHEN
    Optional<Rational> score = itemScore(q, answers().number("q1", answer));
    // THEN
    then(score).contains(exact(expected));
  }

  @Test
  void should_sum_chosen_options_up_to_the_cap_when_multiple_choice_is_summed() {
    // GIVEN options 2, 2, 3, −1; cap 5
    Question q = multiple("q1", ItemScoring.builder().cap(dec("5")).build(), "2", "2", "3", "-1");
    // WHEN
    Optional<Rational> capped = itemScore(q, answers().options("q1", "o1", "o2", "o3"));
    Optional<Rational> small = itemScore(q, answers().options("q1", "o1", "o4"));
    DimensionResult range = scoreOne(ScoringSettings.empty(), answers().options("q1", "o1"), q);
    // THEN 2 + 2 + 3 = 7 capped to 5; 2 − 1 = 1; range −1 … min(7, 5)
    then(capped).contains(exact("5"));
    then(small).contains(exact("1"));
    then(range.minScore()).isEqualTo(exact("-1"));
    then(range.maxScore()).isEqualTo(exact("5"));
  }

  @Test
  void should_give_the_share_of_offered_options_chosen_when_multiple_choice_is_a_share() {
    // GIVEN four offered options
    Question q = multiple("q1", ItemScoring.builder().multiple(ItemScoring.Multiple.SHARE).build(),
        null, null, null, null);
    // WHEN
    Optional<Rational> one = itemScore(q, answers().options("q1", "o1"));
    Optional<Rational> three = itemScore(q, answers().options("q1", "o1", "o3", "o4"));
    // THEN 1/4 and 3/4
    then(one).contains(exact("1/4"));
    then(three).contains(exact("3/4"));
  }

  // ------------------------------------------------------------------ bands

  private static final List<Band> THIRDS = List.of(band("low", "0", "34"), band("mid", "34", "67"),
      band("high", "67", true, "100", true));

  /** q1 (weight 1) and q2 (weight 2) with the option scores given. */
  private static Assessment twoWeighted(List<Band> bands, String s1, String s2) {
    Questionnaire q = questionnaire().addDimensions(dim("d", choice("q1", s1),
        choiceOf("q2", s2).weight(dec("2")).build())).bands(bands).build();
    return compile(q).score(answers().option("q1", "o1").option("q2", "o1").response());
  }

  @Test
  void should_put_a_score_into_the_upper_band_when_it_is_exactly_on_the_boundary() {
    // WHEN (30 + 2·36) / 3 = 34
    Assessment a = twoWeighted(THIRDS, "30", "36");
    // THEN
    then(result(a, "d").score()).contains(exact("34"));
    then(result(a, "d").band()).map(Band::id).contains("mid");
    then(a.total().band()).map(Band::id).contains("mid");
  }

  @Test
  void should_keep_a_score_in_the_lower_band_when_it_is_a_repeating_fraction_just_below_the_boundary() {
    // WHEN (33.99 + 2·34) / 3 = 101.99/3 = 33.99666…, displayed 34.00
    Assessment a = twoWeighted(THIRDS, "33.99", "34");
    // THEN the band follows the exact score, not the display
    then(result(a, "d").score()).contains(exact("10199/300"));
    then(result(a, "d").displayScore()).contains(dec("34.00"));
    then(result(a, "d").band()).map(Band::id).contains("low");
  }

  @Test
  void should_put_the_boundary_into_the_lower_band_when_its_upper_end_is_closed() {
    // GIVEN low [0, 34], high (34, 100]
    List<Band> bands = List.of(band("low", "0", true, "34", true), band("high", "34", false, "100", true));
    // WHEN (30 + 2·36) / 3 = 34 and (34 + 2·34.0001)/3 = 34.0000666…
    Assessment on = twoWeighted(bands, "30", "36");
    Assessment above = twoWeighted(bands, "34", "34.0001");
    // THEN
    then(result(on, "d").band()).map(Band::id).contains("low");
    then(result(above, "d").band()).map(Band::id).contains("high");
  }

  @Test
  void should_report_no_band_when_the_maximum_lies_on_an_open_upper_end() {
    // GIVEN low [0, 50), high [50, 100) — 100 itself lies in no band
    List<Band> bands = List.of(band("low", "0", "50"), band("high", "50", "100"));
    // WHEN (100 + 2·100) / 3 = 100
    Assessment a = twoWeighted(bands, "100", "100");
    // THEN
    then(result(a, "d").band()).isEmpty();
    then(a.findings()).extracting(Finding::code).contains("SCO-0004");
  }

  // ------------------------------------------------------------------ display rounding

  @ParameterizedTest(name = "{0} with {1} decimals is shown as {2}")
  @CsvSource({"2.345, 2, 2.35", "0.125, 2, 0.13", "-2.345, 2, -2.35", "8.25, 1, 8.3", "37.0625, 3, 37.063",
      "2.5, 0, 3", "2.344999, 2, 2.34"})
  void should_round_half_up_when_the_display_score_is_computed(String score, int decimals, String shown) {
    // GIVEN a one-option question scoring exactly the given score
    Questionnaire q = questionnaire().addDimensions(dim("d", choice("q1", score)))
        .scoring(settings().decimals(decimals).build()).build();
    // WHEN
    Assessment a = compile(q).score(answers().option("q1", "o1").response());
    // THEN
    then(result(a, "d").displayScore()).contains(dec(shown));
  }

  @Test
  void should_use_the_nearest_decimals_setting_when_questionnaire_and_dimension_set_them() {
    // GIVEN the engine says 4, the questionnaire 1, dimension A 3 (inherited by A1), B nothing
    Questionnaire q = questionnaire()
        .addDimensions(dim("A").scoring(settings().decimals(3).build())
            .addDimensions(dim("A1", choice("q1", "1.23456"))).build())
        .addDimensions(dim("B", choice("q2", "1.25")))
        .scoring(settings().decimals(1).build()).build();
    Response response = answers().option("q1", "o1").option("q2", "o1").response();
    // WHEN
    Assessment a = ScoringEngine.builder().decimals(4).build().compile(q).score(response);
    Assessment plain = ScoringEngine.builder().decimals(4).build()
        .compile(questionnaire(dim("B", choice("q2", "1.25")))).score(response);
    // THEN A1 1.235 (3, inherited), B 1.3 (1, half up), total (1.23456 + 1.25)/2 = 1.24228 → 1.2;
    //      without questionnaire decimals the engine's 4: 1.2500
    then(result(a, "A").displayScore()).contains(dec("1.235"));
    then(result(a, "A1").displayScore()).contains(dec("1.235"));
    then(result(a, "B").displayScore()).contains(dec("1.3"));
    then(a.total().displayScore()).contains(dec("1.2"));
    then(result(plain, "B").displayScore()).contains(dec("1.2500"));
  }

  // ------------------------------------------------------------------ contributions

  @Test
  void should_add_up_the_points_to_the_score_when_dimensions_are_weighted_means() {
    // GIVEN the nested questionnaire
    // WHEN
    Assessment a = scoreNested();
    // THEN A: A1 share 1/4, points 1/4·3/2 = 3/8; A2 share 3/4, points 3; 3/8 + 3 = 27/8
    DimensionResult r = result(a, "A");
    then(contribution(r, "A1").share()).isEqualTo(exact("1/4"));
    then(contribution(r, "A1").points()).isEqualTo(exact("3/8"));
    then(contribution(r, "A2").share()).isEqualTo(exact("3/4"));
    then(contribution(r, "A2").points()).isEqualTo(exact("3"));
    for (DimensionResult d : a.dimensions()) {
      then(pointsOf(d)).as(d.id()).isEqualTo(d.score().orElseThrow());
    }
    then(pointsOf(a.total())).isEqualTo(a.total().score().orElseThrow());
  }

  @Test
  void should_give_excluded_children_no_share_and_no_points_when_they_are_left_out() {
    // GIVEN
    // WHEN
    DimensionResult r = scoreOne(ScoringSettings.empty(), fourWithTwoMissing(), fourLevels());
    // THEN shares 1/2 + 1/2, excluded 0
    then(r.contributions()).extracting(Contribution::id, Contribution::share, Contribution::included)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("q1", exact("1/2"), true),
            org.assertj.core.groups.Tuple.tuple("q2", exact("1/2"), true),
            org.assertj.core.groups.Tuple.tuple("q3", Rational.ZERO, false),
            org.assertj.core.groups.Tuple.tuple("q4", Rational.ZERO, false));
    then(contribution(r, "q3").state()).isEqualTo(AnswerState.DONT_KNOW);
    then(contribution(r, "q4").points()).isEqualTo(Rational.ZERO);
  }

  // ------------------------------------------------------------------ errors and findings

  @Test
  void should_throw_listing_the_findings_when_the_questionnaire_has_errors() {
    // GIVEN an empty dimension and a duplicate question id
    Questionnaire q = questionnaire(dim("A").build(), dim("B", level("q1"), level("q1")));
    // WHEN
    Throwable thrown = catchThrowable(() -> compile(q));
    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("questionnaire 'check' has errors")
        .hasMessageContaining("QST-0022")
        .hasMessageContaining("QST-0001");
  }

  @Test
  void should_report_the_wrong_version_as_a_finding_when_the_response_is_for_another_version() {
    // GIVEN
    Response response = answers().option("q1", "o3").response(SemanticVersion.of(2, 0, 0));
    // WHEN
    Assessment a = compile(questionnaire(dim("d", level("q1")))).score(response);
    // THEN still scored, with RSP-0002
    then(a.findings()).extracting(Finding::code, Finding::pointer)
        .contains(org.assertj.core.groups.Tuple.tuple("RSP-0002", "/questionnaire/version"));
    then(a.total().score()).contains(exact("2"));
  }

  @Test
  void should_score_nothing_when_the_response_is_for_another_questionnaire() {
    // GIVEN
    Response response = Response.builder().from(answers().option("q1", "o3").response())
        .questionnaireId("other").build();
    // WHEN
    Assessment a = compile(questionnaire(dim("d", level("q1")))).score(response);
    // THEN
    then(a.total().scorable()).isFalse();
    then(result(a, "d").notScorableBecause()).contains("the response is for another questionnaire");
    then(a.findings()).extracting(Finding::code).contains("RSP-0001", "SCO-0001", "SCO-0002");
  }

  @Test
  @Tag("bug-unscorable-reason")
  void should_leave_an_answer_out_when_it_names_an_unknown_option() {
    // GIVEN q1 = "o9" (unknown), q2 = 3
    Questionnaire q = questionnaire(dim("d", level("q1"), level("q2")));
    // WHEN
    Assessment a = compile(q).score(answers().option("q1", "o9").option("q2", "o4").response());
    // THEN the score is q2's alone; q1 counts as not answered
    DimensionResult r = result(a, "d");
    then(r.score()).contains(exact("3"));
    then(r.notAnswered()).isEqualTo(1);
    then(contribution(r, "q1").excludedBecause())
        .contains("the answer cannot be scored (see the response findings)");
    then(a.findings()).extracting(Finding::code).contains("RSP-0005");
  }

  @Test
  @Tag("bug-unscorable-reason")
  void should_say_the_answer_cannot_be_scored_when_it_chooses_an_option_without_a_score() {
    // GIVEN q1 offers o1 (score 1) and o2 (no score, warning QST-0048); q2 = 3
    Questionnaire q = questionnaire(dim("d", choice("q1", "1", null), level("q2")));
    // WHEN
    Assessment a = compile(q).score(answers().option("q1", "o2").option("q2", "o4").response());
    // THEN q1 is left out, with its reason and a finding SCO-0003 at its answer
    DimensionResult r = result(a, "d");
    then(r.score()).contains(exact("3"));
    then(contribution(r, "q1").excludedBecause())
        .contains("the answer cannot be scored (see the response findings)");
    then(a.findings()).extracting(Finding::code, Finding::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SCO-0003", "/answers/q1"));
  }

  @Test
  void should_give_the_same_scores_without_contributions_when_explanations_are_off() {
    // GIVEN
    Scorer quiet = ScoringEngine.builder().explanations(false).build().compile(nested());
    // WHEN
    Assessment a = quiet.score(answers().option("q1", "o4").option("q2", "o2").yes("q3").option("q4", "o1")
        .response());
    // THEN
    then(a.total().score()).isEqualTo(scoreNested().total().score());
    then(a.dimensions().stream().flatMap(d -> d.contributions().stream()).collect(Collectors.toList())).isEmpty();
  }

  @Test
  void should_exclude_weightless_children_from_the_range_when_aggregation_is_weighted_mean() {
    // GIVEN q1 (0…4, weight 1) and q2 (0…100, weight 0) — q2 only informs
    Dimension d = dim("d", level("q1"), choiceOf("q2", "0", "100").weight(BigDecimal.ZERO).build());
    // WHEN
    Assessment a = compile(questionnaire(d)).score(answers().option("q1", "o2").option("q2", "o2").response());
    // THEN score (1·1 + 0·100) / 1 = 1, range 0 … 4
    then(result(a, "d").score()).contains(Rational.ONE);
    then(result(a, "d").maxScore()).isEqualTo(exact("4"));
  }
}
