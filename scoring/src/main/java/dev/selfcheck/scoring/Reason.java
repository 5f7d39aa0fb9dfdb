package dev.selfcheck.scoring;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One fact that made a rule's condition true, such as "the score of 'management' is 41.67, below
 * 50", with the JSON Pointer of the condition it satisfied.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Reason {

  Reason() {}

  /** @return the id of the rule */
  @Value.Parameter
  public abstract String rule();

  /** @return the JSON Pointer of the condition in the questionnaire document */
  @Value.Parameter
  public abstract String pointer();

  /** @return the fact, in English */
  @Value.Parameter
  public abstract String fact();

  /**
   * A reason.
   *
   * @param rule the rule id
   * @param pointer the condition's pointer
   * @param fact the fact
   * @return the reason
   */
  public static Reason of(String rule, String pointer, String fact) {
    return ImmutableReason.of(rule, pointer, fact);
  }
}
