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
 * values. Adding appends the value to a buffer (no hash look-up: nearly every panel score is
 * distinct, and Rational's hash codes collide often); when the buffer is full its new values are
 * sorted (a primitive sort on the leading bits of a double near each value, then an insertion
 * pass with the exact comparison, which only moves values that are near; where the doubles did not
 * order them, beyond a budget of moves linear in the run, a merge sort with the exact comparison
 * instead: the order is always the exact one, and never costs quadratic time) and merged into the
 * sorted distinct prefix, and the buffer doubles only while that prefix fills more than half of
 * it, so it never holds more than twice the distinct values plus the values since the last merge.
 * Adding another tally merges the two sorted runs.
 *
 * While every value fits, the values are held scaled instead: as whole numbers k = x · L over one
 * common denominator L (the least common multiple of the denominators so far, raised as values
 * come; the scores of one questionnaire share few prime factors in their denominators), so that
 * sorting is a primitive sort of longs, equal values are equal longs, and Σ x and Σ x² are sums
 * of products in 128 bits. A value that would take L or k beyond a long turns the tally into the
 * general form above (each scaled value made a Rational), which it then keeps. Sums are taken per distinct denominator (few, even when the values are
 * many) in longs or BigInteger and put together once, so no sum of fractions is reduced value by
 * value. Quantiles are R's type 7: at h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]),
 * counting from 0 in the sorted values; so the median is the middle value or the mean of the two
 * middle ones. The variance is (Σx² − (Σx)²/n) / (n − 1), exact.
 */
/** Counts per distinct value: a multiset of exact numbers with its statistics. */
public final class Tally {

  /** The most values sorted at once (a power of two: their positions fill the low bits of a long). */
  private static final int MAX_RUN = 1 << 24;

  /** Bound of the scaled values' magnitude (2^62): sums and comparisons of them never overflow. */
  private static final long SCALED_LIMIT = 1L << 62;

  /** Whether the values are held as Rationals ({@code values}, {@code keys}) instead of scaled. */
  private boolean general;
  /** Scaled form: the common denominator L. */
  private long scale = 1;
  /** Scaled form: per entry its value times L, the first {@code sortedEnd} ascending and distinct. */
  private long[] scaled = new long[16];
  /** Scaled form: whether a value since the last sort came more than once (then pairs are sorted). */
  private boolean freshTimes;
  /** General form: the values, the first {@code sortedEnd} ascending and distinct, the rest as they came. */
  private Rational[] values;
  /** Per entry of {@code values} its count. */
  private long[] counts = new long[16];
  /** Per entry of {@code values} a double near it, to order far apart values without exact arithmetic. */
  private double[] keys;
  private int size;
  private int sortedEnd;
  private long n;
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
    java.util.Objects.requireNonNull(value, "value");
    if (!general) {
      long k = scaledOf(value);
      if (k != NO_FIT) {
        room();
        scaled[size] = k;
        freshTimes |= times != 1;
        counts[size++] = times;
        n += times;
        sum = null;
        squares = null;
        return;
      }
      toGeneral();
    }
    room();
    values[size] = value;
    keys[size] = approximate(value);
    counts[size++] = times;
    n += times;
    sum = null;
    squares = null;
  }

  /** Makes room for one more entry: sorts the buffer when full, and doubles it while half full. */
  private void room() {
    if (size == counts.length || size - sortedEnd == MAX_RUN) {
      sort();
      if (size > counts.length / 2) {
        counts = Arrays.copyOf(counts, counts.length * 2);
        if (general) {
          values = Arrays.copyOf(values, counts.length);
          keys = Arrays.copyOf(keys, counts.length);
        } else {
          scaled = Arrays.copyOf(scaled, counts.length);
        }
      }
    }
  }

  /** Marks a value that does not fit the scaled form. */
  private static final long NO_FIT = Long.MIN_VALUE;

  /**
   * The value times L, raising L (and rescaling the values held) to a multiple of its
   * denominator; {@link #NO_FIT}, with nothing changed, when L or the result would leave the
   * bounds.
   */
  private long scaledOf(Rational value) {
    BigInteger bigNum = value.numerator();
    BigInteger bigDen = value.denominator();
    if (bigNum.bitLength() > 62 || bigDen.bitLength() > 62) {
      return NO_FIT;
    }
    long num = bigNum.longValue();
    long den = bigDen.longValue();
    try {
      if (scale % den != 0) {
        long factor = den / gcd(scale, den);
        long newScale = Math.multiplyExact(scale, factor);
        long[] rescaled = new long[scaled.length];
        for (int i = 0; i < size; i++) {
          rescaled[i] = bounded(Math.multiplyExact(scaled[i], factor));
        }
        long k = bounded(Math.multiplyExact(num, newScale / den));
        scaled = rescaled;
        scale = newScale;
        return k;
      }
      return bounded(Math.multiplyExact(num, scale / den));
    } catch (ArithmeticException tooLarge) {
      return NO_FIT;
    }
  }

  private static long bounded(long k) {
    if (k > SCALED_LIMIT || k < -SCALED_LIMIT) {
      throw new ArithmeticException("beyond the scaled form");
    }
    return k;
  }

  /** Turns the scaled form into the general one (for good). */
  private void toGeneral() {
    if (general) {
      return;
    }
    values = new Rational[counts.length];
    keys = new double[counts.length];
    for (int i = 0; i < size; i++) {
      values[i] = Rational.of(scaled[i], scale);
      keys[i] = approximate(values[i]);
    }
    scaled = null;
    general = true;
  }

  /**
   * Adds every value of another tally.
   *
   * @param other another tally
   */
  public void addAll(Tally other) {
    if (other.n == 0) {
      return;
    }
    if (!general && !other.general && addAllScaled(other)) {
      return;
    }
    toGeneral();
    other.toGeneral();
    Rational s = n == 0 ? Rational.ZERO : sum;
    Rational q = n == 0 ? Rational.ZERO : squares;
    sort();
    other.sort();
    Rational[] v = new Rational[Math.max(16, size + other.size)];
    long[] c = new long[v.length];
    double[] e = new double[v.length];
    int k = 0;
    int i = 0;
    int j = 0;
    while (i < size || j < other.size) {
      int cmp = i == size ? 1 : j == other.size ? -1
          : compare(keys[i], values[i], other.keys[j], other.values[j]);
      if (cmp <= 0) {
        v[k] = values[i];
        e[k] = keys[i];
        c[k] = counts[i++];
        if (cmp == 0) {
          c[k] += other.counts[j++];
        }
      } else {
        v[k] = other.values[j];
        e[k] = other.keys[j];
        c[k] = other.counts[j++];
      }
      k++;
    }
    values = v;
    keys = e;
    merged(c, k, other.n);
    if (s != null && q != null) {  // the sums add up: no need to sum again
      sum = s.plus(other.sum());
      squares = q.plus(other.moment(true));
    }
  }

  /** Merges another scaled tally over the common multiple of both L; false, changing nothing, if it is too large. */
  private boolean addAllScaled(Tally other) {
    sort();
    other.sort();
    long common;
    long[] mine = new long[size];
    long[] theirs = new long[other.size];
    try {
      common = Math.multiplyExact(scale / gcd(scale, other.scale), other.scale);
      long f = common / scale;
      long g = common / other.scale;
      for (int i = 0; i < size; i++) {
        mine[i] = bounded(Math.multiplyExact(scaled[i], f));
      }
      for (int j = 0; j < other.size; j++) {
        theirs[j] = bounded(Math.multiplyExact(other.scaled[j], g));
      }
    } catch (ArithmeticException tooLarge) {
      return false;
    }
    long[] k = new long[Math.max(16, size + other.size)];
    long[] c = new long[k.length];
    int out = merge(mine, counts, size, theirs, other.counts, other.size, k, c);
    scaled = k;
    scale = common;
    merged(c, out, other.n);
    return true;
  }

  /** After a merge: the merged counts, their number (all sorted), and the other tally's n added. */
  private void merged(long[] mergedCounts, int mergedSize, long otherN) {
    counts = mergedCounts;
    size = mergedSize;
    sortedEnd = mergedSize;
    n += otherN;
    sum = null;
    squares = null;
  }

  /**
   * Merges two ascending runs of scaled values with their counts into out, equal values (also
   * within a run) made one; returns the number of entries written.
   */
  private static int merge(long[] a, long[] ac, int an, long[] b, long[] bc, int bn, long[] out, long[] outCounts) {
    int k = 0;
    int i = 0;
    int j = 0;
    while (i < an || j < bn) {
      long x;
      long c;
      if (j == bn || i < an && a[i] <= b[j]) {
        x = a[i];
        c = ac[i++];
      } else {
        x = b[j];
        c = bc[j++];
      }
      if (k > 0 && out[k - 1] == x) {
        outCounts[k - 1] += c;
      } else {
        out[k] = x;
        outCounts[k++] = c;
      }
    }
    return k;
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
    sort();
    return size;
  }

  /** Sorts the values that came since the last sort and merges them into the sorted prefix. */
  private void sort() {
    if (sortedEnd == size) {
      return;
    }
    if (!general) {
      sortScaled();
      return;
    }
    int fresh = size - sortedEnd;
    // the new values in the order of their approximations' leading bits (a primitive sort, ties by
    // position), then put in exact order by insertion, which moves only values that are near
    long[] order = new long[fresh];
    for (int i = 0; i < fresh; i++) {
      long bits = Double.doubleToRawLongBits(keys[sortedEnd + i]);
      bits ^= (bits >> 63) & Long.MAX_VALUE;  // ordered as the doubles are
      order[i] = (bits & -(long) MAX_RUN) | i;
    }
    Arrays.sort(order);
    Rational[] v = new Rational[fresh];
    long[] c = new long[fresh];
    double[] e = new double[fresh];
    long moves = 0;
    long budget = 8L * fresh + 64;
    for (int i = 0; i < fresh && moves <= budget; i++) {
      int at = sortedEnd + (int) (order[i] & (MAX_RUN - 1));
      Rational x = values[at];
      double ex = keys[at];
      long cx = counts[at];
      int j = i - 1;
      while (j >= 0 && compare(e[j], v[j], ex, x) > 0) {
        v[j + 1] = v[j];
        c[j + 1] = c[j];
        e[j + 1] = e[j];
        j--;
        moves++;
      }
      v[j + 1] = x;
      c[j + 1] = cx;
      e[j + 1] = ex;
    }
    if (moves > budget) {
      // the approximations did not order the values (many far outside the doubles' range, or
      // many distinct values a double cannot tell apart): a merge sort with the exact comparison
      Integer[] exact = new Integer[fresh];
      for (int i = 0; i < fresh; i++) {
        exact[i] = sortedEnd + i;
      }
      Arrays.sort(exact, (a, b) -> compare(keys[a], values[a], keys[b], values[b]));
      for (int i = 0; i < fresh; i++) {
        v[i] = values[exact[i]];
        c[i] = counts[exact[i]];
        e[i] = keys[exact[i]];
      }
    }
    // v is ascending; merge it with the prefix (equal values become one)
    int k = 0;
    Rational[] mv = new Rational[values.length];
    long[] mc = new long[values.length];
    double[] me = new double[values.length];
    int i = 0;
    int j = 0;
    while (i < sortedEnd || j < fresh) {
      int cmp = i == sortedEnd ? 1 : j == fresh ? -1 : compare(keys[i], values[i], e[j], v[j]);
      Rational x;
      double key;
      long count;
      if (cmp <= 0) {
        x = values[i];
        key = keys[i];
        count = counts[i++];
        if (cmp == 0) {
          count += c[j++];
        }
      } else {
        x = v[j];
        key = e[j];
        count = c[j++];
      }
      if (k > 0 && (me[k - 1] == key || Double.isNaN(key)) && mv[k - 1].equals(x)) {
        mc[k - 1] += count;
      } else {
        mv[k] = x;
        me[k] = key;
        mc[k++] = count;
      }
    }
    values = mv;
    counts = mc;
    keys = me;
    size = k;
    sortedEnd = k;
  }

  /** {@link #sort()} of the scaled form: a primitive sort of the new values, merged into the prefix. */
  private void sortScaled() {
    int fresh = size - sortedEnd;
    long[] v = new long[fresh];
    long[] c = new long[fresh];
    if (!freshTimes) {  // each came once: sorting the values alone keeps the counts (all 1)
      System.arraycopy(scaled, sortedEnd, v, 0, fresh);
      Arrays.sort(v);
      Arrays.fill(c, 1);
    } else {
      Integer[] order = new Integer[fresh];
      for (int i = 0; i < fresh; i++) {
        order[i] = sortedEnd + i;
      }
      Arrays.sort(order, (x, y) -> Long.compare(scaled[x], scaled[y]));
      for (int i = 0; i < fresh; i++) {
        v[i] = scaled[order[i]];
        c[i] = counts[order[i]];
      }
    }
    long[] k = new long[counts.length];
    long[] kc = new long[counts.length];
    size = merge(scaled, counts, sortedEnd, v, c, fresh, k, kc);
    sortedEnd = size;
    scaled = k;
    counts = kc;
    freshTimes = false;
  }

  /** @return the value of entry i */
  private Rational valueAt(int i) {
    return general ? values[i] : Rational.of(scaled[i], scale);
  }

  /**
   * A double within a relative 2^-50 of the value (numerator and denominator are each rounded
   * once, then divided), or NaN when that cannot be promised (outside the range of normal
   * doubles).
   */
  private static double approximate(Rational value) {
    if (value.signum() == 0) {
      return 0;
    }
    double x = value.numerator().doubleValue() / value.denominator().doubleValue();
    double magnitude = Math.abs(x);
    return magnitude > 0x1p-1000 && magnitude < 0x1p1000 ? x : Double.NaN;
  }

  /**
   * Compares two values exactly; their approximations decide when they are far apart (more than
   * a relative 2^-40, far beyond their error), else the exact comparison does.
   */
  private static int compare(double ka, Rational a, double kb, Rational b) {
    if (a == b || (ka == kb || Double.isNaN(ka)) && a.equals(b)) {  // equal values: equal approximations
      return 0;
    }
    double gap = ka - kb;
    if (Math.abs(gap) > 0x1p-40 * Math.max(Math.abs(ka), Math.abs(kb))) {
      return gap < 0 ? -1 : 1;
    }
    return a.compareTo(b);
  }

  /** @return the lowest value */
  public Rational min() {
    sort();
    return valueAt(0);
  }

  /** @return the highest value */
  public Rational max() {
    sort();
    return valueAt(size - 1);
  }

  /**
   * @param index a position in the sorted values, from 0
   * @return the value there
   */
  public Rational at(long index) {
    sort();
    long seen = 0;
    for (int i = 0; i < size; i++) {
      seen += counts[i];
      if (index < seen) {
        return valueAt(i);
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
    for (int i = 0; i < size; i++) {
      action.accept(valueAt(i), counts[i]);
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
   * Σ count × x (or × x²), in longs over one common denominator while it and the sum fit (the
   * scores of one questionnaire share few prime factors in their denominators); after that per
   * distinct denominator, in longs while the numbers are small, else in BigIntegers.
   */
  private Rational sumOf(boolean squared) {
    if (!general) {
      return scaledSumOf(squared);
    }
    long common = 1;
    long total = 0;
    boolean oneDenominator = true;
    Map<Long, long[]> small = new HashMap<>();
    Map<BigInteger, BigInteger> byDenominator = new HashMap<>();
    for (int i = 0; i < size; i++) {
      Rational v = values[i];
      long times = counts[i];
      BigInteger bigNum = v.numerator();
      BigInteger bigDen = v.denominator();
      if (bigNum.bitLength() < 31 && bigDen.bitLength() < 31) {
        long num = bigNum.longValue();
        long den = bigDen.longValue();
        if (squared) {
          num *= num;  // below 2^62
          den *= den;
        }
        try {
          if (oneDenominator) {
            long newCommon = common;
            long newTotal = total;
            if (common % den != 0) {
              long factor = den / gcd(common, den);
              newCommon = Math.multiplyExact(common, factor);
              newTotal = Math.multiplyExact(total, factor);
            }
            total = Math.addExact(newTotal, Math.multiplyExact(Math.multiplyExact(num, newCommon / den), times));
            common = newCommon;
            continue;
          }
          long[] acc = small.computeIfAbsent(den, k -> new long[1]);
          acc[0] = Math.addExact(acc[0], Math.multiplyExact(num, times));
          continue;
        } catch (ArithmeticException tooLarge) {
          if (oneDenominator) {
            oneDenominator = false;
            i--;  // this value again, by its denominator
            continue;
          }
          // this term in BigIntegers below
        }
      }
      if (squared) {
        bigNum = bigNum.multiply(bigNum);
        bigDen = bigDen.multiply(bigDen);
      }
      byDenominator.merge(bigDen, bigNum.multiply(BigInteger.valueOf(times)), BigInteger::add);
    }
    byDenominator.merge(BigInteger.valueOf(common), BigInteger.valueOf(total), BigInteger::add);
    small.forEach((den, num) -> byDenominator.merge(BigInteger.valueOf(den), BigInteger.valueOf(num[0]),
        BigInteger::add));
    Rational.Sum s = new Rational.Sum();
    byDenominator.forEach((den, num) -> s.add(Rational.of(num, den)));
    return s.value();
  }

  /**
   * Σ count × k (or × k²) over L (or L²), added up in 128 bits (two longs): every term is below
   * 2^62 (k, or k² for |k| < 2^31) times its count, so the sum stays below n · 2^62 < 2^125; the
   * squares of larger k are added up in a BigInteger.
   */
  private Rational scaledSumOf(boolean squared) {
    long hi = 0;
    long lo = 0;
    BigInteger big = null;
    for (int i = 0; i < size; i++) {
      long k = scaled[i];
      long c = counts[i];
      long f = k;
      if (squared) {
        if (k >= -(1L << 31) && k < 1L << 31) {
          f = k * k;  // below 2^62
        } else {
          f = 0;
          big = (big == null ? BigInteger.ZERO : big)
              .add(BigInteger.valueOf(k).multiply(BigInteger.valueOf(k)).multiply(BigInteger.valueOf(c)));
        }
      }
      long pHi = Math.multiplyHigh(f, c);
      long pLo = f * c;
      long newLo = lo + pLo;
      hi += pHi + (Long.compareUnsigned(newLo, lo) < 0 ? 1 : 0);
      lo = newLo;
    }
    BigInteger total = toBig(hi, lo);
    if (big != null) {
      total = total.add(big);
    }
    BigInteger l = BigInteger.valueOf(scale);
    return Rational.of(total, squared ? l.multiply(l) : l);
  }

  /** @return the signed 128-bit number hi · 2^64 + lo (lo unsigned) */
  private static BigInteger toBig(long hi, long lo) {
    BigInteger low = BigInteger.valueOf(lo & Long.MAX_VALUE);
    if (lo < 0) {
      low = low.setBit(63);
    }
    return BigInteger.valueOf(hi).shiftLeft(64).add(low);
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long r = a % b;
      a = b;
      b = r;
    }
    return a;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Tally[");
    forEach((v, c) -> out.append(out.length() > 6 ? ", " : "").append(v).append('×').append(c));
    return out.append(']').toString();
  }
}
