package dev.selfcheck.core;

import jakarta.validation.constraints.Pattern;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A count reported with a level's result: how many of a list of questions pass one test, such as
 * "items answered at or above the third option"
 * ({@code {"id": "atLeastTwo", "of": ["i1", "i2"], "where": {"ge": "2"}}} in a level's
 * {@code scoring.counts}). The test means what a {@link Quantifier}'s test means (a hidden question
 * is not answered, a comparison is false without a value). A count weighs nothing: the questions
 * feed their dimension's score as before, and may feed several counts.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ItemCount {

  ItemCount() {}

  /** @return the id, unique among the counts of one level */
  @Pattern(regexp = Ids.ID_PATTERN)
  public abstract String id();

  /**
   * The questions and the test, as a quantifier whose bounds are not used (the count is read, not
   * compared).
   *
   * @return the quantifier
   */
  public abstract Quantifier test();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ItemCount}s. */
  public static final class Builder extends ImmutableItemCount.Builder {
    Builder() {}
  }
}
