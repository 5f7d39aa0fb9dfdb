package dev.selfcheck.core.internal;

import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
  public Boolean visitAnswerComparison(AnswerComparison condition) {
    Question question = questions.get(condition.question());
    Optional<AnswerValue> value = answers.value(condition.question());
    if (question == null || value.isEmpty()) {
      return false;
    }
    AnswerValue v = value.get();
    Operator op = condition.operator();
    switch (v.kind()) {
      case STRING:
        if (question.type() == dev.selfcheck.core.QuestionType.TEXT) {
          return compareEquality(
              op, condition.values(), l -> l.kind() == Literal.Kind.TEXT && l.text().equals(v.asText()));
        }
        return compareOption(question, v.asOption(), op, condition.values());
      case STRINGS:
        return op == Operator.CONTAINS
            && condition.value().kind() == Literal.Kind.TEXT
            && v.asOptions().contains(condition.value().text());
      case BOOLEAN:
        return compareEquality(
            op, condition.values(), l -> l.kind() == Literal.Kind.BOOLEAN && l.bool() == v.asBoolean());
      case NUMBER:
        return compareNumber(v, op, condition.values());
      default:
        throw new AssertionError(v.kind());
    }
  }

  private static boolean compareEquality(
      Operator op, List<Literal> values, Function<Literal, Boolean> matches) {
    switch (op) {
      case EQ:
        return matches.apply(values.get(0));
      case NE:
        return !matches.apply(values.get(0));
      case IN:
        return values.stream().anyMatch(matches::apply);
      default:
        return false;
    }
  }

  private boolean compareOption(Question question, String chosen, Operator op, List<Literal> values) {
    if (!op.isOrdering()) {
      return compareEquality(op, values, l -> l.kind() == Literal.Kind.TEXT && l.text().equals(chosen));
    }
    Literal literal = values.get(0);
    if (literal.kind() != Literal.Kind.TEXT) {
      return false;
    }
    List<AnswerOption> options = questionnaire.optionsOf(question);
    int a = indexOf(options, chosen);
    int b = indexOf(options, literal.text());
    if (a < 0 || b < 0) {
      return false;
    }
    return ordered(Integer.compare(a, b), op);
  }

  private static int indexOf(List<AnswerOption> options, String value) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).value().equals(value)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean compareNumber(AnswerValue v, Operator op, List<Literal> values) {
    if (op == Operator.IN) {
      return values.stream()
          .anyMatch(l -> l.kind() == Literal.Kind.NUMBER && l.number().compareTo(v.asNumber()) == 0);
    }
    Literal literal = values.get(0);
    if (literal.kind() != Literal.Kind.NUMBER) {
      return false;
    }
    int c = v.asNumber().compareTo(literal.number());
    switch (op) {
      case EQ:
        return c == 0;
      case NE:
        return c != 0;
      default:
        return ordered(c, op);
    }
  }

  private static boolean ordered(int c, Operator op) {
    switch (op) {
      case LT:
        return c < 0;
      case LE:
        return c <= 0;
      case GT:
        return c > 0;
      case GE:
        return c >= 0;
      case EQ:
        return c == 0;
      case NE:
        return c != 0;
      default:
        return false;
    }
  }
}
