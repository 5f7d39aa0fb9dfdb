package dev.selfcheck.analysis.internal;

import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/*
 * What scores every dimension (and the total) can take, without scoring anything: bottom-up, each
 * node asks scoring's one combination of children's ranges (ScoringModel.reach) with its children
 * narrowed by what the solver knows: a question that is never shown takes no part, one that is
 * always shown is always included where a missing answer is imputed, and a sub-dimension takes part
 * as its own range says (never, sometimes or always scorable).
 *
 * For each node the result over-approximates the truth: `mayScorable` is true if some response may
 * give the node a score, `mayNotScorable` if some response may leave it without one, and [lo, hi]
 * contains every score it can have. Over-approximation keeps the analysis sound: a condition that
 * is false on the whole interval is false for every response. It can be loose (then the analysis
 * just proves less), never too tight.
 */
/** The score ranges of the dimensions and the total of a questionnaire. */
final class ScoreRanges {

  /**
   * What scores one node can take.
   *
   * @param mayNotScorable whether some response may leave it without a score
   * @param mayScorable whether some response may give it a score
   * @param lo a lower bound of its scores (meaningful when it may be scorable)
   * @param hi an upper bound of its scores
   */
  record Range(boolean mayNotScorable, boolean mayScorable, Rational lo, Rational hi) {

    private static Range of(ScoringModel.Reach r) {
      return r.range().map(x -> new Range(!r.always(), true, x.lowest(), x.highest()))
          .orElse(new Range(true, false, Rational.ZERO, Rational.ZERO));
    }
  }

  /**
   * The lowest and highest score a question's answer can get.
   *
   * @param lo the lowest item score
   * @param hi the highest item score
   */
  record ItemRange(Rational lo, Rational hi) {}

  private final Questionnaire questionnaire;
  private final Function<String, Solver.Verdict> visibility;
  private final Map<String, Range> ranges = new HashMap<>();

  /**
   * Derives the ranges.
   *
   * @param questionnaire the questionnaire, free of scoring errors
   * @param visibility whether each question (by id) is always, never or sometimes shown
   */
  ScoreRanges(Questionnaire questionnaire, Function<String, Solver.Verdict> visibility) {
    this.questionnaire = questionnaire;
    this.visibility = visibility;
    ScoringSettings root = questionnaire.scoringOf("total");
    List<ScoringModel.Child> children = new ArrayList<>();
    for (Dimension d : questionnaire.dimensions()) {
      children.add(subDimension(d, dimension(d, root)));
    }
    ranges.put("total", Range.of(ScoringModel.reach(root, children)));
  }

  /**
   * The range of a dimension or the total.
   *
   * @param id a dimension id or {@code "total"}
   * @return its range
   */
  Range of(String id) {
    return ranges.get(id);
  }

  private ScoringModel.Reach dimension(Dimension d, ScoringSettings parent) {
    ScoringSettings effective = d.scoring().orElse(ScoringSettings.empty()).inheritFrom(parent);
    List<ScoringModel.Child> children = new ArrayList<>();
    for (Question q : d.questions()) {
      Optional<ScoringModel.Range> item = ScoringModel.itemRange(questionnaire, q);
      if (item.isEmpty()) {
        continue;
      }
      Solver.Verdict shown = visibility.apply(q.id());
      ScoringModel.Reach reach = shown == Solver.Verdict.NEVER ? ScoringModel.Reach.never()
          : new ScoringModel.Reach(item, shown == Solver.Verdict.ALWAYS);
      children.add(new ScoringModel.Child(true, Rational.of(q.weight()), reach));
    }
    for (Dimension c : d.dimensions()) {
      children.add(subDimension(c, dimension(c, effective)));
    }
    ScoringModel.Reach r = ScoringModel.reach(effective, children);
    ranges.putIfAbsent(d.id(), Range.of(r));
    return r;
  }

  private static ScoringModel.Child subDimension(Dimension d, ScoringModel.Reach r) {
    return new ScoringModel.Child(false, Rational.of(d.weight()), r);
  }

  /**
   * The item score range of a question, or empty if it is not scored (nothing to score by).
   *
   * @param questionnaire the questionnaire (for shared scales)
   * @param q the question
   * @return the range of its item scores
   */
  static Optional<ItemRange> itemRange(Questionnaire questionnaire, Question q) {
    return ScoringModel.itemRange(questionnaire, q).map(r -> new ItemRange(r.lowest(), r.highest()));
  }
}
