package dev.selfcheck.scoring;

import dev.selfcheck.core.MessageBundle;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Why a dimension (or the total) has no score: a code, and for {@link Code#TOO_FEW_ANSWERED} the
 * exact answered share and the required share; {@link #message(Locale)} states it in words.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Value.Immutable
public abstract class NotScorable implements MessageBundle.Localized {

  NotScorable() {}

  /** The kinds of reason a dimension has no score. */
  public enum Code {
    /** The response is for another questionnaire. */
    FOREIGN_RESPONSE("foreignResponse"),
    /** No question or sub-dimension has a score. */
    NOTHING_SCORED("nothingScored"),
    /** The answered share is below the required minimum ({@code minAnsweredShare}). */
    TOO_FEW_ANSWERED("tooFewAnswered"),
    /** The weights of the scored children add up to zero. */
    ZERO_WEIGHTS("zeroWeights");

    private final String jsonName;

    Code(String jsonName) {
      this.jsonName = jsonName;
    }

    /** @return the name in the assessment JSON, such as {@code "tooFewAnswered"} */
    public String jsonName() {
      return jsonName;
    }

    /**
     * The code with a JSON name.
     *
     * @param jsonName a name such as {@code "tooFewAnswered"}
     * @return the code, if there is one of that name
     */
    public static Optional<Code> fromJsonName(String jsonName) {
      for (Code c : values()) {
        if (c.jsonName.equals(jsonName)) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }
  }

  /** @return why the dimension has no score */
  @Value.Parameter
  public abstract Code code();

  /** @return for {@link Code#TOO_FEW_ANSWERED}, the exact share of applicable questions answered */
  public abstract Optional<Rational> answeredShare();

  /** @return for {@link Code#TOO_FEW_ANSWERED}, the exact share required */
  public abstract Optional<Rational> requiredShare();

  /**
   * The reason in words, from the scoring module's message bundle.
   *
   * @param locale the reader's locale; languages without texts get English
   * @return such as {@code only 0.40 of the applicable questions are answered, less than the
   *     required 0.50}
   */
  @Override
  public String message(Locale locale) {
    return Wording.of(locale).notScorable(this);
  }

  @Value.Check
  void check() {
    boolean shares = answeredShare().isPresent() && requiredShare().isPresent();
    boolean none = answeredShare().isEmpty() && requiredShare().isEmpty();
    if (code() == Code.TOO_FEW_ANSWERED ? !shares : !none) {
      throw new IllegalArgumentException("a not-scorable reason '" + code().jsonName() + "' "
          + (code() == Code.TOO_FEW_ANSWERED ? "needs" : "takes no")
          + " answeredShare and requiredShare");
    }
  }

  /**
   * A reason without arguments.
   *
   * @param code any code but {@link Code#TOO_FEW_ANSWERED}
   * @return the reason
   */
  public static NotScorable of(Code code) {
    return ImmutableNotScorable.of(code);
  }

  /**
   * Too few answers.
   *
   * @param answeredShare the share of applicable questions answered with a value
   * @param requiredShare the share required
   * @return the reason
   */
  public static NotScorable tooFewAnswered(Rational answeredShare, Rational requiredShare) {
    return ImmutableNotScorable.builder().code(Code.TOO_FEW_ANSWERED).answeredShare(answeredShare)
        .requiredShare(requiredShare).build();
  }

  @Override
  public String toString() {
    return "NotScorable[code=" + code().jsonName()
        + answeredShare().map(s -> ", answeredShare=" + s).orElse("")
        + requiredShare().map(s -> ", requiredShare=" + s).orElse("") + "]";
  }
}
