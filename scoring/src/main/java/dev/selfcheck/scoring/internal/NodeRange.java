package dev.selfcheck.scoring.internal;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.Conversion;
import dev.selfcheck.core.MissingPolicy;
import dev.selfcheck.core.Rounding;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.scoring.Rational;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/*
 * How the ranges of a node's children (its scored questions and sub-dimensions) combine into the
 * node's range: the one statement of it, asked for a node's scale (CompiledQuestionnaire, for
 * normalisation and ScoringModel.scoreRange) and for the scores a node can reach given narrowed
 * children (ScoringModel.reach, which static analysis asks with what visibility allows).
 *
 * A child *may be included* when some response gives it a score (a question that can be shown, a
 * sub-dimension that may be scorable), it *must be included* when every response does (a question
 * always shown under countAs, where a missing answer is imputed, or a sub-dimension always
 * scorable). A question's range widens to the missingScore when the node imputes.
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
 * Then the conditional terms (each may or may not be added: the negative ones lower the low end,
 * the positive ones raise the high end); then the rescale a·x + b, the clamp and the rounding step,
 * which are monotone, map both ends, and a conversion table gives the lowest and highest score of
 * its rows between them (Kernel.Rescale.range).
 *
 * A node may be not scorable unless a child that must be included has a positive weight (any
 * weight for a plain weighted sum) and no minimum answered share is set.
 *
 * The scale is this combination with every child "may, not must", except where the engine's scale
 * has always been wider than what can be reached (and normalisation of a parent divides by it):
 * shareMeeting spans 0 to 1, zero-weight children of minimum and maximum count, and a node with
 * nothing counted still has the scale its formula gives (0, or 0 to 100 when normalised).
 */
/** The combination of children's score ranges into a node's range. */
public final class NodeRange {

  private NodeRange() {}

  /**
   * The effective settings of a node that its range depends on, as exact numbers.
   *
   * @param aggregation the aggregation
   * @param threshold the share-meeting threshold, or null
   * @param missing the missing policy
   * @param missingScore the imputed score, or null
   * @param minShare the minimum answered share, or null
   * @param maxMissing the most applicable questions without a score, or null
   * @param normalize whether scores are normalised to 0–100
   * @param factor the rescale factor, or null
   * @param offset the rescale offset, or null
   * @param min the clamp's lower end, or null
   * @param max the clamp's upper end, or null
   * @param round the rounding step after the clamp, or null
   * @param convert the conversion table after the rounding, empty for none
   * @param termsDown the sum of the negative conditional terms (0 if none)
   * @param termsUp the sum of the positive conditional terms (0 if none)
   */
  public record Rules(Aggregation aggregation, Rational threshold, MissingPolicy missing,
      Rational missingScore, Rational minShare, Integer maxMissing, boolean normalize, Rational factor,
      Rational offset, Rational min, Rational max, Rounding round, List<Conversion> convert,
      Rational termsDown, Rational termsUp) {

    /**
     * The rules of effective settings ({@code ScoringSettings.inheritFrom} decides them).
     *
     * @param e effective settings
     * @return the rules
     */
    public static Rules of(ScoringSettings e) {
      return new Rules(e.aggregation().orElseThrow(), rational(e.threshold()),
          e.missing().orElseThrow(), rational(e.missingScore()), rational(e.minAnsweredShare()),
          e.maxMissing().orElse(null), e.normalize().orElseThrow(), rational(e.factor()), rational(e.offset()),
          rational(e.min()), rational(e.max()), e.round().orElse(null), e.convert(),
          terms(e, -1), terms(e, 1));
    }

    /** The sum of the terms of one sign: each may or may not be added. */
    private static Rational terms(ScoringSettings e, int sign) {
      return e.terms().stream().map(t -> Rational.of(t.add())).filter(a -> a.signum() == sign)
          .reduce(Rational.ZERO, Rational::plus);
    }

    private static Rational rational(Optional<BigDecimal> v) {
      return v.map(Rational::of).orElse(null);
    }

    /** @return whether a missing answer is imputed with the missing score */
    boolean imputes() {
      return missing == MissingPolicy.COUNT_AS && missingScore != null;
    }
  }

