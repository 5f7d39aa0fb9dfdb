package dev.selfcheck.scoring;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.internal.CompiledQuestionnaire;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A questionnaire compiled for scoring: immutable and thread-safe, so one instance serves any
 * number of threads. Create it with {@link ScoringEngine#compile(Questionnaire)}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Scorer {

  private final CompiledQuestionnaire compiled;
  private final boolean explain;

  Scorer(CompiledQuestionnaire compiled, boolean explain) {
    this.compiled = compiled;
    this.explain = explain;
  }

  /** @return the questionnaire this scorer was compiled from */
  public Questionnaire questionnaire() {
    return compiled.questionnaire();
  }

  /**
   * Scores a response. Problems of the response (wrong version, unknown options, …) become
   * findings of the assessment; answers that cannot be scored are left out.
   *
   * @param response a response to this questionnaire
   * @return the assessment
   */
  public Assessment score(Response response) {
    return compiled.score(Objects.requireNonNull(response, "response"), explain);
  }
}
