package dev.selfcheck.panel.internal;

import dev.selfcheck.scoring.Rational;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/*
 * The values seen so far as counts per distinct exact value, in ascending order: everything the
 * descriptive statistics need (Stats), in memory bounded by the number of distinct values, not by
 * the number of values. A value at a sorted index is found by walking the cumulative counts.
 */
/** Counts per distinct value: a sorted multiset of exact numbers. */
public final class Tally {

  private final TreeMap<Rational, long[]> counts = new TreeMap<>();
  private long n;

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
    } else {
      c[0] += times;
    }
    n += times;
  }

  /**
   * Adds every value of another tally.
   *
   * @param other another tally
   */
  public void addAll(Tally other) {
    other.counts.forEach((v, c) -> add(v, c[0]));
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

  /** @return the lowest value */
  public Rational min() {
    return counts.firstKey();
  }

  /** @return the highest value */
  public Rational max() {
    return counts.lastKey();
  }

  /**
   * @param index a position in the sorted values, from 0
   * @return the value there
   */
  public Rational at(long index) {
    long seen = 0;
    for (Map.Entry<Rational, long[]> e : counts.entrySet()) {
      seen += e.getValue()[0];
      if (index < seen) {
        return e.getKey();
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
    counts.forEach((v, c) -> action.accept(v, c[0]));
  }

  /** @return the sum of the values */
  public Rational sum() {
    Rational.Sum s = new Rational.Sum();
    counts.forEach((v, c) -> s.addProduct(v, Rational.of(c[0])));
    return s.value();
  }

  /** @return the mean; the tally must not be empty */
  public Rational mean() {
    return sum().dividedBy(Rational.of(n));
  }

  /**
   * The type 7 quantile: at h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
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
    Rational m = mean();
    Rational.Sum s = new Rational.Sum();
    counts.forEach((v, c) -> {
      Rational d = v.minus(m);
      s.addProduct(d.times(d), Rational.of(c[0]));
    });
    return Optional.of(s.value().dividedBy(Rational.of(n - 1)));
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Tally[");
    counts.forEach((v, c) -> out.append(out.length() > 6 ? ", " : "").append(v).append('×').append(c[0]));
    return out.append(']').toString();
  }
}
