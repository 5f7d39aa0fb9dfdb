package dev.selfcheck.testkit;

import dev.selfcheck.core.Finding;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link Assessment}: its dimensions, the total, the recommendations that fired
 * and did not fire, and its findings. Start with {@link SelfcheckAssertions#assertThat(Assessment)}.
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
    Optional<DimensionResult> result = actual.dimension(dimensionId);
    if (result.isEmpty()) {
      failWithMessage("%s", "Expected the assessment to have a dimension '" + dimensionId
          + "', but its dimensions are: " + actual.dimensions().stream().map(DimensionResult::id)
              .collect(Collectors.toList()));
    }
    return new DimensionResultAssert(result.orElseThrow());
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
    Optional<FiredRecommendation> fired = actual.recommendations().stream()
        .filter(r -> r.recommendation().id().equals(recommendationId)).findFirst();
    if (fired.isEmpty()) {
      failWithMessage("%s", "Expected the assessment to recommend '" + recommendationId
          + "', but it recommends " + describeFired());
    }
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
    List<FiredRecommendation> unexpected = actual.recommendations().stream()
        .filter(r -> Arrays.asList(recommendationIds).contains(r.recommendation().id()))
        .collect(Collectors.toList());
    if (!unexpected.isEmpty()) {
      failWithMessage("%s", "Expected the assessment not to recommend "
          + quoted(Arrays.asList(recommendationIds)) + ", but it recommends "
          + unexpected.stream().map(r -> "'" + r.recommendation().id() + "' (rules " + r.rules()
              + ")").collect(Collectors.joining(", "))
          + "; all fired: " + describeFired());
    }
    return this;
  }

  /**
   * Checks that exactly these recommendations fired, in any order.
   *
   * @param recommendationIds recommendation ids
   * @return this
   */
  public AssessmentAssert recommendsExactly(String... recommendationIds) {
    isNotNull();
    TreeSet<String> expected = new TreeSet<>(Arrays.asList(recommendationIds));
    TreeSet<String> fired = actual.recommendations().stream().map(r -> r.recommendation().id())
        .collect(Collectors.toCollection(TreeSet::new));
    if (!expected.equals(fired)) {
      TreeSet<String> missing = new TreeSet<>(expected);
      missing.removeAll(fired);
      TreeSet<String> extra = new TreeSet<>(fired);
      extra.removeAll(expected);
      failWithActualExpectedAndMessage(fired, expected, "%s",
          "Expected the assessment to recommend exactly " + quoted(expected) + ", but it recommends "
              + quoted(fired) + " (missing: " + quoted(missing) + ", unexpected: " + quoted(extra)
              + ")");
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
    if (!actual.recommendations().isEmpty()) {
      failWithMessage("%s", "Expected the assessment to recommend nothing, but it recommends "
          + describeFired());
    }
    return this;
  }

  /**
   * Checks that the assessment has a finding with a code.
   *
   * @param code a finding code such as {@code SCO-0001}
   * @return this
   */
  public AssessmentAssert hasFinding(String code) {
    isNotNull();
    if (actual.findings().stream().noneMatch(f -> f.code().equals(code))) {
      failWithMessage("%s", "Expected the assessment to have a finding " + code
          + ", but its findings are" + describeFindings());
    }
    return this;
  }

  /**
   * Checks that the assessment has no findings at all (no problems of the response, no scoring
   * warnings).
   *
   * @return this
   */
  public AssessmentAssert hasNoFindings() {
    isNotNull();
    if (!actual.findings().isEmpty()) {
      failWithMessage("%s", "Expected the assessment to have no findings, but it has"
          + describeFindings());
    }
    return this;
  }

  private String describeFired() {
    if (actual.recommendations().isEmpty()) {
      return "nothing";
    }
    return actual.recommendations().stream().map(r -> "'" + r.recommendation().id() + "'")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private String describeFindings() {
    if (actual.findings().isEmpty()) {
      return " none";
    }
    return actual.findings().stream().map(Finding::toString)
        .collect(Collectors.joining("\n  ", ":\n  ", ""));
  }

  private static String quoted(java.util.Collection<String> ids) {
    return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ", "[", "]"));
  }
}
