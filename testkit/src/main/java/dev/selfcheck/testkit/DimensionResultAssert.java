package dev.selfcheck.testkit;

import dev.selfcheck.core.Band;
import dev.selfcheck.scenarios.AssessmentChecks;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Rational;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the {@link DimensionResult} of one dimension or of the total: exact and display
 * score, band, completion, scorability. Numbers are exact; write them as text ({@code "21"},
 * {@code "62.5"}, {@code "250/3"}). The failure messages are those of {@link AssessmentChecks}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DimensionResultAssert
    extends AbstractAssert<DimensionResultAssert, DimensionResult> {

  DimensionResultAssert(DimensionResult actual) {
    super(actual, DimensionResultAssert.class);
  }

  /**
   * Checks the exact score.
   *
   * @param expected an integer, a decimal or a fraction, such as {@code "250/3"}
   * @return this
   * @throws IllegalArgumentException if {@code expected} is not such a number
   */
  public DimensionResultAssert hasScore(String expected) {
    return hasScore(AssessmentChecks.exactNumber(expected));
  }

  /**
   * Checks the exact score.
   *
   * @param expected the score
   * @return this
   */
  public DimensionResultAssert hasScore(Rational expected) {
    isNotNull();
    return check(AssessmentChecks.hasScore(actual, expected), actual.score().orElse(null), expected);
  }

  /**
   * Checks the display score (rounded half up to the dimension's decimals), compared as a number:
   * {@code "21"} equals {@code 21.0}.
   *
   * @param expected the display score, such as {@code "83.3"}
   * @return this
   */
  public DimensionResultAssert hasDisplayScore(String expected) {
    isNotNull();
    return check(AssessmentChecks.hasDisplayScore(actual, expected),
        actual.displayScore().map(s -> s.toPlainString()).orElse(null), expected);
  }

  /**
   * Checks that the exact score lies within bounds, both included.
   *
   * @param lowest the lowest score accepted
   * @param highest the highest score accepted
   * @return this
   */
  public DimensionResultAssert hasScoreBetween(String lowest, String highest) {
    Rational lo = AssessmentChecks.exactNumber(lowest);
    Rational hi = AssessmentChecks.exactNumber(highest);
    isNotNull();
    return check(AssessmentChecks.hasScoreBetween(actual, lo, hi));
  }

  /**
   * Checks the band the score lies in.
   *
   * @param bandId the band id
   * @return this
   */
  public DimensionResultAssert isInBand(String bandId) {
    isNotNull();
    return check(AssessmentChecks.isInBand(actual, bandId), actual.band().map(Band::id).orElse(null), bandId);
  }

  /**
   * Checks that the dimension is scorable but its score lies in none of its bands.
   *
   * @return this
   */
  public DimensionResultAssert hasNoBand() {
    isNotNull();
    return check(AssessmentChecks.hasNoBand(actual));
  }

  /**
   * Checks the completion: the share (0 to 1) of shown scored questions that got a response.
   *
   * @param expected an integer, a decimal or a fraction, such as {@code "7/8"}
   * @return this
   */
  public DimensionResultAssert hasCompletion(String expected) {
    return hasCompletion(AssessmentChecks.exactNumber(expected));
  }

  /**
   * Checks the completion.
   *
   * @param expected the completion, 0 to 1
   * @return this
   */
  public DimensionResultAssert hasCompletion(Rational expected) {
    isNotNull();
    return check(AssessmentChecks.hasCompletion(actual, expected), actual.completion(), expected);
  }

  /**
   * Checks that the dimension has a score.
   *
   * @return this
   */
  public DimensionResultAssert isScorable() {
    isNotNull();
    return check(AssessmentChecks.isScorable(actual));
  }

  /**
   * Checks that the dimension has no score.
   *
   * @return this
   */
  public DimensionResultAssert isNotScorable() {
    isNotNull();
    return check(AssessmentChecks.isNotScorable(actual));
  }

  /**
   * Checks that the dimension has no score for a reason that contains a text.
   *
   * @param text a part of the reason, such as {@code "no question"}
   * @return this
   */
  public DimensionResultAssert isNotScorableBecause(String text) {
    isNotNull();
    return check(AssessmentChecks.isNotScorableBecause(actual, text),
        actual.scorable() ? null : actual.notScorableBecause().orElse(""), text);
  }

  private DimensionResultAssert check(Optional<String> failure) {
    failure.ifPresent(message -> failWithMessage("%s", message));
    return this;
  }

  // With both values, an IDE shows the failure as a difference; without a value (not scorable), a message.
  private DimensionResultAssert check(Optional<String> failure, Object actualValue, Object expectedValue) {
    if (failure.isPresent() && actualValue != null) {
      failWithActualExpectedAndMessage(actualValue, expectedValue, "%s", failure.get());
    }
    return check(failure);
  }
}
