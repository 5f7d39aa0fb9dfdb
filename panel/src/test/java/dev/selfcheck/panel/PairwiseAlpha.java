package dev.selfcheck.panel;

import java.util.ArrayList;
import java.util.List;

/**
 * An independent, straightforward Krippendorff's alpha in floating point, from the pairwise
 * definition: D_o averages δ² over the pairs of values within each unit (each unit's pairs weighted
 * 1 / (m_u − 1)), D_e over all pairs of pairable values; the ordinal δ² is computed from the
 * frequency of each value by walking the values between the two, with no coincidence matrix.
 */
final class PairwiseAlpha {

  private PairwiseAlpha() {}

  static double interval(List<List<Integer>> units) {
    return alpha(units, false);
  }

  static double ordinal(List<List<Integer>> units) {
    return alpha(units, true);
  }

  private static double alpha(List<List<Integer>> units, boolean ordinal) {
    List<Integer> all = new ArrayList<>();
    for (List<Integer> u : units) {
      if (u.size() > 1) {
        all.addAll(u);
      }
    }
    int n = all.size();
    int max = all.stream().mapToInt(Integer::intValue).max().orElse(0);
    double[] freq = new double[max + 1];
    all.forEach(v -> freq[v]++);
    double observed = 0;
    for (List<Integer> u : units) {
      if (u.size() < 2) {
        continue;
      }
      double s = 0;
      for (int i = 0; i < u.size(); i++) {
        for (int j = 0; j < u.size(); j++) {
          if (i != j) {
            s += delta(u.get(i), u.get(j), freq, ordinal);
          }
        }
      }
      observed += s / (u.size() - 1);
    }
    observed /= n;
    double expected = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          expected += delta(all.get(i), all.get(j), freq, ordinal);
        }
      }
    }
    expected /= (double) n * (n - 1);
    return 1 - observed / expected;
  }

  private static double delta(int a, int b, double[] freq, boolean ordinal) {
    if (!ordinal) {
      return (double) (a - b) * (a - b);
    }
    if (a == b) {
      return 0;
    }
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    double s = 0;
    for (int g = lo; g <= hi; g++) {
      s += freq[g];
    }
    s -= (freq[lo] + freq[hi]) / 2;
    return s * s;
  }
}
