package dev.selfcheck.scoring;

import dev.selfcheck.core.Band;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a workshop wants to discuss for one dimension: the single answer changes that would raise
 * its score most, and a short list of changes that together reach the next band.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ImprovementPotential {

  ImprovementPotential() {}

  /** @return the dimension id, or {@value DimensionResult#TOTAL} */
  public abstract String dimension();

  /** @return the current score; empty if not scorable */
  public abstract Optional<Rational> score();

  /** @return the current band */
  public abstract Optional<Band> band();

  /**
   * The best single change of each question that can raise the score, by gain descending (ties:
   * document order of the questions).
   *
   * @return the changes
   */
  public abstract List<Improvement> bestChanges();

  /** @return the next higher band, if there is one */
  public abstract Optional<Band> nextBand();

  /**
   * Changes that together reach the next band, in the order chosen: at each step the change with
   * the largest gain. Empty when there is no next band or it cannot be reached.
   *
   * @return the plan
   */
  public abstract List<Improvement> planToNextBand();

  /** @return whether the plan reaches the next band */
  public abstract boolean nextBandReachable();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ImprovementPotential}s. */
  public static final class Builder extends ImmutableImprovementPotential.Builder {
    Builder() {}
  }
}