  /**
   * A child as its parent's aggregation sees it.
   *
   * @param question whether it is a question (else a sub-dimension)
   * @param weight its weight
   * @param lo its lowest score (for a question: item score, before imputation)
   * @param hi its highest score
   * @param may whether some response includes it
   * @param must whether every response includes it (for a question: shows it)
   */
  public record Part(boolean question, Rational weight, Rational lo, Rational hi, boolean may,
      boolean must) {}

  /**
   * A node's range.
   *
   * @param mayScorable whether some response may give it a score
   * @param mayNotScorable whether some response may leave it without one
   * @param lo the lowest score (meaningful when it may be scorable, or for a scale)
   * @param hi the highest score
   */
  public record Result(boolean mayScorable, boolean mayNotScorable, Rational lo, Rational hi) {}

  /**
   * Combines children's ranges.
   *
   * @param s the node's rules
   * @param children its children
   * @param scale whether the node's scale is asked (every child "may, not must") rather than what
   *     it can reach
   * @return the node's range
   */
  public static Result combine(Rules s, List<Part> children, boolean scale) {
    List<Part> may = children.stream().filter(Part::may).map(c -> imputed(s, c)).toList();
    boolean plainSum = s.aggregation() == Aggregation.WEIGHTED_SUM && !s.normalize();
    boolean zeroCounts = plainSum || scale && s.aggregation() != Aggregation.WEIGHTED_MEAN;
    List<Part> counted = may.stream().filter(c -> zeroCounts || c.weight().signum() > 0).toList();
    boolean mayScorable = !counted.isEmpty();
    boolean alwaysScorable = (s.minShare() == null || s.minShare().signum() == 0)
        && s.maxMissing() == null;
    alwaysScorable &= counted.stream().anyMatch(c -> c.must()
        && (!s.normalize() || c.question() && c.hi().compareTo(c.lo()) > 0));
    if (!mayScorable && !scale) {
      return new Result(false, true, Rational.ZERO, Rational.ZERO);
    }
    Rational lo;
    Rational hi;
    if (s.normalize()) {
      lo = Rational.ZERO;
      hi = Rational.HUNDRED;
    } else if (s.aggregation() == Aggregation.SHARE_MEETING) {
      Rational t = s.threshold();
      boolean noneMeets = !scale
          && (t == null || counted.stream().allMatch(c -> c.hi().compareTo(t) < 0));
      boolean allMeet = !scale
          && t != null && counted.stream().allMatch(c -> c.lo().compareTo(t) >= 0);
      lo = allMeet ? Rational.ONE : Rational.ZERO;
      hi = noneMeets ? Rational.ZERO : Rational.ONE;
    } else if (s.aggregation() == Aggregation.WEIGHTED_SUM) {
      lo = Rational.ZERO;
      hi = Rational.ZERO;
      for (Part c : may) {
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
      lo = Rational.ZERO;
      hi = Rational.ZERO;
      boolean first = true;
      for (Part c : counted) {
        lo = first ? c.lo() : lo.min(c.lo());
        hi = first ? c.hi() : hi.max(c.hi());
        first = false;
      }
    }
    lo = lo.plus(s.termsDown());
    hi = hi.plus(s.termsUp());
    Rational[] range = new Kernel.Rescale(s).range(lo, hi);
    return new Result(mayScorable, !alwaysScorable, range[0], range[1]);
  }

  /**
   * A question's lowest and highest score widened to the imputed score where the node imputes.
   *
   * @param s the node's rules
   * @param lo the lowest item score
   * @param hi the highest item score
   * @return {lowest, highest}
   */
  static Rational[] imputed(Rules s, Rational lo, Rational hi) {
    return s.imputes() ? new Rational[] {lo.min(s.missingScore()), hi.max(s.missingScore())}
        : new Rational[] {lo, hi};
  }

  private static Part imputed(Rules s, Part c) {
    if (!c.question()) {
      return c;
    }
    Rational[] r = imputed(s, c.lo(), c.hi());
    return new Part(true, c.weight(), r[0], r[1], c.may(), c.must() && s.imputes());
  }

  /** Bounds of a prorated weighted sum, or null when no question can be prorated. */
  private static Rational[] prorated(List<Part> may) {
    Rational weight = Rational.ZERO;
    Rational smallest = null;
    Rational itemLo = Rational.ZERO;
    Rational itemHi = Rational.ZERO;
    Rational subLo = Rational.ZERO;
    Rational subHi = Rational.ZERO;
    for (Part c : may) {
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
}
