package dev.selfcheck.analysis.internal;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.MissingPolicy;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.ScoringModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/*
 * What scores every dimension (and the total) can take, derived from the scoring model as
 * docs/scoring.md states it, bottom-up, without scoring anything.
 *
 * For each node the result over-approximates the truth: `mayScorable` is true if some response may
 * give the node a score, `mayNotScorable` if some response may leave it without one, and [lo, hi]
 * contains every score it can have. Over-approximation keeps the analysis sound: a condition that
 * is false on the whole interval is false for every response. It can be loose (then the analysis
 * just proves less), never too tight.
 *
 * A child (a scored question, or a sub-dimension) *may be included* when it can have a score: a
 * question that can be shown, a sub-dimension that may be scorable. It *must be included* when
 * every response includes it: a question that is always shown under `countAs` (a missing answer is
 * imputed), or a sub-dimension that is always scorable.
 *
 *   weightedMean, minimum, maximum: the scores of the positive-weight children that may be included
 *       bound the result: [lowest lo, highest hi].
 *   weightedSum: Σ wᵢ·loᵢ .. Σ wᵢ·hiᵢ over the children that must be included, and for the others
 *       Σ min(wᵢ·loᵢ, 0) .. Σ max(wᵢ·hiᵢ, 0) (they may be left out). Proration multiplies the sum by
 *       A/B ≥ 1, where A is the weight of the applicable questions and B that of the answered ones;
 *       the questions' part is then at most A·(highest item score) ≤ W·max(hi, 0), and the
 *       sub-dimensions' part grows by at most W / (smallest positive question weight).
 *   shareMeeting: 0 to 1; exactly 0 if no positive-weight child can reach the threshold, exactly 1
 *       if every one always does.
 *   normalize: 0 to 100.
 * Then the rescale a·x + b and the clamp, which are monotone, map both ends.
 *
 * A node may be not scorable unless a child that must be included has a positive weight (any
 * weight for a plain weighted sum) and no minimum answered share is set.
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
  record Range(boolean mayNotScorable, boolean mayScorable, Rational lo, Rational hi) {}

  /**
   * The lowest and highest score a question's answer can get.
   *
   * @param lo the lowest item score
   * @param hi the highest item score
   */
  record ItemRange(Rational lo, Rational hi) {}

  /** Effective settings of a node: inherited ones, and the rescale and clamp written on it. */
  private record Settings(Aggregation aggregation, Rational threshold, MissingPolicy missing,
      Rational missingScore, Rational minShare, boolean normalize, Rational factor, Rational offset,
      Rational min, Rational max) {

    /** The effective settings (ScoringSettings.inheritFrom decides them) as exact numbers. */
    static Settings of(ScoringSettings e) {
      return new Settings(e.aggregation().orElseThrow(), rational(e.threshold()),
          e.missing().orElseThrow(), rational(e.missingScore()), rational(e.minAnsweredShare()),
          e.normalize().orElseThrow(), rational(e.factor()), rational(e.offset()),
          rational(e.min()), rational(e.max()));
    }

    private static Rational rational(Optional<BigDecimal> v) {
      return v.map(Rational::of).orElse(null);
    }

    boolean imputes() {
      return missing == MissingPolicy.COUNT_AS && missingScore != null;
    }

    Rational apply(Rational x) {
      Rational y = x;
      if (factor != null) {
        y = y.times(factor);
      }
      if (offset != null) {
        y = y.plus(offset);
      }
      if (min != null) {
        y = y.max(min);
      }
      if (max != null) {
        y = y.min(max);
      }
      return y;
    }
  }

  /** A child as its parent's aggregation sees it. */
  private record Child(boolean question, Rational weight, Rational lo, Rational hi, boolean may,
      boolean must) {}

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
    List<Child> children = new ArrayList<>();
    for (Dimension d : questionnaire.dimensions()) {
      children.add(subDimension(d, dimension(d, root)));
    }
    ranges.put("total", combine(children, Settings.of(root)));
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

  private Range dimension(Dimension d, ScoringSettings parent) {
    ScoringSettings effective = d.scoring().orElse(ScoringSettings.empty()).inheritFrom(parent);
    Settings s = Settings.of(effective);
    List<Child> children = new ArrayList<>();
    for (Question q : d.questions()) {
      Optional<ItemRange> item = itemRange(questionnaire, q);
      if (item.isEmpty()) {
        continue;
      }
      Rational lo = item.get().lo();
      Rational hi = item.get().hi();
      if (s.imputes()) {
        lo = lo.min(s.missingScore());
        hi = hi.max(s.missingScore());
      }
      Solver.Verdict shown = visibility.apply(q.id());
      children.add(new Child(true, Rational.of(q.weight()), lo, hi, shown != Solver.Verdict.NEVER,
          s.imputes() && shown == Solver.Verdict.ALWAYS));
    }
    for (Dimension c : d.dimensions()) {
      children.add(subDimension(c, dimension(c, effective)));
    }
    Range r = combine(children, s);
    ranges.putIfAbsent(d.id(), r);
    return r;
  }

  private static Child subDimension(Dimension d, Range r) {
    return new Child(false, Rational.of(d.weight()), r.lo(), r.hi(), r.mayScorable(),
        !r.mayNotScorable());
  }

  private static Range combine(List<Child> children, Settings s) {
    boolean plainSum = s.aggregation() == Aggregation.WEIGHTED_SUM && !s.normalize();
    List<Child> may = children.stream().filter(Child::may).toList();
    List<Child> counted = may.stream().filter(c -> plainSum || c.weight().signum() > 0).toList();
    boolean mayScorable = !counted.isEmpty();
    boolean alwaysScorable = s.minShare() == null || s.minShare().signum() == 0;
    alwaysScorable &= counted.stream().anyMatch(c -> c.must()
        && (!s.normalize() || c.question() && c.hi().compareTo(c.lo()) > 0));
    if (!mayScorable) {
      return new Range(true, false, Rational.ZERO, Rational.ZERO);
    }
    Rational lo;
    Rational hi;
    if (s.normalize()) {
      lo = Rational.ZERO;
      hi = Rational.HUNDRED;
    } else if (s.aggregation() == Aggregation.SHARE_MEETING) {
      Rational t = s.threshold();
      boolean noneMeets = t == null || counted.stream().allMatch(c -> c.hi().compareTo(t) < 0);
      boolean allMeet = t != null && counted.stream().allMatch(c -> c.lo().compareTo(t) >= 0);
      lo = allMeet ? Rational.ONE : Rational.ZERO;
      hi = noneMeets ? Rational.ZERO : Rational.ONE;
    } else if (s.aggregation() == Aggregation.WEIGHTED_SUM) {
      lo = Rational.ZERO;
      hi = Rational.ZERO;
      for (Child c : may) {
        Rational a = c.weight().times(c.lo());
        Rational b = c.weight().times(c.hi());
        lo = lo.plus(c.must() ? a : a.min(Rational.ZERO));
        hi = hi.plus(c.must() ? b : b.max(Rational.ZERO));
      }
      if (s.missing() == MissingPolicy.PRORATE) {
        Rational[] prorated = prorated(may);
        if (prorated != null) {
          lo = lo.min(prorated[0]);
          hi = hi.max(prorated[1]);
        }
      }
    } else {
      lo = null;
      hi = null;
      for (Child c : counted) {
        lo = lo == null ? c.lo() : lo.min(c.lo());
        hi = hi == null ? c.hi() : hi.max(c.hi());
      }
    }
    Rational a = s.apply(lo);
    Rational b = s.apply(hi);
    return new Range(!alwaysScorable, true, a.min(b), a.max(b));
  }

  /** Bounds of a prorated weighted sum, or null when no question can be prorated. */
  private static Rational[] prorated(List<Child> may) {
    Rational weight = Rational.ZERO;
    Rational smallest = null;
    Rational itemLo = Rational.ZERO;
    Rational itemHi = Rational.ZERO;
    Rational subLo = Rational.ZERO;
    Rational subHi = Rational.ZERO;
    for (Child c : may) {
      if (c.question()) {
        weight = weight.plus(c.weight());
        if (c.weight().signum() > 0) {
          smallest = smallest == null ? c.weight() : smallest.min(c.weight());
        }
        itemLo = itemLo.min(c.lo());
        itemHi = itemHi.max(c.hi());
      } else {
        subLo = subLo.plus(c.weight().times(c.lo()).min(Rational.ZERO));
        subHi = subHi.plus(c.weight().times(c.hi()).max(Rational.ZERO));
      }
    }
    if (smallest == null) {
      return null;
    }
    Rational most = weight.dividedBy(smallest).max(Rational.ONE);
    return new Rational[] {weight.times(itemLo).plus(most.times(subLo)),
        weight.times(itemHi).plus(most.times(subHi))};
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
