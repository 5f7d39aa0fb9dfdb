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
