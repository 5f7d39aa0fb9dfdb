package dev.selfcheck.scoring;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.internal.CompiledQuestionnaire;
import dev.selfcheck.scoring.internal.ImprovementFinder;
import dev.selfcheck.scoring.internal.Kernel;
import java.util.ArrayList;
import java.util.List;
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
  private final ScoringModel model;
  private final boolean explain;
  private final ImprovementFinder improvements;

  Scorer(CompiledQuestionnaire compiled, boolean explain) {
    this.compiled = compiled;
    this.model = new ScoringModel(compiled);
    this.explain = explain;
    this.improvements = new ImprovementFinder(compiled);
  }

  /** @return what was compiled, read-only: settings, reachable ranges, ranked options, bands */
  public ScoringModel model() {
    return model;
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
    return new ScoredAssessment(compiled.evaluate(Objects.requireNonNull(response, "response"), explain));
  }

  /**
   * Scores a response bound to this scorer's questionnaire by index: the fast path for batches,
   * with no look-up per answer; the response itself is built only when the assessment's results,
   * recommendations or findings are read. The same assessment as {@link #score(Response)} of
   * {@link BoundResponse#response()}. A response bound to another questionnaire object, not bound
   * at all ({@link BoundResponse#of}), or holding an option or a yes/no answer as a value is bound
   * by id, as {@link #score(Response)} binds it.
   *
   * @param response a response bound to this scorer's questionnaire
   * @return the assessment
   * @throws IllegalArgumentException if an index names an option that its question does not offer
   */
  public Assessment score(BoundResponse response) {
    Objects.requireNonNull(response, "response");
    if (response.bound() && response.questionnaire() == compiled.questionnaire()) {
      int check = compiled.kernel().checkBound(response.cells);
      if (check != Kernel.REBIND) {
        return new ScoredAssessment(compiled.evaluate(response.cells, check == Kernel.BOUND_SUSPECT,
            response.respondent().orElse(null), response::response, explain));
      }
    }
    return score(response.response());
  }

  /**
   * The improvement potential of one dimension: the answer changes that would raise its score
   * most, and changes that together reach the next band. The gains are read from one evaluation of
   * the response (a candidate is scored again only where that cannot tell its effect), so this
   * grows linearly with the questionnaire.
   *
   * @param response a response to this questionnaire
   * @param dimensionId a dimension id, or {@value DimensionResult#TOTAL}
   * @return the potential
   * @throws IllegalArgumentException if there is no such dimension
   */
  public ImprovementPotential improvements(Response response, String dimensionId) {
    return improvements.find(Objects.requireNonNull(response, "response"),
        Objects.requireNonNull(dimensionId, "dimensionId"));
  }

  /**
   * The improvement potential of every dimension (parents first, in document order) and of the
   * total (last).
   *
   * @param response a response to this questionnaire
   * @return one potential per dimension
   */
  public List<ImprovementPotential> improvements(Response response) {
    Objects.requireNonNull(response, "response");
    return List.copyOf(improvements.findAll(response));
  }

  /**
   * A new, empty answer sheet for this questionnaire: the fast path for hosts that score many
   * responses. Reuse it ({@link AnswerSheet#clear()}); it is not thread-safe.
   *
   * @return the sheet
   */
  public AnswerSheet newAnswerSheet() {
    return new AnswerSheet(compiled.kernel());
  }

  /**
   * New reusable results for {@link #score(AnswerSheet, SheetScores)}.
   *
   * @return the results
   */
  public SheetScores newSheetScores() {
    return new SheetScores(compiled.kernel());
  }

  /**
   * Scores an answer sheet: the same evaluator as {@link #score(Response)} over the sheet's cells,
   * so the same scores, bands, counts and fired recommendations as the response with the same
   * answers, without building an {@link Assessment} (explanations are not collected). Allocates
   * nothing unless an exact value outgrows a {@code long} or a multiple-choice or number answer
   * is scored.
   *
   * @param sheet a sheet of this scorer
   * @param into results of this scorer, overwritten
   * @return {@code into}
   * @throws IllegalArgumentException if the sheet or the results belong to another scorer
   */
  public SheetScores score(AnswerSheet sheet, SheetScores into) {
    Kernel core = compiled.kernel();
    if (sheet.core != core || into.core != core) {
      throw new IllegalArgumentException("the sheet and the results must come from this scorer");
    }
    core.evaluate(sheet.cells, into.results, false);
    return into;
  }
}
