package dev.selfcheck.scoring;

import dev.selfcheck.core.MessageBundle;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Why a dimension (or the total) has no score: a code, and for {@link Code#TOO_FEW_ANSWERED} the
 * exact answered share and the required share, for {@link Code#TOO_MANY_MISSING} the number of
 * questions without a score and the number allowed; {@link #message(Locale)} states it in words.
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
    ZERO_WEIGHTS("zeroWeights"),
    /** More applicable questions have no score than allowed ({@code maxMissing}). */
    TOO_MANY_MISSING("tooManyMissing");

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
   * @return for {@link Code#TOO_MANY_MISSING}, how many applicable questions have no score (don't
   *     know, not answered, or an answer that cannot be scored)
   */
  public abstract Optional<Integer> missing();

  /** @return for {@link Code#TOO_MANY_MISSING}, how many may have none ({@code maxMissing}) */
  public abstract Optional<Integer> allowedMissing();

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
    boolean counts = missing().isPresent() && allowedMissing().isPresent();
    if (code() == Code.TOO_MANY_MISSING ? !counts : missing().isPresent() || allowedMissing().isPresent()) {
      throw new IllegalArgumentException("a not-scorable reason '" + code().jsonName() + "' "
          + (code() == Code.TOO_MANY_MISSING ? "needs" : "takes no") + " missing and allowedMissing");
    }
  }

  /**
   * A reason without arguments.
   *
   * @param code any code but {@link Code#TOO_FEW_ANSWERED} and {@link Code#TOO_MANY_MISSING}
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

  /**
   * Too many questions without a score.
   *
   * @param missing how many applicable questions have no score
   * @param allowedMissing how many may have none
   * @return the reason
   */
  public static NotScorable tooManyMissing(int missing, int allowedMissing) {
    return ImmutableNotScorable.builder().code(Code.TOO_MANY_MISSING).missing(missing)
        .allowedMissing(allowedMissing).build();
  }

  @Override
  public String toString() {
    return "NotScorable[code=" + code().jsonName()
        + answeredShare().map(s -> ", answeredShare=" + s).orElse("")
        + requiredShare().map(s -> ", requiredShare=" + s).orElse("")
        + missing().map(s -> ", missing=" + s).orElse("")
        + allowedMissing().map(s -> ", allowedMissing=" + s).orElse("") + "]";
  }
}
