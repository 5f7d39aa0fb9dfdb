package dev.selfcheck.scoring;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The marker of a prorated score ({@code missing: prorate} on a weighted sum): the sum of the
 * answered questions was scaled up to what all applicable questions would give, from how many of
 * them and by which factor.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Value.Immutable
public abstract class Proration {

  Proration() {}

  /** @return how many of the dimension's own applicable questions have a score */
  @Value.Parameter
  public abstract int answered();

  /**
   * @return how many of the dimension's own questions are applicable: shown and not answered
   *     "not applicable"
   */
  @Value.Parameter
  public abstract int applicable();

  /**
   * @return the exact factor the sum was multiplied by: the weight of the applicable questions
   *     divided by the weight of those with a score
   */
  @Value.Parameter
  public abstract Rational factor();

  /**
   * A proration marker.
   *
   * @param answered the own applicable questions that have a score
   * @param applicable the own applicable questions
   * @param factor the factor the sum was multiplied by
   * @return the marker
   */
  public static Proration of(int answered, int applicable, Rational factor) {
    return ImmutableProration.of(answered, applicable, factor);
  }
}
