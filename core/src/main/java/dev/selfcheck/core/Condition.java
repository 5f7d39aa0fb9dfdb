package dev.selfcheck.core;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import org.apiguardian.api.API;

/**
 * A condition as data: a typed tree of {@code all} / {@code any} / {@code not} over comparisons of
 * answers and answer states, counts over sets of questions ({@link Quantifier}) and, in rules only,
 * scores, completion and bands of dimensions. Conditions decide when a question is visible and when
 * a {@link Rule} fires. They are never code: evaluating one cannot run anything but these
 * operators.
 *
 * <p>Build conditions with the static factories, for example
 * {@code Condition.all(Condition.answer("q1", Operator.GE, Literal.of("3")),
 * Condition.answerIs("q2", AnswerState.ANSWERED))}, and take them apart with a {@link Visitor}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Condition
    permits AllOf, AnyOf, Not, AnswerIs, AnswerComparison, Quantifier, MeasureComparison, ScorableIs,
        BandIs, ConditionReference {

  /**
   * Passes this condition to the visitor method for its kind.
   *
   * @param visitor the visitor
   * @param <R> the visitor's result type
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * Visits this condition and every condition inside it, each with its JSON Pointer: the parts of
   * {@code all} and {@code any} at {@code <pointer>/all/<i>} and {@code <pointer>/any/<i>}, the
   * part of {@code not} at {@code <pointer>/not}; parents before their parts, in document order.
   * This is the one walk of a condition tree; a quantifier's questions are not conditions of
   * their own.
   *
   * @param pointer this condition's pointer, such as {@code /rules/0/when}
   * @param visit receives each condition and its pointer
   */
  default void walk(String pointer, BiConsumer<Condition, String> visit) {
    visit.accept(this, pointer);
    if (this instanceof AllOf all) {
      String base = JsonPointer.append(pointer, "all");
      for (int i = 0; i < all.parts().size(); i++) {
        all.parts().get(i).walk(JsonPointer.append(base, i), visit);
      }
    } else if (this instanceof AnyOf any) {
      String base = JsonPointer.append(pointer, "any");
      for (int i = 0; i < any.parts().size(); i++) {
        any.parts().get(i).walk(JsonPointer.append(base, i), visit);
      }
    } else if (this instanceof Not not) {
      not.part().walk(JsonPointer.append(pointer, "not"), visit);
    }
  }

  /**
   * Takes a condition apart by kind.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /** @param condition an {@code all} condition @return the result */
    R visitAll(AllOf condition);

    /** @param condition an {@code any} condition @return the result */
    R visitAny(AnyOf condition);

    /** @param condition a {@code not} condition @return the result */
    R visitNot(Not condition);

    /** @param condition an answer state test @return the result */
    R visitAnswerIs(AnswerIs condition);

    /** @param condition an answer comparison @return the result */
    R visitAnswerComparison(AnswerComparison condition);

    /** @param condition a quantifier over questions @return the result */
    R visitQuantifier(Quantifier condition);

    /** @param condition a comparison of a score or completion @return the result */
    R visitMeasure(MeasureComparison condition);

    /** @param condition a test of scorability @return the result */
    R visitScorable(ScorableIs condition);

    /** @param condition a test of a band @return the result */
    R visitBand(BandIs condition);

    /** @param condition a reference to a named condition @return the result */
    R visitReference(ConditionReference condition);
  }

  /**
   * True when the questionnaire's condition of that name is true.
   *
   * @param name the name of a condition in the questionnaire's {@code conditions}
   * @return the condition
   */
  static Condition named(String name) {
    return ConditionReference.of(name);
  }

  /**
   * True when all parts are true.
   *
   * @param parts at least one condition
   * @return the condition
   */
  static Condition all(Condition... parts) {
    return AllOf.of(Arrays.asList(parts));
  }

  /**
   * True when at least one part is true.
   *
   * @param parts at least one condition
   * @return the condition
   */
  static Condition any(Condition... parts) {
    return AnyOf.of(Arrays.asList(parts));
  }

  /**
   * True when the part is false.
   *
   * @param part a condition
   * @return the condition
   */
  static Condition not(Condition part) {
    return Not.of(part);
  }

  /**
   * True when a question's answer is in the given state.
   *
   * @param questionId the question
   * @param state the state
   * @return the condition
   */
  static Condition answerIs(String questionId, AnswerState state) {
    return AnswerIs.of(questionId, state);
  }

  /**
   * Compares a question's answer with a value.
   *
   * @param questionId the question
   * @param operator any operator but {@link Operator#IN}
   * @param value the value to compare with
   * @return the condition
   */
  static Condition answer(String questionId, Operator operator, Literal value) {
    return AnswerComparison.of(questionId, operator, List.of(value));
  }

  /**
   * Compares a number answer with a number.
   *
   * @param questionId the question
   * @param operator any operator but {@link Operator#IN} and {@link Operator#CONTAINS}
   * @param value the number
   * @return the condition
   */
  static Condition answer(String questionId, Operator operator, BigDecimal value) {
    return answer(questionId, operator, Literal.of(value));
  }

  /**
   * True when a question's answer is one of the given values.
   *
   * @param questionId the question
   * @param values the values
   * @return the condition
   */
  static Condition answerIn(String questionId, List<Literal> values) {
    return AnswerComparison.of(questionId, Operator.IN, values);
  }
}
