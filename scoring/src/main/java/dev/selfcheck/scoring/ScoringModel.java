package dev.selfcheck.scoring;

import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.ConditionProgram;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.scoring.internal.CompiledQuestionnaire;
import dev.selfcheck.scoring.internal.ItemScorer;
import dev.selfcheck.scoring.internal.NodeRange;
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

  /**
   * The scores something can take over some set of responses: none (never scored), some range
   * (sometimes or always scored), and whether every response scores it.
   *
   * @param range the lowest and highest score, or empty when nothing is ever scored
   * @param always whether every response gives a score (only with a range)
   */
  public record Reach(Optional<Range> range, boolean always) {

    /**
     * Checks that only something with a range is always scored.
     *
     * @param range the range, or empty
     * @param always whether every response gives a score
     */
    public Reach {
      if (always && range.isEmpty()) {
        throw new IllegalArgumentException("always scored, but without a range");
      }
    }

    /** @return never scored */
    public static Reach never() {
      return new Reach(Optional.empty(), false);
    }

    /**
     * @param range the range
     * @return scored by some responses, within a range
     */
    public static Reach sometimes(Range range) {
      return new Reach(Optional.of(range), false);
    }

    /**
     * @param range the range
     * @return scored by every response, within a range
     */
    public static Reach always(Range range) {
      return new Reach(Optional.of(range), true);
    }
  }

  /**
   * A child of a dimension (or the total) as its aggregation sees it.
   *
   * @param question whether it is a scored question (else a sub-dimension)
   * @param weight its weight
   * @param reach for a question: its item scores (before a missing answer is imputed) and whether
   *     it is always shown ({@linkplain Reach#never() never} when it is never shown); for a
   *     sub-dimension: its scores and whether it is always scorable
   */
  public record Child(boolean question, Rational weight, Reach reach) {}

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
   * rescale and clamp), as scores are placed on that scale: its scale, the one that a normalising
   * parent divides by. It is {@link #reach(ScoringSettings, List)} with every child perhaps taking
   * part, except that it is never narrower than what the aggregation's formula spans (a share
   * meeting a threshold spans 0 to 1, zero-weight children of a minimum or maximum widen it, and
   * a dimension that can never be scored still has one).
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
   * The scores a dimension (or the total) can reach given what its children can reach: the one
   * combination of children's ranges into a node's range (weighted mean, sum, minimum, maximum,
   * share meeting a threshold, with imputation, proration, normalisation, rescale and clamp), as
   * {@link #scoreRange(String)} uses it for the scale of every node. Tools that know more than
   * the engine (which questions can be shown, which sub-dimensions can be scorable) ask it with
   * narrowed children to learn what a node can reach. The result over-approximates: every score
   * some response can give lies in the range.
   *
   * <pre>{@code
   * ScoringModel.Reach r = ScoringModel.reach(questionnaire.scoringOf("total"), List.of(
   *     new ScoringModel.Child(true, Rational.ONE, ScoringModel.Reach.always(itemRange)),
   *     new ScoringModel.Child(true, Rational.ONE, ScoringModel.Reach.never())));
   * }</pre>
   *
   * @param effective the node's effective settings ({@link Questionnaire#scoringOf(String)});
   *     a setting not given takes its {@linkplain ScoringSettings#defaults() default}
   * @param children its scored questions and sub-dimensions, in any order
   * @return what the node can reach: never scored, or its range and whether it is always scored
   */
  public static Reach reach(ScoringSettings effective, List<Child> children) {
    List<NodeRange.Part> parts = new ArrayList<>();
    for (Child c : children) {
      Range r = c.reach().range().orElse(new Range(Rational.ZERO, Rational.ZERO));
      parts.add(new NodeRange.Part(c.question(), c.weight(), r.lowest(), r.highest(),
          c.reach().range().isPresent(), c.reach().always()));
    }
    NodeRange.Result r = NodeRange.combine(
        NodeRange.Rules.of(effective.inheritFrom(ScoringSettings.defaults())), parts, false);
    return r.mayScorable()
        ? new Reach(Optional.of(new Range(r.lo(), r.hi())), !r.mayNotScorable())
        : Reach.never();
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
