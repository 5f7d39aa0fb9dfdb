package dev.selfcheck.core;

import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A rule: when its condition holds for an assessment, it yields its recommendations.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Rule {

  Rule() {}

  /** @return the id, unique among the rules of the questionnaire */
  @Pattern(regexp = Ids.ID_PATTERN)
  public abstract String id();

  /** @return the condition */
  public abstract Condition when();

  /** @return the ids of the recommendations this rule yields */
  public abstract List<String> recommend();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Rule}s. */
  public static final class Builder extends ImmutableRule.Builder {
    Builder() {}
  }
}
