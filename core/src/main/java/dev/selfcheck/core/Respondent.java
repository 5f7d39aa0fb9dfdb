package dev.selfcheck.core;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Who answered: an id, and the role or group they answered for (for example the integration
 * office), so that several respondents of one organisation can be combined and compared.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Respondent {

  Respondent() {}

  /** @return the respondent's id */
  @Size(min = 1, max = 256)
  public abstract String id();

  /** @return the role, such as {@code "integration office"} */
  public abstract Optional<@Size(min = 1, max = 256) String> role();

  /** @return the group, such as {@code "administration"} or {@code "civil society"} */
  public abstract Optional<@Size(min = 1, max = 256) String> group();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Respondent}s. */
  public static final class Builder extends ImmutableRespondent.Builder {
    Builder() {}
  }
}
