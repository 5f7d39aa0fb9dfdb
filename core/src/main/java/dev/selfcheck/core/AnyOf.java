package dev.selfcheck.core;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A {@link Condition} that holds when at least one of its parts holds ({@code {"any": [...]}}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract non-sealed class AnyOf implements Condition {

  AnyOf() {}

  /** @return the parts, at least one */
  @Value.Parameter
  public abstract List<Condition> parts();

  @Value.Check
  void check() {
    if (parts().isEmpty()) {
      throw new IllegalArgumentException("parts of 'any' must not be empty");
    }
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitAny(this);
  }

  /**
   * The condition.
   *
   * @param parts at least one condition
   * @return the condition
   */
  public static AnyOf of(List<Condition> parts) {
    return ImmutableAnyOf.of(parts);
  }
}
