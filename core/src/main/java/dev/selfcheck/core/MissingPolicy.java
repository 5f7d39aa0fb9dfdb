package dev.selfcheck.core;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What scoring does with questions that are not answered, answered "don't know" or "not
 * applicable".
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum MissingPolicy {
  /** Leave the question out of numerator and denominator (the default). */
  EXCLUDE("exclude"),
  /** Count the question with a fixed score ({@link ScoringSettings#missingScore()}). */
  COUNT_AS("countAs"),
  /** Prorate a sum over the answered questions when enough of them are answered. */
  PRORATE("prorate");

  private final String jsonName;

  MissingPolicy(String jsonName) {
    this.jsonName = jsonName;
  }

  /** @return the name in questionnaire documents */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Finds a policy by its document name.
   *
   * @param jsonName a name such as {@code "exclude"}
   * @return the policy, or empty
   */
  public static Optional<MissingPolicy> fromJsonName(String jsonName) {
    for (MissingPolicy p : values()) {
      if (p.jsonName.equals(jsonName)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
