package dev.selfcheck.scoring.internal;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.MissingPolicy;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rule;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/*
 * The primitive scoring core behind answer sheets.
 *
 * An answer sheet holds one short per question (in questionnaire order): the index of the chosen
 * option of a choice question, or a state code. Compilation turns every node of the
 * CompiledQuestionnaire into flat arrays: per scored question and option the product weight ×
 * item score as a numerator over one common denominator of the node, the weights of its questions
 * and sub-dimensions over another, and its bands' ends as fractions of longs. Scoring walks the
 * nodes children first and keeps every score as a fraction in two longs (den > 0; sums over the
 * least common denominator, reduced only when the denominator grows large, and by Rational.of
 * when a score is read), so it allocates nothing; the rules are compiled once more into tests over
 * the cells and the result arrays.
 *
 * The core covers what most questionnaires use: no visibility conditions; weighted mean or
 * weighted sum; missing answers excluded or counted as a score; no normalisation, rescale or
 * clamp; every constant a fraction of longs. For anything else (and whenever a long would
 * overflow) the sheet is turned into a Response and scored by CompiledQuestionnaire.score, the
 * general path with Rational's BigInteger fallback, so the results are always those of
 * Scorer.score(Response).
 */
/** Scores answer sheets over primitive arrays. */
public final class SheetCore {

  /*
   * A sheet is one short per question: the index of the chosen option (0 or more), or one of the
   * codes below.
   */
  /** Not answered. */
  public static final short NOT_ANSWERED = -1;
  /** Don't know. */
  public static final short DONT_KNOW = -2;
  /** Not applicable. */
  public static final short NOT_APPLICABLE = -3;
  /** The most options a question may have for a sheet to hold it. */
  public static final int MAX_OPTIONS = Short.MAX_VALUE;

  /** A term of an option without a score. */
  private static final long NO_SCORE = Long.MIN_VALUE;

  /**
   * @param state a state
   * @return its code; for ANSWERED, 0 (any option)
   */
  public static short code(AnswerState state) {
    switch (state) {
      case DONT_KNOW:
        return DONT_KNOW;
      case NOT_APPLICABLE:
        return NOT_APPLICABLE;
      case NOT_ANSWERED:
        return NOT_ANSWERED;
      default:
        return 0;
    }
  }

  /**
   * @param cell a sheet's cell
   * @return its state
   */
  public static AnswerState state(short cell) {
    return cell >= 0 ? AnswerState.ANSWERED : cell == DONT_KNOW ? AnswerState.DONT_KNOW
        : cell == NOT_APPLICABLE ? AnswerState.NOT_APPLICABLE : AnswerState.NOT_ANSWERED;
  }

