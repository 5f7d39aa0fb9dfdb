package dev.selfcheck.core;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A {@link Condition} on the state of a question's answer, such as "q7 is answered 'don't
 * know'" ({@code {"answer": "q7", "is": "dontKnow"}}).
 *
 * <p>An answer to a question that is hidden counts as {@link AnswerState#NOT_ANSWERED}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract non-sealed class AnswerIs implements Condition {

  AnswerIs() {}

  /** @return the id of the question */
  @Value.Parameter
  public abstract String question();

  /** @return the state the answer must be in */
  @Value.Parameter
  public abstract AnswerState state();

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitAnswerIs(this);
  }

  /**
   * The condition.
   *
   * @param question the question id
   * @param state the state
   * @return the condition
   */
  public static AnswerIs of(String question, AnswerState state) {
    return ImmutableAnswerIs.of(question, state);
  }
}
