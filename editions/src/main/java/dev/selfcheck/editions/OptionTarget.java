package dev.selfcheck.editions;

import dev.selfcheck.core.AnswerState;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What an answer of the older version becomes in a migration step: another option, an answer state
 * ("don't know", "not applicable") or nothing, with the reason stated.
 *
 * @param kind option, state or drop
 * @param value the option value, the state's JSON name ({@code dontKnow}, {@code notApplicable}) or
 *     the reason the answer is dropped
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record OptionTarget(Kind kind, String value) {

  /** The kinds of target. */
  public enum Kind {
    /** An option of the newer question. */
    OPTION,
    /** An answer state of the newer question. */
    STATE,
    /** No answer: the old answer is dropped, for the stated reason. */
    DROP;

    /** @return the member name in the plan's JSON: {@code option}, {@code state} or {@code drop} */
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Checks that a target has a kind and a non-blank value. */
  public OptionTarget {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a target of kind " + kind + " needs a value");
    }
    if (kind == Kind.STATE && !(value.equals(AnswerState.DONT_KNOW.jsonName())
        || value.equals(AnswerState.NOT_APPLICABLE.jsonName()))) {
      throw new IllegalArgumentException("a state target is dontKnow or notApplicable, not '" + value + "'");
    }
  }

  /**
   * @param value an option value of the newer question
   * @return the target
   */
  public static OptionTarget option(String value) {
    return new OptionTarget(Kind.OPTION, value);
  }

  /**
   * @param state {@link AnswerState#DONT_KNOW} or {@link AnswerState#NOT_APPLICABLE}
   * @return the target
   */
  public static OptionTarget state(AnswerState state) {
    return new OptionTarget(Kind.STATE, state.jsonName());
  }

  /**
   * @param reason why the answer is dropped, in words
   * @return the target
   */
  public static OptionTarget drop(String reason) {
    return new OptionTarget(Kind.DROP, reason);
  }
}
