package dev.selfcheck.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The value of an answer: a string (an option value or a free text), a list of option values,
 * yes/no, or an exact number.
 *
 * <p>The kinds mirror the JSON of a response document, which cannot tell an option value from a
 * free text: both are strings. Which kind fits which {@link QuestionType} is checked when a response
 * is validated against its questionnaire. Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AnswerValue {

  /** What kind of value an answer holds. */
  public enum Kind {
    /** A string: one option value (single choice, ordinal scale) or a free text. */
    STRING,
    /** A list of option values, for multiple choice questions. */
    STRINGS,
    /** A boolean, for yes/no questions. */
    BOOLEAN,
    /** A number, for number questions. */
    NUMBER
  }

  private final Kind kind;
  private final Object value;

  private AnswerValue(Kind kind, Object value) {
    this.kind = kind;
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * One chosen option (a {@link Kind#STRING}).
   *
   * @param optionValue the option's value
   * @return the answer value
   */
  public static AnswerValue option(String optionValue) {
    return new AnswerValue(Kind.STRING, optionValue);
  }

  /**
   * Several chosen options, in the order given.
   *
   * @param optionValues the options' values
   * @return the answer value
   */
  public static AnswerValue options(List<String> optionValues) {
    return new AnswerValue(Kind.STRINGS, List.copyOf(optionValues));
  }

  /**
   * A yes/no answer.
   *
   * @param yes true for yes
   * @return the answer value
   */
  public static AnswerValue bool(boolean yes) {
    return new AnswerValue(Kind.BOOLEAN, yes);
  }

  /**
   * A number.
   *
   * @param number the number
   * @return the answer value
   */
  public static AnswerValue number(BigDecimal number) {
    return new AnswerValue(Kind.NUMBER, number);
  }

  /**
   * A free text (a {@link Kind#STRING}, equal to the option of the same text).
   *
   * @param text the text
   * @return the answer value
   */
  public static AnswerValue text(String text) {
    return new AnswerValue(Kind.STRING, text);
  }

  /** @return the kind of value */
  public Kind kind() {
    return kind;
  }

  /** @return the string @throws IllegalStateException if not {@link Kind#STRING} */
  public String asString() {
    return (String) as(Kind.STRING);
  }

  /** @return the option value (same as {@link #asString()}) @throws IllegalStateException if not {@link Kind#STRING} */
  public String asOption() {
    return asString();
  }

  /**
   * The option values.
   *
   * @return the option values
   * @throws IllegalStateException if not {@link Kind#STRINGS}
   */
  @SuppressWarnings("unchecked")
  public List<String> asOptions() {
    return (List<String>) as(Kind.STRINGS);
  }

  /** @return the boolean @throws IllegalStateException if not {@link Kind#BOOLEAN} */
  public boolean asBoolean() {
    return (Boolean) as(Kind.BOOLEAN);
  }

  /** @return the number @throws IllegalStateException if not {@link Kind#NUMBER} */
  public BigDecimal asNumber() {
    return (BigDecimal) as(Kind.NUMBER);
  }

  /** @return the free text (same as {@link #asString()}) @throws IllegalStateException if not {@link Kind#STRING} */
  public String asText() {
    return asString();
  }

  private Object as(Kind expected) {
    if (kind != expected) {
      throw new IllegalStateException("answer value is " + kind + ", not " + expected);
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnswerValue
        && ((AnswerValue) o).kind == kind
        && ((AnswerValue) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + value.hashCode();
  }

  @Override
  public String toString() {
    return "AnswerValue{" + kind.name().toLowerCase(java.util.Locale.ROOT) + "=" + value + "}";
  }
}
