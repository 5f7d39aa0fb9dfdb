package dev.selfcheck.panel.internal;

import dev.selfcheck.scoring.Rational;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/*
 * Krippendorff's alpha over the coincidence matrix, exactly. Units with fewer than two values are
 * not pairable and left out. o[c][k] = Σ_u (pairs of values c, k in u, ordered, i ≠ j) / (m_u − 1);
 * n_c = Σ_k o[c][k]; n = Σ n_c. α = 1 − (n − 1) Σ o[c][k] δ²(c, k) / Σ n_c n_k δ²(c, k).
 * Interval: δ² = (c − k)². Ordinal: δ² = (Σ_{g=c..k} n_g − (n_c + n_k) / 2)².
 * With no expected disagreement (one value only) alpha is undefined: empty. A unit is given as
 * its counts per value, which is all the coincidence matrix needs: memory by steps, not coders.
 */
/** Krippendorff's alpha of steps. */
public final class Alpha {

  /**
   * The result.
   *
   * @param units the pairable units
   * @param values n, the pairable values
   * @param ordinal alpha with the ordinal metric
   * @param interval alpha with the interval metric
   */
  public record Result(int units, int values, Optional<Rational> ordinal, Optional<Rational> interval) {}

  private Alpha() {}

  /**
   * @param units per unit the number of values (coders) per step, {@code units.get(u)[step]}
   * @return alpha, ordinal and interval
   */
  public static Result of(List<long[]> units) {
    int size = 1;
    int pairable = 0;
    for (long[] u : units) {
      if (total(u) >= 2) {
        pairable++;
        for (int v = 0; v < u.length; v++) {
          if (u[v] > 0) {
            size = Math.max(size, v + 1);
          }
        }
      }
    }
    // o[c][k] = Σ_u pairs_u(c, k) / (m_u − 1), summed over one common denominator L (the lcm of
    // the m_u − 1) as whole numbers: pairs_u(c, k) × L / (m_u − 1), reduced once per cell
    BigInteger common = BigInteger.ONE;
    for (long[] count : units) {
      long m = total(count);
      if (m >= 2) {
        BigInteger d = BigInteger.valueOf(m - 1);
        common = common.divide(common.gcd(d)).multiply(d);
      }
    }
    BigInteger[][] sums = new BigInteger[size][size];
    for (BigInteger[] row : sums) {
      java.util.Arrays.fill(row, BigInteger.ZERO);
    }
    for (long[] count : units) {
      long m = total(count);
      if (m < 2) {
        continue;
      }
      BigInteger factor = common.divide(BigInteger.valueOf(m - 1));
      for (int c = 0; c < Math.min(size, count.length); c++) {
        if (count[c] == 0) {
          continue;
        }
        for (int k = 0; k < Math.min(size, count.length); k++) {
          long pairs = c == k ? count[c] * (count[c] - 1) : count[c] * count[k];
          if (pairs != 0) {
            sums[c][k] = sums[c][k].add(factor.multiply(BigInteger.valueOf(pairs)));
          }
        }
      }
    }
    Rational[][] o = new Rational[size][size];
    for (int c = 0; c < size; c++) {
      for (int k = 0; k < size; k++) {
        o[c][k] = Rational.of(sums[c][k], common);
      }
    }
    Rational[] nc = new Rational[size];
    Rational n = Rational.ZERO;
    for (int c = 0; c < size; c++) {
      Rational.Sum s = new Rational.Sum();
      for (int k = 0; k < size; k++) {
        s.add(o[c][k]);
      }
      nc[c] = s.value();
      n = n.plus(nc[c]);
    }
    int values = n.numerator().intValueExact();
    return new Result(pairable, values, alpha(o, nc, n, true), alpha(o, nc, n, false));
  }

  private static long total(long[] counts) {
    long m = 0;
    for (long c : counts) {
      m += c;
    }
    return m;
  }

  private static Optional<Rational> alpha(Rational[][] o, Rational[] nc, Rational n, boolean ordinal) {
    int size = nc.length;
    Rational.Sum observed = new Rational.Sum();
    Rational.Sum expected = new Rational.Sum();
    for (int c = 0; c < size; c++) {
      for (int k = 0; k < size; k++) {
        if (c == k) {
          continue;
        }
        Rational d = ordinal ? ordinalDelta(nc, Math.min(c, k), Math.max(c, k)) : Rational.of((long) (c - k) * (c - k));
        observed.addProduct(o[c][k], d);
        expected.addProduct(nc[c].times(nc[k]), d);
      }
    }
    if (expected.isZero()) {
      return Optional.empty();
    }
    return Optional.of(Rational.ONE.minus(
        n.minus(Rational.ONE).times(observed.value()).dividedBy(expected.value())));
  }

  private static Rational ordinalDelta(Rational[] nc, int c, int k) {
    Rational s = Rational.ZERO;
    for (int g = c; g <= k; g++) {
      s = s.plus(nc[g]);
    }
    Rational d = s.minus(nc[c].plus(nc[k]).dividedBy(Rational.of(2)));
    return d.times(d);
  }
}
