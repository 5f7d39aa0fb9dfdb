package dev.selfcheck.scoring.internal;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import java.util.Arrays;

/*
 * The answers of one response by question index (the questionnaire's questions in document order):
 * per question its state, the index of the chosen option of a single-choice or ordinal-scale
 * question (1 for yes and 0 for no of a yes/no question; -1 when the value is not one the
 * question offers), and the value itself for every other kind (multiple choice, number, text) and
 * for any value that is not an offered option. Responses are bound into cells
 * (Kernel.bind) and answer sheets write them directly; the evaluator reads nothing else.
 */
/** One response's answers, by question index: what the evaluator reads. */
public final class Cells {

  private static final AnswerState[] STATES = AnswerState.values();
  /** The code of "answered". */
  static final byte ANSWERED = (byte) AnswerState.ANSWERED.ordinal();
  /** The code of "don't know". */
  static final byte DONT_KNOW = (byte) AnswerState.DONT_KNOW.ordinal();
  /** The code of "not applicable". */
  static final byte NOT_APPLICABLE = (byte) AnswerState.NOT_APPLICABLE.ordinal();
  /** The code of "not answered". */
  static final byte NOT_ANSWERED = (byte) AnswerState.NOT_ANSWERED.ordinal();

  final byte[] state;
  final int[] choice;
  final AnswerValue[] value;

  /**
   * Empty cells.
   *
   * @param questions how many questions
   */
  public Cells(int questions) {
    state = new byte[questions];
    choice = new int[questions];
    value = new AnswerValue[questions];
    clear();
  }

  /** @return how many questions there are */
  public int size() {
    return state.length;
  }

  /** Sets every question to not answered. */
  public void clear() {
    Arrays.fill(state, NOT_ANSWERED);
    Arrays.fill(choice, -1);
    Arrays.fill(value, null);
  }

  /**
   * Answers a question with an option's index (single choice, ordinal scale) or 1 / 0 (yes / no).
   *
   * @param q the question's index
   * @param option the index
   */
  public void choose(int q, int option) {
    state[q] = ANSWERED;
    choice[q] = option;
    value[q] = null;
  }

  /**
   * Answers a question with a value that is not held as an index.
   *
   * @param q the question's index
   * @param v the value
   */
  public void value(int q, AnswerValue v) {
    state[q] = ANSWERED;
    choice[q] = -1;
    value[q] = v;
  }

  /**
   * Sets a state other than answered.
   *
   * @param q the question's index
   * @param s the state
   */
  public void state(int q, AnswerState s) {
    state[q] = (byte) s.ordinal();
    choice[q] = -1;
    value[q] = null;
  }

  /**
   * @param q a question's index
   * @return its state
   */
  public AnswerState stateAt(int q) {
    return STATES[state[q]];
  }
}
