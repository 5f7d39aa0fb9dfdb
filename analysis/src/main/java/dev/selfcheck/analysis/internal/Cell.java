package dev.selfcheck.analysis.internal;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.scoring.Rational;
import java.util.Optional;

/**
 * One element of a variable's abstract domain: an answer state, an answer value standing for a set
 * of values that every condition treats alike, a score interval, or "not scorable".
 *
 * @param description how messages name this cell, such as {@code is answered "no"}
 * @param state for answer variables, the answer state
 * @param value for answer variables answered with a value, a representative value
 * @param number for score and completion variables, a representative number; empty for "not
 *     scorable"
 */
record Cell(String description, AnswerState state, Optional<AnswerValue> value,
    Optional<Rational> number) {

  static Cell answer(String description, AnswerState state, AnswerValue value) {
    return new Cell(description, state, Optional.ofNullable(value), Optional.empty());
  }

  static Cell number(String description, Rational number) {
    return new Cell(description, AnswerState.ANSWERED, Optional.empty(), Optional.of(number));
  }

  static Cell notScorable() {
    return new Cell("is not scorable", AnswerState.NOT_ANSWERED, Optional.empty(), Optional.empty());
  }
}
