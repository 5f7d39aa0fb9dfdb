package dev.selfcheck.scoring.internal;

import dev.selfcheck.scoring.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/*
 * The evaluator's number: an exact fraction n/d in two longs (d > 0, not necessarily in lowest
 * terms; reduced when d grows beyond 2^24 and by Rational.of when read), mutable so that a reused
 * evaluation allocates nothing. Every operation is overflow-checked; on overflow the number goes
 * on as a Rational (BigInteger inside) and stays exact, in the same evaluator: there is no second
 * path. Comparisons are exact through 128-bit products. Constants of the plan are Exacts that are
 * never written after compilation.
 */
/** A mutable exact fraction in longs, with a BigInteger fallback on overflow. */
final class Exact {

  /** Fractions are reduced when their denominator grows beyond this. */
  private static final long REDUCE_ABOVE = 1L << 24;

  private long n;
  private long d = 1;
  /** The value once long arithmetic overflowed (or a constant did not fit); null before. */
  private Rational big;

  /** @return a new zero */
  static Exact zero() {
    return new Exact();
  }

  /**
   * @param r a number
   * @return a new Exact of it
   */
  static Exact of(Rational r) {
    return new Exact().set(r);
  }

  Exact set(Rational r) {
    BigInteger num = r.numerator();
    BigInteger den = r.denominator();
    if (num.bitLength() < 63 && den.bitLength() < 63) {
      n = num.longValue();
      d = den.longValue();
      big = null;
    } else {
      big = r;
    }
    return this;
  }

  Exact set(long num, long den) {
    n = num;
    d = den;
    if (big != null) { // a reference store costs a GC barrier; it is nearly always null already
      big = null;
    }
    return this;
  }

  Exact set(Exact o) {
    n = o.n;
    d = o.d;
    big = o.big;
    return this;
  }

  Exact setZero() {
    return set(0, 1);
  }

  /** @return the numerator while the value is held in longs (see {@link #big()}) */
  long num() {
    return n;
  }

  /** @return the denominator while the value is held in longs (see {@link #big()}) */
  long den() {
    return d;
  }

  /** @return the value once it outgrew the longs, or null while it is held in them */
  Rational big() {
    return big;
  }

  /** @return the value as a Rational, in lowest terms */
  Rational value() {
    return big != null ? big : Rational.of(n, d);
  }

  int signum() {
    return big != null ? big.signum() : Long.signum(n);
  }

  /** this += o. */
  Exact add(Exact o) {
    if (big == null && o.big == null) {
      try {
        return addLong(o.n, o.d);
      } catch (ArithmeticException overflow) {
        // go on exactly below
      }
    }
    big = value().plus(o.value());
    return this;
  }

  /** this += a × b. */
  Exact addProduct(Exact a, Exact b) {
    if (big == null && a.big == null && b.big == null) {
      try {
        return addLong(Math.multiplyExact(a.n, b.n), Math.multiplyExact(a.d, b.d));
      } catch (ArithmeticException overflow) {
        // go on exactly below
      }
    }
    big = value().plus(a.value().times(b.value()));
    return this;
  }

  /** this −= o. */
  Exact subtract(Exact o) {
    if (big == null && o.big == null && o.n != Long.MIN_VALUE) {
      try {
        return addLong(-o.n, o.d);
      } catch (ArithmeticException overflow) {
        // go on exactly below
      }
    }
    big = value().minus(o.value());
    return this;
  }

  private Exact addLong(long c, long e) {
    long num;
    long den;
    if (d == e) {
      num = Math.addExact(n, c);
      den = d;
    } else if (d == 1) {
      num = Math.addExact(Math.multiplyExact(n, e), c);
      den = e;
    } else if (e == 1) {
      num = Math.addExact(n, Math.multiplyExact(c, d));
      den = d;
    } else if (small(n) && small(c) && small(d) && small(e) && d * e <= REDUCE_ABOVE) {
      // every product below 2^62 and their sum below 2^63, and no reduction follows: no check
      // and no gcd needed
      num = n * e + c * d;
      den = d * e;
    } else {
      // over the least common multiple of the denominators: one gcd of the denominators instead
      // of a reduction of the grown product (sums of many fractions keep small denominators)
      long g = gcd(d, e);
      long dg = d / g;
      den = Math.multiplyExact(dg, e);
      num = Math.addExact(Math.multiplyExact(n, e / g), Math.multiplyExact(c, dg));
    }
    return setReduced(num, den);
  }

  /** @return whether |x| < 2^31, so that the product of two such is below 2^62 */
  static boolean small(long x) {
    return (x + (1L << 31)) >>> 32 == 0;
  }

  /**
   * this = (a/b) / (c/e), where b, e > 0 and c is not zero.
   *
   * @return this
   */
  Exact setQuotient(long a, long b, long c, long e) {
    try {
      long num = Math.multiplyExact(a, e);
      long den = Math.multiplyExact(b, c);
      if (den < 0) {
        num = Math.negateExact(num);
        den = Math.negateExact(den);
      }
      big = null;
      return setReduced(num, den);
    } catch (ArithmeticException overflow) {
      big = Rational.of(a, b).dividedBy(Rational.of(c, e));
      return this;
    }
  }

