package dev.selfcheck.panel.internal;

import dev.selfcheck.scoring.Rational;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/*
 * The values seen so far as counts per distinct exact value: everything the descriptive
 * statistics need, in memory bounded by the number of distinct values, not by the number of
 * values. Adding is a hash look-up; the ascending order is made when first asked for (and again
 * after more values came). Sums are taken per distinct denominator (few, even when the values are
 * many) in BigInteger and put together once, so no sum of fractions is reduced value by value.
 * Quantiles are R's type 7: at h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]), counting
 * from 0 in the sorted values; so the median is the middle value or the mean of the two middle
 * ones. The variance is (Σx² − (Σx)²/n) / (n − 1), exact.
 */
/** Counts per distinct value: a multiset of exact numbers with its statistics. */
public final class Tally {

  private final Map<Rational, long[]> counts = new HashMap<>();
  private long n;
  private Rational[] sorted;
  private long[] sortedCounts;
  /** Σ x and Σ x², once asked for; null after new values came. */
  private Rational sum;
  private Rational squares;

  /**
   * Adds a value once.
   *
   * @param value the value
   */
  public void add(Rational value) {
    add(value, 1);
  }

  /**
   * Adds a value a number of times.
   *
   * @param value the value
   * @param times how often, at least 0
   */
  public void add(Rational value, long times) {
    if (times == 0) {
      return;
    }
    long[] c = counts.get(value);
    if (c == null) {
      counts.put(value, new long[] {times});
      sorted = null;
    } else {
      c[0] += times;
      sortedCounts = null;
    }
    n += times;
    sum = null;
    squares = null;
  }

  /**
   * Adds every value of another tally.
   *
   * @param other another tally
   */
  public void addAll(Tally other) {
    Rational s = n == 0 ? Rational.ZERO : sum;
    Rational q = n == 0 ? Rational.ZERO : squares;
    other.counts.forEach((v, c) -> add(v, c[0]));
    if (s != null && q != null && other.n > 0) {  // the sums add up: no need to sum again
      sum = s.plus(other.sum());
      squares = q.plus(other.moment(true));
    }
  }

  /** @return the number of values */
  public long n() {
    return n;
  }

  /** @return whether no value was added */
  public boolean isEmpty() {
    return n == 0;
  }

  /** @return the number of distinct values */
  public int distinct() {
    return counts.size();
  }

  private void sort() {
    if (sorted == null) {
      sorted = counts.keySet().toArray(new Rational[0]);
      Arrays.sort(sorted);
      sortedCounts = null;
    }
    if (sortedCounts == null) {
      sortedCounts = new long[sorted.length];
      for (int i = 0; i < sorted.length; i++) {
        sortedCounts[i] = counts.get(sorted[i])[0];
      }
    }
  }

  /** @return the lowest value */
  public Rational min() {
    sort();
    return sorted[0];
  }

  /** @return the highest value */
  public Rational max() {
    sort();
    return sorted[sorted.length - 1];
  }

  /**
   * @param index a position in the sorted values, from 0
   * @return the value there
   */
  public Rational at(long index) {
    sort();
    long seen = 0;
    for (int i = 0; i < sorted.length; i++) {
      seen += sortedCounts[i];
      if (index < seen) {
        return sorted[i];
      }
    }
    throw new IndexOutOfBoundsException(index + " of " + n);
  }

  /**
   * Calls the action with each distinct value and its count, in ascending order.
   *
   * @param action receives value and count
   */
  public void forEach(java.util.function.ObjLongConsumer<Rational> action) {
    sort();
    for (int i = 0; i < sorted.length; i++) {
      action.accept(sorted[i], sortedCounts[i]);
    }
  }

  /** @return the sum of the values */
  public Rational sum() {
    return moment(false);
  }

  private Rational moment(boolean squared) {
    if (n == 0) {
      return Rational.ZERO;
    }
    if (sum == null) {
      sum = sumOf(false);
      squares = sumOf(true);
    }
    return squared ? squares : sum;
  }

  /** @return the mean; the tally must not be empty */
  public Rational mean() {
    return sum().dividedBy(Rational.of(n));
  }

  /**
   * The type 7 quantile.
   *
   * @param p the probability, between 0 and 1; the tally must not be empty
   * @return the quantile
   */
  public Rational quantile(Rational p) {
    Rational h = Rational.of(n - 1).times(p);
    long lo = h.numerator().divide(h.denominator()).longValueExact();
    Rational frac = h.minus(Rational.of(lo));
    Rational x = at(lo);
    if (frac.signum() == 0) {
      return x;
    }
    return x.plus(frac.times(at(lo + 1).minus(x)));
  }

  /** @return the sample variance (divided by n − 1), empty for fewer than two values */
  public Optional<Rational> sampleVariance() {
    if (n < 2) {
      return Optional.empty();
    }
    Rational s = sum();
    Rational squares = moment(true);
    return Optional.of(squares.minus(s.times(s).dividedBy(Rational.of(n))).dividedBy(Rational.of(n - 1)));
  }

  /**
   * Σ count × x (or × x²), summed per distinct denominator first: in longs while the numbers are
   * small, else in BigIntegers.
   */
  private Rational sumOf(boolean squared) {
    Map<Long, long[]> small = new HashMap<>();
    Map<BigInteger, BigInteger> byDenominator = new HashMap<>();
    counts.forEach((v, c) -> {
      if (v.numerator().bitLength() < 31 && v.denominator().bitLength() < 31) {
        long num = v.numerator().longValue();
        long den = v.denominator().longValue();
        if (squared) {
          num *= num;  // below 2^62
          den *= den;
        }
        try {
          long term = Math.multiplyExact(num, c[0]);
          long[] acc = small.computeIfAbsent(den, k -> new long[1]);
          acc[0] = Math.addExact(acc[0], term);
          return;
        } catch (ArithmeticException tooLarge) {
          // this term in BigIntegers below
        }
      }
      BigInteger num = v.numerator();
      BigInteger den = v.denominator();
      if (squared) {
        num = num.multiply(num);
        den = den.multiply(den);
      }
      byDenominator.merge(den, num.multiply(BigInteger.valueOf(c[0])), BigInteger::add);
    });
    small.forEach((den, num) -> byDenominator.merge(BigInteger.valueOf(den), BigInteger.valueOf(num[0]),
        BigInteger::add));
    Rational.Sum s = new Rational.Sum();
    byDenominator.forEach((den, num) -> s.add(Rational.of(num, den)));
    return s.value();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Tally[");
    forEach((v, c) -> out.append(out.length() > 6 ? ", " : "").append(v).append('×').append(c));
    return out.append(']').toString();
  }
}
