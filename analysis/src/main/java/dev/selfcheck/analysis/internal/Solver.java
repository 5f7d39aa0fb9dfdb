package dev.selfcheck.analysis.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntSupplier;

/*
 * Decides whether a formula can hold, by a depth-first search over the cells of its variables. At
 * every step the formula is evaluated three-valued under the partial assignment: TRUE means every
 * completion satisfies it (a witness is found), FALSE means none does (prune), UNKNOWN means a
 * further variable must be assigned. Variables are independent by construction (raw answers,
 * scores treated as independent of each other), so any combination of cells is a candidate.
 *
 * The search has a budget of evaluations per question, and all searches of one analysis share a
 * total budget, which bounds the running time of an analysis. When a budget runs out the answer is
 * UNKNOWN, and callers conclude nothing: the analysis never reports "never" or "always" without a
 * proof.
 */
/** A bounded satisfiability search over formulas. */
final class Solver {

  /** The outcome of a search. */
  enum Outcome {
    /** A witness was found. */
    SATISFIABLE,
    /** The search proved that no assignment satisfies the formula. */
    UNSATISFIABLE,
    /** The budget ran out. */
    UNKNOWN
  }

  /**
   * The result of a search.
   *
   * @param outcome what was found
   * @param witness for a satisfiable formula, the cell of every variable (-1: any cell will do)
   */
  record Result(Outcome outcome, Optional<int[]> witness) {}

  /** What callers conclude about a condition. */
  enum Verdict {
    ALWAYS,
    NEVER,
    SOMETIMES,
    UNKNOWN
  }

  private final IntSupplier variableCount;
  private final int budget;
  private long left;
  private int steps;

  /**
   * A solver.
   *
   * @param variableCount the number of variables that exist (formulas may add variables later)
   * @param budget the evaluations one search may spend
   * @param total the evaluations all searches together may spend
   */
  Solver(IntSupplier variableCount, int budget, long total) {
    this.variableCount = variableCount;
    this.budget = budget;
    this.left = total;
  }

  Result solve(Formula f) {
    int[] assignment = new int[variableCount.getAsInt()];
    Arrays.fill(assignment, -1);
    steps = 0;
    try {
      return search(f, assignment)
          ? new Result(Outcome.SATISFIABLE, Optional.of(assignment.clone()))
          : new Result(Outcome.UNSATISFIABLE, Optional.empty());
    } catch (OutOfBudget e) {
      return new Result(Outcome.UNKNOWN, Optional.empty());
    }
  }

  boolean unsatisfiable(Formula f) {
    return solve(f).outcome() == Outcome.UNSATISFIABLE;
  }

  /** @return whether {@code a} implies {@code b}, proven */
  boolean implies(Formula a, Formula b) {
    return unsatisfiable(Formula.and(a, Formula.not(b)));
  }

  Verdict verdict(Formula f) {
    Result holds = solve(f);
    if (holds.outcome() == Outcome.UNSATISFIABLE) {
      return Verdict.NEVER;
    }
    Result fails = solve(Formula.not(f));
    if (fails.outcome() == Outcome.UNSATISFIABLE) {
      return Verdict.ALWAYS;
    }
    return holds.outcome() == Outcome.SATISFIABLE && fails.outcome() == Outcome.SATISFIABLE
        ? Verdict.SOMETIMES : Verdict.UNKNOWN;
  }

  private boolean search(Formula f, int[] assignment) {
    if (++steps > budget || --left < 0) {
      throw new OutOfBudget();
    }
    Tri t = f.eval(assignment);
    if (t != Tri.UNKNOWN) {
      return t == Tri.TRUE;
    }
    Variable v = f.pick(assignment);
    if (v == null) {
      throw new IllegalStateException("a formula with every variable assigned cannot be unknown");
    }
    for (int cell = 0; cell < v.size(); cell++) {
      assignment[v.index()] = cell;
      if (search(f, assignment)) {
        return true;
      }
    }
    assignment[v.index()] = -1;
    return false;
  }

  /** Thrown when the search runs out of budget. */
  private static final class OutOfBudget extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfBudget() {
      super(null, null, false, false);
    }
  }
}
