package dev.selfcheck.core;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A {@link Condition} that holds when all of its parts hold ({@code {"all": [...]}}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract non-sealed class AllOf implements Condition {

  AllOf() {}

  /** @return the parts, at least one */
  @Value.Parameter
  public abstract List<Condition> parts();

  @Value.Check
  void check() {
    if (parts().isEmpty()) {
      throw new IllegalArgumentException("parts of 'all' must not be empty");
    }
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitAll(this);
  }

  /**
   * The condition.
   *
   * @param parts at least one condition
   * @return the condition
   */
  public static AllOf of(List<Condition> parts) {
    return ImmutableAllOf.of(parts);
  }
}
