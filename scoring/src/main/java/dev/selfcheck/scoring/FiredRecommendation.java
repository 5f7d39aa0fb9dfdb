package dev.selfcheck.scoring;

import dev.selfcheck.core.Recommendation;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A recommendation that at least one rule yielded, with the rules that fired and the facts that
 * made their conditions true. A recommendation yielded by several rules appears once.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class FiredRecommendation {

  FiredRecommendation() {}

  /** @return the recommendation */
  public abstract Recommendation recommendation();

  /** @return the ids of the rules that yielded it, in document order */
  public abstract List<String> rules();

  /** @return the facts behind it */
  public abstract List<Reason> reasons();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FiredRecommendation}s. */
  public static final class Builder extends ImmutableFiredRecommendation.Builder {
    Builder() {}
  }
}
