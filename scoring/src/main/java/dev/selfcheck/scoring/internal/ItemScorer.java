package dev.selfcheck.scoring.internal;

import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.scoring.Rational;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/*
 * Item scores, resolved at compile time: option scores (reversed if asked: lowest + highest −
 * score), yes/no scores, number thresholds or piecewise-linear points (interpolated exactly,
 * clamped at the ends), and multiple choice as a capped sum or a share of the offered options.
 * A question with nothing to score by is unscored and takes no part in any score.
 */
/** Turns one question's answer value into an exact score. */
public final class ItemScorer {

  private final QuestionType type;
  private final Map<String, Rational> optionScores = new HashMap<>();
  private final int offered;
  private final java.util.Set<String> offeredValues = new java.util.HashSet<>();
  private final Rational yes;
  private final Rational no;
  private final Rational[] from;
  private final Rational[] stepScores;
  private final Rational[] xs;
  private final Rational[] ys;
  private final boolean share;
  private final Rational cap;
  private final Rational lo;
  private final Rational hi;
  private final boolean scored;

  /**
   * Compiles the scoring of a question.
   *
   * @param q the question
   * @param options its options (from its scale or its own)
   */
  public ItemScorer(Question q, List<AnswerOption> options) {
    this.type = q.type();
    this.offered = options.size();
    options.forEach(o -> offeredValues.add(o.value()));
    ItemScoring s = q.scoring().orElse(ItemScoring.builder().build());
    Rational min = null;
    Rational max = null;
    for (AnswerOption o : options) {
      if (o.score().isPresent()) {
        Rational r = Rational.of(o.score().get());
        min = min == null ? r : min.min(r);
        max = max == null ? r : max.max(r);
      }
    }
    for (AnswerOption o : options) {
      if (o.score().isPresent()) {
        Rational r = Rational.of(o.score().get());
        optionScores.put(o.value(), q.reversed() ? min.plus(max).minus(r) : r);
      }
    }
    yes = s.yes().map(Rational::of).orElse(null);
    no = s.no().map(Rational::of).orElse(null);
    from = s.thresholds().stream().map(t -> Rational.of(t.from())).toArray(Rational[]::new);
    stepScores = s.thresholds().stream().map(t -> Rational.of(t.score())).toArray(Rational[]::new);
    xs = s.points().stream().map(p -> Rational.of(p.value())).toArray(Rational[]::new);
    ys = s.points().stream().map(p -> Rational.of(p.score())).toArray(Rational[]::new);
    share = s.multiple().orElse(ItemScoring.Multiple.SUM) == ItemScoring.Multiple.SHARE;
    cap = s.cap().map(Rational::of).orElse(null);

    Rational l = null;
    Rational h = null;
    boolean isScored;
    switch (type) {
      case SINGLE_CHOICE:
      case ORDINAL_SCALE:
        isScored = min != null;
        l = min;
        h = max;
        break;
      case MULTIPLE_CHOICE:
        if (share) {
          isScored = offered > 0;
          l = Rational.ZERO;
          h = Rational.ONE;
        } else {
          isScored = min != null;
          Rational neg = Rational.ZERO;
          Rational pos = Rational.ZERO;
          for (Rational r : optionScores.values()) {
            if (r.signum() < 0) {
              neg = neg.plus(r);
            } else {
              pos = pos.plus(r);
            }
          }
          // score = min(sum, cap): the sums run from neg to pos, and the cap lowers both ends
          l = cap == null ? neg : neg.min(cap);
          h = cap == null ? pos : pos.min(cap);
        }
        break;
      case YES_NO:
        isScored = yes != null && no != null;
        if (isScored) {
          l = yes.min(no);
          h = yes.max(no);
        }
        break;
      case NUMBER:
        isScored = from.length > 0 || xs.length > 0;
        for (Rational r : from.length > 0 ? stepScores : ys) {
          l = l == null ? r : l.min(r);
          h = h == null ? r : h.max(r);
        }
        break;
      default:
        isScored = false;
    }
    this.scored = isScored;
    this.lo = l == null ? Rational.ZERO : l;
    this.hi = h == null ? Rational.ZERO : h;
  }

