package dev.selfcheck.scoring;

import dev.selfcheck.core.Answer;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One answer change and what it would do to a dimension's score: "answer q12 with 'fully'
 * instead of 'partly', and the score of 'management' rises by 6.25 to 58.75".
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Improvement {

  Improvement() {}

  /** @return the question to answer differently */
  public abstract String question();

  /** @return the current answer; empty if the question is not answered */
  public abstract Optional<Answer> currentAnswer();

  /** @return the better answer */
  public abstract Answer betterAnswer();

  /** @return how much the dimension's score rises with this change (after earlier changes of a plan) */
  public abstract Rational gain();

  /** @return the dimension's score after the change */
  public abstract Rational scoreAfter();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Improvement}s. */
  public static final class Builder extends ImmutableImprovement.Builder {
    Builder() {}
  }
}
