package dev.selfcheck.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The value of an answer: one option, several options, yes/no, an exact number, or a text.
 *
 * <p>Immutable and thread-safe. Which kind fits which {@link QuestionType} is checked when a
 * response is validated against its questionnaire.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AnswerValue {

  /** What kind of value an answer holds. */
  public enum Kind {
    /** One option value, for single choice and ordinal scale questions. */
    OPTION,
    /** A list of option values, for multiple choice questions. */
    OPTIONS,
    /** A boolean, for yes/no questions. */
    BOOLEAN,
    /** A number, for number questions. */
    NUMBER,
    /** A text, for free text questions. */
    TEXT
  }

  private final Kind kind;
  private final Object value;

  private AnswerValue(Kind kind, Object value) {
    this.kind = kind;
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * One chosen option.
   *
   * @param optionValue the option's value
   * @return the answer value
   */
  public static AnswerValue option(String optionValue) {
    return new AnswerValue(Kind.OPTION, optionValue);
  }

  /**
   * Several chosen options, in the order given.
   *
   * @param optionValues the options' values
   * @return the answer value
   */
  public static AnswerValue options(List<String> optionValues) {
    return new AnswerValue(Kind.OPTIONS, List.copyOf(optionValues));
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
   * A free text.
   *
   * @param text the text
   * @return the answer value
   */
  public static AnswerValue text(String text) {
    return new AnswerValue(Kind.TEXT, text);
  }

  /** @return the kind of value */
  public Kind kind() {
    return kind;
  }

  /** @return the option value @throws IllegalStateException if not {@link Kind#OPTION} */
  public String asOption() {
    return (String) as(Kind.OPTION);
  }

  /**
   * The option values.
   *
   * @return the option values
   * @throws IllegalStateException if not {@link Kind#OPTIONS}
   */
  @SuppressWarnings("unchecked")
  public List<String> asOptions() {
    return (List<String>) as(Kind.OPTIONS);
  }

  /** @return the boolean @throws IllegalStateException if not {@link Kind#BOOLEAN} */
  public boolean asBoolean() {
    return (Boolean) as(Kind.BOOLEAN);
  }

  /** @return the number @throws IllegalStateException if not {@link Kind#NUMBER} */
  public BigDecimal asNumber() {
    return (BigDecimal) as(Kind.NUMBER);
  }

  /** @return the text @throws IllegalStateException if not {@link Kind#TEXT} */
  public String asText() {
    return (String) as(Kind.TEXT);
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