  /**
   * The answers worth trying when looking for a better one: every scored option, yes and no, the
   * thresholds' and points' values, or the current selection plus one more option.
   *
   * @param current the current value, if any
   * @return candidate values, without the current one
   */
  public List<AnswerValue> candidates(AnswerValue current) {
    List<AnswerValue> out = new java.util.ArrayList<>();
    switch (type) {
      case SINGLE_CHOICE:
      case ORDINAL_SCALE:
        optionScores.keySet().stream().sorted().forEach(v -> out.add(AnswerValue.option(v)));
        break;
      case MULTIPLE_CHOICE:
        List<String> chosen = current != null && current.kind() == AnswerValue.Kind.STRINGS
            ? current.asOptions() : List.of();
        offeredValues.stream().sorted().filter(v -> !chosen.contains(v)).forEach(v -> {
          List<String> more = new java.util.ArrayList<>(chosen);
          more.add(v);
          out.add(AnswerValue.options(more));
        });
        break;
      case YES_NO:
        out.add(AnswerValue.bool(true));
        out.add(AnswerValue.bool(false));
        break;
      case NUMBER:
        for (Rational r : from.length > 0 ? from : xs) {
          out.add(AnswerValue.number(r.toBigDecimal(10).stripTrailingZeros()));
        }
        break;
      default:
        break;
    }
    out.remove(current);
    return out;
  }

  /** @return whether the question takes part in scores */
  public boolean scored() {
    return scored;
  }

  /**
   * @param value an option's value
   * @return the item score of choosing it alone (reversed scales applied), or null if unscored
   */
  public Rational optionScore(String value) {
    return optionScores.get(value);
  }

  /** @return the lowest item score */
  public Rational lo() {
    return lo;
  }

  /** @return the highest item score */
  public Rational hi() {
    return hi;
  }

  /**
   * Scores an answer value.
   *
   * @param v the value
   * @return the score, or null if the value cannot be scored (wrong kind, unknown option)
   */
  public Rational score(AnswerValue v) {
    if (!scored) {
      return null;
    }
    switch (type) {
      case SINGLE_CHOICE:
      case ORDINAL_SCALE:
        return v.kind() == AnswerValue.Kind.STRING ? optionScores.get(v.asString()) : null;
      case MULTIPLE_CHOICE:
        return v.kind() == AnswerValue.Kind.STRINGS ? multiple(v.asOptions()) : null;
      case YES_NO:
        return v.kind() == AnswerValue.Kind.BOOLEAN ? (v.asBoolean() ? yes : no) : null;
      case NUMBER:
        return v.kind() == AnswerValue.Kind.NUMBER ? number(Rational.of(v.asNumber())) : null;
      default:
        return null;
    }
  }

  private Rational multiple(List<String> chosen) {
    java.util.Set<String> distinct = new java.util.LinkedHashSet<>(chosen);
    if (share) {
      int known = 0;
      for (String c : distinct) {
        if (!offeredValues.contains(c)) {
          return null;
        }
        known++;
      }
      return Rational.of(java.math.BigInteger.valueOf(known), java.math.BigInteger.valueOf(offered));
    }
    Rational sum = Rational.ZERO;
    for (String c : distinct) {
      Rational r = optionScores.get(c);
      if (r == null) {
        return null;
      }
      sum = sum.plus(r);
    }
    return cap == null ? sum : sum.min(cap);
  }

  private Rational number(Rational x) {
    if (from.length > 0) {
      Rational result = stepScores[0];
      for (int i = 0; i < from.length; i++) {
        if (from[i].compareTo(x) <= 0) {
          result = stepScores[i];
        }
      }
      return result;
    }
    if (x.compareTo(xs[0]) <= 0) {
      return ys[0];
    }
    int last = xs.length - 1;
    if (x.compareTo(xs[last]) >= 0) {
      return ys[last];
    }
    for (int i = 1; i <= last; i++) {
      if (x.compareTo(xs[i]) <= 0) {
        // y = y0 + (x − x0)·(y1 − y0)/(x1 − x0), exactly
        return ys[i - 1].plus(x.minus(xs[i - 1]).times(ys[i].minus(ys[i - 1]))
            .dividedBy(xs[i].minus(xs[i - 1])));
      }
    }
    return ys[last];
  }
}
