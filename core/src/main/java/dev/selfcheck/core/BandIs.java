package dev.selfcheck.core;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A {@link Condition} on the band of a dimension or of the total
 * ({@code {"band": "d1", "in": ["starting", "developing"]}}, {@code "eq"}, {@code "ne"}). Only rules
 * can use it; it is false when the dimension is not scorable or its score lies in no band.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract non-sealed class BandIs implements Condition {

  BandIs() {}

  /** @return the dimension id, or {@code "total"} */
  @Value.Parameter
  public abstract String dimension();

  /** @return eq, ne or in */
  @Value.Parameter
  public abstract Operator operator();

  /** @return the band ids: one for eq and ne, at least one for in */
  @Value.Parameter
  public abstract List<String> bands();

  @Value.Check
  void check() {
    if (operator() != Operator.EQ && operator() != Operator.NE && operator() != Operator.IN) {
      throw new IllegalArgumentException(
          "operator '" + operator().jsonName() + "' cannot compare bands; use eq, ne or in");
    }
    if (operator() == Operator.IN ? bands().isEmpty() : bands().size() != 1) {
      throw new IllegalArgumentException("operator '" + operator().jsonName() + "' takes "
          + (operator() == Operator.IN ? "at least one band" : "exactly one band") + ", got "
          + bands().size());
    }
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitBand(this);
  }

  /**
   * The condition.
   *
   * @param dimension the dimension id or {@code "total"}
   * @param operator eq, ne or in
   * @param bands the band ids
   * @return the condition
   */
  public static BandIs of(String dimension, Operator operator, List<String> bands) {
    return ImmutableBandIs.of(dimension, operator, bands);
  }
}
