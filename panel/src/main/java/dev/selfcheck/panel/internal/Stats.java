package dev.selfcheck.panel.internal;

import dev.selfcheck.scoring.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/*
 * Exact numbers beside Tally (which holds the values of a distribution as counts per distinct value
 * and gives its mean, type 7 quantiles and sample variance). Every statistic is rational except the
 * square root of the standard deviation, which is the only rounded value (half up to 6 decimals).
 */
/** Exact numbers of the panel statistics: square root, absolute value, floor. */
public final class Stats {

  /** Decimals of a standard deviation. */
  public static final int ROOT_DECIMALS = 6;

  private Stats() {}

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
