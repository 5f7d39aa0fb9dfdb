package dev.selfcheck.core;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How a dimension combines the scores of its questions and sub-dimensions.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Aggregation {
  /** Σ wᵢ·sᵢ / Σ wᵢ over the scored children (the default). */
  WEIGHTED_MEAN("weightedMean"),
  /** Σ wᵢ·sᵢ over the scored children. */
  WEIGHTED_SUM("weightedSum"),
  /** The lowest score of the scored children. */
  MINIMUM("minimum"),
  /** The highest score of the scored children. */
  MAXIMUM("maximum"),
  /** The weighted share of scored children whose score reaches the threshold ("criteria met"). */
  SHARE_MEETING("shareMeeting");

  private final String jsonName;

  Aggregation(String jsonName) {
    this.jsonName = jsonName;
  }

  /** @return the name in questionnaire documents */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Finds an aggregation by its document name.
   *
   * @param jsonName a name such as {@code "weightedMean"}
   * @return the aggregation, or empty
   */
  public static Optional<Aggregation> fromJsonName(String jsonName) {
    for (Aggregation a : values()) {
      if (a.jsonName.equals(jsonName)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
