package dev.selfcheck.scoring.internal;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.ConditionProgram;
import dev.selfcheck.scoring.Rational;

/*
 * The evaluator's results and scratch space for one evaluation at a time, reused from response to
 * response: per node (the dimensions in document order, parents first, then the total) whether it
 * is scorable and why not, its exact score, band and counts; per slot (every node's scored
 * questions, then its sub-dimensions) what the slot was and the score it was included with; per
 * rule whether its condition holds, and per recommendation whether it fired. Nothing here is
 * shared between threads.
 */
/** The results of one evaluation, by node, slot and rule: reused from response to response. */
public final class Work implements ConditionProgram.Facts {

  /** Why a node is not scorable. */
  static final byte SCORABLE = 0;
  static final byte FOREIGN = 1;
  static final byte NOTHING_INCLUDED = 2;
  static final byte TOO_FEW_ANSWERED = 3;
  static final byte ZERO_WEIGHT = 4;
  static final byte TOO_MANY_MISSING = 5;

  /** What a question slot was (sub-dimension slots keep ANSWERED). */
  static final byte HIDDEN = 4;
  static final byte UNSCORABLE = 5;

  final Kernel kernel;
  /**
   * Whether the per-slot data (slotState, included, imputed, term, slot) is written for every
   * slot: for explanations, the assessment's findings and the improvement search. Without it a
   * node whose cell table covers it writes none (an answer sheet's results read only per node).
   */
  final boolean slots;
  Cells cells;
  boolean foreign;
  /** Whether an answer of the last evaluation has no item score (a slot is Work.UNSCORABLE). */
  boolean unscorable;
  /** Per question: the visibility memo of the condition program (ConditionProgram.UNDECIDED...). */
  final byte[] visibility;

  final boolean[] scorable;
  final byte[] why;
  final Exact[] score;
  /** Per scorable node with a fixed denominator: its score's numerator over it (Kernel.fixed). */
  final long[] fixedNum;
  /** Per node that rounds its score (Kernel.Rescale): the score before the rounding step. */
  final Exact[] unrounded;
  /** Per node that converts its score by a table (Kernel.Rescale): the raw score. */
  final Exact[] raw;
  final int[] band;
  /** Per scorable node: where its score lies among its ends (Kernel.place), else -1. */
  final int[] place;
  final int[] answered;
  final int[] dontKnow;
  final int[] notApplicable;
  final int[] notAnswered;
  final int[] hidden;
  /** Per node with prorating: the weight of the applicable and of the answered questions. */
  final Exact[] applicableWeight;
  final Exact[] answeredWeight;

  final Exact[] slot;
  final boolean[] included;
  final boolean[] imputed;
  /** Per question slot: its term over the node's common denominator, or Kernel.NO_TERM. */
  final long[] term;
  /** Per question slot: a state code of Cells, or HIDDEN / UNSCORABLE. */
  final byte[] slotState;

  final boolean[] holds;
  final boolean[] recommended;

  // scratch
  final Exact sum = Exact.zero();
  final Exact weights = Exact.zero();
  final Exact longPart = Exact.zero();

  Work(Kernel kernel, boolean slots) {
    this.kernel = kernel;
    this.slots = slots;
    int n = kernel.nodeCount();
    int s = kernel.slotCount();
    visibility = new byte[kernel.questionCount()];
    if (!kernel.conditional()) {
      java.util.Arrays.fill(visibility, ConditionProgram.VISIBLE); // and so it stays
    }
    scorable = new boolean[n];
    why = new byte[n];
    score = exacts(n);
    fixedNum = new long[n];
    unrounded = exacts(n);
    raw = exacts(n);
    band = new int[n];
    place = new int[n];
    answered = new int[n];
    dontKnow = new int[n];
    notApplicable = new int[n];
    notAnswered = new int[n];
    hidden = new int[n];
    applicableWeight = exacts(n);
    answeredWeight = exacts(n);
    slot = exacts(s);
    included = new boolean[s];
    imputed = new boolean[s];
    term = new long[s];
    slotState = new byte[s];
    holds = new boolean[kernel.ruleCount()];
    recommended = new boolean[kernel.recommendations().size()];
  }

  private static Exact[] exacts(int n) {
    Exact[] out = new Exact[n];
    for (int i = 0; i < n; i++) {
      out[i] = Exact.zero();
    }
    return out;
  }

  /** @return the kernel these results belong to */
  public Kernel kernel() {
    return kernel;
  }

  /**
   * @param i a node index
   * @return whether it has a score
   */
  @Override
  public boolean scorable(int i) {
    return scorable[i];
  }

  /**
   * @param i a node index
   * @return its exact score, or null if not scorable
   */
  public Rational score(int i) {
    return scorable[i] ? score[i].value() : null;
  }

  /**
   * @param i a node index
   * @param value a number
   * @return negative, zero or positive as the score is below, at or above it
   */
  public int compareScore(int i, Rational value) {
    return -Exact.of(value).compareTo(score[i]);
  }

  /**
   * @param i a node index
   * @return its band's index among its bands, or -1
   */
  @Override
  public int band(int i) {
    return band[i];
  }

  /**
   * @param i a node index
   * @return its completion
   */
  public Rational completion(int i) {
    return completion(answered[i], dontKnow[i], notApplicable[i], notAnswered[i]);
  }

  /**
   * The completion from a node's counts: the share of the visible scored questions that got a
   * response (a value, "don't know" or "not applicable"); 1 when none is visible.
   */
  static Rational completion(int answered, int dontKnow, int notApplicable, int notAnswered) {
    int done = answered + dontKnow + notApplicable;
    int shown = done + notAnswered;
    return shown == 0 ? Rational.ONE : Rational.of(done, shown);
  }

  /**
   * @param i a node index
   * @return scored questions answered with a value
   */
  public int answered(int i) {
    return answered[i];
  }

  /**
   * @param i a node index
   * @return scored questions answered "don't know"
   */
  public int dontKnow(int i) {
    return dontKnow[i];
  }

  /**
   * @param i a node index
   * @return scored questions answered "not applicable"
   */
  public int notApplicable(int i) {
    return notApplicable[i];
  }

  /**
   * @param i a node index
   * @return scored questions not answered
   */
  public int notAnswered(int i) {
    return notAnswered[i];
  }

  /**
   * @param r a recommendation's index in the catalog
   * @return whether it fired
   */
  public boolean recommended(int r) {
    return recommended[r];
  }

  /**
   * @param q a question's index
   * @return whether the question is visible (after an evaluation)
   */
  @Override
  public boolean visible(int q) {
    byte v = visibility[q];
    if (v >= ConditionProgram.VISIBLE) {
      return v == ConditionProgram.VISIBLE;
    }
    return kernel.decideVisibility(q, this);
  }

  @Override
  public AnswerState state(int q) {
    return cells.stateAt(q);
  }

  @Override
  public int choice(int q) {
    return cells.choiceAt(q);
  }

  @Override
  public AnswerValue value(int q) {
    return cells.value[q];
  }

  @Override
  public int compareScore(int dimension, int number) {
    return kernel.compareScore(this, dimension, number);
  }

  @Override
  public int compareCompletion(int dimension, int number) {
    int done = answered[dimension] + dontKnow[dimension] + notApplicable[dimension];
    int shown = done + notAnswered[dimension];
    return shown == 0 ? kernel.number(number).compareFraction(1, 1)
        : kernel.number(number).compareFraction(done, shown);
  }
}