  /**
   * this = num/den (den > 0), reduced when the denominator is large.
   *
   * @return this
   */
  Exact setFraction(long num, long den) {
    if (big != null) {
      big = null;
    }
    return setReduced(num, den);
  }

  /** this = num/den (den > 0), reduced when the denominator has grown large. */
  private Exact setReduced(long num, long den) {
    n = num;
    d = den;
    if (d > REDUCE_ABOVE) {
      reduce();
    }
    return this;
  }

  /** this ×= o. */
  Exact multiply(Exact o) {
    if (big == null && o.big == null) {
      try {
        return setReduced(Math.multiplyExact(n, o.n), Math.multiplyExact(d, o.d));
      } catch (ArithmeticException overflow) {
        // go on exactly below
      }
    }
    big = value().times(o.value());
    return this;
  }

  /** this /= o (o not zero). */
  Exact divide(Exact o) {
    if (big == null && o.big == null && o.n != Long.MIN_VALUE) {
      try {
        long num = Math.multiplyExact(n, o.d);
        long den = Math.multiplyExact(d, o.n);
        return den < 0 ? setReduced(Math.negateExact(num), Math.negateExact(den)) : setReduced(num, den);
      } catch (ArithmeticException overflow) {
        // go on exactly below
      }
    }
    big = value().dividedBy(o.value());
    return this;
  }

  /**
   * this = this rounded to a number of decimals: FLOOR down, CEILING up, HALF_UP to the nearer
   * step and away from zero halfway, HALF_EVEN to the nearer step and to the even one halfway.
   */
  Exact round(RoundingMode mode, int decimals) {
    if (big == null && decimals < TEN.length) {
      try {
        long scaled = Math.multiplyExact(n, TEN[decimals]);
        long q = Math.floorDiv(scaled, d);
        long r = Math.floorMod(scaled, d);
        int half = Long.compare(r, d - r); // the remainder against half a step
        boolean up = switch (mode) {
          case FLOOR -> false;
          case CEILING -> r != 0;
          case HALF_UP -> half > 0 || half == 0 && scaled > 0;
          case HALF_EVEN -> half > 0 || half == 0 && (q & 1) != 0;
          default -> throw new IllegalArgumentException("no rounding rule " + mode);
        };
        return setReduced(up ? Math.addExact(q, 1) : q, TEN[decimals]);
      } catch (ArithmeticException overflow) {
        // go on exactly below
      }
    }
    Rational v = value();
    return set(Rational.of(new BigDecimal(v.numerator())
        .divide(new BigDecimal(v.denominator()), decimals, mode)));
  }

  private static final long[] TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
      10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L};

  /** @return negative, zero or positive as this is below, equal to or above o */
  int compareTo(Exact o) {
    if (big != null || o.big != null) {
      return value().compareTo(o.value());
    }
    return compare(n, d, o.n, o.d);
  }

  /** this = min(this, o). */
  Exact min(Exact o) {
    return compareTo(o) > 0 ? set(o) : this;
  }

  /** this = max(this, o). */
  Exact max(Exact o) {
    return compareTo(o) < 0 ? set(o) : this;
  }

  /**
   * Compares num/den (den > 0) with this.
   *
   * @return negative, zero or positive as num/den is below, equal to or above this
   */
  int compareFraction(long num, long den) {
    if (big != null) {
      return Rational.of(num, den).compareTo(big);
    }
    return compare(num, den, n, d);
  }

  private void reduce() {
    if (n == 0) {
      d = 1;
      return;
    }
    if (n == Long.MIN_VALUE) {
      return;
    }
    long g = gcd(Math.abs(n), d);
    n /= g;
    d /= g;
  }

  /** The greatest common divisor of two non-negative longs (binary: no division, no branch per step). */
  static long gcd(long a, long b) {
    if (a == 0) {
      return b;
    }
    if (b == 0) {
      return a;
    }
    int shift = Long.numberOfTrailingZeros(a | b);
    a >>>= Long.numberOfTrailingZeros(a);
    while (b != 0) {
      b >>>= Long.numberOfTrailingZeros(b);
      long lo = Math.min(a, b); // min and max, not a branch: the comparison is a coin flip
      b = Math.max(a, b) - lo;
      a = lo;
    }
    return a << shift;
  }

  /** Compares a/b with c/d (b, d > 0) exactly, through 128-bit products. */
  static int compare(long a, long b, long c, long d) {
    if (b == d) {
      return Long.compare(a, c);
    }
    if (small(a) && small(b) && small(c) && small(d)) {
      return Long.compare(a * d, c * b); // one cross-multiplication, exact below 2^62
    }
    long hi1 = Math.multiplyHigh(a, d);
    long lo1 = a * d;
    long hi2 = Math.multiplyHigh(c, b);
    long lo2 = c * b;
    return hi1 != hi2 ? Long.compare(hi1, hi2) : Long.compareUnsigned(lo1, lo2);
  }

  @Override
  public String toString() {
    return value().toString();
  }
}
