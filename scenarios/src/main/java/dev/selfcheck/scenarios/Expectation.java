package dev.selfcheck.scenarios;

import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Rational;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * One thing a {@link Scenario} expects of its assessment, such as "the score of 'management' is 21"
 * or "rec.open.training is recommended", with where it was written in the scenario file.
 *
 * <p>Checks go through {@link AssessmentChecks}, so a failed expectation reads like a failed
 * assertion of the testkit. Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Expectation {

  private final String description;
  private final Function<Assessment, Optional<String>> check;
  private final String pointer;
  private final OptionalInt line;

  private Expectation(
      String description, Function<Assessment, Optional<String>> check, String pointer, OptionalInt line) {
    this.description = Objects.requireNonNull(description, "description");
    this.check = Objects.requireNonNull(check, "check");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
  }

  /**
   * The exact score of a dimension.
   *
   * @param dimensionId a dimension id or {@code "total"}
   * @param score an integer, a decimal or a fraction
   * @return the expectation
   * @throws IllegalArgumentException if {@code score} is not such a number
   */
  public static Expectation score(String dimensionId, String score) {
    Rational expected = AssessmentChecks.exactNumber(score);
    return of("the score of '" + dimensionId + "' is " + score,
        dimension(dimensionId, d -> AssessmentChecks.hasScore(d, expected)));
  }

  /**
   * The display score of a dimension.
   *
   * @param dimensionId a dimension id or {@code "total"}
   * @param displayScore the rounded score as shown, such as {@code "83.3"}
   * @return the expectation
   */
  public static Expectation displayScore(String dimensionId, String displayScore) {
    return of("the display score of '" + dimensionId + "' is " + displayScore,
        dimension(dimensionId, d -> AssessmentChecks.hasDisplayScore(d, displayScore)));
  }

  /**
   * The band of a dimension.
   *
   * @param dimensionId a dimension id or {@code "total"}
   * @param bandId the band
   * @return the expectation
   */
  public static Expectation band(String dimensionId, String bandId) {
    return of("'" + dimensionId + "' is in band '" + bandId + "'",
        dimension(dimensionId, d -> AssessmentChecks.isInBand(d, bandId)));
  }

  /**
   * The completion of a dimension.
   *
   * @param dimensionId a dimension id or {@code "total"}
   * @param completion an integer, a decimal or a fraction from 0 to 1
   * @return the expectation
   * @throws IllegalArgumentException if {@code completion} is not such a number
   */
  public static Expectation completion(String dimensionId, String completion) {
    Rational expected = AssessmentChecks.exactNumber(completion);
    return of("the completion of '" + dimensionId + "' is " + completion,
        dimension(dimensionId, d -> AssessmentChecks.hasCompletion(d, expected)));
  }

  /**
   * Whether a dimension has a score.
   *
   * @param dimensionId a dimension id or {@code "total"}
   * @param scorable true for "has a score"
   * @return the expectation
   */
  public static Expectation scorable(String dimensionId, boolean scorable) {
    return of("'" + dimensionId + "' is " + (scorable ? "scorable" : "not scorable"), dimension(dimensionId,
        scorable ? AssessmentChecks::isScorable : AssessmentChecks::isNotScorable));
  }

  /**
   * A recommendation fires.
   *
   * @param recommendationId the recommendation
   * @return the expectation
   */
  public static Expectation recommends(String recommendationId) {
    return of("'" + recommendationId + "' is recommended",
        a -> AssessmentChecks.recommends(a, recommendationId));
  }

  /**
   * A recommendation fires with a reason that contains a text.
   *
   * @param recommendationId the recommendation
   * @param reasonText a part of one of its reasons
   * @return the expectation
   */
  public static Expectation recommends(String recommendationId, String reasonText) {
    return of("'" + recommendationId + "' is recommended with a reason containing \"" + reasonText + "\"",
        a -> AssessmentChecks.recommends(a, recommendationId).or(() -> AssessmentChecks
            .hasReasonContaining(AssessmentChecks.fired(a, recommendationId).orElseThrow(), reasonText)));
  }

  /**
   * A recommendation does not fire.
   *
   * @param recommendationId the recommendation
   * @return the expectation
   */
  public static Expectation doesNotRecommend(String recommendationId) {
    return of("'" + recommendationId + "' is not recommended",
        a -> AssessmentChecks.doesNotRecommend(a, recommendationId));
  }

  private static Expectation of(String description, Function<Assessment, Optional<String>> check) {
    return new Expectation(description, check, "", OptionalInt.empty());
  }

  private static Function<Assessment, Optional<String>> dimension(
      String dimensionId, Function<DimensionResult, Optional<String>> check) {
    return a -> AssessmentChecks.hasDimension(a, dimensionId)
        .or(() -> check.apply(a.dimension(dimensionId).orElseThrow()));
  }

  /**
   * This expectation, written at a place in a scenario file.
   *
   * @param pointer the JSON Pointer in the scenario file
   * @param line the 1-based line, 0 if unknown
   * @return a copy with the place
   */
  public Expectation at(String pointer, int line) {
    return new Expectation(description, check, pointer, line > 0 ? OptionalInt.of(line) : OptionalInt.empty());
  }

  /** @return what is expected, in words */
  public String description() {
    return description;
  }

  /** @return the JSON Pointer of the expectation in its scenario file, empty if written in code */
  public String pointer() {
    return pointer;
  }

  /** @return the line of the expectation in its scenario file */
  public OptionalInt line() {
    return line;
  }

  /**
   * Checks an assessment.
   *
   * @param assessment the assessment of the scenario's response
   * @return why the expectation is not met, or empty if it is
   */
  public Optional<String> check(Assessment assessment) {
    return check.apply(assessment).map(String::strip);
  }

  @Override
  public String toString() {
    return "Expectation[" + description + (pointer.isEmpty() ? "" : " at " + pointer) + "]";
  }
}
