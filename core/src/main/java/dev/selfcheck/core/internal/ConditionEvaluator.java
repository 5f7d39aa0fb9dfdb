package dev.selfcheck.core.internal;

import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates conditions over answers.
 *
 * <p>Semantics (documented in docs/questionnaire-format.md): a comparison is false unless the
 * question is answered with a value of the kind the question takes; choice answers compare by
 * option value for eq/ne/in and by the position of the option in the question's option list for
 * lt/le/gt/ge; numbers compare exactly with {@link java.math.BigDecimal#compareTo}.
 */
public final class ConditionEvaluator implements Condition.Visitor<Boolean> {

  /** What the evaluator knows of one question: its state and value as conditions see them. */
  public interface AnswerLookup {
    /**
     * @param questionId a question id
     * @return the state as conditions see it (hidden questions are not answered)
     */
    AnswerState state(String questionId);

    /**
     * @param questionId a question id
     * @return the value, present only when {@link #state} is answered
     */
    Optional<AnswerValue> value(String questionId);
  }

  private final Questionnaire questionnaire;
  private final Map<String, Question> questions;
  private final AnswerLookup answers;

  /**
   * An evaluator.
   *
   * @param questionnaire the questionnaire (for option orders)
   * @param questions the questions by id
   * @param answers the answers as conditions see them
   */
  public ConditionEvaluator(
      Questionnaire questionnaire, Map<String, Question> questions, AnswerLookup answers) {
    this.questionnaire = questionnaire;
    this.questions = questions;
    this.answers = answers;
  }

  /**
   * Evaluates a condition.
   *
   * @param condition the condition
   * @return whether it holds
   */
  public boolean test(Condition condition) {
    return condition.accept(this);
  }

  @Override
  public Boolean visitAll(AllOf condition) {
    for (Condition c : condition.parts()) {
      if (!test(c)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Boolean visitAny(AnyOf condition) {
    for (Condition c : condition.parts()) {
      if (test(c)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Boolean visitNot(Not condition) {
    return !test(condition.part());
  }

  @Override
  public Boolean visitAnswerIs(AnswerIs condition) {
    return answers.state(condition.question()) == condition.state();
  }

  @Override
  public Boolean visitQuantifier(Quantifier condition) {
    int count = 0;
    for (String id : condition.questions()) {
      if (test(condition.testFor(id))) {
        count++;
      }
    }
    return condition.atLeast().orElse(0) <= count
        && count <= condition.atMost().orElse(Integer.MAX_VALUE);
  }

  /** Scores do not exist before scoring; validation keeps these out of visibility conditions. */
  @Override
  public Boolean visitMeasure(MeasureComparison condition) {
    return false;
  }

  @Override
  public Boolean visitScorable(ScorableIs condition) {
    return false;
  }

  @Override
  public Boolean visitBand(BandIs condition) {
    return false;
  }

  @Override
  public Boolean visitAnswerComparison(AnswerComparison condition) {
    Question question = questions.get(condition.question());
    Optional<AnswerValue> value = answers.value(condition.question());
    return question != null && value.isPresent()
        && condition.matches(questionnaire, question, value.get());
  }
}
