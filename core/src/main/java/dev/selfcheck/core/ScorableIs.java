package dev.selfcheck.core;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A {@link Condition} on whether a dimension has a score
 * ({@code {"score": "d1", "is": "notScorable"}}). Only rules can use it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract non-sealed class ScorableIs implements Condition {

  ScorableIs() {}

  /** @return the dimension id, or {@code "total"} */
  @Value.Parameter
  public abstract String dimension();

  /** @return true for "scorable", false for "notScorable" */
  @Value.Parameter
  public abstract boolean scorable();

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitScorable(this);
  }

  /**
   * The condition.
   *
   * @param dimension the dimension id or {@code "total"}
   * @param scorable whether the dimension must be scorable
   * @return the condition
   */
  public static ScorableIs of(String dimension, boolean scorable) {
    return ImmutableScorableIs.of(dimension, scorable);
  }
}
