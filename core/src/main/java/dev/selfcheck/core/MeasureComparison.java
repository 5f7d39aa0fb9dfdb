package dev.selfcheck.core;

import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A {@link Condition} that compares a measure of a dimension (or of the total, id
 * {@code "total"}) with a number: its score ({@code {"score": "d1", "lt": 50}}) or its completion
 * ({@code {"completion": "d1", "lt": 0.8}}). Only rules can use it; it is false when the dimension
 * is not scorable. Comparisons are exact.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract non-sealed class MeasureComparison implements Condition {

  /** What is measured. */
  public enum Measure {
    /** The dimension's score. */
    SCORE("score"),
    /** The dimension's completion (0 to 1). */
    COMPLETION("completion");

    private final String jsonName;

    Measure(String jsonName) {
      this.jsonName = jsonName;
    }

    /** @return the member name in condition documents */
    public String jsonName() {
      return jsonName;
    }

    /**
     * Finds a measure by document name.
     *
     * @param jsonName {@code "score"} or {@code "completion"}
     * @return the measure, or empty
     */
    public static Optional<Measure> fromJsonName(String jsonName) {
      for (Measure m : values()) {
        if (m.jsonName.equals(jsonName)) {
          return Optional.of(m);
        }
      }
      return Optional.empty();
    }
  }

  MeasureComparison() {}

  /** @return what is measured */
  @Value.Parameter
  public abstract Measure measure();

  /** @return the dimension id, or {@code "total"} */
  @Value.Parameter
  public abstract String dimension();

  /** @return the operator: eq, ne, lt, le, gt or ge */
  @Value.Parameter
  public abstract Operator operator();

  /** @return the number compared with */
  @Value.Parameter
  public abstract BigDecimal value();

  @Value.Check
  void check() {
    if (operator() == Operator.IN || operator() == Operator.CONTAINS) {
      throw new IllegalArgumentException(
          "operator '" + operator().jsonName() + "' cannot compare a " + measure().jsonName());
    }
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitMeasure(this);
  }

  /**
   * The condition.
   *
   * @param measure what is measured
   * @param dimension the dimension id or {@code "total"}
   * @param operator eq, ne, lt, le, gt or ge
   * @param value the number
   * @return the condition
   */
  public static MeasureComparison of(
      Measure measure, String dimension, Operator operator, BigDecimal value) {
    return ImmutableMeasureComparison.of(measure, dimension, operator, value);
  }
}
