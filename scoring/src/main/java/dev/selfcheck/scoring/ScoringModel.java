package dev.selfcheck.scoring;

import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.ConditionProgram;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.scoring.internal.CompiledQuestionnaire;
import dev.selfcheck.scoring.internal.ItemScorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the scoring engine compiled from a questionnaire, read-only: the settings in effect on each
 * dimension, the scores each scored question and each dimension can reach, the options of a
 * question ranked by score, the bands a score lies in, and the compiled conditions. Tools (static
 * analysis, test kits, reports, hosts) ask it instead of deriving these again.
 *
 * <pre>{@code
 * ScoringModel model = ScoringEngine.create().compile(questionnaire).model();
 * ScoringModel.Range total = model.scoreRange("total");          // lowest and highest total
 * List<AnswerOption> best = model.optionsByScore("q1");          // highest score first
 * }</pre>
 *
 * <p>Immutable and thread-safe. No method accepts or returns null.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScoringModel {

  /**
   * The lowest and highest score something can reach, exactly.
   *
   * @param lowest the lowest score
   * @param highest the highest score, not below the lowest
   */
  public record Range(Rational lowest, Rational highest) {}

  private final CompiledQuestionnaire compiled;
  private final Map<String, ItemScorer> scorers = new LinkedHashMap<>();
  private final Map<String, Question> scored = new LinkedHashMap<>();

  ScoringModel(CompiledQuestionnaire compiled) {
    this.compiled = compiled;
    compiled.scoredQuestionsUnder(DimensionResult.TOTAL).forEach((q, scorer) -> {
      scorers.putIfAbsent(q.id(), scorer);
      scored.putIfAbsent(q.id(), q);
    });
  }

  /** @return the questionnaire compiled */
  public Questionnaire questionnaire() {
    return compiled.questionnaire();
  }

  /** @return every visibility and rule condition, compiled (with their JSON Pointers) */
  public ConditionProgram conditions() {
    return compiled.conditions();
  }

  /** @return the dimension ids in document order (parents first), then {@code "total"} */
  public List<String> dimensionIds() {
    return compiled.dimensionIds();
  }

  /** @return the ids of the scored questions, in document order */
  public List<String> scoredQuestions() {
    return List.copyOf(scored.keySet());
  }

  /**
   * The scoring settings in effect on a dimension or the total, as
   * {@link Questionnaire#scoringOf(String)} decides them.
   *
   * @param dimensionId a dimension id or {@code "total"}
   * @return the effective settings
   */
  public ScoringSettings settingsOf(String dimensionId) {
    return questionnaire().scoringOf(dimensionId);
  }

  /**
   * The lowest and highest score a dimension or the total can reach (after normalisation,
   * rescale and clamp), as scores are placed on that scale.
   *
   * @param dimensionId a dimension id or {@code "total"}
   * @return the range
   * @throws IllegalArgumentException for an unknown id
   */
  public Range scoreRange(String dimensionId) {
    Rational[] r = compiled.scoreRange(dimensionId);
    if (r == null) {
      throw new IllegalArgumentException("no dimension '" + dimensionId + "'");
    }
    return new Range(r[0], r[1]);
  }

  /**
   * The lowest and highest item score a scored question's answer can get.
   *
   * @param questionId a question id
   * @return the range, or empty when the question is not scored
   */
  public Optional<Range> itemRange(String questionId) {
    ItemScorer s = scorers.get(questionId);
    return s == null ? Optional.empty() : Optional.of(new Range(s.lo(), s.hi()));
  }

  /**
   * The lowest and highest item score an answer to a question can get, for any questionnaire
   * (also one that does not compile): the same scorer the engine uses.
   *
   * @param questionnaire the questionnaire (for the question's options)
   * @param question one of its questions
   * @return the range, or empty when the question is not scored
   */
  public static Optional<Range> itemRange(Questionnaire questionnaire, Question question) {
    ItemScorer s = new ItemScorer(question, questionnaire.optionsOf(question));
    return s.scored() ? Optional.of(new Range(s.lo(), s.hi())) : Optional.empty();
  }

  /**
   * The options of a scored single-choice, ordinal-scale or multiple-choice question, ranked by
   * the item score choosing each gives (reversed scales applied), highest first; options of
   * equal score keep their order.
   *
   * @param questionId a question id
   * @return the scored options, highest first; empty for a question without scored options
   */
  public List<AnswerOption> optionsByScore(String questionId) {
    ItemScorer s = scorers.get(questionId);
    if (s == null) {
      return List.of();
    }
    List<AnswerOption> out = new ArrayList<>();
    for (AnswerOption o : questionnaire().optionsOf(scored.get(questionId))) {
      if (s.optionScore(o.value()) != null) {
        out.add(o);
      }
    }
    out.sort(Comparator.comparing((AnswerOption o) -> s.optionScore(o.value())).reversed());
    return List.copyOf(out);
  }

  /**
   * The item score of one option of a scored question.
   *
   * @param questionId a question id
   * @param optionValue an option's value
   * @return the score, or empty when the question or option is not scored
   */
  public Optional<Rational> optionScore(String questionId, String optionValue) {
    ItemScorer s = scorers.get(questionId);
    return s == null ? Optional.empty() : Optional.ofNullable(s.optionScore(optionValue));
  }

  /**
   * The band a score of a dimension (or the total) lies in: the first of
   * {@link Questionnaire#bandsOf(String)} that {@linkplain Band#contains(int, int) contains} it,
   * as the engine places scores.
   *
   * @param dimensionId a dimension id or {@code "total"}
   * @param score a score
   * @return the band, or empty
   */
  public Optional<Band> bandOf(String dimensionId, Rational score) {
    return bandOf(questionnaire().bandsOf(dimensionId), score);
  }

  /**
   * The first of some bands that contains a score, exactly.
   *
   * @param bands bands in order
   * @param score a score
   * @return the band, or empty
   */
  public static Optional<Band> bandOf(List<Band> bands, Rational score) {
    for (Band b : bands) {
      if (b.contains(score.compareTo(b.lower()), score.compareTo(b.upper()))) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "ScoringModel[questionnaire=" + questionnaire().id() + ", scoredQuestions="
        + scored.size() + "]";
  }
}
