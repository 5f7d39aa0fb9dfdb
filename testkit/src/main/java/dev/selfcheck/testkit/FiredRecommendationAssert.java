package dev.selfcheck.testkit;

import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.Reason;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link FiredRecommendation}: the rules that yielded it and the reasons behind it.
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
    if (actual.reasons().stream().noneMatch(r -> r.fact().contains(text))) {
      failWithMessage("%s", "Expected recommendation '" + actual.recommendation().id()
          + "' to have a reason containing \"" + text + "\", but its reasons are" + describeReasons());
    }
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
    if (!actual.rules().contains(ruleId)) {
      failWithMessage("%s", "Expected recommendation '" + actual.recommendation().id()
          + "' to be yielded by rule '" + ruleId + "', but it was yielded by " + actual.rules());
    }
    return this;
  }

  private String describeReasons() {
    if (actual.reasons().isEmpty()) {
      return " none (scored without explanations?)";
    }
    return actual.reasons().stream().map(FiredRecommendationAssert::describe)
        .collect(Collectors.joining("\n  ", ":\n  ", ""));
  }

  private static String describe(Reason r) {
    return r.pointer() + " (" + r.rule() + "): " + r.fact();
  }
}
