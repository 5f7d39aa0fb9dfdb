package dev.selfcheck.core;

import java.math.BigDecimal;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One row of a published conversion table ({@link ScoringSettings#convert()}): a raw score from
 * which on the node's score is converted to {@link #score()}, with further reported values (such
 * as a standard error) in {@link #also()}.
 *
 * <p>A table's rows ascend strictly by {@link #raw()}; a raw score takes the last row whose
 * {@code raw} is at most the raw score, and a raw score below the first row takes the first row
 * (as {@link ItemScoring#thresholds()} do for number answers).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Conversion {

  Conversion() {}

  /** @return the smallest raw score this row converts */
  @Value.Parameter
  public abstract BigDecimal raw();

  /** @return the converted score (what bands, rules and the parent see) */
  @Value.Parameter
  public abstract BigDecimal score();

  /** @return further values reported with the converted score, by name (such as {@code se}) */
  @Value.Parameter
  public abstract Map<String, BigDecimal> also();

  /**
   * A row.
   *
   * @param raw the smallest raw score it converts
   * @param score the converted score
   * @param also further values by name
   * @return the row
   */
  public static Conversion of(BigDecimal raw, BigDecimal score, Map<String, ? extends BigDecimal> also) {
    return ImmutableConversion.of(raw, score, also);
  }
}
