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
 * <p>Numbers whose numerator and denominator fit in a {@code long} are held and computed as
 * {@code long}s; an operation that would overflow falls back to {@link BigInteger}, so results
 * stay exact at any size.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Rational implements Comparable<Rational> {

  /*
   * Two representations: small (big == null; num/den hold the value, den > 0) or big (num and den
   * unused). A value is small whenever its lowest-terms numerator and denominator fit in a long,
   * so equal numbers always have the same representation and equals can compare fields.
   */

  /** Zero. */
  public static final Rational ZERO = new Rational(0, 1);

  /** One. */
  public static final Rational ONE = new Rational(1, 1);

  /** One hundred. */
  public static final Rational HUNDRED = new Rational(100, 1);

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final long[] POWERS_OF_TEN = {
      1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
      1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
      100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L,
      100_000_000_000_000_000L, 1_000_000_000_000_000_000L};

  private final long num;
  private final long den;
  /** Numerator and denominator when they do not both fit in a long; null otherwise. */
  private final BigInteger[] big;

  private Rational(long num, long den) {
    this.num = num;
    this.den = den;
    this.big = null;
  }

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.num = 0;
    this.den = 1;
    this.big = new BigInteger[] {numerator, denominator};
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
    if (numerator.bitLength() < 63 && denominator.bitLength() < 63) {
      return of(numerator.longValue(), denominator.longValue());
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
    if (fitsLong(numerator) && fitsLong(denominator)) {
      return new Rational(numerator.longValue(), denominator.longValue());
    }
    return new Rational(numerator, denominator);
  }

  /**
   * A fraction of two whole numbers, reduced to lowest terms.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the number
   * @throws ArithmeticException if the denominator is zero
   */
  public static Rational of(long numerator, long denominator) {
    if (denominator == 0) {
      throw new ArithmeticException("denominator is zero");
    }
    if (numerator == 0) {
      return ZERO;
    }
    if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
      return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }
    if (denominator < 0) {
      numerator = -numerator;
      denominator = -denominator;
    }
    long gcd = gcd(Math.abs(numerator), denominator);
    if (gcd != 1) {
      numerator /= gcd;
      denominator /= gcd;
    }
    if (denominator == 1) {
      if (numerator == 1) {
        return ONE;
      }
      if (numerator == 100) {
        return HUNDRED;
      }
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
    return of(value, 1);
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
    if (value.scale() < POWERS_OF_TEN.length && value.precision() < 19) {
      return of(value.unscaledValue().longValue(), POWERS_OF_TEN[value.scale()]);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  private static boolean fitsLong(BigInteger v) {
    return v.compareTo(LONG_MIN) > 0 && v.compareTo(LONG_MAX) <= 0;
  }

  /**
   * The greatest common divisor of a ≥ 0 and b > 0, by shifts and subtractions (no division), and
   * without a branch per step: each step keeps the smaller of the two and the difference, by masks.
   */
  private static long gcd(long a, long b) {
    if (a == 0) {
      return b;
    }
    int shift = Long.numberOfTrailingZeros(a | b);
    a >>= Long.numberOfTrailingZeros(a);
    b >>= Long.numberOfTrailingZeros(b);
    while (a != b) {
      long d = b - a; // a and b are odd and positive, so d is even and not Long.MIN_VALUE
      long m = d >> 63; // all ones when b < a
      a += d & m; // the smaller
      b = ((d ^ m) - m) >> Long.numberOfTrailingZeros(d); // |b - a|, made odd
    }
    return a << shift;
  }

  /** @return the numerator (in lowest terms) */
  public BigInteger numerator() {
    return big != null ? big[0] : BigInteger.valueOf(num);
  }

  /** @return the denominator (in lowest terms, positive) */
  public BigInteger denominator() {
    return big != null ? big[1] : BigInteger.valueOf(den);
  }

  /**
   * @param other a number
   * @return this + other
   */
  public Rational plus(Rational other) {
    if (big == null && other.big == null) {
      if (other.num == 0) {
        return this;
      }
      if (num == 0) {
        return other;
      }
      try {
        if (den == other.den) {
          return of(Math.addExact(num, other.num), den);
        }
        return of(Math.addExact(Math.multiplyExact(num, other.den), Math.multiplyExact(other.num, den)),
            Math.multiplyExact(den, other.den));
      } catch (ArithmeticException overflow) {
        // fall through to BigInteger
      }
    }
    BigInteger n = numerator();
    BigInteger d = denominator();
    BigInteger on = other.numerator();
    BigInteger od = other.denominator();
    if (d.equals(od)) {
      return of(n.add(on), d);
    }
    return of(n.multiply(od).add(on.multiply(d)), d.multiply(od));
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
    if (big == null && other.big == null) {
      if (num == 0 || other.num == 0) {
        return ZERO;
      }
      try {
        return of(Math.multiplyExact(num, other.num), Math.multiplyExact(den, other.den));
      } catch (ArithmeticException overflow) {
        // fall through to BigInteger
      }
    }
    return of(numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
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
    if (big == null && other.big == null) {
      try {
        return of(Math.multiplyExact(num, other.den), Math.multiplyExact(den, other.num));
      } catch (ArithmeticException overflow) {
        // fall through to BigInteger
      }
    }
    return of(numerator().multiply(other.denominator()), denominator().multiply(other.numerator()));
  }

  /** @return −this */
  public Rational negate() {
    if (big == null) {
      return num == 0 ? this : new Rational(-num, den); // num is never Long.MIN_VALUE
    }
    return of(big[0].negate(), big[1]);
  }

  /** @return −1, 0 or 1 */
  public int signum() {
    return big == null ? Long.signum(num) : big[0].signum();
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
    if (big == null && other.big == null) {
      if (den == other.den) {
        return Long.compare(num, other.num);
      }
      long hi1 = Math.multiplyHigh(num, other.den);
      long lo1 = num * other.den;
      long hi2 = Math.multiplyHigh(other.num, den);
      long lo2 = other.num * den;
      // compare the two 128-bit products
      return hi1 != hi2 ? Long.compare(hi1, hi2) : Long.compareUnsigned(lo1, lo2);
    }
    return numerator().multiply(other.denominator()).compareTo(other.numerator().multiply(denominator()));
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
    if (big == null && decimals < POWERS_OF_TEN.length) {
      long scaled = num * POWERS_OF_TEN[decimals];
      if (Math.multiplyHigh(num, POWERS_OF_TEN[decimals]) == (scaled >> 63)) {
        // |scaled / den| rounded half up, away from zero
        long q = scaled / den;
        long r = Math.abs(scaled % den);
        if (r >= den - r) {
          q += Long.signum(scaled);
        }
        return BigDecimal.valueOf(q, decimals);
      }
    }
    return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), decimals, RoundingMode.HALF_UP);
  }

  /** @return true if the number has a finite decimal expansion */
  public boolean isTerminatingDecimal() {
    if (big == null) {
      long d = den;
      d >>= Long.numberOfTrailingZeros(d);
      while (d % 5 == 0) {
        d /= 5;
      }
      return d == 1;
    }
    BigInteger d = big[1];
    for (BigInteger p : new BigInteger[] {BigInteger.TWO, BigInteger.valueOf(5)}) {
      while (d.mod(p).signum() == 0) {
        d = d.divide(p);
      }
    }
    return d.equals(BigInteger.ONE);
  }

  /** @return the nearest double (for charts; never for comparisons) */
  public double doubleValue() {
    // 34 significant digits, then one rounding to double: a double needs up to 17 (DECIMAL64's 16
    // gave 1.844674407370955E19 for 2^64, which is exactly a double)
    return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), java.math.MathContext.DECIMAL128)
        .doubleValue();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Rational)) {
      return false;
    }
    Rational r = (Rational) o;
    if (big == null || r.big == null) {
      return big == r.big && num == r.num && den == r.den;
    }
    return big[0].equals(r.big[0]) && big[1].equals(r.big[1]);
  }

  @Override
  public int hashCode() {
    return big == null ? Long.hashCode(num) * 31 + Long.hashCode(den) : big[0].hashCode() * 31 + big[1].hashCode();
  }

  /** @return the exact decimal if it terminates (such as {@code 62.5}), else {@code 250/3} */
  @Override
  public String toString() {
    return appendTo(new StringBuilder(24)).toString();
  }

  /**
   * Appends {@link #toString()} to a builder without making a string first: for writers of many
   * numbers, such as a batch's output lines.
   *
   * @param out the builder
   * @return {@code out}
   * @since 0.2
   */
  public StringBuilder appendTo(StringBuilder out) {
    if (big == null) {
      if (den == 1) {
        return out.append(num);
      }
      // den = 2^twos · 5^fives · rest; terminating exactly when rest = 1, with max(twos, fives) digits
      int twos = Long.numberOfTrailingZeros(den);
      long rest = den >> twos;
      int fives = 0;
      while (rest % 5 == 0) {
        rest /= 5;
        fives++;
      }
      if (rest != 1) {
        return out.append(num).append('/').append(den);
      }
      int scale = Math.max(twos, fives);
      if (scale < POWERS_OF_TEN.length) {
        long factor = POWERS_OF_TEN[scale] / den;
        long unscaled = num * factor;
        if (Math.multiplyHigh(num, factor) == (unscaled >> 63) && unscaled != Long.MIN_VALUE) {
          // the plain digits of unscaled · 10^-scale (scale ≥ 1, the last digit not zero)
          long magnitude = Math.abs(unscaled);
          long unit = POWERS_OF_TEN[scale];
          if (unscaled < 0) {
            out.append('-');
          }
          out.append(magnitude / unit).append('.');
          long fraction = magnitude % unit;
          for (long d = unit / 10; d > fraction && d > 1; d /= 10) {
            out.append('0');
          }
          return out.append(fraction);
        }
      }
    }
    if (isTerminatingDecimal()) {
      return out.append(new BigDecimal(numerator()).divide(new BigDecimal(denominator())).toPlainString());
    }
    return out.append(numerator()).append('/').append(denominator());
  }

  /**
   * A running exact sum, for adding up many terms (such as the weighted scores of a dimension)
   * without creating a number per step. Terms whose parts fit in a {@code long} are added as
   * {@code long}s; on overflow the sum goes on with {@link Rational} arithmetic, so it stays exact.
   *
   * <p>Mutable and not thread-safe: use one per computation.
   *
   * @since 0.1
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Sum {
    private long num;
    private long den = 1;
    /** The sum so far once long arithmetic overflowed; null before. */
    private Rational exact;

    /** An empty sum (zero). */
    public Sum() {}

    /**
     * Adds a term.
     *
     * @param x the term
     * @return this sum
     */
    public Sum add(Rational x) {
      if (exact == null && x.big == null && addSmall(x.num, x.den)) {
        return this;
      }
      exact = value().plus(x);
      return this;
    }

    /**
     * Adds the product of two numbers.
     *
     * @param a a factor
     * @param b the other factor
     * @return this sum
     */
    public Sum addProduct(Rational a, Rational b) {
      if (exact == null && a.big == null && b.big == null) {
        long hn = Math.multiplyHigh(a.num, b.num);
        long n = a.num * b.num;
        long hd = Math.multiplyHigh(a.den, b.den);
        long d = a.den * b.den;
        if (hn == (n >> 63) && hd == 0 && d > 0 && n != Long.MIN_VALUE && addSmall(n, d)) {
          return this;
        }
      }
      exact = value().plus(a.times(b));
      return this;
    }

    /** Adds n/d (d > 0) in longs; false, leaving the sum unchanged, if that would overflow. */
    private boolean addSmall(long n, long d) {
      if (d == den) {
        long r = num + n;
        if (((num ^ r) & (n ^ r)) < 0 || r == Long.MIN_VALUE) {
          return false;
        }
        num = r;
        return true;
      }
      long g = gcd(den, d);
      long hi1 = Math.multiplyHigh(num, d / g);
      long a = num * (d / g);
      long hi2 = Math.multiplyHigh(n, den / g);
      long b = n * (den / g);
      long hi3 = Math.multiplyHigh(den / g, d);
      long newDen = den / g * d;
      long r = a + b;
      if (hi1 != (a >> 63) || hi2 != (b >> 63) || hi3 != 0 || newDen < 0
          || ((a ^ r) & (b ^ r)) < 0 || r == Long.MIN_VALUE) {
        return false;
      }
      num = r;
      den = newDen;
      return true;
    }

    /** @return whether nothing but zeros was added */
    public boolean isZero() {
      return exact == null ? num == 0 : exact.signum() == 0;
    }

    /** @return the sum, in lowest terms */
    public Rational value() {
      return exact != null ? exact : of(num, den);
    }
  }
}
