package dev.selfcheck.core;

import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A conditional term of a score: a constant added once to a node's aggregate when a condition on
 * the answers holds, such as "subtract 0.269 if any dimension is answered at its worst level"
 * (written {@code {"id": "N3", "when": {...}, "add": -0.269}} in a level's {@code scoring.terms}).
 * Terms are added after the aggregation (and normalisation and proration) and before the rescale
 * and clamp; a score may go below zero on purpose. The condition sees answers only, like a
 * visibility condition.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Term {

  Term() {}

  /** @return the id, unique among the terms of one level, as published (such as {@code N3}) */
  @Pattern(regexp = Ids.ID_PATTERN)
  public abstract String id();

  /** @return the condition on the answers under which the term is added */
  public abstract Condition when();

  /** @return the constant added (negative to subtract) */
  public abstract BigDecimal add();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Term}s. */
  public static final class Builder extends ImmutableTerm.Builder {
    Builder() {}
  }
}
