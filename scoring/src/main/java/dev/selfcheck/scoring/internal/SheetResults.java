package dev.selfcheck.scoring.internal;

import dev.selfcheck.scoring.Rational;

/**
 * The results of one scored answer sheet, by dimension index (the dimensions in document order,
 * parents first, then the total): reused from sheet to sheet.
 */
public final class SheetResults {

  /** Whether each dimension has a score. */
  public final boolean[] scorable;
  /** Scores as lowest-terms fractions (primitive path). */
  public final long[] scoreNum;
  /** Denominators, positive. */
  public final long[] scoreDen;
  /** Scores of the general path (set only when {@link #general}). */
  public final Rational[] exact;
  /** Band index per dimension, -1 for none. */
  public final int[] band;
  /** Counts per dimension. */
  public final int[] answered;
  /** Counts per dimension. */
  public final int[] dontKnow;
  /** Counts per dimension. */
  public final int[] notApplicable;
  /** Counts per dimension. */
  public final int[] notAnswered;
  /** Counts per dimension. */
  public final int[] hidden;
  /** Per recommendation of the catalog: whether it fired. */
  public final boolean[] recommended;
  /** Whether the last sheet went through the general path. */
  public boolean general;
  // scratch: the result of the last reduction
  long num;
  long den;

  /**
   * Results for a core.
   *
   * @param core the core
   */
  public SheetResults(SheetCore core) {
    int n = core.dimensionIds().size();
    scorable = new boolean[n];
    scoreNum = new long[n];
    scoreDen = new long[n];
    exact = new Rational[n];
    band = new int[n];
    answered = new int[n];
    dontKnow = new int[n];
    notApplicable = new int[n];
    notAnswered = new int[n];
    hidden = new int[n];
    recommended = new boolean[core.recommendations().size()];
  }

  /**
   * @param i a dimension index
   * @return its exact score, or null if not scorable
   */
  public Rational score(int i) {
    if (!scorable[i]) {
      return null;
    }
    return general ? exact[i] : Rational.of(scoreNum[i], scoreDen[i]);
  }

  /**
   * @param i a dimension index
   * @return its completion
   */
  public Rational completion(int i) {
    int done = answered[i] + dontKnow[i] + notApplicable[i];
    int shown = done + notAnswered[i];
    return shown == 0 ? Rational.ONE : Rational.of(done, shown);
  }
}