  /** Thrown internally when a long would overflow or a constant does not fit. */
  private static final class Overflow extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Overflow() {
      super(null, null, false, false);
    }
  }

  private static final Overflow OVERFLOW = new Overflow();

  /**
   * Scores are kept as fractions that need not be in lowest terms (comparisons are exact either
   * way; Rational.of reduces when a score is read); one is reduced when its denominator grows
   * beyond this, so that the longs rarely overflow.
   */
  private static final long REDUCE_ABOVE = 1L << 24;

  /** One compiled node. */
  private static final class PNode {
    final int index;
    final boolean mean;
    // scored questions
    int[] itemQuestion;
    /** Options per item in terms (the longest item's option count). */
    int stride;
    /**
     * Per item and option, at item × stride + option: weight × score as a numerator over termDen
     * (NO_SCORE where the option has no score).
     */
    long[] terms;
    long termDen;
    /** Per item: weight × missing score over termDen when missing answers count; null otherwise. */
    long[] missing;
    /** Per item, then per sub-dimension: the weight as a numerator over weightDen. */
    long[] weights;
    long weightDen;
    // sub-dimensions
    int[] childIndex;
    // minimum answered share; null if none
    long[] minShare;
    long[] bandLoNum;
    long[] bandLoDen;
    long[] bandHiNum;
    long[] bandHiDen;
    boolean[] bandLoIncl;
    boolean[] bandHiIncl;

    PNode(int index, boolean mean) {
      this.index = index;
      this.mean = mean;
    }
  }

  /** A compiled condition over a sheet and its results. */
  @FunctionalInterface
  private interface PTest {
    boolean test(short[] cells, SheetResults r);
  }

  private final CompiledQuestionnaire compiled;
  private final Questionnaire questionnaire;
  private final List<Question> questions;
  private final Map<String, Integer> questionIndex = new HashMap<>();
  private final List<Map<String, Integer>> optionIndex = new ArrayList<>();
  private final List<List<AnswerOption>> options = new ArrayList<>();
  private final boolean[] allowsDontKnow;
  private final boolean[] allowsNotApplicable;
  private final List<String> dimensionIds;
  private final Map<String, Integer> dimensionIndex = new HashMap<>();
  private final List<Band[]> bands = new ArrayList<>();
  private final int[] decimals;
  private final RuleEngine rules;
  /** Nodes children first, the total last; null when the core does not cover the questionnaire. */
  private final PNode[] order;
  private final PTest[] tests;

  /**
   * Compiles the core of a compiled questionnaire.
   *
   * @param compiled the compiled questionnaire
   */
  public SheetCore(CompiledQuestionnaire compiled) {
    this.compiled = compiled;
    this.questionnaire = compiled.questionnaire();
    this.questions = questionnaire.allQuestions().toList();
    allowsDontKnow = new boolean[questions.size()];
    allowsNotApplicable = new boolean[questions.size()];
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      questionIndex.putIfAbsent(q.id(), i);
      Map<String, Integer> byValue = new HashMap<>();
      List<AnswerOption> opts = choice(q) ? questionnaire.optionsOf(q) : List.of();
      for (int o = 0; o < opts.size(); o++) {
        byValue.putIfAbsent(opts.get(o).value(), o);
      }
      optionIndex.add(byValue);
      options.add(opts);
      allowsDontKnow[i] = questionnaire.allowsDontKnow(q);
      allowsNotApplicable[i] = questionnaire.allowsNotApplicable(q);
    }
    this.dimensionIds = compiled.dimensionIds();
    for (int i = 0; i < dimensionIds.size(); i++) {
      dimensionIndex.putIfAbsent(dimensionIds.get(i), i);
    }
    List<CompiledQuestionnaire.Node> nodes = compiled.nodes();
    decimals = new int[nodes.size()];
    for (CompiledQuestionnaire.Node n : nodes) {
      bands.add(n.bandSlots);
      decimals[n.index] = n.settings.decimals;
    }
    this.rules = compiled.rules();
    PNode[] o = null;
    PTest[] t = null;
    try {
      if (!compiled.conditional()) {
        o = new PNode[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
          // preorder, total last: reversed, children come before their parents
          o[nodes.size() - 1 - i] = compileNode(nodes.get(i));
        }
        // the total is last in nodes; it must be scored last
        PNode total = o[0];
        System.arraycopy(o, 1, o, 0, o.length - 1);
        o[o.length - 1] = total;
        List<Rule> rs = questionnaire.rules();
        t = new PTest[rs.size()];
        for (int i = 0; i < rs.size(); i++) {
          t[i] = compileCondition(rs.get(i).when());
        }
      }
    } catch (Overflow | Unsupported e) {
      o = null;
      t = null;
    }
    this.order = o;
    this.tests = t;
  }

  private static boolean choice(Question q) {
    return q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.ORDINAL_SCALE;
  }

  /** Thrown at compile time for what the core does not cover. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  private PNode compileNode(CompiledQuestionnaire.Node n) {
    CompiledQuestionnaire.Settings s = n.settings;
    if ((s.aggregation != Aggregation.WEIGHTED_MEAN && s.aggregation != Aggregation.WEIGHTED_SUM)
        || s.missing == MissingPolicy.PRORATE || s.normalize
        || s.factor != null || s.offset != null || s.min != null || s.max != null) {
      throw new Unsupported();
    }
    PNode p = new PNode(n.index, s.aggregation == Aggregation.WEIGHTED_MEAN);
    int items = n.itemSlots.length;
    int children = n.childSlots.length;
    p.itemQuestion = new int[items];
    boolean countAs = s.missing == MissingPolicy.COUNT_AS && s.missingScore != null;
    // every term over one denominator, every weight over another
    Rational[][] terms = new Rational[items][];
    Rational[] missing = new Rational[items];
    Rational[] weights = new Rational[items + children];
    int stride = 1;
    for (int k = 0; k < items; k++) {
      CompiledQuestionnaire.Item item = n.itemSlots[k];
      Integer qi = questionIndex.get(item.id);
      if (qi == null || questions.get(qi) != item.question) {
        throw new Unsupported();
      }
      p.itemQuestion[k] = qi;
      // only choice questions can be answered with a value on a sheet: no options, no terms
      List<AnswerOption> opts = options.get(qi);
      stride = Math.max(stride, opts.size());
      terms[k] = new Rational[opts.size()];
      for (int o = 0; o < opts.size(); o++) {
        Rational score = item.scorer.score(AnswerValue.option(opts.get(o).value()));
        terms[k][o] = score == null ? null : item.weight.times(score);
      }
      missing[k] = countAs ? item.weight.times(s.missingScore) : null;
      weights[k] = item.weight;
    }
    for (int j = 0; j < children; j++) {
      weights[items + j] = n.childSlots[j].weight;
    }
    BigInteger termDen = BigInteger.ONE;
    for (int k = 0; k < items; k++) {
      for (Rational t : terms[k]) {
        termDen = t == null ? termDen : lcm(termDen, t.denominator());
      }
      termDen = missing[k] == null ? termDen : lcm(termDen, missing[k].denominator());
    }
    BigInteger weightDen = BigInteger.ONE;
    for (Rational w : weights) {
      weightDen = lcm(weightDen, w.denominator());
    }
    p.stride = stride;
    p.termDen = toLong(termDen);
    p.weightDen = toLong(weightDen);
    p.terms = new long[items * stride];
    Arrays.fill(p.terms, NO_SCORE);
    p.missing = countAs ? new long[items] : null;
    for (int k = 0; k < items; k++) {
      for (int o = 0; o < terms[k].length; o++) {
        if (terms[k][o] != null) {
          p.terms[k * stride + o] = over(terms[k][o], termDen);
        }
      }
      if (countAs) {
        p.missing[k] = over(missing[k], termDen);
      }
    }
    p.weights = new long[items + children];
    for (int i = 0; i < weights.length; i++) {
      p.weights[i] = over(weights[i], weightDen);
    }
    p.childIndex = new int[children];
    for (int j = 0; j < children; j++) {
      p.childIndex[j] = n.childSlots[j].index;
    }
    if (s.minShare != null) {
      p.minShare = new long[] {toLong(s.minShare.numerator()), toLong(s.minShare.denominator())};
    }
    int b = n.bandSlots.length;
    p.bandLoNum = new long[b];
    p.bandLoDen = new long[b];
    p.bandHiNum = new long[b];
    p.bandHiDen = new long[b];
    p.bandLoIncl = new boolean[b];
    p.bandHiIncl = new boolean[b];
    for (int i = 0; i < b; i++) {
      p.bandLoNum[i] = toLong(n.bandLowers[i].numerator());
      p.bandLoDen[i] = toLong(n.bandLowers[i].denominator());
      p.bandHiNum[i] = toLong(n.bandUppers[i].numerator());
      p.bandHiDen[i] = toLong(n.bandUppers[i].denominator());
      p.bandLoIncl[i] = n.bandSlots[i].lowerInclusive();
      p.bandHiIncl[i] = n.bandSlots[i].upperInclusive();
    }
    return p;
  }

  private static BigInteger lcm(BigInteger a, BigInteger b) {
    return a.divide(a.gcd(b)).multiply(b);
  }

  /** The numerator of x over a multiple of its denominator, bounded so that sums stay in range. */
  private static long over(Rational x, BigInteger den) {
    long v = toLong(x.numerator().multiply(den.divide(x.denominator())));
    if (Math.abs(v) > (1L << 40)) {
      throw new Unsupported();
    }
    return v;
  }

  private static long toLong(BigInteger v) {
    if (v.bitLength() > 62) {
      throw OVERFLOW;
    }
    return v.longValue();
  }

  // ------------------------------------------------------------------ conditions

  private PTest compileCondition(Condition condition) {
    return condition.accept(new Condition.Visitor<PTest>() {
      @Override
      public PTest visitAll(AllOf c) {
        PTest[] parts = c.parts().stream().map(SheetCore.this::compileCondition).toArray(PTest[]::new);
        return (x, r) -> {
          for (PTest t : parts) {
            if (!t.test(x, r)) {
              return false;
            }
          }
          return true;
        };
      }

      @Override
      public PTest visitAny(AnyOf c) {
        PTest[] parts = c.parts().stream().map(SheetCore.this::compileCondition).toArray(PTest[]::new);
        return (x, r) -> {
          for (PTest t : parts) {
            if (t.test(x, r)) {
              return true;
            }
          }
          return false;
        };
      }

      @Override
      public PTest visitNot(Not c) {
        PTest part = compileCondition(c.part());
        return (x, r) -> !part.test(x, r);
      }

      @Override
      public PTest visitAnswerIs(AnswerIs c) {
        Integer q = questionIndex.get(c.question());
        AnswerState state = c.state();
        if (q == null) {
          boolean constant = state == AnswerState.NOT_ANSWERED;
          return (x, r) -> constant;
        }
        int at = q;
        if (state == AnswerState.ANSWERED) {
          return (x, r) -> x[at] >= 0;
        }
        short code = code(state);
        return (x, r) -> x[at] == code;
      }

      @Override
      public PTest visitAnswerComparison(AnswerComparison c) {
        Integer q = questionIndex.get(c.question());
        if (q == null || !choice(questions.get(q))) {
          // a sheet holds values of choice questions only: no other question is ever answered
          return (x, r) -> false;
        }
        int at = q;
        Question question = questions.get(at);
        List<AnswerOption> opts = options.get(at);
        boolean[] byOption = new boolean[opts.size()];
        for (int i = 0; i < opts.size(); i++) {
          byOption[i] = c.matches(questionnaire, question, AnswerValue.option(opts.get(i).value()));
        }
        return (x, r) -> x[at] >= 0 && byOption[x[at]];
      }

      @Override
      public PTest visitQuantifier(Quantifier c) {
        PTest[] each = c.questions().stream().map(id -> compileCondition(c.testFor(id)))
            .toArray(PTest[]::new);
        int least = c.atLeast().orElse(0);
        int most = c.atMost().orElse(Integer.MAX_VALUE);
        return (x, r) -> {
          int n = 0;
          for (PTest t : each) {
            if (t.test(x, r)) {
              n++;
            }
          }
          return least <= n && n <= most;
        };
      }

      @Override
      public PTest visitMeasure(MeasureComparison c) {
        Integer d = dimensionIndex.get(c.dimension());
        if (d == null) {
          return (x, r) -> false;
        }
        int at = d;
        Rational value = Rational.of(c.value());
        long vn = toLong(value.numerator());
        long vd = toLong(value.denominator());
        Operator op = c.operator();
        if (c.measure() == MeasureComparison.Measure.SCORE) {
          return (x, r) -> r.scorable[at]
              && op.holds(compare(r.scoreNum[at], r.scoreDen[at], vn, vd));
        }
        return (x, r) -> {
          if (!r.scorable[at]) {
            return false;
          }
          int shown = r.answered[at] + r.dontKnow[at] + r.notApplicable[at] + r.notAnswered[at];
          int cmp = shown == 0 ? compare(1, 1, vn, vd)
              : compare(r.answered[at] + r.dontKnow[at] + r.notApplicable[at], shown, vn, vd);
          return op.holds(cmp);
        };
      }

      @Override
      public PTest visitScorable(ScorableIs c) {
        Integer d = dimensionIndex.get(c.dimension());
        if (d == null) {
          return (x, r) -> false;
        }
        int at = d;
        boolean scorable = c.scorable();
        return (x, r) -> r.scorable[at] == scorable;
      }

      @Override
      public PTest visitBand(BandIs c) {
        Integer d = dimensionIndex.get(c.dimension());
        if (d == null) {
          return (x, r) -> false;
        }
        int at = d;
        boolean negated = c.operator() == Operator.NE;
        Band[] own = bands.get(at);
        boolean[] holds = new boolean[own.length];
        for (int i = 0; i < own.length; i++) {
          holds[i] = c.bands().contains(own[i].id()) != negated;
        }
        return (x, r) -> r.band[at] >= 0 && holds[r.band[at]];
      }
    });
  }

  // ------------------------------------------------------------------ the sheet's shape

  /** @return the questions in questionnaire order: a sheet's positions */
  public List<Question> questions() {
    return questions;
  }

  /**
   * @param questionId a question id
   * @return its position on a sheet, or -1
   */
  public int questionIndex(String questionId) {
    Integer i = questionIndex.get(questionId);
    return i == null ? -1 : i;
  }

  /**
   * @param question a position on a sheet
   * @param value an option value
   * @return the option's index, or -1 if the question offers no such option (or is no choice)
   */
  public int optionIndex(int question, String value) {
    Integer i = optionIndex.get(question).get(value);
    return i == null ? -1 : i;
  }

  /** @return per question, how many options a sheet may choose from (0 for no choice question) */
  public int[] optionCounts() {
    int[] out = new int[questions.size()];
    for (int q = 0; q < out.length; q++) {
      out[q] = Math.min(options.get(q).size(), MAX_OPTIONS);
    }
    return out;
  }

  /**
   * @param question a position on a sheet
   * @param state a state other than answered
   * @return whether the question allows that state
   */
  public boolean allows(int question, AnswerState state) {
    return state == AnswerState.NOT_ANSWERED
        || (state == AnswerState.DONT_KNOW && allowsDontKnow[question])
        || (state == AnswerState.NOT_APPLICABLE && allowsNotApplicable[question]);
  }

  /** @return the dimension ids, parents first in document order, then the total */
  public List<String> dimensionIds() {
    return dimensionIds;
  }

  /**
   * @param dimension a dimension's index
   * @return its bands, in document order
   */
  public Band[] bands(int dimension) {
    return bands.get(dimension);
  }

  /**
   * @param dimension a dimension's index
   * @return its display decimals
   */
  public int decimals(int dimension) {
    return decimals[dimension];
  }

  /** @return the recommendations in the questionnaire's catalog (first of each id) */
  public List<Recommendation> recommendations() {
    return rules.catalog();
  }

  /** @return recommendation indices in output order */
  public int[] outputOrder() {
    return rules.outputOrder();
  }

  /** @return whether sheets are scored over arrays (otherwise through the general path) */
  public boolean primitive() {
    return order != null;
  }

  // ------------------------------------------------------------------ scoring

  /**
   * Scores a sheet into results.
   *
   * @param cells per question, the chosen option's index or a state code
   * @param out the results, overwritten
   */
  public void score(short[] cells, SheetResults out) {
    if (order != null) {
      try {
        scorePrimitive(cells, out);
        return;
      } catch (Overflow e) {
        // fall through: the general path computes in BigInteger where needed
      }
    }
    scoreGeneral(cells, out);
  }

  private void scorePrimitive(short[] cells, SheetResults r) {
    r.general = false;
    for (PNode p : order) {
      evaluate(p, cells, r);
    }
    Arrays.fill(r.recommended, false);
    int[][] yields = rules.yields();
    for (int i = 0; i < tests.length; i++) {
      if (tests[i].test(cells, r)) {
        for (int y : yields[i]) {
          r.recommended[y] = true;
        }
      }
    }
  }

  private void evaluate(PNode p, short[] cells, SheetResults r) {
    int answered = 0;
    int dontKnow = 0;
    int notApplicable = 0;
    int notAnswered = 0;
    int hidden = 0;
    long terms = 0;
    long w = 0;
    boolean any = false;
    int items = p.itemQuestion.length;
    int stride = p.stride;
    long[] missing = p.missing;
    for (int k = 0; k < items; k++) {
      short cell = cells[p.itemQuestion[k]];
      long term = NO_SCORE;
      if (cell >= 0) {
        term = p.terms[k * stride + cell];
        if (term != NO_SCORE) {
          answered++;
        } else {
          notAnswered++;
        }
      } else if (cell == DONT_KNOW) {
        dontKnow++;
      } else if (cell == NOT_APPLICABLE) {
        notApplicable++;
      } else {
        notAnswered++;
      }
      if (term == NO_SCORE && missing != null) {
        term = missing[k];
      }
      if (term != NO_SCORE) {
        // terms are bounded by 2^40 each, so no sum of fewer than 2^23 of them overflows
        terms += term;
        w += p.weights[k];
        any = true;
      }
    }
    long accN = terms;
    long accD = p.termDen;
    for (int j = 0; j < p.childIndex.length; j++) {
      int c = p.childIndex[j];
      answered += r.answered[c];
      dontKnow += r.dontKnow[c];
      notApplicable += r.notApplicable[c];
      notAnswered += r.notAnswered[c];
      hidden += r.hidden[c];
      if (r.scorable[c]) {
        any = true;
        long wj = p.weights[items + j];
        // + weight × child score: wj / weightDen × n / d
        accN = addNum(accN, accD, Math.multiplyExact(wj, r.scoreNum[c]),
            Math.multiplyExact(p.weightDen, r.scoreDen[c]), r);
        accD = r.den;
        w = Math.addExact(w, wj);
      }
    }
    long wN = w;
    long wD = p.weightDen;
    int at = p.index;
    r.answered[at] = answered;
    r.dontKnow[at] = dontKnow;
    r.notApplicable[at] = notApplicable;
    r.notAnswered[at] = notAnswered;
    r.hidden[at] = hidden;
    r.band[at] = -1;
    int applicable = answered + dontKnow + notAnswered;
    boolean scorable = any;
    if (scorable && p.minShare != null && applicable != 0
        && compare(answered, applicable, p.minShare[0], p.minShare[1]) < 0) {
      scorable = false;
    }
    if (scorable && p.mean) {
      if (wN == 0) {
        scorable = false;
      } else {
        // (accN / accD) / (wN / wD)
        long n = Math.multiplyExact(accN, wD);
        long d = Math.multiplyExact(accD, wN);
        if (d < 0) {
          n = Math.negateExact(n);
          d = Math.negateExact(d);
        }
        accN = n;
        accD = d;
      }
    }
    if (scorable && accD > REDUCE_ABOVE) {
      reduce(accN, accD, r);
      accN = r.num;
      accD = r.den;
    }
    r.scorable[at] = scorable;
    if (scorable) {
      r.scoreNum[at] = accN;
      r.scoreDen[at] = accD;
      for (int i = 0; i < p.bandLoNum.length; i++) {
        int lo = compare(accN, accD, p.bandLoNum[i], p.bandLoDen[i]);
        int hi = compare(accN, accD, p.bandHiNum[i], p.bandHiDen[i]);
        if ((lo > 0 || (lo == 0 && p.bandLoIncl[i])) && (hi < 0 || (hi == 0 && p.bandHiIncl[i]))) {
          r.band[at] = i;
          break;
        }
      }
    }
  }

  /**
   * a/b + c/d over the least common denominator, not reduced (b, d > 0): returns the numerator,
   * leaves the denominator in r.den.
   */
  private static long addNum(long a, long b, long c, long d, SheetResults r) {
    if (b == d) {
      r.den = b;
      return Math.addExact(a, c);
    }
    if (b == 1) {
      r.den = d;
      return Math.addExact(Math.multiplyExact(a, d), c);
    }
    if (d == 1) {
      r.den = b;
      return Math.addExact(a, Math.multiplyExact(c, b));
    }
    long g = gcd(b, d);
    long bg = b / g;
    r.den = Math.multiplyExact(bg, d);
    return Math.addExact(Math.multiplyExact(a, d / g), Math.multiplyExact(c, bg));
  }

  /** Reduces n/d (d > 0) into r.num / r.den. */
  private static void reduce(long n, long d, SheetResults r) {
    if (n == Long.MIN_VALUE || d <= 0) {
      throw OVERFLOW;
    }
    if (n == 0) {
      r.num = 0;
      r.den = 1;
      return;
    }
    long g = gcd(Math.abs(n), d);
    r.num = n / g;
    r.den = d / g;
  }

  /** The greatest common divisor of two non-negative longs (binary: no division). */
  private static long gcd(long a, long b) {
    if (a == 0) {
      return b;
    }
    if (b == 0) {
      return a;
    }
    int shift = Long.numberOfTrailingZeros(a | b);
    a >>>= Long.numberOfTrailingZeros(a);
    while (b != 0) {
      b >>>= Long.numberOfTrailingZeros(b);
      if (a > b) {
        long t = b;
        b = a;
        a = t;
      }
      b -= a;
    }
    return a << shift;
  }

  /** Compares a/b with c/d (b, d > 0) exactly, through 128-bit products. */
  static int compare(long a, long b, long c, long d) {
    if (b == d) {
      return Long.compare(a, c);
    }
    long hi1 = Math.multiplyHigh(a, d);
    long lo1 = a * d;
    long hi2 = Math.multiplyHigh(c, b);
    long lo2 = c * b;
    return hi1 != hi2 ? Long.compare(hi1, hi2) : Long.compareUnsigned(lo1, lo2);
  }

  /** The general path: the sheet as a Response, scored as any response. */
  private void scoreGeneral(short[] cells, SheetResults r) {
    Response.Builder b = Response.builder()
        .questionnaireId(questionnaire.id())
        .questionnaireVersion(questionnaire.version());
    for (int q = 0; q < questions.size(); q++) {
      AnswerState st = state(cells[q]);
      String id = questions.get(q).id();
      if (st == AnswerState.ANSWERED) {
        b.putAnswer(id, Answer.of(AnswerValue.option(options.get(q).get(cells[q]).value())));
      } else if (st == AnswerState.DONT_KNOW) {
        b.putAnswer(id, Answer.dontKnow());
      } else if (st == AnswerState.NOT_APPLICABLE) {
        b.putAnswer(id, Answer.notApplicable());
      }
    }
    Assessment a = compiled.score(b.build(), false);
    r.general = true;
    List<DimensionResult> all = new ArrayList<>(a.dimensions());
    all.add(a.total());
    for (int i = 0; i < all.size(); i++) {
      DimensionResult d = all.get(i);
      r.exact[i] = d.score().orElse(null);
      r.scorable[i] = d.scorable();
      r.answered[i] = d.answered();
      r.dontKnow[i] = d.dontKnow();
      r.notApplicable[i] = d.notApplicable();
      r.notAnswered[i] = d.notAnswered();
      r.hidden[i] = d.hidden();
      r.band[i] = -1;
      Band[] own = bands.get(i);
      for (int k = 0; k < own.length; k++) {
        if (d.band().isPresent() && own[k].equals(d.band().get())) {
          r.band[i] = k;
          break;
        }
      }
    }
    Arrays.fill(r.recommended, false);
    List<Recommendation> catalog = rules.catalog();
    for (FiredRecommendation f : a.recommendations()) {
      r.recommended[catalog.indexOf(f.recommendation())] = true;
    }
  }
}
