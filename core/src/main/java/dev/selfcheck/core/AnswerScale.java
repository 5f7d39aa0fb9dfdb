package dev.selfcheck.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A reusable, ordered set of answer options: define "agreement, five levels, plus don't know and
 * not applicable" once and let many questions refer to it by id.
 *
 * <p>Options are listed from lowest to highest; ordinal comparisons in conditions use this order.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class AnswerScale {

  AnswerScale() {}

  /** @return the id that questions use to refer to this scale */
  @Pattern(regexp = Ids.ID_PATTERN)
  public abstract String id();

  /** @return an optional name of the scale, for authors */
  public abstract Optional<@Valid LocalizedText> label();

  /** @return the options, lowest first */
  public abstract List<@Valid AnswerOption> options();

  /** @return whether "don't know" is a valid answer on this scale */
  @Value.Default
  public boolean allowDontKnow() {
    return false;
  }

  /** @return whether "not applicable" is a valid answer on this scale */
  @Value.Default
  public boolean allowNotApplicable() {
    return false;
  }

  /**
   * Finds an option by value.
   *
   * @param value an option value
   * @return the option, if the scale offers it
   */
  public Optional<AnswerOption> option(String value) {
    return options().stream().filter(o -> o.value().equals(value)).findFirst();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AnswerScale}s. */
  public static final class Builder extends ImmutableAnswerScale.Builder {
    Builder() {}
  }
}
