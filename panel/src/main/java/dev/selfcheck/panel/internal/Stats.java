package dev.selfcheck.panel.internal;

import dev.selfcheck.scoring.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/*
 * Exact descriptive statistics over Rationals. Every formula here is rational except the square
 * root of the standard deviation, which is the only rounded value (half up to 6 decimals).
 * Quantiles are R's type 7: at h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]), counting
 * from 0 in the sorted values; so the median is the middle value or the mean of the two middle ones.
 */
/** Exact statistics of a list of values. */
public final class Stats {

  /** Decimals of a standard deviation. */
  public static final int ROOT_DECIMALS = 6;

  private Stats() {}

  /**
   * @param values values
   * @return their sum
   */
  public static Rational sum(List<Rational> values) {
    Rational.Sum s = new Rational.Sum();
    values.forEach(s::add);
    return s.value();
  }

  /**
   * @param values at least one value
   * @return their mean
   */
  public static Rational mean(List<Rational> values) {
    return sum(values).dividedBy(Rational.of(values.size()));
  }

  /**
   * @param values values
   * @param weights a positive weight per value
   * @return the weighted mean
   */
  public static Rational weightedMean(List<Rational> values, List<Rational> weights) {
    Rational.Sum num = new Rational.Sum();
    Rational.Sum den = new Rational.Sum();
    for (int i = 0; i < values.size(); i++) {
      num.addProduct(values.get(i), weights.get(i));
      den.add(weights.get(i));
    }
    return num.value().dividedBy(den.value());
  }

  /**
   * @param values values
   * @return a sorted copy
   */
  public static List<Rational> sorted(List<Rational> values) {
    List<Rational> s = new ArrayList<>(values);
    s.sort(null);
    return s;
  }

  /**
   * The type 7 quantile.
   *
   * @param sorted at least one value, ascending
   * @param p the probability, between 0 and 1
   * @return the quantile
   */
  public static Rational quantile(List<Rational> sorted, Rational p) {
    Rational h = Rational.of(sorted.size() - 1).times(p);
    int lo = h.numerator().divide(h.denominator()).intValueExact();
    Rational frac = h.minus(Rational.of(lo));
    if (frac.signum() == 0) {
      return sorted.get(lo);
    }
    return sorted.get(lo).plus(frac.times(sorted.get(lo + 1).minus(sorted.get(lo))));
  }

  /**
   * @param values values
   * @return the sample variance (divided by n − 1), empty for fewer than two values
   */
  public static Optional<Rational> sampleVariance(List<Rational> values) {
    if (values.size() < 2) {
      return Optional.empty();
    }
    Rational m = mean(values);
    Rational.Sum s = new Rational.Sum();
    for (Rational x : values) {
      Rational d = x.minus(m);
      s.addProduct(d, d);
    }
    return Optional.of(s.value().dividedBy(Rational.of(values.size() - 1)));
  }

  /**
   * @param value a value, not negative
   * @return its square root, rounded half up to {@value #ROOT_DECIMALS} decimals
   */
  public static BigDecimal sqrt(Rational value) {
    MathContext mc = new MathContext(40, RoundingMode.HALF_EVEN);
    BigDecimal x = new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()), mc);
    return x.sqrt(mc).setScale(ROOT_DECIMALS, RoundingMode.HALF_UP);
  }

  /**
   * @param value a value
   * @return its absolute value
   */
  public static Rational abs(Rational value) {
    return value.signum() < 0 ? value.negate() : value;
  }

  /**
   * @param value a value
   * @return the largest integer not above it
   */
  public static BigInteger floor(Rational value) {
    BigInteger[] qr = value.numerator().divideAndRemainder(value.denominator());
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }
}
