package dev.selfcheck.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A score band, such as "developing" for scores from 34 (inclusive) to 67 (exclusive), with a
 * label and a text that explains it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Band {

  Band() {}

  /** @return the id, unique within its list of bands */
  @Pattern(regexp = Ids.ID_PATTERN)
  public abstract String id();

  /** @return the label shown in reports */
  @Valid
  public abstract LocalizedText label();

  /** @return an optional text that explains what the band means */
  public abstract Optional<@Valid LocalizedText> text();

  /** @return the lower end */
  public abstract BigDecimal lower();

  /** @return the upper end */
  public abstract BigDecimal upper();

  /** @return whether the lower end belongs to the band; true unless set */
  @Value.Default
  public boolean lowerInclusive() {
    return true;
  }

  /** @return whether the upper end belongs to the band; false unless set */
  @Value.Default
  public boolean upperInclusive() {
    return false;
  }

  /**
   * Tells whether a score lies in this band, exactly.
   *
   * @param score a score
   * @return true if it lies between the ends, respecting which ends are inclusive
   */
  public boolean contains(BigDecimal score) {
    return contains(score.compareTo(lower()), score.compareTo(upper()));
  }

  /**
   * Tells whether a score lies in this band, given how it compares with the ends: the one place
   * where band containment is decided, for scores held in any exact number type (the scoring
   * engine's fractions, analysis' ranges).
   *
   * @param comparedWithLower negative, zero or positive as the score is below, at or above
   *     {@link #lower()}
   * @param comparedWithUpper likewise for {@link #upper()}
   * @return true if the score lies between the ends, respecting which ends are inclusive
   */
  public boolean contains(int comparedWithLower, int comparedWithUpper) {
    return (comparedWithLower > 0 || (comparedWithLower == 0 && lowerInclusive()))
        && (comparedWithUpper < 0 || (comparedWithUpper == 0 && upperInclusive()));
  }

  /**
   * Tells whether this whole band lies above a score, given how the score compares with the lower
   * end: the score is below it, or at it while the lower end is exclusive. The next band up from
   * a score is the band with the smallest lower end that lies above it.
   *
   * @param comparedWithLower negative, zero or positive as the score is below, at or above
   *     {@link #lower()}
   * @return true if every score of this band is above the score
   */
  public boolean liesAbove(int comparedWithLower) {
    return comparedWithLower < 0 || (comparedWithLower == 0 && !lowerInclusive());
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Band}s. */
  public static final class Builder extends ImmutableBand.Builder {
    Builder() {}
  }
}
