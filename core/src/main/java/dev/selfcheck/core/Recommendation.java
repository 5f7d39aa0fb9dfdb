package dev.selfcheck.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A suggestion for further work that {@link Rule}s can yield, with the reasoning behind it and
 * links to support.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Recommendation {

  Recommendation() {}

  /** @return the id, unique among the recommendations of the questionnaire */
  @Pattern(regexp = Ids.ID_PATTERN)
  public abstract String id();

  /** @return the title */
  @Valid
  public abstract LocalizedText title();

  /** @return the text: what to do */
  @Valid
  public abstract LocalizedText text();

  /** @return why this helps */
  public abstract Optional<@Valid LocalizedText> rationale();

  /** @return the dimension this recommendation belongs to, by id */
  public abstract Optional<String> dimension();

  /** @return the priority; higher comes first; 0 unless set */
  @Value.Default
  public int priority() {
    return 0;
  }

  /** @return links to further material */
  public abstract List<@Valid Link> links();

  /** @return tags, such as the kind of support ({@code workshop}, {@code resident-dialogue}) */
  public abstract List<@Pattern(regexp = Ids.ID_PATTERN) String> tags();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Recommendation}s. */
  public static final class Builder extends ImmutableRecommendation.Builder {
    Builder() {}
  }
}
