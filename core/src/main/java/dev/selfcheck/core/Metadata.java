package dev.selfcheck.core;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Who wrote a questionnaire, under which licence, and what it is based on.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Metadata {

  Metadata() {}

  /** @return the authors, people or organisations, in the order given */
  public abstract List<@Size(min = 1, max = 500) String> authors();

  /** @return the licence, preferably an SPDX identifier such as {@code CC-BY-4.0} */
  public abstract Optional<@Size(min = 1, max = 500) String> licence();

  /** @return the source: the publication or programme the questionnaire is based on */
  public abstract Optional<@Size(min = 1, max = 2000) String> source();

  /** @return metadata with nothing set */
  public static Metadata empty() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Metadata}. */
  public static final class Builder extends ImmutableMetadata.Builder {
    Builder() {}
  }
}
