package dev.selfcheck.testkit;

import dev.selfcheck.scenarios.AssessmentChecks;
import dev.selfcheck.scoring.FiredRecommendation;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link FiredRecommendation}: the rules that yielded it and the reasons behind it.
 * The failure messages are those of {@link AssessmentChecks}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FiredRecommendationAssert
    extends AbstractAssert<FiredRecommendationAssert, FiredRecommendation> {

  FiredRecommendationAssert(FiredRecommendation actual) {
    super(actual, FiredRecommendationAssert.class);
  }

  /**
   * Checks that one of the reasons (the facts that made a rule fire) contains a text.
   *
   * @param text a part of a fact, such as {@code "is below 50"}
   * @return this
   */
  public FiredRecommendationAssert withReasonContaining(String text) {
    isNotNull();
    AssessmentChecks.hasReasonContaining(actual, text).ifPresent(message -> failWithMessage("%s", message));
    return this;
  }

  /**
   * Checks that a rule yielded the recommendation.
   *
   * @param ruleId a rule id
   * @return this
   */
  public FiredRecommendationAssert firedBy(String ruleId) {
    isNotNull();
    AssessmentChecks.isFiredBy(actual, ruleId).ifPresent(message -> failWithMessage("%s", message));
    return this;
  }
}
