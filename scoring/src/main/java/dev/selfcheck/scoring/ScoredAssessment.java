package dev.selfcheck.scoring;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.scoring.internal.Results;
import java.util.List;
import java.util.Optional;

/**
 * An assessment that is a view of one evaluation's results: its parts are read from them when
 * first asked for (once; the results are immutable and read under their own lock).
 */
final class ScoredAssessment extends Assessment {

  private final Results results;

  ScoredAssessment(Results results) {
    this.results = results;
  }

  @Override
  public String questionnaireId() {
    return results.questionnaireId();
  }

  @Override
  public SemanticVersion questionnaireVersion() {
    return results.questionnaireVersion();
  }

  @Override
  public Optional<Respondent> respondent() {
    return results.respondent();
  }

  @Override
  public DimensionResult total() {
    return results.total();
  }

  @Override
  public List<DimensionResult> dimensions() {
    return results.dimensions();
  }

  @Override
  public List<FiredRecommendation> recommendations() {
    return results.recommendations();
  }

  @Override
  public List<Finding> findings() {
    return results.findings();
  }

  @Override
  public String toCompactJson() {
    return results.compactJson();
  }
}
