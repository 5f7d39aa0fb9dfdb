package dev.selfcheck.analysis.internal;

/** A truth value that may be unknown: the result of evaluating a formula under a partial assignment. */
enum Tri {
  TRUE,
  FALSE,
  UNKNOWN;

  static Tri of(boolean b) {
    return b ? TRUE : FALSE;
  }

  Tri not() {
    return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
  }
}
