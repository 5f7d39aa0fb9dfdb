package dev.selfcheck.core;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A {@link Condition} that compares a question's answer with values
 * ({@code {"answer": "q3", "ge": "3"}}, {@code {"answer": "q4", "in": [1, 2]}}).
 *
 * <p>A comparison is false when the question is not answered with a value (not answered, don't
 * know, not applicable, or hidden). Choice answers compare by option value for {@code eq},
 * {@code ne} and {@code in}, and by the options' order for {@code lt}, {@code le}, {@code gt} and
 * {@code ge}; numbers compare exactly; multiple-choice answers support {@code contains}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract non-sealed class AnswerComparison implements Condition {

  AnswerComparison() {}

  /** @return the id of the question */
  @Value.Parameter
  public abstract String question();

  /** @return the operator */
  @Value.Parameter
  public abstract Operator operator();

  /** @return the values: exactly one, or at least one for {@link Operator#IN} */
  @Value.Parameter
  public abstract List<Literal> values();

  /** @return the single value of any operator but {@link Operator#IN} */
  public Literal value() {
    return values().get(0);
  }

  @Value.Check
  void check() {
    if (operator() == Operator.IN ? values().isEmpty() : values().size() != 1) {
      throw new IllegalArgumentException(
          "operator '" + operator().jsonName() + "' takes "
              + (operator() == Operator.IN ? "at least one value" : "exactly one value")
              + ", got " + values().size());
    }
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitAnswerComparison(this);
  }

  /**
   * Tells whether an answer value satisfies this comparison, with the semantics described above.
   * A value of a kind that does not fit the question never satisfies it.
   *
   * @param questionnaire the questionnaire (for the order of the question's options)
   * @param question the question compared, whose id is {@link #question()}
   * @param value the answer value
   * @return whether the comparison holds
   */
  public boolean matches(Questionnaire questionnaire, Question question, AnswerValue value) {
    Operator op = operator();
    return switch (value.kind()) {
      case STRING -> question.type() == QuestionType.TEXT || !op.isOrdering()
          ? equality(l -> l.kind() == Literal.Kind.TEXT && l.text().equals(value.asString()))
          : ordered(optionOrder(questionnaire.optionsOf(question), value.asString()), op);
      case STRINGS -> op == Operator.CONTAINS
          && value().kind() == Literal.Kind.TEXT
          && value.asOptions().contains(value().text());
      case BOOLEAN -> equality(l -> l.kind() == Literal.Kind.BOOLEAN && l.bool() == value.asBoolean());
      case NUMBER -> !op.isOrdering()
          ? equality(l -> l.kind() == Literal.Kind.NUMBER && l.number().compareTo(value.asNumber()) == 0)
          : value().kind() == Literal.Kind.NUMBER
              && ordered(Integer.valueOf(value.asNumber().compareTo(value().number())), op);
    };
  }

  private boolean equality(java.util.function.Predicate<Literal> matches) {
    switch (operator()) {
      case EQ:
        return matches.test(values().get(0));
      case NE:
        return !matches.test(values().get(0));
      case IN:
        return values().stream().anyMatch(matches);
      default:
        return false;
    }
  }

  /** Compares the chosen option's position with the literal option's position; null if unknown. */
  private Integer optionOrder(List<AnswerOption> options, String chosen) {
    if (value().kind() != Literal.Kind.TEXT) {
      return null;
    }
    int a = -1;
    int b = -1;
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).value().equals(chosen)) {
        a = i;
      }
      if (options.get(i).value().equals(value().text())) {
        b = i;
      }
    }
    return a < 0 || b < 0 ? null : Integer.valueOf(Integer.compare(a, b));
  }

  private static boolean ordered(Integer c, Operator op) {
    return c != null && op.holds(c);
  }

  /**
   * The condition.
   *
   * @param question the question id
   * @param operator the operator
   * @param values one value, or at least one for {@link Operator#IN}
   * @return the condition
   */
  public static AnswerComparison of(String question, Operator operator, List<Literal> values) {
    return ImmutableAnswerComparison.of(question, operator, values);
  }
}
