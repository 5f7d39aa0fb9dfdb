package dev.selfcheck.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A link from a recommendation to further material (a knowledge article, a workshop format).
 * Relative links are resolved by the host against a base address it configures.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Link {

  Link() {}

  /** @return the address, absolute or relative to the host's base address */
  @Size(min = 1, max = 2000)
  public abstract String href();

  /** @return the link text */
  public abstract Optional<@Valid LocalizedText> label();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Link}s. */
  public static final class Builder extends ImmutableLink.Builder {
    Builder() {}
  }
}
