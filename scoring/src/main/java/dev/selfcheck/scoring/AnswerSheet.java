package dev.selfcheck.scoring;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.ResponseProblem;
import dev.selfcheck.scoring.internal.Cells;
import dev.selfcheck.scoring.internal.Kernel;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A reusable, mutable set of answers for hosts that score many responses: one cell per question of
 * any type, holding its state and its value (an option index for single-choice and ordinal-scale
 * questions, any {@link AnswerValue} the question takes otherwise), filled by id or by index and
 * scored with {@link Scorer#score(AnswerSheet, SheetScores)} into reusable {@link SheetScores}
 * without building a {@link dev.selfcheck.core.Response} or an {@link Assessment}.
 *
 * <p>Scoring a sheet runs the same evaluator over the same cells as {@link
 * Scorer#score(dev.selfcheck.core.Response)}, visibility conditions included, so it gives exactly
 * the scores, bands, counts and fired recommendations of the response with the same answers; a
 * sheet holds only valid answers (values the question takes, allowed states), so there are no
 * findings. An answer to a question that the other answers hide is kept and ignored, as in a
 * response.
 * Not thread-safe: use one sheet per thread. Obtain it with {@link Scorer#newAnswerSheet()}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AnswerSheet {

  /** The value problems a sheet refuses; anything else is about the whole response. */
  private static final List<ResponseProblem> VALUE_PROBLEMS = List.of(
      ResponseProblem.WRONG_ANSWER_TYPE, ResponseProblem.UNKNOWN_OPTION,
      ResponseProblem.DUPLICATE_OPTION_IN_ANSWER, ResponseProblem.NUMBER_BELOW_MIN,
      ResponseProblem.NUMBER_ABOVE_MAX);

  final Kernel core;
  final Cells cells;
  /** Per question: how many options {@link #choose(int, int)} may choose from (0 if none). */
  private final int[] optionCounts;

  AnswerSheet(Kernel core) {
    this.core = core;
    this.cells = new Cells(core.questions().size());
    this.optionCounts = new int[cells.size()];
    for (int q = 0; q < optionCounts.length; q++) {
      optionCounts[q] = core.choiceCount(q);
    }
  }

  /** @return how many questions the sheet has (all of the questionnaire's, in document order) */
  public int size() {
    return cells.size();
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
    if (questionIndex < 0 || questionIndex >= optionCounts.length || optionIndex < 0
        || optionIndex >= optionCounts[questionIndex]) {
      check(questionIndex);
      throw new IllegalArgumentException("question '" + core.questions().get(questionIndex).id()
          + "' has no option number " + optionIndex);
    }
    cells.choose(questionIndex, optionIndex);
    return this;
  }

  /**
   * Answers a question of any type with a value: an option (single choice, ordinal scale), a list
   * of options (multiple choice), true or false (yes/no), a number or a text.
   *
   * @param questionId the question's id
   * @param value a value the question takes
   * @return this sheet
   * @throws IllegalArgumentException if there is no such question or it does not take the value
   *     (the message is that of the response finding the value would draw)
   */
  public AnswerSheet answer(String questionId, AnswerValue value) {
    return answer(questionIndex(questionId), value);
  }

  /**
   * Answers a question of any type with a value, by index.
   *
   * @param questionIndex the question's index
   * @param value a value the question takes
   * @return this sheet
   * @throws IllegalArgumentException if the question does not take the value
   */
  public AnswerSheet answer(int questionIndex, AnswerValue value) {
    Objects.requireNonNull(value, "value");
    Question question = core.questions().get(check(questionIndex));
    Questionnaire questionnaire = core.questionnaire();
    Response alone = Response.builder().questionnaireId(questionnaire.id())
        .questionnaireVersion(questionnaire.version())
        .putAnswer(question.id(), Answer.of(value)).build();
    for (Finding f : questionnaire.validate(alone)) {
      if (VALUE_PROBLEMS.stream().anyMatch(f::is)) {
        throw new IllegalArgumentException(f.message());
      }
    }
    if (optionCounts[questionIndex] > 0) {
      cells.choose(questionIndex, core.optionIndex(questionIndex, value.asOption()));
    } else if (question.type() == QuestionType.YES_NO) {
      cells.choose(questionIndex, value.asBoolean() ? 1 : 0);
    } else {
      cells.value(questionIndex, value);
    }
    return this;
  }

  /**
   * Sets a question's state without a value: "don't know", "not applicable", or not answered.
   *
   * @param questionId the question's id
   * @param state the state; not {@link AnswerState#ANSWERED} (use {@code choose} or {@code answer})
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
   * @param state the state; not {@link AnswerState#ANSWERED} (use {@code choose} or {@code answer})
   * @return this sheet
   * @throws IllegalArgumentException if the question does not allow the state
   */
  public AnswerSheet state(int questionIndex, AnswerState state) {
    if (state == null || !core.allows(check(questionIndex), state)) {
      throw new IllegalArgumentException("question '" + core.questions().get(questionIndex).id()
          + "' cannot take the state " + state + " on a sheet");
    }
    cells.state(questionIndex, state);
    return this;
  }

  /**
   * @param questionIndex a question's index
   * @return its state
   */
  public AnswerState stateAt(int questionIndex) {
    return cells.stateAt(check(questionIndex));
  }

  /** @return this sheet with every question not answered, ready for the next response */
  public AnswerSheet clear() {
    cells.clear();
    return this;
  }

  private int check(int questionIndex) {
    if (questionIndex < 0 || questionIndex >= optionCounts.length) {
      throw new IllegalArgumentException("no question number " + questionIndex);
    }
    return questionIndex;
  }
}
