package dev.selfcheck.core;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A constant in a condition: a text (option values are texts), an exact number, or a boolean.
 *
 * <p>Immutable and thread-safe. Numbers are equal when they are numerically equal
 * ({@code 1.0} equals {@code 1}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Literal {

  /** What kind of constant a literal is. */
  public enum Kind {
    /** A text. */
    TEXT,
    /** A number. */
    NUMBER,
    /** A boolean. */
    BOOLEAN
  }

  private final Kind kind;
  private final Object value;

  private Literal(Kind kind, Object value) {
    this.kind = kind;
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * A text constant.
   *
   * @param text the text
   * @return the literal
   */
  public static Literal of(String text) {
    return new Literal(Kind.TEXT, text);
  }

  /**
   * A number constant.
   *
   * @param number the number
   * @return the literal
   */
  public static Literal of(BigDecimal number) {
    return new Literal(Kind.NUMBER, number);
  }

  /**
   * A boolean constant.
   *
   * @param bool the boolean
   * @return the literal
   */
  public static Literal of(boolean bool) {
    return new Literal(Kind.BOOLEAN, bool);
  }

  /** @return what kind of constant this is */
  public Kind kind() {
    return kind;
  }

  /**
   * The text.
   *
   * @return the text
   * @throws IllegalStateException if this is not a text
   */
  public String text() {
    require(Kind.TEXT);
    return (String) value;
  }

  /**
   * The number.
   *
   * @return the number
   * @throws IllegalStateException if this is not a number
   */
  public BigDecimal number() {
    require(Kind.NUMBER);
    return (BigDecimal) value;
  }

  /**
   * The boolean.
   *
   * @return the boolean
   * @throws IllegalStateException if this is not a boolean
   */
  public boolean bool() {
    require(Kind.BOOLEAN);
    return (Boolean) value;
  }

  private void require(Kind expected) {
    if (kind != expected) {
      throw new IllegalStateException("literal is a " + kind + ", not a " + expected + ": " + this);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Literal)) {
      return false;
    }
    Literal other = (Literal) o;
    if (kind != other.kind) {
      return false;
    }
    return kind == Kind.NUMBER
        ? ((BigDecimal) value).compareTo((BigDecimal) other.value) == 0
        : value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return kind == Kind.NUMBER
        ? ((BigDecimal) value).stripTrailingZeros().hashCode()
        : value.hashCode();
  }

  @Override
  public String toString() {
    return "Literal{" + kind.name().toLowerCase(java.util.Locale.ROOT) + "=" + value + "}";
  }
}
