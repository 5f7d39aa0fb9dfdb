package dev.selfcheck.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One question of a questionnaire, owned by a {@link Dimension}.
 *
 * <p>Choice questions ({@link QuestionType#hasOptions()}) take their options either from a shared
 * {@link AnswerScale} (by {@link #scale()}) or from their own {@link #options()}; use
 * {@link Questionnaire#optionsOf(Question)} to get them either way. Whether "don't know" and "not
 * applicable" are allowed comes from the question if it says so, else from its scale, else no.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Question {

  Question() {}

  /** @return the id, unique among all questions of the questionnaire */
  @Pattern(regexp = Ids.ID_PATTERN)
  public abstract String id();

  /** @return what kind of answer the question takes */
  public abstract QuestionType type();

  /** @return the question as shown to respondents */
  @Valid
  public abstract LocalizedText text();

  /** @return an optional explanation shown with the question */
  public abstract Optional<@Valid LocalizedText> help();

  /** @return the weight of this question within its dimension; 1 unless set */
  @Value.Default
  @DecimalMin("0")
  public BigDecimal weight() {
    return BigDecimal.ONE;
  }

  /** @return the id of the shared scale whose options this question offers */
  public abstract Optional<String> scale();

  /** @return the question's own options, when it does not use a shared scale */
  public abstract List<@Valid AnswerOption> options();

  /** @return whether "don't know" is allowed; empty to inherit from the scale */
  public abstract Optional<Boolean> allowDontKnow();

  /** @return whether "not applicable" is allowed; empty to inherit from the scale */
  public abstract Optional<Boolean> allowNotApplicable();

  /** @return the unit of a number answer, such as {@code "%"} */
  public abstract Optional<@Size(min = 1, max = 64) String> unit();

  /** @return the smallest allowed number answer */
  public abstract Optional<BigDecimal> min();

  /** @return the largest allowed number answer */
  public abstract Optional<BigDecimal> max();

  /** @return whether a complete response must answer this question (when it is visible) */
  @Value.Default
  public boolean required() {
    return false;
  }

  /**
   * Whether the option scores are reversed: an option scores {@code lowest + highest - score},
   * where lowest and highest are the smallest and largest option scores.
   *
   * @return true for reverse-scored items; false unless set
   */
  @Value.Default
  public boolean reversed() {
    return false;
  }

  /** @return how the answer is scored, for yes/no, number and multiple-choice questions */
  public abstract Optional<@Valid ItemScoring> scoring();

  /** @return the condition under which the question is shown; always shown when empty */
  public abstract Optional<Condition> visibleWhen();

  /**
   * Host data attached to this question; the library keeps it unchanged.
   *
   * @return JSON texts keyed by member name (see {@link Questionnaire#extensions()})
   */
  public abstract Map<String, String> extensions();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Question}s. */
  public static final class Builder extends ImmutableQuestion.Builder {
    Builder() {}
  }
}
