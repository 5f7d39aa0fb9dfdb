package dev.selfcheck.testkit;

import dev.selfcheck.scoring.Assessment;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * One thing a {@link Scenario} expects of its assessment, such as "the score of 'management' is 21"
 * or "rec.open.training is recommended", with where it was written in the scenario file.
 *
 * <p>Checks reuse {@link SelfcheckAssertions}, so a failed expectation reads like a failed
 * assertion. Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Expectation {

  private final String description;
  private final Consumer<Assessment> check;
  private final String pointer;
  private final OptionalInt line;

  private Expectation(String description, Consumer<Assessment> check, String pointer, OptionalInt line) {
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
   */
  public static Expectation score(String dimensionId, String score) {
    return of("the score of '" + dimensionId + "' is " + score,
        a -> SelfcheckAssertions.assertThat(a).dimension(dimensionId).hasScore(score));
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
        a -> SelfcheckAssertions.assertThat(a).dimension(dimensionId).hasDisplayScore(displayScore));
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
        a -> SelfcheckAssertions.assertThat(a).dimension(dimensionId).isInBand(bandId));
  }

  /**
   * The completion of a dimension.
   *
   * @param dimensionId a dimension id or {@code "total"}
   * @param completion an integer, a decimal or a fraction from 0 to 1
   * @return the expectation
   */
  public static Expectation completion(String dimensionId, String completion) {
    return of("the completion of '" + dimensionId + "' is " + completion,
        a -> SelfcheckAssertions.assertThat(a).dimension(dimensionId).hasCompletion(completion));
  }

  /**
   * Whether a dimension has a score.
   *
   * @param dimensionId a dimension id or {@code "total"}
   * @param scorable true for "has a score"
   * @return the expectation
   */
  public static Expectation scorable(String dimensionId, boolean scorable) {
    return of("'" + dimensionId + "' is " + (scorable ? "scorable" : "not scorable"), a -> {
      DimensionResultAssert d = SelfcheckAssertions.assertThat(a).dimension(dimensionId);
      if (scorable) {
        d.isScorable();
      } else {
        d.isNotScorable();
      }
    });
  }

  /**
   * A recommendation fires.
   *
   * @param recommendationId the recommendation
   * @return the expectation
   */
  public static Expectation recommends(String recommendationId) {
    return of("'" + recommendationId + "' is recommended",
        a -> SelfcheckAssertions.assertThat(a).recommends(recommendationId));
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
        a -> SelfcheckAssertions.assertThat(a).recommends(recommendationId)
            .withReasonContaining(reasonText));
  }

  /**
   * A recommendation does not fire.
   *
   * @param recommendationId the recommendation
   * @return the expectation
   */
  public static Expectation doesNotRecommend(String recommendationId) {
    return of("'" + recommendationId + "' is not recommended",
        a -> SelfcheckAssertions.assertThat(a).doesNotRecommend(recommendationId));
  }

  private static Expectation of(String description, Consumer<Assessment> check) {
    return new Expectation(description, check, "", OptionalInt.empty());
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
    try {
      check.accept(assessment);
      return Optional.empty();
    } catch (AssertionError e) {
      return Optional.of(String.valueOf(e.getMessage()).strip());
    }
  }

  @Override
  public String toString() {
    return "Expectation[" + description + (pointer.isEmpty() ? "" : " at " + pointer) + "]";
  }
}
