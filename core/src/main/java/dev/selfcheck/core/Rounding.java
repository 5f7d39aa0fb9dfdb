package dev.selfcheck.core;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.RoundingMode;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A stated rounding step of a score ({@link ScoringSettings#round()}): the exact score, after the
 * rescale and the clamp, is rounded by a rule to a number of decimals, and the rounded value is the
 * node's score from then on (its band, the rules that read it and its parent see it). Unlike
 * {@link ScoringSettings#decimals()}, which rounds only what is shown, this changes the score.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Rounding {

  Rounding() {}

  /** How a score between two steps is rounded. */
  public enum Rule {
    /** To the nearer step; a score halfway goes away from zero (2.5 to 3, −2.5 to −3). */
    HALF_UP("halfUp", RoundingMode.HALF_UP),
    /** To the nearer step; a score halfway goes to the even step (2.5 to 2, 3.5 to 4). */
    HALF_EVEN("halfEven", RoundingMode.HALF_EVEN),
    /** To the step below (towards negative infinity). */
    FLOOR("floor", RoundingMode.FLOOR),
    /** To the step above (towards positive infinity). */
    CEILING("ceiling", RoundingMode.CEILING);

    private final String jsonName;
    private final RoundingMode mode;

    Rule(String jsonName, RoundingMode mode) {
      this.jsonName = jsonName;
      this.mode = mode;
    }

    /** @return the name in documents */
    public String jsonName() {
      return jsonName;
    }

    /** @return the same rule as a {@link RoundingMode} */
    public RoundingMode roundingMode() {
      return mode;
    }

    /**
     * Finds a rule by its document name.
     *
     * @param jsonName a name such as {@code "halfUp"}
     * @return the rule, or empty
     */
    public static Optional<Rule> fromJsonName(String jsonName) {
      for (Rule r : values()) {
        if (r.jsonName.equals(jsonName)) {
          return Optional.of(r);
        }
      }
      return Optional.empty();
    }
  }

  /** @return the rule */
  @Value.Parameter
  public abstract Rule rule();

  /** @return the number of decimals the score keeps (0 for whole numbers) */
  @Value.Parameter
  public abstract @Min(0) @Max(10) int decimals();

  /**
   * A rounding step.
   *
   * @param rule the rule
   * @param decimals the number of decimals kept, 0 to 10
   * @return the step
   */
  public static Rounding of(Rule rule, int decimals) {
    return ImmutableRounding.of(rule, decimals);
  }
}
