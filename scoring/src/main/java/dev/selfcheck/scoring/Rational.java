package dev.selfcheck.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An exact rational number: every score, share and completion of an {@link Assessment} is one.
 * Weighted means such as 250/3 stay exact, so a score compares with a band boundary exactly as
 * decimal arithmetic on paper would. Rounding happens only for display ({@link #toBigDecimal(int)},
 * half up).
 *
 * <p>Immutable and thread-safe; always in lowest terms with a positive denominator, so
 * {@link #equals} is numeric equality.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Rational implements Comparable<Rational> {

  /** Zero. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

  /** One. */
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  /** One hundred. */
  public static final Rational HUNDRED = new Rational(BigInteger.valueOf(100), BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * A fraction, reduced to lowest terms.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the number
   * @throws ArithmeticException if the denominator is zero
   */
  public static Rational of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator is zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    return new Rational(numerator, denominator);
  }

  /**
   * A whole number.
   *
   * @param value the number
   * @return the number
   */
  public static Rational of(long value) {
    return of(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * A decimal number, exactly.
   *
   * @param value the number
   * @return the number
   */
  public static Rational of(BigDecimal value) {
    if (value.scale() <= 0) {
      return of(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /** @return the numerator (in lowest terms) */
  public BigInteger numerator() {
    return numerator;
  }

  /** @return the denominator (in lowest terms, positive) */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * @param other a number
   * @return this + other
   */
  public Rational plus(Rational other) {
    if (denominator.equals(other.denominator)) {
      return of(numerator.add(other.numerator), denominator);
    }
    return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * @param other a number
   * @return this − other
   */
  public Rational minus(Rational other) {
    return plus(other.negate());
  }

  /**
   * @param other a number
   * @return this × other
   */
  public Rational times(Rational other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * @param other a number, not zero
   * @return this ÷ other
   * @throws ArithmeticException if other is zero
   */
  public Rational dividedBy(Rational other) {
    if (other.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** @return −this */
  public Rational negate() {
    return numerator.signum() == 0 ? this : new Rational(numerator.negate(), denominator);
  }

  /** @return −1, 0 or 1 */
  public int signum() {
    return numerator.signum();
  }

  /**
   * @param other a number
   * @return the smaller of the two
   */
  public Rational min(Rational other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * @param other a number
   * @return the larger of the two
   */
  public Rational max(Rational other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Compares with a decimal number, exactly.
   *
   * @param value a decimal number
   * @return negative, zero or positive as this is less than, equal to or greater than value
   */
  public int compareTo(BigDecimal value) {
    return compareTo(of(value));
  }

  @Override
  public int compareTo(Rational other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /**
   * Rounds half up (away from zero at .5) to a number of decimals: the display step.
   *
   * @param decimals the number of decimals, 0 or more
   * @return the rounded decimal
   */
  public BigDecimal toBigDecimal(int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals must not be negative, but is " + decimals);
    }
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), decimals, RoundingMode.HALF_UP);
  }

  /** @return true if the number has a finite decimal expansion */
  public boolean isTerminatingDecimal() {
    BigInteger d = denominator;
    for (BigInteger p : new BigInteger[] {BigInteger.TWO, BigInteger.valueOf(5)}) {
      while (d.mod(p).signum() == 0) {
        d = d.divide(p);
      }
    }
    return d.equals(BigInteger.ONE);
  }

  /** @return the nearest double (for charts; never for comparisons) */
  public double doubleValue() {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64)
        .doubleValue();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational
        && ((Rational) o).numerator.equals(numerator)
        && ((Rational) o).denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  /** @return the exact decimal if it terminates (such as {@code 62.5}), else {@code 250/3} */
  @Override
  public String toString() {
    if (denominator.equals(BigInteger.ONE)) {
      return numerator.toString();
    }
    if (isTerminatingDecimal()) {
      return new BigDecimal(numerator).divide(new BigDecimal(denominator)).toPlainString();
    }
    return numerator + "/" + denominator;
  }
}
