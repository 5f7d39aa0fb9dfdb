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
 *
 * Beside them, one byte per question says the same densely (code): the state's code for a state
 * other than answered, STATE_CODES + the index for an answer held as an index below
 * CHOICE_CODES, and ANSWERED for any other answer. The evaluator's item loop and the condition
 * facts read this byte first, so that one response's answers take a few cache lines.
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

  /** The codes below this are states; a choice index i is held as STATE_CODES + i. */
  static final int STATE_CODES = 4;
  /** How many choice indexes the code holds (the others are read from choice). */
  static final int CHOICE_CODES = Byte.MAX_VALUE + 1 - STATE_CODES;

  final byte[] state;
  final int[] choice;
  final AnswerValue[] value;
  /** Per question: state and choice in one byte (see above). */
  final byte[] code;

  /**
   * Empty cells.
   *
   * @param questions how many questions
   */
  public Cells(int questions) {
    state = new byte[questions];
    choice = new int[questions];
    value = new AnswerValue[questions];
    code = new byte[questions];
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
    Arrays.fill(code, NOT_ANSWERED);
  }

  /**
   * Makes these cells hold the answers of others of the same size.
   *
   * @param from the cells to copy
   */
  void copyFrom(Cells from) {
    System.arraycopy(from.state, 0, state, 0, state.length);
    System.arraycopy(from.choice, 0, choice, 0, choice.length);
    System.arraycopy(from.value, 0, value, 0, value.length);
    System.arraycopy(from.code, 0, code, 0, code.length);
  }

  /**
   * Sets a question's cell: every writer of cells comes here (or copyFrom).
   *
   * @param q the question's index
   * @param s its state's code
   * @param o the choice index of an answer held as one, else -1
   * @param v the value of an answer not held as an index, else null
   */
  void set(int q, byte s, int o, AnswerValue v) {
    state[q] = s;
    choice[q] = o;
    value[q] = v;
    code[q] = s != ANSWERED ? s
        : o >= 0 && o < CHOICE_CODES ? (byte) (STATE_CODES + o) : ANSWERED;
  }

  /**
   * Answers a question with an option's index (single choice, ordinal scale) or 1 / 0 (yes / no).
   *
   * @param q the question's index
   * @param option the index
   */
  public void choose(int q, int option) {
    set(q, ANSWERED, option, null);
  }

  /**
   * Answers a question with a value that is not held as an index.
   *
   * @param q the question's index
   * @param v the value
   */
  public void value(int q, AnswerValue v) {
    set(q, ANSWERED, -1, v);
  }

  /**
   * Sets a state other than answered.
   *
   * @param q the question's index
   * @param s the state
   */
  public void state(int q, AnswerState s) {
    set(q, (byte) s.ordinal(), -1, null);
  }

  /**
   * @param q a question's index
   * @return its state
   */
  public AnswerState stateAt(int q) {
    int c = code[q];
    return STATES[c >= STATE_CODES ? ANSWERED : c];
  }

  /**
   * @param q a question's index
   * @return the choice index it holds, or -1
   */
  int choiceAt(int q) {
    int c = code[q];
    return c >= STATE_CODES ? c - STATE_CODES : choice[q];
  }
}
