package dev.selfcheck.testkit;

import dev.selfcheck.panel.PanelResult.Distribution;
import dev.selfcheck.scenarios.AssessmentChecks;
import dev.selfcheck.scoring.Rational;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on route 1 of a panel for one dimension or the total ({@link Distribution}: the
 * respondents' scores described). Numbers are exact; write them as text ({@code "21"},
 * {@code "62.5"}, {@code "250/3"}).
 *
 * <pre>{@code
 * assertThat(result).distribution("d1").hasN(8).hasMedian("50").hasQuartiles("25", "75")
 *     .hasBandCount("developing", 5);
 * }</pre>
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class DistributionAssert extends AbstractAssert<DistributionAssert, Distribution> {

  DistributionAssert(Distribution actual) {
    super(actual, DistributionAssert.class);
  }

  /**
   * @param expected the number of respondents with a score
   * @return this
   */
  public DistributionAssert hasN(int expected) {
    isNotNull();
    return check("n", expected, actual.n());
  }

  /**
   * @param expected the number of respondents without a score
   * @return this
   */
  public DistributionAssert hasNotScorable(int expected) {
    isNotNull();
    return check("not scorable", expected, actual.notScorable());
  }

  /**
   * Checks that nobody has a score: no mean, median, minimum or maximum.
   *
   * @return this
   */
  public DistributionAssert hasNoScores() {
    isNotNull();
    return check("n", 0, actual.n());
  }

  /**
   * @param expected the mean, exact
   * @return this
   */
  public DistributionAssert hasMean(String expected) {
    return exact("mean", expected, actual == null ? null : actual.mean());
  }

  /**
   * @param expected the mean weighted by the respondents' weights, exact
   * @return this
   */
  public DistributionAssert hasWeightedMean(String expected) {
    return exact("weighted mean", expected, actual == null ? null : actual.weightedMean());
  }

  /**
   * @param expected the median (type 7), exact
   * @return this
   */
  public DistributionAssert hasMedian(String expected) {
    return exact("median", expected, actual == null ? null : actual.median());
  }

  /**
   * @param expected the lowest score
   * @return this
   */
  public DistributionAssert hasMin(String expected) {
    return exact("min", expected, actual == null ? null : actual.min());
  }

  /**
   * @param expected the highest score
   * @return this
   */
  public DistributionAssert hasMax(String expected) {
    return exact("max", expected, actual == null ? null : actual.max());
  }

  /**
   * @param lower the lower quartile (type 7), exact
   * @param upper the upper quartile (type 7), exact
   * @return this
   */
  public DistributionAssert hasQuartiles(String lower, String upper) {
    exact("lower quartile", lower, actual == null ? null : actual.lowerQuartile());
    return exact("upper quartile", upper, actual.upperQuartile());
  }

  /**
   * @param expected the sample variance, exact
   * @return this
   */
  public DistributionAssert hasVariance(String expected) {
    return exact("variance", expected, actual == null ? null : actual.variance());
  }

  /**
   * @param expected the standard deviation as given (6 decimals), compared as a number
   * @return this
   */
  public DistributionAssert hasStandardDeviation(String expected) {
    isNotNull();
    BigDecimal want = new BigDecimal(expected);
    Optional<BigDecimal> sd = actual.standardDeviation();
    if (sd.isEmpty() || sd.get().compareTo(want) != 0) {
      failWithMessage("Expected dimension '%s' of the panel to have standard deviation %s, but it has %s",
          actual.dimensionId(), expected, sd.map(BigDecimal::toPlainString).orElse("none"));
    }
    return this;
  }

  /**
   * @param bandId a band id ({@code ""} for scores in no band)
   * @param expected how many respondents' scores lie in it
   * @return this
   */
  public DistributionAssert hasBandCount(String bandId, int expected) {
    isNotNull();
    Integer count = actual.bands().get(bandId);
    if (count == null || count != expected) {
      failWithMessage("Expected dimension '%s' of the panel to have %s respondents in band '%s', but the bands "
          + "count %s", actual.dimensionId(), expected, bandId, actual.bands());
    }
    return this;
  }

  private DistributionAssert exact(String what, String expected, Optional<Rational> value) {
    isNotNull();
    Rational want = AssessmentChecks.exactNumber(expected);
    if (value.isEmpty() || value.get().compareTo(want) != 0) {
      failWithMessage("Expected dimension '%s' of the panel to have %s %s, but it has %s", actual.dimensionId(),
          what, want, value.map(Rational::toString).orElse("none (n = " + actual.n() + ")"));
    }
    return this;
  }

  private DistributionAssert check(String what, int expected, int value) {
    if (expected != value) {
      failWithMessage("Expected dimension '%s' of the panel to have %s %s, but it has %s", actual.dimensionId(),
          what, expected, value);
    }
    return this;
  }
}
