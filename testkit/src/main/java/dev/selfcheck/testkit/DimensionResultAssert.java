package dev.selfcheck.testkit;

import dev.selfcheck.core.Band;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.testkit.internal.Numbers;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the {@link DimensionResult} of one dimension or of the total: exact and display
 * score, band, completion, scorability. Numbers are exact; write them as text ({@code "21"},
 * {@code "62.5"}, {@code "250/3"}).
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
    return hasScore(Numbers.require(expected));
  }

  /**
   * Checks the exact score.
   *
   * @param expected the score
   * @return this
   */
  public DimensionResultAssert hasScore(Rational expected) {
    isScorableFor("have score " + expected);
    Rational score = actual.score().orElseThrow();
    if (!score.equals(expected)) {
      failWithActualExpectedAndMessage(score, expected, "%s", "Expected " + name()
          + " to have score " + expected + ", but it has " + describeScore());
    }
    return this;
  }

  /**
   * Checks the display score (rounded half up to the dimension's decimals), compared as a number:
   * {@code "21"} equals {@code 21.0}.
   *
   * @param expected the display score, such as {@code "83.3"}
   * @return this
   */
  public DimensionResultAssert hasDisplayScore(String expected) {
    BigDecimal wanted = new BigDecimal(expected);
    isScorableFor("have display score " + expected);
    BigDecimal shown = actual.displayScore().orElseThrow();
    if (shown.compareTo(wanted) != 0) {
      failWithActualExpectedAndMessage(shown.toPlainString(), expected, "%s", "Expected " + name()
          + " to have display score " + expected + ", but it has " + describeScore());
    }
    return this;
  }

  /**
   * Checks that the exact score lies within bounds, both included.
   *
   * @param lowest the lowest score accepted
   * @param highest the highest score accepted
   * @return this
   */
  public DimensionResultAssert hasScoreBetween(String lowest, String highest) {
    Rational lo = Numbers.require(lowest);
    Rational hi = Numbers.require(highest);
    isScorableFor("have a score between " + lo + " and " + hi);
    Rational score = actual.score().orElseThrow();
    if (score.compareTo(lo) < 0 || score.compareTo(hi) > 0) {
      failWithMessage("%s", "Expected " + name() + " to have a score between " + lo + " and " + hi
          + ", but it has " + describeScore());
    }
    return this;
  }

  /**
   * Checks the band the score lies in.
   *
   * @param bandId the band id
   * @return this
   */
  public DimensionResultAssert isInBand(String bandId) {
    isScorableFor("be in band '" + bandId + "'");
    String band = actual.band().map(Band::id).orElse(null);
    if (!bandId.equals(band)) {
      failWithActualExpectedAndMessage(band, bandId, "%s", "Expected " + name() + " to be in band '"
          + bandId + "', but it is " + (band == null ? "in no band" : "in band '" + band + "'")
          + " with score " + describeScore());
    }
    return this;
  }

  /**
   * Checks that the dimension is scorable but its score lies in none of its bands.
   *
   * @return this
   */
  public DimensionResultAssert hasNoBand() {
    isScorableFor("be in no band");
    if (actual.band().isPresent()) {
      failWithMessage("%s", "Expected " + name() + " to be in no band, but it is in band '"
          + actual.band().get().id() + "' with score " + describeScore());
    }
    return this;
  }

  /**
   * Checks the completion: the share (0 to 1) of shown scored questions that got a response.
   *
   * @param expected an integer, a decimal or a fraction, such as {@code "7/8"}
   * @return this
   */
  public DimensionResultAssert hasCompletion(String expected) {
    return hasCompletion(Numbers.require(expected));
  }

  /**
   * Checks the completion.
   *
   * @param expected the completion, 0 to 1
   * @return this
   */
  public DimensionResultAssert hasCompletion(Rational expected) {
    isNotNull();
    if (!actual.completion().equals(expected)) {
      failWithActualExpectedAndMessage(actual.completion(), expected, "%s", "Expected " + name()
          + " to have completion " + expected + ", but it has " + actual.completion() + " ("
          + actual.answered() + " answered, " + actual.dontKnow() + " don't know, "
          + actual.notApplicable() + " not applicable, " + actual.notAnswered() + " not answered)");
    }
    return this;
  }

  /**
   * Checks that the dimension has a score.
   *
   * @return this
   */
  public DimensionResultAssert isScorable() {
    isScorableFor("be scorable");
    return this;
  }

  /**
   * Checks that the dimension has no score.
   *
   * @return this
   */
  public DimensionResultAssert isNotScorable() {
    isNotNull();
    if (actual.scorable()) {
      failWithMessage("%s", "Expected " + name() + " not to be scorable, but it has score "
          + describeScore());
    }
    return this;
  }

  /**
   * Checks that the dimension has no score for a reason that contains a text.
   *
   * @param text a part of the reason, such as {@code "no question"}
   * @return this
   */
  public DimensionResultAssert isNotScorableBecause(String text) {
    isNotScorable();
    String because = actual.notScorableBecause().orElse("");
    if (!because.contains(text)) {
      failWithActualExpectedAndMessage(because, text, "%s", "Expected " + name()
          + " not to be scorable because of \"" + text + "\", but the reason is \"" + because + "\"");
    }
    return this;
  }

  private void isScorableFor(String what) {
    isNotNull();
    if (!actual.scorable()) {
      failWithMessage("%s", "Expected " + name() + " to " + what + ", but it is not scorable: "
          + actual.notScorableBecause().orElse("no reason given"));
    }
  }

  private String name() {
    return DimensionResult.TOTAL.equals(actual.id()) ? "the total" : "dimension '" + actual.id() + "'";
  }

  private String describeScore() {
    Rational score = actual.score().orElseThrow();
    BigDecimal shown = actual.displayScore().orElseThrow();
    String exact = score.toString();
    return (Rational.of(shown).equals(score) ? exact : exact + " (displayed " + shown.toPlainString() + ")")
        + actual.band().map(b -> ", band '" + b.id() + "'").orElse(", no band");
  }
}
