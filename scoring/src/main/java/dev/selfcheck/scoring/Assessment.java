package dev.selfcheck.scoring;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.SemanticVersion;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The scored result of one response: the total, every dimension, the fired recommendations with
 * their reasons, and findings (problems of the response, dimensions that are not scorable).
 *
 * <p>Immutable and thread-safe. {@link #toJson()} gives its canonical JSON form.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Assessment {

  Assessment() {}

  /** @return the id of the questionnaire */
  public abstract String questionnaireId();

  /** @return the version of the questionnaire that scored the response */
  public abstract SemanticVersion questionnaireVersion();

  /** @return who answered, if the response says */
  public abstract Optional<Respondent> respondent();

  /** @return the total */
  public abstract DimensionResult total();

  /** @return every dimension, parents before children, in document order */
  public abstract List<DimensionResult> dimensions();

  /** @return the recommendations, by descending priority, then in document order of the catalog */
  public abstract List<FiredRecommendation> recommendations();

  /** @return problems of the response and warnings about the scoring */
  public abstract List<Finding> findings();

  /**
   * Finds a dimension's result.
   *
   * @param id a dimension id, or {@value DimensionResult#TOTAL}
   * @return the result, if there is such a dimension
   */
  public Optional<DimensionResult> dimension(String id) {
    if (DimensionResult.TOTAL.equals(id)) {
      return Optional.of(total());
    }
    return dimensions().stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /**
   * Tells whether a recommendation fired.
   *
   * @param recommendationId a recommendation id
   * @return true if it is among {@link #recommendations()}
   */
  public boolean recommends(String recommendationId) {
    return recommendations().stream().anyMatch(r -> r.recommendation().id().equals(recommendationId));
  }

  /** @return the canonical JSON form: fixed member order, exact scores as text, no floating point */
  public String toJson() {
    return dev.selfcheck.scoring.internal.AssessmentJson.write(this);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Assessment}s. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
