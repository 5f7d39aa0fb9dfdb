package dev.selfcheck.scoring;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.Operator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One fact that made a rule's condition true, such as "the score of 'management' is 41.67, below
 * 50": a {@link Code} with its arguments, the id of the rule and the JSON Pointer of the condition
 * it satisfied. {@link #message(Locale)} states it in words.
 *
 * <p>Which arguments a reason has depends on its code (see each code); the others are empty. A
 * reason states what the assessment saw: the answer given, the exact score, the band; never
 * something the reader must look up in the response.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Reason {

  Reason() {}

  /** The kinds of fact. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public enum Code {
    /** A question is in an answer state: {@link #question()}, {@link #state()}. */
    ANSWER_STATE("answerState"),
    /**
     * An answer satisfies a comparison: {@link #question()}, the {@link #answer()} given, the
     * {@link #operator()} and its {@link #literals()}.
     */
    ANSWER_VALUE("answerValue"),
    /**
     * Enough of a list of questions pass a test: {@link #questions()} (those that pass), {@link
     * #questionCount()} (all), the test ({@link #state()}, or {@link #operator()} with {@link
     * #literals()}) and the bounds {@link #atLeast()}, {@link #atMost()}.
     */
    COUNT("count"),
    /**
     * A score compares with a number: {@link #dimension()}, the exact {@link #value()}, the {@link
     * #displayScore()}, the {@link #operator()} and the number in {@link #literals()}.
     */
    SCORE("score"),
    /**
     * A completion compares with a number: {@link #dimension()}, the exact {@link #value()}, the
     * {@link #operator()} and the number in {@link #literals()}.
     */
    COMPLETION("completion"),
    /** A dimension has a score: {@link #dimension()}. */
    SCORABLE("scorable"),
    /** A dimension has no score: {@link #dimension()} and why ({@link #notScorable()}). */
    NOT_SCORABLE("notScorable"),
    /** A dimension's score lies in a band: {@link #dimension()}, {@link #band()}. */
    BAND("band"),
    /**
     * A negated condition does not hold: {@link #negated()}, the questionnaire's condition at
     * {@link #pointer()} + {@code /not}.
     */
    NOT("not");

    private final String jsonName;

    Code(String jsonName) {
      this.jsonName = jsonName;
    }

    /** @return the name in the assessment JSON, such as {@code "answerValue"} */
    public String jsonName() {
      return jsonName;
    }

    /**
     * The code with a JSON name.
     *
     * @param jsonName a name such as {@code "answerValue"}
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

  /** @return the id of the rule */
  public abstract String rule();

  /** @return the JSON Pointer of the condition in the questionnaire document */
  public abstract String pointer();

  /** @return what kind of fact this is */
  public abstract Code code();

  /** @return the question, for {@link Code#ANSWER_STATE} and {@link Code#ANSWER_VALUE} */
  public abstract Optional<String> question();

  /** @return the questions that pass the test, for {@link Code#COUNT} */
  public abstract List<String> questions();

  /** @return how many questions the test was applied to, for {@link Code#COUNT} */
  public abstract OptionalInt questionCount();

  /** @return the least number of passing questions required, for {@link Code#COUNT} */
  public abstract OptionalInt atLeast();

  /** @return the largest number of passing questions allowed, for {@link Code#COUNT} */
  public abstract OptionalInt atMost();

  /** @return the answer state, for {@link Code#ANSWER_STATE} and a {@link Code#COUNT} by state */
  public abstract Optional<AnswerState> state();

  /** @return the answer given, for {@link Code#ANSWER_VALUE} */
  public abstract Optional<AnswerValue> answer();

  /**
   * @return the comparison, for {@link Code#ANSWER_VALUE}, {@link Code#SCORE}, {@link
   *     Code#COMPLETION} and a {@link Code#COUNT} by value
   */
  public abstract Optional<Operator> operator();

  /** @return the values compared with, in the order of the condition */
  public abstract List<Literal> literals();

  /** @return the dimension (or {@value DimensionResult#TOTAL}), for the dimension facts */
  public abstract Optional<String> dimension();

  /** @return the exact score or completion, for {@link Code#SCORE} and {@link Code#COMPLETION} */
  public abstract Optional<Rational> value();

  /** @return the score as displayed, for {@link Code#SCORE} */
  public abstract Optional<BigDecimal> displayScore();

  /** @return the band's id, for {@link Code#BAND} */
  public abstract Optional<String> band();

  /** @return why the dimension has no score, for {@link Code#NOT_SCORABLE} */
  public abstract Optional<NotScorable> notScorable();

  /**
   * The condition that does not hold, for {@link Code#NOT}: the questionnaire's own condition at
   * {@link #pointer()} + {@code /not}. The assessment JSON does not repeat it; reading an assessment
   * back takes it from the questionnaire.
   *
   * @return the negated condition
   */
  public abstract Optional<Condition> negated();

  /**
   * The fact in words, from the scoring module's message bundle, with ids as they are.
   *
   * @param locale the reader's locale; languages without texts get English
   * @return such as {@code the score of 'management' is 8.3 (exactly 25/3), which is below 50}
   */
  public String message(Locale locale) {
    return Wording.of(locale).reason(this);
  }

  /**
   * The fact in English (rendered from the code, see {@link #message(Locale)}).
   *
   * @return the fact in English
   */
  public String fact() {
    return message(Locale.ENGLISH);
  }

  @Value.Check
  void check() {
    Code c = code();
    require(question().isPresent() == (c == Code.ANSWER_STATE || c == Code.ANSWER_VALUE), "question");
    require(questionCount().isPresent() == (c == Code.COUNT), "questionCount");
    require(c == Code.COUNT || (questions().isEmpty() && atLeast().isEmpty() && atMost().isEmpty()),
        "questions, atLeast and atMost");
    require(c != Code.ANSWER_STATE || state().isPresent(), "state");
    require(answer().isPresent() == (c == Code.ANSWER_VALUE), "answer");
    boolean measure = c == Code.SCORE || c == Code.COMPLETION;
    require(c != Code.ANSWER_VALUE && !measure || operator().isPresent() && !literals().isEmpty(),
        "operator and literals");
    require(c != Code.COUNT || state().isPresent() != operator().isPresent(), "state or operator");
    require(dimension().isPresent() == (measure || c == Code.SCORABLE || c == Code.NOT_SCORABLE
        || c == Code.BAND), "dimension");
    require(value().isPresent() == measure, "value");
    require(c == Code.SCORE || displayScore().isEmpty(), "displayScore");
    require(band().isPresent() == (c == Code.BAND), "band");
    require(notScorable().isPresent() == (c == Code.NOT_SCORABLE), "notScorable");
    require(negated().isPresent() == (c == Code.NOT), "negated");
  }

  private void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalArgumentException("a reason '" + code().jsonName() + "' has the wrong " + what);
    }
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Reason}s. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Builder extends ImmutableReason.Builder {
    Builder() {}
  }
}
