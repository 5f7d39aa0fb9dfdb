package dev.selfcheck.scoring;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.scoring.internal.SheetCore;
import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * A reusable, mutable set of answers for hosts that score many responses: one state per question
 * and, for single-choice and ordinal-scale questions, the chosen option, filled by id or by index
 * and scored with {@link Scorer#score(AnswerSheet, SheetScores)} into reusable {@link SheetScores}
 * without building a {@link dev.selfcheck.core.Response} or an {@link Assessment}.
 *
 * <p>Scoring a sheet gives exactly the scores, bands, counts and fired recommendations that
 * {@link Scorer#score(dev.selfcheck.core.Response)} gives for the response with the same answers;
 * a sheet holds only valid answers (offered options, allowed states), so there are no findings.
 * Not thread-safe: use one sheet per thread. Obtain it with {@link Scorer#newAnswerSheet()}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AnswerSheet {

  final SheetCore core;
  /** Per question: the chosen option's index, or a state code of {@link SheetCore}. */
  final short[] cells;
  /** Per question: how many options a value may choose from (0 if none). */
  private final int[] optionCounts;

  AnswerSheet(SheetCore core) {
    this.core = core;
    this.cells = new short[core.questions().size()];
    this.optionCounts = core.optionCounts();
    Arrays.fill(cells, SheetCore.NOT_ANSWERED);
  }

  /** @return how many questions the sheet has (all of the questionnaire's, in document order) */
  public int size() {
    return cells.length;
  }

  /**
   * The position of a question on this sheet.
   *
   * @param questionId a question id
   * @return its index, from 0 in document order
   * @throws IllegalArgumentException if the questionnaire has no such question
   */
  public int questionIndex(String questionId) {
    int q = core.questionIndex(questionId);
    if (q < 0) {
      throw new IllegalArgumentException("no question '" + questionId + "'");
    }
    return q;
  }

  /**
   * The position of an option of a single-choice or ordinal-scale question.
   *
   * @param questionIndex a question's index
   * @param optionValue an offered option's value
   * @return its index, from 0 in the order of the options
   * @throws IllegalArgumentException if the question offers no such option
   */
  public int optionIndex(int questionIndex, String optionValue) {
    int o = core.optionIndex(check(questionIndex), optionValue);
    if (o < 0) {
      throw new IllegalArgumentException("question '" + core.questions().get(questionIndex).id()
          + "' offers no option '" + optionValue + "'");
    }
    return o;
  }

  /**
   * Answers a single-choice or ordinal-scale question with an option.
   *
   * @param questionId the question's id
   * @param optionValue the option's value
   * @return this sheet
   * @throws IllegalArgumentException if there is no such question or option
   */
  public AnswerSheet choose(String questionId, String optionValue) {
    int q = questionIndex(questionId);
    return choose(q, optionIndex(q, optionValue));
  }

  /**
   * Answers a single-choice or ordinal-scale question with an option, by index: the hot path.
   *
   * @param questionIndex the question's index
   * @param optionIndex the option's index
   * @return this sheet
   * @throws IllegalArgumentException if the question has no such option
   */
  public AnswerSheet choose(int questionIndex, int optionIndex) {
    if (questionIndex < 0 || questionIndex >= cells.length || optionIndex < 0
        || optionIndex >= optionCounts[questionIndex]) {
      check(questionIndex);
      throw new IllegalArgumentException("question '" + core.questions().get(questionIndex).id()
          + "' has no option number " + optionIndex);
    }
    cells[questionIndex] = (short) optionIndex;
    return this;
  }

  /**
   * Sets a question's state without a value: "don't know", "not applicable", or not answered.
   *
   * @param questionId the question's id
   * @param state the state; not {@link AnswerState#ANSWERED} (use {@code choose})
   * @return this sheet
   * @throws IllegalArgumentException if there is no such question or it does not allow the state
   */
  public AnswerSheet state(String questionId, AnswerState state) {
    return state(questionIndex(questionId), state);
  }

  /**
   * Sets a question's state without a value, by index.
   *
   * @param questionIndex the question's index
   * @param state the state; not {@link AnswerState#ANSWERED} (use {@code choose})
   * @return this sheet
   * @throws IllegalArgumentException if the question does not allow the state
   */
  public AnswerSheet state(int questionIndex, AnswerState state) {
    if (state == null || !core.allows(check(questionIndex), state)) {
      throw new IllegalArgumentException("question '" + core.questions().get(questionIndex).id()
          + "' cannot take the state " + state + " on a sheet");
    }
    cells[questionIndex] = SheetCore.code(state);
    return this;
  }

  /**
   * @param questionIndex a question's index
   * @return its state
   */
  public AnswerState stateAt(int questionIndex) {
    return SheetCore.state(cells[check(questionIndex)]);
  }

  /** @return this sheet with every question not answered, ready for the next response */
  public AnswerSheet clear() {
    Arrays.fill(cells, SheetCore.NOT_ANSWERED);
    return this;
  }

  private int check(int questionIndex) {
    if (questionIndex < 0 || questionIndex >= cells.length) {
      throw new IllegalArgumentException("no question number " + questionIndex);
    }
    return questionIndex;
  }
}
