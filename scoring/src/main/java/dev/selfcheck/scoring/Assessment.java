package dev.selfcheck.scoring;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.SemanticVersion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The scored result of one response: the total, every dimension, the fired recommendations with
 * their reasons, and findings (problems of the response, dimensions that are not scorable).
 *
 * <p>Immutable and thread-safe. {@link #toJson()} gives its canonical JSON form. An assessment from
 * {@link Scorer#score(dev.selfcheck.core.Response)} is a view of the evaluator's results: its
 * results, recommendations (with their reasons) and findings are built when first read. Two
 * assessments are equal when their parts are, however they were made.
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

  /**
   * The compact assessment line, for batches that keep only the figures: the questionnaire, the
   * respondent's id, per result (the total, then every dimension) its id, exact score, band and
   * completion, and the ids of the fired recommendations. An assessment from {@link Scorer}
   * writes it straight from the evaluation, without building its other parts.
   *
   * @return one line of JSON
   * @since 0.1
   */
  public String toCompactJson() {
    return dev.selfcheck.scoring.internal.CompactJson.write(this);
  }

  /**
   * Tells whether another object is an assessment with equal parts.
   *
   * @param another an object
   * @return true if it is an assessment with the same questionnaire, respondent, results,
   *     recommendations and findings
   */
  @Override
  public final boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof Assessment)) {
      return false;
    }
    Assessment a = (Assessment) another;
    return questionnaireId().equals(a.questionnaireId())
        && questionnaireVersion().equals(a.questionnaireVersion())
        && respondent().equals(a.respondent())
        && total().equals(a.total())
        && dimensions().equals(a.dimensions())
        && recommendations().equals(a.recommendations())
        && findings().equals(a.findings());
  }

  /** @return a hash code of the parts */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + questionnaireId().hashCode();
    h += (h << 5) + questionnaireVersion().hashCode();
    h += (h << 5) + Objects.hashCode(respondent().orElse(null));
    h += (h << 5) + total().hashCode();
    h += (h << 5) + dimensions().hashCode();
    h += (h << 5) + recommendations().hashCode();
    h += (h << 5) + findings().hashCode();
    return h;
  }

  /** @return the parts, {@code Assessment{questionnaireId=…, …}} */
  @Override
  public final String toString() {
    StringBuilder b = new StringBuilder("Assessment{");
    b.append("questionnaireId=").append(questionnaireId());
    b.append(", questionnaireVersion=").append(questionnaireVersion());
    respondent().ifPresent(r -> b.append(", respondent=").append(r));
    b.append(", total=").append(total());
    b.append(", dimensions=").append(dimensions());
    b.append(", recommendations=").append(recommendations());
    b.append(", findings=").append(findings());
    return b.append('}').toString();
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
