package dev.selfcheck.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A node of the scoring tree: a field of action, a goal, a criterion, or whatever levels an
 * instrument uses. A dimension holds questions, sub-dimensions, or both, each with a weight.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Dimension {

  Dimension() {}

  /** @return the id, unique among all dimensions of the questionnaire */
  @Pattern(regexp = Ids.ID_PATTERN)
  public abstract String id();

  /** @return the name shown in reports */
  @Valid
  public abstract LocalizedText label();

  /** @return an optional longer description */
  public abstract Optional<@Valid LocalizedText> description();

  /** @return the weight of this dimension within its parent (or the total); 1 unless set */
  @Value.Default
  @DecimalMin("0")
  public BigDecimal weight() {
    return BigDecimal.ONE;
  }

  /** @return the sub-dimensions, in display order */
  public abstract List<@Valid Dimension> dimensions();

  /** @return the questions of this dimension itself (not of its sub-dimensions), in order */
  public abstract List<@Valid Question> questions();

  /** @return scoring settings for this dimension; empty to inherit */
  public abstract Optional<@Valid ScoringSettings> scoring();

  /**
   * The bands of this dimension itself. Which bands its score is placed in is decided by
   * {@link Questionnaire#bandsOf(Dimension)}: these when {@link #ownBands()}, else the
   * questionnaire's.
   *
   * @return the bands this dimension states, in order; empty when it states none
   */
  public abstract List<@Valid Band> bands();

  /**
   * Whether this dimension states its own bands instead of using the questionnaire's: true when
   * {@link #bands()} is not empty, and for a dimension written with {@code "bands": []}, which has
   * no bands at all (its score is placed in none).
   *
   * @return whether {@link #bands()} replaces the questionnaire's bands for this dimension
   */
  @Value.Default
  public boolean ownBands() {
    return !bands().isEmpty();
  }

  @Value.Check
  void checkOwnBands() {
    if (!ownBands() && !bands().isEmpty()) {
      throw new IllegalArgumentException("dimension '" + id() + "' lists bands of its own, so ownBands"
          + " cannot be false");
    }
  }

  /**
   * Host data attached to this dimension; the library keeps it unchanged.
   *
   * @return JSON texts keyed by member name (see {@link Questionnaire#extensions()})
   */
  public abstract Map<String, String> extensions();

  /** @return this dimension and all dimensions below it, depth first, parents before children */
  public Stream<Dimension> descendantsAndSelf() {
    return Stream.concat(Stream.of(this), dimensions().stream().flatMap(Dimension::descendantsAndSelf));
  }

  /** @return all questions of this dimension and its sub-dimensions, in document order */
  public Stream<Question> allQuestions() {
    return descendantsAndSelf().flatMap(d -> d.questions().stream());
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Dimension}s. */
  public static final class Builder extends ImmutableDimension.Builder {
    Builder() {}
  }
}
