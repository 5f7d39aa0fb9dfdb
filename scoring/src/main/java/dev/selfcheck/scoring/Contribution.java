package dev.selfcheck.scoring;

import dev.selfcheck.core.AnswerState;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How one child (a question or a sub-dimension) contributed to its dimension's score: its own
 * score, its weight, its effective share of the weight, and the points it added. The points of all
 * children add up to the dimension's score before rescaling, so a report can show how every score
 * came about.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Contribution {

  Contribution() {}

  /** What kind of child contributed. */
  public enum Kind {
    /** A question of the dimension. */
    QUESTION,
    /** A sub-dimension. */
    DIMENSION
  }

  /** @return whether the child is a question or a dimension */
  public abstract Kind kind();

  /** @return the id of the question or dimension */
  public abstract String id();

  /** @return for a question, the state of its answer; {@link AnswerState#ANSWERED} for dimensions */
  public abstract AnswerState state();

  /** @return whether the question is shown (false if its visibility condition hides it) */
  @Value.Default
  public boolean visible() {
    return true;
  }

  /** @return the child's score, if it has one (an item score, or a sub-dimension's score) */
  public abstract Optional<Rational> score();

  /** @return true if the score was imputed by the missing policy ({@code countAs}) */
  @Value.Default
  public boolean imputed() {
    return false;
  }

  /** @return the weight as declared */
  public abstract BigDecimal weight();

  /** @return whether the child counted in the dimension's score */
  public abstract boolean included();

  /** @return the child's effective share of the weight (0 to 1); 0 if not included */
  public abstract Rational share();

  /** @return the points the child added to the dimension's score (before rescaling) */
  public abstract Rational points();

  /** @return why the child did not count, if it did not */
  public abstract Optional<Exclusion> exclusion();

  /**
   * Why the child did not count, in English (rendered from {@link #exclusion()}; use {@link
   * Exclusion#message(Locale)} for other languages).
   *
   * @return such as {@code answered "don't know"}, if the child did not count
   */
  public Optional<String> excludedBecause() {
    return exclusion().map(e -> e.message(Locale.ENGLISH));
  }

  /** Why a child did not count in its dimension's score. */
  public enum Exclusion {
    /** The question is hidden by its visibility condition. */
    HIDDEN("hidden"),
    /** The question was answered "don't know". */
    DONT_KNOW("dontKnow"),
    /** The question was answered "not applicable". */
    NOT_APPLICABLE("notApplicable"),
    /** The question was not answered. */
    NOT_ANSWERED("notAnswered"),
    /** The answer has no score (see the response findings). */
    ANSWER_NOT_SCORED("answerNotScored"),
    /** The sub-dimension has no score. */
    NOT_SCORABLE("notScorable"),
    /** The child has a score, but its dimension has none. */
    DIMENSION_NOT_SCORABLE("dimensionNotScorable");

    private final String jsonName;

    Exclusion(String jsonName) {
      this.jsonName = jsonName;
    }

    /** @return the name in the assessment JSON, such as {@code "dontKnow"} */
    public String jsonName() {
      return jsonName;
    }

    /**
     * The reason in words, from the scoring module's message bundle.
     *
     * @param locale the reader's locale; languages without texts get English
     * @return such as {@code answered "don't know"}
     */
    public String message(Locale locale) {
      return Wording.of(locale).exclusion(this);
    }

    /**
     * The exclusion with a JSON name.
     *
     * @param jsonName a name such as {@code "dontKnow"}
     * @return the exclusion, if there is one of that name
     */
    public static Optional<Exclusion> fromJsonName(String jsonName) {
      for (Exclusion e : values()) {
        if (e.jsonName.equals(jsonName)) {
          return Optional.of(e);
        }
      }
      return Optional.empty();
    }
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Contribution}s. */
  public static final class Builder extends ImmutableContribution.Builder {
    Builder() {}
  }
}
