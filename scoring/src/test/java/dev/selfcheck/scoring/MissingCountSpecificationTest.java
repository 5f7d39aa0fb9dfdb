package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.answers;
import static dev.selfcheck.scoring.Fixtures.compile;
import static dev.selfcheck.scoring.Fixtures.dim;
import static dev.selfcheck.scoring.Fixtures.exact;
import static dev.selfcheck.scoring.Fixtures.level;
import static dev.selfcheck.scoring.Fixtures.questionnaire;
import static dev.selfcheck.scoring.Fixtures.result;
import static dev.selfcheck.scoring.Fixtures.settings;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.MissingPolicy;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.ScoringSettings;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Missing-answer rules as counts: {@code maxMissing} ("at most k items missing") and the marker of
 * a prorated score.
 */
class MissingCountSpecificationTest {

  /** Four level items 0…4, summed, prorated, at most one missing. */
  private static final Questionnaire FOUR = questionnaire(dim("d")
      .addQuestions(level("q1"), level("q2"), level("q3"), level("q4"))
      .scoring(settings().aggregation(Aggregation.WEIGHTED_SUM).missing(MissingPolicy.PRORATE)
          .maxMissing(1).build())
      .build());

  @Test
  void should_prorate_when_no_more_questions_are_missing_than_allowed() {
    // WHEN q4 is not answered: 1 + 2 + 3 = 6, prorated by 4/3
    DimensionResult d = result(compile(FOUR).score(answers().option("q1", "o2").option("q2", "o3")
        .option("q3", "o4").response()), "d");
    // THEN
    then(d.score()).contains(exact("8"));
    then(d.prorated()).hasValueSatisfying(p -> {
      then(p.answered()).isEqualTo(3);
      then(p.applicable()).isEqualTo(4);
      then(p.factor()).isEqualTo(exact("4/3"));
    });
  }

  @Test
  void should_refuse_a_score_when_more_questions_are_missing_than_allowed() {
    // WHEN q3 is "don't know" and q4 not answered: two missing, one allowed
    DimensionResult d = result(compile(FOUR).score(answers().option("q1", "o2").option("q2", "o3")
        .dontKnow("q3").response()), "d");
    // THEN
    then(d.scorable()).isFalse();
    then(d.notScorable()).hasValueSatisfying(n -> {
      then(n.code()).isEqualTo(NotScorable.Code.TOO_MANY_MISSING);
      then(n.missing()).contains(2);
      then(n.allowedMissing()).contains(1);
    });
    then(d.notScorableBecause()).contains("2 of the applicable questions have no score, more than the 1 allowed");
    then(d.notScorable().orElseThrow().message(Locale.GERMAN))
        .isEqualTo("2 der zutreffenden Fragen haben keinen Punktwert, mehr als die erlaubten 1");
  }

  @Test
  void should_not_count_not_applicable_as_missing_nor_mark_a_full_sum_as_prorated() {
    // WHEN q3 is "not applicable" and q4 not answered: one missing; then all four answered
    DimensionResult one = result(compile(FOUR).score(answers().option("q1", "o2").option("q2", "o3")
        .notApplicable("q3").response()), "d");
    DimensionResult all = result(compile(FOUR).score(answers().option("q1", "o2").option("q2", "o3")
        .option("q3", "o1").option("q4", "o1").response()), "d");
    // THEN 1 + 2 prorated by 3/2 (q3 leaves the base); the full sum is not prorated
    then(one.score()).contains(exact("4.5"));
    then(one.prorated()).hasValueSatisfying(p -> {
      then(p.answered()).isEqualTo(2);
      then(p.applicable()).isEqualTo(3);
    });
    then(all.score()).contains(exact("3"));
    then(all.prorated()).isEmpty();
  }

  @Test
  void should_inherit_the_count_and_state_that_a_score_may_be_missing() {
    // GIVEN the questionnaire allows none missing; the dimension inherits it
    Questionnaire q = questionnaire().scoring(settings().maxMissing(0).build())
        .addDimensions(dim("d", level("q1"), level("q2"))).build();
    // WHEN
    Scorer scorer = compile(q);
    DimensionResult d = result(scorer.score(answers().option("q1", "o2").response()), "d");
    // THEN
    then(scorer.model().settingsOf("d").maxMissing()).contains(0);
    then(d.notScorable().map(NotScorable::code)).contains(NotScorable.Code.TOO_MANY_MISSING);
  }

  @Test
  void should_not_promise_a_score_when_a_count_limits_the_missing_questions() {
    // GIVEN an imputing node (countAs 0) with one always-shown question, with and without maxMissing 0
    Scorer scorer = compile(questionnaire(dim("d", level("q1"))));
    ScoringModel.Range item = scorer.model().itemRange("q1").orElseThrow();
    List<ScoringModel.Child> shown = List.of(
        new ScoringModel.Child(true, Rational.ONE, ScoringModel.Reach.always(item)));
    ScoringSettings imputing = settings().aggregation(Aggregation.WEIGHTED_MEAN)
        .missing(MissingPolicy.COUNT_AS).missingScore(java.math.BigDecimal.ZERO).normalize(false).build();
    // WHEN
    ScoringModel.Reach free = ScoringModel.reach(imputing, shown);
    ScoringModel.Reach counted = ScoringModel.reach(settings().from(imputing).maxMissing(0).build(), shown);
    // THEN an imputed answer always gives a score, unless a missing answer is one too many
    then(free.always()).isTrue();
    then(counted.always()).isFalse();
  }
}
