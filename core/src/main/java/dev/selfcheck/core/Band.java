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
    int lo = score.compareTo(lower());
    int hi = score.compareTo(upper());
    return (lo > 0 || (lo == 0 && lowerInclusive())) && (hi < 0 || (hi == 0 && upperInclusive()));
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
