package dev.selfcheck.testkit;

import dev.selfcheck.scenarios.AssessmentChecks;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.FiredRecommendation;
import java.util.Arrays;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link Assessment}: its dimensions, the total, the recommendations that fired
 * and did not fire, and its findings. Start with {@link SelfcheckAssertions#assertThat(Assessment)}.
 * The failure messages are those of {@link AssessmentChecks}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AssessmentAssert extends AbstractAssert<AssessmentAssert, Assessment> {

  AssessmentAssert(Assessment actual) {
    super(actual, AssessmentAssert.class);
  }

  /**
   * Moves on to the result of one dimension, failing if the assessment has no such dimension.
   *
   * @param dimensionId a dimension id, or {@code "total"}
   * @return assertions on the dimension's result
   */
  public DimensionResultAssert dimension(String dimensionId) {
    isNotNull();
    check(AssessmentChecks.hasDimension(actual, dimensionId));
    return new DimensionResultAssert(actual.dimension(dimensionId).orElseThrow());
  }

  /**
   * Moves on to the total.
   *
   * @return assertions on the total's result
   */
  public DimensionResultAssert total() {
    isNotNull();
    return new DimensionResultAssert(actual.total());
  }

  /**
   * Checks that a recommendation fired and moves on to it.
   *
   * @param recommendationId a recommendation id
   * @return assertions on the fired recommendation
   */
  public FiredRecommendationAssert recommends(String recommendationId) {
    isNotNull();
    check(AssessmentChecks.recommends(actual, recommendationId));
    Optional<FiredRecommendation> fired = actual.recommendations().stream()
        .filter(r -> r.recommendation().id().equals(recommendationId)).findFirst();
    return new FiredRecommendationAssert(fired.orElseThrow());
  }

  /**
   * Checks that none of some recommendations fired.
   *
   * @param recommendationIds recommendation ids
   * @return this
   */
  public AssessmentAssert doesNotRecommend(String... recommendationIds) {
    isNotNull();
    return check(AssessmentChecks.doesNotRecommend(actual, recommendationIds));
  }

  /**
   * Checks that exactly these recommendations fired, in any order.
   *
   * @param recommendationIds recommendation ids
   * @return this
   */
  public AssessmentAssert recommendsExactly(String... recommendationIds) {
    isNotNull();
    Optional<String> failure = AssessmentChecks.recommendsExactly(actual, recommendationIds);
    if (failure.isPresent()) {
      failWithActualExpectedAndMessage(actual.recommendations().stream().map(r -> r.recommendation().id())
          .collect(Collectors.toCollection(TreeSet::new)), new TreeSet<>(Arrays.asList(recommendationIds)),
          "%s", failure.get());
    }
    return this;
  }

  /**
   * Checks that no recommendation fired.
   *
   * @return this
   */
  public AssessmentAssert recommendsNothing() {
    isNotNull();
    return check(AssessmentChecks.recommendsNothing(actual));
  }

  /**
   * Checks that the assessment has a finding with a code.
   *
   * @param code a finding code such as {@code SCO-0001}
   * @return this
   */
  public AssessmentAssert hasFinding(String code) {
    isNotNull();
    return check(AssessmentChecks.hasFinding(actual, code));
  }

  /**
   * Checks that the assessment has no findings at all (no problems of the response, no scoring
   * warnings).
   *
   * @return this
   */
  public AssessmentAssert hasNoFindings() {
    isNotNull();
    return check(AssessmentChecks.hasNoFindings(actual));
  }

  private AssessmentAssert check(Optional<String> failure) {
    failure.ifPresent(message -> failWithMessage("%s", message));
    return this;
  }
}
