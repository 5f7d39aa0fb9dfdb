package dev.selfcheck.core;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A {@link Condition} that holds when its part does not ({@code {"not": {...}}}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract non-sealed class Not implements Condition {

  Not() {}

  /** @return the negated condition */
  @Value.Parameter
  public abstract Condition part();

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitNot(this);
  }

  /**
   * The condition.
   *
   * @param part the condition to negate
   * @return the condition
   */
  public static Not of(Condition part) {
    return ImmutableNot.of(part);
  }
}
