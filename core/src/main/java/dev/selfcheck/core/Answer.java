package dev.selfcheck.core;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A respondent's answer to one question: a value, or "don't know", or "not applicable", with an
 * optional comment and evidence. An answer may also carry only a comment (state
 * {@link AnswerState#NOT_ANSWERED}), so that nothing a respondent wrote is lost.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Answer {

  /**
   * The value, kept when the answer is built (in {@link #check()}) so that {@link #valueOrNull()}
   * needs no {@code Optional}. Not final: a thread that sees the answer through a data race may
   * find it unset, and then valueOrNull() reads {@link #value()} instead (a benign race, as
   * String's hash).
   */
  @SuppressWarnings("immutables:incompat")
  private AnswerValue plainValue;

  Answer() {}

  /** @return the state; {@link AnswerState#ANSWERED} exactly when there is a value */
  @Value.Default
  public AnswerState state() {
    return value().isPresent() ? AnswerState.ANSWERED : AnswerState.NOT_ANSWERED;
  }

  /** @return the value, present exactly when the state is {@link AnswerState#ANSWERED} */
  public abstract Optional<AnswerValue> value();

  /**
   * The value without an {@code Optional} around it, for code that reads many answers in a loop
   * (a scorer binding a response): one less object per answer.
   *
   * @return the value, or null exactly when the state is not {@link AnswerState#ANSWERED}
   * @since 0.1
   */
  public AnswerValue valueOrNull() {
    AnswerValue v = plainValue;
    return v != null || state() != AnswerState.ANSWERED ? v : value().orElseThrow();
  }

  /** @return the respondent's comment */
  public abstract Optional<@Size(max = 100_000) String> comment();

  /** @return evidence: references to documents, decisions or web pages that back the answer */
  public abstract List<@Size(min = 1, max = 10_000) String> evidence();

  @Value.Check
  void check() {
    Optional<AnswerValue> value = value();
    plainValue = value.orElse(null);
    if (state() == AnswerState.NOT_ANSWERED && comment().isEmpty() && evidence().isEmpty()) {
      throw new IllegalArgumentException(
          "an answer needs a value, a state (don't know, not applicable), a comment or evidence;"
              + " leave a question out of the response to say it is not answered");
    }
    if (value.isPresent() != (state() == AnswerState.ANSWERED)) {
      throw new IllegalArgumentException(
          "an answer has a value exactly when its state is ANSWERED, but state is " + state()
              + " and value is " + value.map(Object::toString).orElse("absent"));
    }
  }

  /**
   * An answer with a value.
   *
   * @param value the value
   * @return the answer
   */
  public static Answer of(AnswerValue value) {
    return builder().value(value).build();
  }

  /** @return a "don't know" answer */
  public static Answer dontKnow() {
    return builder().state(AnswerState.DONT_KNOW).build();
  }

  /** @return a "not applicable" answer */
  public static Answer notApplicable() {
    return builder().state(AnswerState.NOT_APPLICABLE).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Answer}s. */
  public static final class Builder extends ImmutableAnswer.Builder {
    Builder() {}
  }
}
