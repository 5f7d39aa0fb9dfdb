package dev.selfcheck.core;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A {@link Condition} that counts how many of a set of questions satisfy a test: "at least 2 of
 * these have an answer ≤ 1" is
 * {@code {"of": ["q1", "q2", "q3"], "atLeast": 2, "where": {"le": "1"}}}; the test is either an
 * answer state ({@code "where": {"is": "dontKnow"}}) or a comparison with the same meaning as in
 * {@link AnswerComparison}. "Any" is {@code atLeast: 1}, "all" is {@code atLeast: n}, "none" is
 * {@code atMost: 0}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract non-sealed class Quantifier implements Condition {

  Quantifier() {}

  /** @return the question ids, at least one */
  public abstract List<String> questions();

  /** @return the least number of questions that must satisfy the test */
  public abstract Optional<Integer> atLeast();

  /** @return the largest number of questions that may satisfy the test */
  public abstract Optional<Integer> atMost();

  /** @return the answer state tested, when the test is a state */
  public abstract Optional<AnswerState> state();

  /** @return the operator, when the test is a comparison */
  public abstract Optional<Operator> operator();

  /** @return the comparison's values */
  public abstract List<Literal> values();

  @Value.Check
  void check() {
    if (questions().isEmpty()) {
      throw new IllegalArgumentException("a quantifier needs at least one question");
    }
    if (atLeast().isEmpty() && atMost().isEmpty()) {
      throw new IllegalArgumentException("a quantifier needs atLeast, atMost or both");
    }
    if (state().isPresent() == operator().isPresent()) {
      throw new IllegalArgumentException(
          "a quantifier tests either a state or a comparison, not " + (state().isPresent() ? "both" : "neither"));
    }
    operator().ifPresent(op -> AnswerComparison.of("x", op, values()));
  }

  /**
   * The test applied to one question, as a condition of its own.
   *
   * @param questionId one of {@link #questions()}
   * @return the condition for that question
   */
  public Condition testFor(String questionId) {
    return state().isPresent()
        ? AnswerIs.of(questionId, state().get())
        : AnswerComparison.of(questionId, operator().orElseThrow(), values());
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitQuantifier(this);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Quantifier}s. */
  public static final class Builder extends ImmutableQuantifier.Builder {
    Builder() {}
  }
}
