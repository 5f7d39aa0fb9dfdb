package dev.selfcheck.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One answer that a choice question or a scale offers, such as "largely applies".
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class AnswerOption {

  AnswerOption() {}

  /** @return the value stored in a response when this option is chosen, such as {@code "3"} */
  @Pattern(regexp = Ids.OPTION_VALUE_PATTERN)
  public abstract String value();

  /** @return the label shown to respondents */
  @Valid
  public abstract LocalizedText label();

  /** @return the score of this option; empty for options that are not scored */
  public abstract Optional<BigDecimal> score();

  /**
   * Host data attached to this option; the library keeps it unchanged.
   *
   * @return JSON texts keyed by member name (see {@link Questionnaire#extensions()})
   */
  public abstract Map<String, String> extensions();

  /**
   * An option.
   *
   * @param value the stored value
   * @param label the label
   * @param score the score, or null for an option without a score
   * @return the option
   */
  public static AnswerOption of(String value, LocalizedText label, BigDecimal score) {
    return builder().value(value).label(label).score(Optional.ofNullable(score)).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AnswerOption}s. */
  public static final class Builder extends ImmutableAnswerOption.Builder {
    Builder() {}
  }
}
