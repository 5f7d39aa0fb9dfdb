package dev.selfcheck.testkit;

import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import org.apiguardian.api.API;

/**
 * Entry point for AssertJ assertions on assessments, dimension results, fired recommendations and
 * panel results that read like the domain.
 *
 * <pre>{@code
 * assertThat(assessment).dimension("opening").hasScore("21").isInBand("start");
 * assertThat(assessment).recommends("rec.open.training").withReasonContaining("below 50");
 * assertThat(assessment).doesNotRecommend("rec.open.antiRacismPlan");
 * then(assessment).total().isNotScorable();
 * assertThat(panelResult).distribution("opening").hasMedian("50");
 * }</pre>
 *
 * <p>Every failure names the dimension or recommendation, the expected and the actual value, and
 * lists what was there instead (the dimensions, the fired recommendations, the reasons). Exact
 * numbers are written as text: an integer ({@code "21"}), a decimal ({@code "62.5"}) or a fraction
 * ({@code "250/3"}), compared exactly.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SelfcheckAssertions {

  private SelfcheckAssertions() {}

  /**
   * Starts assertions on an assessment.
   *
   * @param actual the assessment
   * @return the assertions
   */
  public static AssessmentAssert assertThat(Assessment actual) {
    return new AssessmentAssert(actual);
  }

  /**
   * Starts assertions on the result of one dimension (or of the total).
   *
   * @param actual the result
   * @return the assertions
   */
  public static DimensionResultAssert assertThat(DimensionResult actual) {
    return new DimensionResultAssert(actual);
  }

  /**
   * Starts assertions on a fired recommendation.
   *
   * @param actual the fired recommendation
   * @return the assertions
   */
  public static FiredRecommendationAssert assertThat(FiredRecommendation actual) {
    return new FiredRecommendationAssert(actual);
  }

  /**
   * Starts assertions on an assessment, for the THEN step of a test.
   *
   * @param actual the assessment
   * @return the assertions
   */
  public static AssessmentAssert then(Assessment actual) {
    return assertThat(actual);
  }

  /**
   * Starts assertions on the result of one dimension, for the THEN step of a test.
   *
   * @param actual the result
   * @return the assertions
   */
  public static DimensionResultAssert then(DimensionResult actual) {
    return assertThat(actual);
  }

  /**
   * Starts assertions on a fired recommendation, for the THEN step of a test.
   *
   * @param actual the fired recommendation
   * @return the assertions
   */
  public static FiredRecommendationAssert then(FiredRecommendation actual) {
    return assertThat(actual);
  }

  /**
   * Starts assertions on the result of a panel analysis.
   *
   * @param actual the panel result
   * @return the assertions
   * @since 0.2
   */
  public static PanelResultAssert assertThat(PanelResult actual) {
    return new PanelResultAssert(actual);
  }

  /**
   * Starts assertions on the result of a panel analysis, for the THEN step of a test.
   *
   * @param actual the panel result
   * @return the assertions
   * @since 0.2
   */
  public static PanelResultAssert then(PanelResult actual) {
    return assertThat(actual);
  }
}
