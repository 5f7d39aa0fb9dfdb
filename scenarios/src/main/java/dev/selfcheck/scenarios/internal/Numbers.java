package dev.selfcheck.scenarios.internal;

import dev.selfcheck.scoring.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/** Exact numbers written as text: an integer, a decimal ({@code 62.5}) or a fraction ({@code 250/3}). */
public final class Numbers {

  private Numbers() {}

  /**
   * Reads an exact number.
   *
   * @param text an integer, a decimal or a fraction of two integers
   * @return the number, or empty if the text is none of these (or a fraction over zero)
   */
  public static Optional<Rational> parse(String text) {
    String t = text.strip();
    try {
      int slash = t.indexOf('/');
      if (slash < 0) {
        return Optional.of(Rational.of(new BigDecimal(t)));
      }
      BigInteger denominator = new BigInteger(t.substring(slash + 1).strip());
      if (denominator.signum() == 0) {
        return Optional.empty();
      }
      return Optional.of(Rational.of(new BigInteger(t.substring(0, slash).strip()), denominator));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads an exact number that a caller wrote in code.
   *
   * @param text an integer, a decimal or a fraction
   * @return the number
   * @throws IllegalArgumentException if the text is not such a number
   */
  public static Rational require(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException(
        "'" + text + "' is not an exact number: write an integer, a decimal such as 62.5 or a"
            + " fraction such as 250/3"));
  }
}
