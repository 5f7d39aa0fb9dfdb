package dev.selfcheck.core;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A {@link Condition} that holds when the named condition of the questionnaire holds
 * ({@code {"condition": "anyWorst"}}, naming a member of the questionnaire's {@code conditions};
 * {@link Questionnaire#namedConditions()}). A flag condition is written once and reused by rules,
 * visibility conditions, terms and other named conditions. An unknown name or a cycle of names is
 * refused when the questionnaire is loaded (and makes the reference false in a program).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract non-sealed class ConditionReference implements Condition {

  ConditionReference() {}

  /** @return the name of the referenced condition */
  @Value.Parameter
  public abstract String name();

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitReference(this);
  }

  /**
   * The condition.
   *
   * @param name the name of a condition in the questionnaire's {@code conditions}
   * @return the condition
   */
  public static ConditionReference of(String name) {
    return ImmutableConditionReference.of(name);
  }
}
