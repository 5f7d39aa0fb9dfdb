package dev.selfcheck.scoring.internal;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.ConditionProgram;
import dev.selfcheck.core.Conversion;
import dev.selfcheck.core.MissingPolicy;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rounding;
import dev.selfcheck.scoring.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/*
 * The one evaluator.
 *
 * The plan: every node of the CompiledQuestionnaire (the dimensions in preorder, the total last)
 * becomes a KNode of flat arrays: per slot (its scored questions, then its sub-dimensions) the
 * weight, the lowest score and the products the normalisation needs; per scored question the
 * question's index and, for single-choice, ordinal-scale and yes/no questions, the item score of
 * every option (or of no and yes) resolved once through ItemScorer; the effective settings as
 * constants; the band ends. Visibility conditions and rule conditions are core's ConditionProgram,
 * compiled once per questionnaire (CompiledQuestionnaire holds it) and read here with a Work as
 * its facts.
 *
 * An evaluation reads one response's Cells and fills a Work: visibility is decided per question
 * on demand (memoised; a question in a cycle is hidden, as in validation), then the tree is
 * evaluated bottom-up (the semantics are stated in CompiledQuestionnaire), then the rules. All
 * arithmetic is exact in Exact: fractions in longs, overflow-checked, going on in BigInteger where
 * a long would overflow. Multiple-choice and number answers are scored through ItemScorer when
 * met. Scoring a response binds it into cells and runs this evaluator; an answer sheet is cells;
 * there is no other scorer.
 */
/** The compiled plan of a questionnaire and the evaluator over per-question cells. */
public final class Kernel {

  /** One node of the plan. */
  static final class KNode {
    final CompiledQuestionnaire.Node node;
    final int index;
    int slotBase;
    int items;
    int[] itemQuestion;
    /** Per item: the item score by choice index (options, or no / yes); null to use the scorer. */
    Exact[][] optionScores;
    /** The same item scores as Rationals (read for explanations without a reduction each time). */
    Rational[][] optionValues;
    ItemScorer[] scorers;
    /** Per slot. */
    Exact[] weight;
    Exact[] span;
    Exact[] weightedLo;
    KNode[] children;
    Aggregation aggregation;
    boolean normalize;
    boolean prorate;
    boolean countAs;
    /** A weighted mean or sum without normalisation: slots held as long terms need no Exact. */
    boolean linear;
    /**
     * Linear with every weight held in a long: the sum is taken in the item loop itself (terms and
     * weights as longs, anything else added into the node's score) instead of a second pass.
     */
    boolean fused;
    Exact missingScore;
    Exact threshold;
    Exact minShare;
    /** The most applicable questions without a score (maxMissing), or -1 for no limit. */
    int maxMissing = -1;
    Rescale rescale;
    /** The condition program's numbers of this node's conditional terms, and their constants. */
    int[] termIds = new int[0];
    Exact[] termAdds = new Exact[0];
    /**
     * The distinct band ends and the numbers that rule conditions compare the node's score with,
     * in ascending order.
     */
    Exact[] ends;
    /**
     * The ends as fractions whose parts are below 2^31 (so that a score's place among them is
     * found by cross-multiplication in longs), or null if one is larger.
     */
    long[] endNum;
    long[] endDen;
    /**
     * Per number of the condition program: its position among the ends where a rule compares
     * this node's score with it, else -1 (such a comparison is read from the score's place).
     */
    int[] numberEnd;
    /**
     * The band (or -1) by how a score lies among the ends: at 2 × b for a score above the first b
     * ends and below the others, at 2 × b + 1 for a score equal to end b. Decided once by
     * Band.contains.
     */
    int[] bandAt;
    /*
     * For a fused node whose items all have choice tables and whose included terms are all held in
     * longs (no prorating): per item and cell code (Cells.code) three longs, the term and the weight
     * the slot adds (0 if not included) and the counts it adds (COUNT_* fields). With per-slot
     * data not asked for, the item loop is three table reads per item. Null otherwise.
     */
    long[] cellTable;
    /** The most choices an item of the node has (the table's stride is STATE_CODES more). */
    int choices;
    /*
     * The same sums in plain longs where they fit: per item and choice index the term weight ×
     * item score as a numerator over termDen (NO_TERM where it has none or would be too large),
     * the imputed missing score's term likewise, and every slot's weight over weightDen (null if
     * a weight would be too large). Each value is at most 2^40, so no sum of fewer than 2^23 of
     * them overflows; anything else is added as an Exact.
     */
    long[][] terms;
    long[] missingTerm;
    long termDen = 1;
    long[] weightNum;
    long weightDen = 1;
    /*
     * A fused node whose score is always a numerator over one denominator fixed by the plan
     * (fixedDen, 0 if not): every item term is held in a long, every child has a fixed
     * denominator, no prorating, conditional terms, rescale, clamp, rounding or conversion, no
     * negative weight and, for a mean, few enough
     * distinct weight sums. Its sum is then S = termSum × itemMul + Σ childMul × the child's
     * numerator over sumDen; a weighted sum's score is S / sumDen, a mean's S × meanTab[W] /
     * (sumDen × M), where W is the included weights' numerator sum and M the least common
     * multiple of every weight sum the slots can reach (meanTab[W] = weightDen × M / W). The
     * bound on every numerator (fixedBound) is checked below 2^62 once, when compiled, so none
     * of these products and sums needs an overflow check.
     */
    long fixedDen;
    long fixedBound;
    long itemMul;
    long[] childMul;
    long[] meanTab;

    KNode(CompiledQuestionnaire.Node node) {
      this.node = node;
      this.index = node.index;
    }
  }

  /**
   * A node's rescale (× factor, then + offset), clamp (at least min, then at most max), rounding
   * step (by its rule to its decimals) and conversion table (the score of the last row whose raw
   * score is at most the score, the first row below it): the one statement of this step, which
   * the evaluator applies to scores (post) and NodeRange to a node's range. A setting that is not
   * set is left out.
   */
  static final class Rescale {
    private final Exact factor;
    private final Exact offset;
    private final Exact min;
    private final Exact max;
    private final Rounding round;
    /** The conversion table's raw scores (ascending) and converted scores; null for none. */
    private final Exact[] convertRaw;
    private final Exact[] convertScore;

    /** @param rules a node's effective settings */
    Rescale(NodeRange.Rules rules) {
      factor = exact(rules.factor());
      offset = exact(rules.offset());
      min = exact(rules.min());
      max = exact(rules.max());
      round = rules.round();
      List<Conversion> rows = rules.convert();
      convertRaw = rows.isEmpty() ? null : new Exact[rows.size()];
      convertScore = rows.isEmpty() ? null : new Exact[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        convertRaw[i] = Exact.of(Rational.of(rows.get(i).raw()));
        convertScore[i] = Exact.of(Rational.of(rows.get(i).score()));
      }
    }

    /**
     * Applies the step to x, in place.
     *
     * @param x a score, or a change of a score
     * @param change whether x is a change: only the factor applies (the offset cancels out; a
     *     change is asked for only of a node without a clamp or rounding)
     * @param unrounded set to x before the rounding step when the node rounds, or null
     * @param raw set to x before the conversion when the node converts, or null
     * @return x
     */
    Exact apply(Exact x, boolean change, Exact unrounded, Exact raw) {
      if (factor != null) {
        x.multiply(factor);
      }
      if (change) {
        return x;
      }
      monotone(x, unrounded);
      if (convertRaw != null) {
        if (raw != null) {
          raw.set(x);
        }
        x.set(convertScore[row(x)]);
      }
      return x;
    }

    /** The offset, the clamp and the rounding, in place (after the factor). */
    private void monotone(Exact x, Exact unrounded) {
      if (offset != null) {
        x.add(offset);
      }
      if (min != null) {
        x.max(min);
      }
      if (max != null) {
        x.min(max);
      }
      if (round != null) {
        if (unrounded != null) {
          unrounded.set(x);
        }
        x.round(round.rule().roundingMode(), round.decimals());
      }
    }

    /** @return whether no setting is set (the step leaves every score as it is) */
    boolean identity() {
      return factor == null && offset == null && min == null && max == null && round == null
          && convertRaw == null;
    }

    /**
     * @param x a raw score
     * @return the conversion table's row of x: the last whose raw score is at most x, else 0
     */
    int row(Exact x) {
      int r = 0;
      while (r + 1 < convertRaw.length && convertRaw[r + 1].compareTo(x) <= 0) {
        r++;
      }
      return r;
    }

    /**
     * The scores a node can have when its aggregate lies between lo and hi: the rescale, the clamp
     * and the rounding map the ends (they are monotone), and the conversion takes the lowest and
     * the highest score of the table's rows between the two raw scores.
     *
     * @return {lowest, highest}
     */
    Rational[] range(Rational lo, Rational hi) {
      Exact a = Exact.of(lo);
      Exact b = Exact.of(hi);
      if (factor != null) {
        a.multiply(factor);
        b.multiply(factor);
      }
      monotone(a, null);
      monotone(b, null);
      if (a.compareTo(b) > 0) {
        Exact t = a;
        a = b;
        b = t;
      }
      if (convertRaw == null) {
        return new Rational[] {a.value(), b.value()};
      }
      int to = row(b);
      Exact low = Exact.zero().set(convertScore[row(a)]);
      Exact high = Exact.zero().set(low);
      for (int i = row(a) + 1; i <= to; i++) {
        low.min(convertScore[i]);
        high.max(convertScore[i]);
      }
      return new Rational[] {low.value(), high.value()};
    }

    /** @return whether a clamp, a rounding step or a conversion is set (then not linear) */
    boolean nonlinear() {
      return min != null || max != null || round != null || convertRaw != null;
    }

    /** @return whether the node converts its score by a table */
    boolean converts() {
      return convertRaw != null;
    }

    /** @return whether the node rounds its score */
    boolean rounds() {
      return round != null;
    }
  }

  private static final Exact HUNDRED = Exact.of(Rational.HUNDRED);
  /** A term that is not held in a long. */
  static final long NO_TERM = Long.MIN_VALUE;
  /** The largest numerator a long term or weight may have. */
  private static final BigInteger TERM_LIMIT = BigInteger.ONE.shiftLeft(40);
  /** The counts of a cell table: fields of COUNT_BITS bits, by Cells state and included. */
  private static final int COUNT_BITS = 10;
  private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;
  private static final int INCLUDED_FIELD = 4;
  /** The count field of answers without an item score (Work.UNSCORABLE). */
  private static final int UNSCORABLE_FIELD = 5;

  private final Questionnaire questionnaire;
  private final List<Question> questions;
  private final Map<String, Integer> questionIndex = new HashMap<>();
  private final List<Map<String, Integer>> optionIndex = new ArrayList<>();
  private final List<List<AnswerOption>> options = new ArrayList<>();
  private final boolean[] allowsDontKnow;
  private final boolean[] allowsNotApplicable;
  /** Per question: whether it is scored, and whether a scored answer is a plain option index. */
  private final boolean[] scored;
  private final boolean[] plainChoice;
  /** Per question: how many choice indexes its answers are held as (see checkBound). */
  private final int[] choiceWidths;
  /** Per question: the questions whose visibility condition reads its answer (null if none). */
  private final int[][] steers;
  /** Every visibility and rule condition, compiled once; the facts are a Work. */
  private final ConditionProgram conditions;
  private final Exact[] numbers;
  private final boolean conditional;
  private final KNode[] nodes;
  private final KNode root;
  private final int slots;
  private final List<String> dimensionIds;
  private final Map<String, Integer> dimensionIndex = new HashMap<>();
  private final RuleEngine rules;

  /**
   * Compiles the plan.
   *
   * @param compiled the compiled questionnaire (its nodes and rules)
   */
  Kernel(CompiledQuestionnaire compiled) {
    this.questionnaire = compiled.questionnaire();
    this.questions = questionnaire.allQuestions().toList();
    int qs = questions.size();
    allowsDontKnow = new boolean[qs];
    allowsNotApplicable = new boolean[qs];
    scored = new boolean[qs];
    plainChoice = new boolean[qs];
    steers = new int[qs][];
    for (int i = 0; i < qs; i++) {
      Question q = questions.get(i);
      questionIndex.putIfAbsent(q.id(), i);
      Map<String, Integer> byValue = new HashMap<>();
      List<AnswerOption> opts = choice(q) || q.type() == QuestionType.MULTIPLE_CHOICE
          ? questionnaire.optionsOf(q) : List.of();
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
    List<CompiledQuestionnaire.Node> all = compiled.nodes();
    nodes = new KNode[all.size()];
    for (CompiledQuestionnaire.Node n : all) {
      nodes[n.index] = new KNode(n);
    }
    this.conditions = compiled.conditions();
    Map<Integer, List<Rational>> compared = comparedScores(conditions);
    int base = 0;
    for (KNode p : nodes) {
      p.slotBase = base;
      compile(p, compared.getOrDefault(p.index, List.of()));
      base += p.weight.length;
    }
    slots = base;
    root = nodes[nodes.length - 1];
    fixedDenominator(root);
    this.conditional = conditions.anyVisibilityCondition();
    this.numbers = conditions.numbers().stream().map(v -> Exact.of(Rational.of(v)))
        .toArray(Exact[]::new);
    for (int i = 0; i < qs; i++) {
      int reader = i;
      questions.get(i).visibleWhen().ifPresent(c -> c.walk("", (part, pointer) -> {
        if (part instanceof AnswerIs a) {
          steers(questionIndex.get(a.question()), reader);
        } else if (part instanceof AnswerComparison a) {
          steers(questionIndex.get(a.question()), reader);
        } else if (part instanceof Quantifier a) {
          a.questions().forEach(id -> steers(questionIndex.get(id), reader));
        }
      }));
    }
    this.rules = compiled.rules();
    choiceWidths = new int[qs];
    for (int q = 0; q < qs; q++) {
      choiceWidths[q] = choiceWidth(q);
    }
  }

  private static boolean choice(Question q) {
    return q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.ORDINAL_SCALE;
  }

  /**
   * The numbers that the rules compare each node's score with, by node index (a dimension's index
   * in the condition program is its node's), as the condition program states them.
   */
  private static Map<Integer, List<Rational>> comparedScores(ConditionProgram conditions) {
    Map<Integer, List<Rational>> out = new HashMap<>();
    List<BigDecimal> numbers = conditions.numbers();
    for (int i = 0; i < numbers.size(); i++) {
      int d = conditions.scoreDimensionOf(i);
      if (d >= 0) {
        out.computeIfAbsent(d, x -> new ArrayList<>()).add(Rational.of(numbers.get(i)));
      }
    }
    return out;
  }

  private void compile(KNode p, List<Rational> comparedWith) {
    CompiledQuestionnaire.Node n = p.node;
    CompiledQuestionnaire.Settings s = n.settings;
    p.aggregation = s.aggregation;
    p.normalize = s.normalize;
    p.linear = !s.normalize
        && (s.aggregation == Aggregation.WEIGHTED_MEAN || s.aggregation == Aggregation.WEIGHTED_SUM);
    p.prorate = s.missing == MissingPolicy.PRORATE;
    p.countAs = s.missing == MissingPolicy.COUNT_AS && s.missingScore != null;
    p.missingScore = exact(s.missingScore);
    p.threshold = exact(s.threshold);
    p.minShare = exact(s.minShare);
    p.maxMissing = s.rules.maxMissing() == null ? -1 : s.rules.maxMissing();
    p.rescale = new Rescale(s.rules);
    for (int t = 0; t < conditions.termCount(); t++) {
      if (conditions.termDimension(t) == p.index) {
        p.termIds = Arrays.copyOf(p.termIds, p.termIds.length + 1);
        p.termIds[p.termIds.length - 1] = t;
        p.termAdds = Arrays.copyOf(p.termAdds, p.termAdds.length + 1);
        p.termAdds[p.termAdds.length - 1] = Exact.of(Rational.of(conditions.term(t).add()));
      }
    }
    int items = n.itemSlots.length;
    int width = n.weights.length;
    p.items = items;
    p.itemQuestion = new int[items];
    p.optionScores = new Exact[items][];
    p.optionValues = new Rational[items][];
    p.scorers = new ItemScorer[items];
    for (int k = 0; k < items; k++) {
      CompiledQuestionnaire.Item item = n.itemSlots[k];
      int q = questionIndex.get(item.id);
      p.itemQuestion[k] = q;
      p.scorers[k] = item.scorer;
      scored[q] = true;
      Question question = questions.get(q);
      if (choice(question)) {
        plainChoice[q] = true;
        List<AnswerOption> opts = options.get(q);
        p.optionValues[k] = new Rational[opts.size()];
        for (int o = 0; o < opts.size(); o++) {
          p.optionValues[k][o] = item.scorer.score(AnswerValue.option(opts.get(o).value()));
        }
      } else if (question.type() == QuestionType.YES_NO) {
        p.optionValues[k] = new Rational[] {
            item.scorer.score(AnswerValue.bool(false)), item.scorer.score(AnswerValue.bool(true))};
      }
      if (p.optionValues[k] != null) {
        p.optionScores[k] = Arrays.stream(p.optionValues[k]).map(Kernel::exact)
            .toArray(Exact[]::new);
      }
    }
    p.weight = new Exact[width];
    p.span = new Exact[width];
    p.weightedLo = new Exact[width];
    for (int k = 0; k < width; k++) {
      p.weight[k] = Exact.of(n.weights[k]);
      p.span[k] = Exact.of(n.weights[k].times(n.his[k].minus(n.los[k])));
      p.weightedLo[k] = Exact.of(n.weights[k].times(n.los[k]));
    }
    longSums(p, n);
    p.fused = p.linear && p.weightNum != null;
    cellTable(p);
    p.children = new KNode[n.childSlots.length];
    for (int j = 0; j < p.children.length; j++) {
      p.children[j] = nodes[n.childSlots[j].index];
    }
    int b = n.bandSlots.length;
    java.util.TreeSet<Rational> sorted = new java.util.TreeSet<>(comparedWith);
    for (int i = 0; i < b; i++) {
      sorted.add(n.bandLowers[i]);
      sorted.add(n.bandUppers[i]);
    }
    List<Rational> ends = new ArrayList<>(sorted);
    p.ends = ends.stream().map(Exact::of).toArray(Exact[]::new);
    p.endNum = new long[ends.size()];
    p.endDen = new long[ends.size()];
    for (int i = 0; i < ends.size(); i++) {
      Rational e = ends.get(i);
      if (e.numerator().bitLength() > 30 || e.denominator().bitLength() > 30) {
        p.endNum = null;
        p.endDen = null;
        break;
      }
      p.endNum[i] = e.numerator().longValue();
      p.endDen[i] = e.denominator().longValue();
    }
    List<BigDecimal> numbers = conditions.numbers();
    p.numberEnd = new int[numbers.size()];
    for (int i = 0; i < numbers.size(); i++) {
      p.numberEnd[i] = ends.indexOf(Rational.of(numbers.get(i)));
    }
    p.bandAt = new int[2 * ends.size() + 1];
    for (int at = 0; at < p.bandAt.length; at++) {
      p.bandAt[at] = -1;
      for (int i = 0; i < b; i++) {
        if (n.bandSlots[i].contains(compared(ends.indexOf(n.bandLowers[i]), at),
            compared(ends.indexOf(n.bandUppers[i]), at))) {
          p.bandAt[at] = i;
          break;
        }
      }
    }
  }

  /**
   * How a score compares with a band end, from where it lies among the ends.
   *
   * @param end the end's position among the distinct ends
   * @param at where the score lies: 2 × b above the first b ends, 2 × b + 1 equal to end b
   */
  private static int compared(int end, int at) {
    return 2 * end + 1 < at ? 1 : 2 * end + 1 == at ? 0 : -1;
  }

  /**
   * The state a question's slot counts under: its cell's state, or UNSCORABLE for an answer that
   * has no item score.
   */
  private static byte slotState(byte cellState, boolean hasScore) {
    return cellState == Cells.ANSWERED && !hasScore ? Work.UNSCORABLE : cellState;
  }

  /** Whether a question's slot in a state is included: answered, or imputed under count-as. */
  private static boolean included(KNode p, byte slotState) {
    return slotState == Cells.ANSWERED || p.countAs;
  }

  /** The count a slot state adds to: its Cells state, an unscorable answer as not answered. */
  private static int countField(byte slotState) {
    return slotState == Work.UNSCORABLE ? Cells.NOT_ANSWERED : slotState;
  }

  /** Builds a node's cell table where every included slot's term is held in a long. */
  private static void cellTable(KNode p) {
    if (!p.fused || p.prorate || p.terms == null || p.items > COUNT_MASK) {
      return;
    }
    int choices = 0;
    for (int k = 0; k < p.items; k++) {
      if (p.optionScores[k] == null) {
        return;
      }
      choices = Math.max(choices, p.optionScores[k].length);
    }
    if (choices > Cells.CHOICE_CODES) {
      return;
    }
    int stride = Cells.STATE_CODES + choices;
    long[] table = new long[3 * p.items * stride];
    for (int k = 0; k < p.items; k++) {
      Exact[] scores = p.optionScores[k];
      for (int code = 0; code < stride; code++) {
        int o = code - Cells.STATE_CODES; // the choice index, or negative for a state
        byte cell = o >= 0 ? Cells.ANSWERED : (byte) code;
        byte state = slotState(cell, o >= 0 && o < scores.length && scores[o] != null);
        boolean in = included(p, state);
        long term = state == Cells.ANSWERED ? p.terms[k][o] : p.missingTerm[k];
        if (in && term == NO_TERM) {
          return;
        }
        int e = 3 * (k * stride + code);
        table[e] = in ? term : 0;
        table[e + 1] = in ? p.weightNum[k] : 0;
        table[e + 2] = 1L << (COUNT_BITS * countField(state))
            | (in ? 1L << (COUNT_BITS * INCLUDED_FIELD) : 0)
            | (state == Work.UNSCORABLE ? 1L << (COUNT_BITS * UNSCORABLE_FIELD) : 0);
      }
    }
    p.cellTable = table;
    p.choices = choices;
  }

  /** A count field of a cell table's sum. */
  private static int count(long counts, int field) {
    return (int) (counts >>> (COUNT_BITS * field) & COUNT_MASK);
  }

  /** Puts every term over one denominator and every weight over another, where they fit. */
  private static void longSums(KNode p, CompiledQuestionnaire.Node n) {
    Rational[][] terms = new Rational[p.items][];
    Rational[] missing = new Rational[p.items];
    BigInteger termDen = BigInteger.ONE;
    for (int k = 0; k < p.items; k++) {
      Exact[] table = p.optionScores[k];
      terms[k] = new Rational[table == null ? 0 : table.length];
      for (int o = 0; o < terms[k].length; o++) {
        if (table[o] != null) {
          terms[k][o] = n.weights[k].times(table[o].value());
          termDen = lcm(termDen, terms[k][o].denominator());
        }
      }
      if (p.countAs) {
        missing[k] = n.weights[k].times(p.missingScore.value());
        termDen = lcm(termDen, missing[k].denominator());
      }
    }
    if (termDen.bitLength() < 41) {
      p.termDen = termDen.longValue();
      p.terms = new long[p.items][];
      p.missingTerm = new long[p.items];
      for (int k = 0; k < p.items; k++) {
        p.terms[k] = new long[terms[k].length];
        for (int o = 0; o < terms[k].length; o++) {
          p.terms[k][o] = over(terms[k][o], termDen);
        }
        p.missingTerm[k] = over(missing[k], termDen);
      }
    }
    BigInteger weightDen = BigInteger.ONE;
    for (Rational w : n.weights) {
      weightDen = lcm(weightDen, w.denominator());
    }
    long[] weights = new long[n.weights.length];
    for (int k = 0; k < weights.length; k++) {
      weights[k] = over(n.weights[k], weightDen);
      if (weights[k] == NO_TERM || weightDen.bitLength() > 40) {
        return;
      }
    }
    p.weightNum = weights;
    p.weightDen = weightDen.longValue();
  }

  /** The limit of every numerator over a fixed denominator (see KNode.fixedDen). */
  private static final BigInteger FIXED_LIMIT = BigInteger.ONE.shiftLeft(62);
  /** The largest weight numerator sum for which a mean gets a fixed denominator. */
  private static final int FIXED_WEIGHT_SUMS = 1 << 12;

  /** Gives a subtree's nodes their fixed denominators where they have one (children first). */
  private static void fixedDenominator(KNode p) {
    for (KNode c : p.children) {
      fixedDenominator(c);
    }
    if (!p.fused || p.prorate || !p.rescale.identity() || p.termIds.length > 0
        || (p.items > 0 && p.cellTable == null)) {
      return; // post() changes such a node's score after its numerator went to its parent
    }
    BigInteger weightDen = BigInteger.valueOf(p.weightDen);
    BigInteger termDen = BigInteger.valueOf(p.termDen);
    BigInteger sumDen = p.items > 0 ? termDen : BigInteger.ONE;
    for (KNode c : p.children) {
      if (c.fixedDen == 0) {
        return;
      }
      sumDen = lcm(sumDen, weightDen.multiply(BigInteger.valueOf(c.fixedDen)));
    }
    long weightTotal = 0;
    for (long wn : p.weightNum) {
      if (wn < 0) {
        return;
      }
      weightTotal += wn;
    }
    // the largest |S|: every item's largest term, every child's largest numerator
    BigInteger itemMul = sumDen.divide(termDen);
    BigInteger bound = BigInteger.ZERO;
    int stride = Cells.STATE_CODES + p.choices;
    for (int k = 0; k < p.items; k++) {
      long most = 0;
      for (int code = 0; code < stride; code++) {
        most = Math.max(most, Math.abs(p.cellTable[3 * (k * stride + code)]));
      }
      bound = bound.add(BigInteger.valueOf(most).multiply(itemMul));
    }
    long[] childMul = new long[p.children.length];
    for (int j = 0; j < childMul.length; j++) {
      KNode c = p.children[j];
      BigInteger m = BigInteger.valueOf(p.weightNum[p.items + j]).multiply(sumDen)
          .divide(weightDen.multiply(BigInteger.valueOf(c.fixedDen)));
      bound = bound.add(m.multiply(BigInteger.valueOf(c.fixedBound)));
      if (m.compareTo(FIXED_LIMIT) >= 0) {
        return;
      }
      childMul[j] = m.longValue();
    }
    BigInteger den = sumDen;
    long[] meanTab = null;
    if (p.aggregation == Aggregation.WEIGHTED_MEAN) {
      if (weightTotal > FIXED_WEIGHT_SUMS) {
        return;
      }
      boolean[] reach = new boolean[(int) weightTotal + 1];
      reach[0] = true;
      for (long wn : p.weightNum) {
        for (int v = (int) weightTotal; v >= wn; v--) {
          reach[v] |= reach[v - (int) wn];
        }
      }
      BigInteger m = BigInteger.ONE;
      int least = 0;
      for (int v = 1; v <= weightTotal; v++) {
        if (reach[v]) {
          m = lcm(m, BigInteger.valueOf(v));
          least = least == 0 ? v : least;
          if (m.compareTo(FIXED_LIMIT) >= 0) {
            return;
          }
        }
      }
      if (least == 0) {
        return; // no weight: never scorable
      }
      meanTab = new long[reach.length];
      for (int v = 1; v <= weightTotal; v++) {
        if (reach[v]) {
          BigInteger t = weightDen.multiply(m).divide(BigInteger.valueOf(v));
          if (t.compareTo(FIXED_LIMIT) >= 0) {
            return;
          }
          meanTab[v] = t.longValue();
        }
      }
      if (bound.compareTo(FIXED_LIMIT) >= 0) {
        return; // S itself
      }
      bound = bound.multiply(BigInteger.valueOf(meanTab[least]));
      den = den.multiply(m);
    }
    if (bound.compareTo(FIXED_LIMIT) >= 0 || den.compareTo(FIXED_LIMIT) >= 0) {
      return;
    }
    p.itemMul = itemMul.longValue();
    p.childMul = childMul;
    p.meanTab = meanTab;
    p.fixedBound = bound.longValue();
    p.fixedDen = den.longValue();
  }

  private static BigInteger lcm(BigInteger a, BigInteger b) {
    return a.divide(a.gcd(b)).multiply(b);
  }

  /** The numerator of x over den (a multiple of its denominator), or NO_TERM if none or too large. */
  private static long over(Rational x, BigInteger den) {
    if (x == null) {
      return NO_TERM;
    }
    BigInteger v = x.numerator().multiply(den.divide(x.denominator()));
    return v.abs().compareTo(TERM_LIMIT) > 0 ? NO_TERM : v.longValue();
  }

  private static Exact exact(Rational r) {
    return r == null ? null : Exact.of(r);
  }

  // ------------------------------------------------------------------ conditions

  /** Decides whether a question is visible, memoised in the evaluation. */
  boolean decideVisibility(int q, Work w) {
    return conditions.visible(q, w, w.visibility);
  }

  /**
   * @param n an index into the condition program's numbers
   * @return the number as an exact fraction
   */
  Exact number(int n) {
    return numbers[n];
  }

  /** @return the compiled conditions (visibility and rules) */
  ConditionProgram conditions() {
    return conditions;
  }

  // ------------------------------------------------------------------ binding

  /**
   * Binds a response to cells: its answers by question index.
   *
   * @param response a response
   * @param cells cells of this kernel, overwritten
   * @return whether an answer might draw a validation finding (an answer to an unknown or unscored
   *     question, a state the question does not allow, or a value that is not a scored option)
   */
  public boolean bind(Response response, Cells cells) {
    cells.clear();
    // forEach, not entrySet(): an unmodifiable map's entry set wraps every entry it hands out
    Binder binder = new Binder(cells);
    response.answers().forEach(binder);
    return binder.suspect;
  }

  /** Binds one answer after another into cells. */
  private final class Binder implements BiConsumer<String, Answer> {
    private final Cells cells;
    boolean suspect;

    Binder(Cells cells) {
      this.cells = cells;
    }

    @Override
    public void accept(String questionId, Answer a) {
      Integer at = questionIndex.get(questionId);
      if (at == null) {
        suspect = true;
        return;
      }
      int q = at;
      AnswerState s = a.state();
      if (s == AnswerState.ANSWERED) {
        AnswerValue v = a.valueOrNull();
        int o = choiceOf(q, v);
        cells.set(q, Cells.ANSWERED, o, v);
        suspect |= !plainChoice[q] || o < 0;
      } else {
        cells.state(q, s);
        suspect |= !scored[q] || !allows(q, s);
      }
    }
  }

  /** What {@link #checkBound(Cells)} says of cells bound by a reader: use them as they are. */
  public static final int BOUND = 0;
  /** ... use them as they are; an answer might draw a validation finding. */
  public static final int BOUND_SUSPECT = 1;
  /** ... bind the response again: a value is held where these cells hold an index. */
  public static final int REBIND = 2;

  /**
   * Checks cells that a reader bound by index (the question's position, the option's index or
   * 1 / 0 for yes / no, a value otherwise), as {@link #bind} would have bound them.
   *
   * @param cells cells of this kernel's size
   * @return {@link #BOUND}, {@link #BOUND_SUSPECT} (as {@link #bind}'s result: a state the
   *     question does not allow, an answer to an unscored question, a value that is not a scored
   *     option) or {@link #REBIND}
   * @throws IllegalArgumentException if an index names no option of its question, or a question
   *     that takes no option
   */
  public int checkBound(Cells cells) {
    boolean suspect = false;
    boolean rebind = false;
    byte[] state = cells.state;
    int[] choice = cells.choice;
    for (int q = 0; q < state.length; q++) {
      byte s = state[q];
      if (s == Cells.NOT_ANSWERED) {
        continue; // like an answer without a value or state: validation finds nothing in it
      }
      if (s != Cells.ANSWERED) {
        suspect |= !scored[q] || !allows(q, cells.stateAt(q));
        continue;
      }
      int o = choice[q];
      int width = choiceWidths[q];
      if (o >= 0) {
        if (o >= width) {
          throw new IllegalArgumentException("question '" + questions.get(q).id() + "' (number "
              + q + ") has no choice number " + o);
        }
        suspect |= !plainChoice[q];
      } else {
        rebind |= width > 0; // an option or boolean given as a value: bound by value
        suspect = true;
      }
    }
    return rebind ? REBIND : suspect ? BOUND_SUSPECT : BOUND;
  }

  /** How many choice indexes a question's answers are held as: its options, 2 for yes/no, or 0. */
  private int choiceWidth(int q) {
    Question question = questions.get(q);
    return choice(question) ? options.get(q).size()
        : question.type() == QuestionType.YES_NO ? 2 : 0;
  }

  /**
   * The choice index a value is held as in the cells: an offered option's index (single choice,
   * ordinal scale), 1 for yes and 0 for no (yes/no); -1 for every other value.
   *
   * @param q a question's position
   * @param v a value
   * @return the index, or -1
   */
  int choiceOf(int q, AnswerValue v) {
    if (plainChoice[q] || (!scored[q] && choice(questions.get(q)))) {
      return v.kind() == AnswerValue.Kind.STRING ? optionIndex(q, v.asString()) : -1;
    } else if (questions.get(q).type() == QuestionType.YES_NO && v.kind() == AnswerValue.Kind.BOOLEAN) {
      return v.asBoolean() ? 1 : 0;
    }
    return -1;
  }

  // ------------------------------------------------------------------ evaluation

  /** @return new results for this kernel, with per-slot data */
  public Work newWork() {
    return new Work(this, true);
  }

  /**
   * @param slots whether every slot's data is written (explanations, findings, improvements);
   *     without it only the per-node and per-rule results are complete
   * @return new results for this kernel
   */
  public Work newWork(boolean slots) {
    return new Work(this, slots);
  }

  /**
   * Evaluates cells: every node, then the rules.
   *
   * @param cells the answers
   * @param w the results, overwritten
   * @param foreign whether the answers are for another questionnaire (nothing is visible)
   */
  public void evaluate(Cells cells, Work w, boolean foreign) {
    w.cells = cells;
    w.foreign = foreign;
    w.unscorable = false;
    if (conditional) { // without conditions every question stays visible (as Work starts)
      Arrays.fill(w.visibility, ConditionProgram.UNDECIDED);
    }
    evaluate(root, w);
    Arrays.fill(w.recommended, false);
    int[][] yields = rules.yields();
    for (int i = 0; i < w.holds.length; i++) {
      boolean holds = !foreign && conditions.holds(i, w);
      w.holds[i] = holds;
      if (holds) {
        for (int y : yields[i]) {
          w.recommended[y] = true;
        }
      }
    }
  }

  /**
   * Evaluates the nodes of one subtree only (no rules): the results of the other nodes are left
   * as they were.
   *
   * @param cells the answers
   * @param w the results, overwritten for the subtree
   * @param foreign whether the answers are for another questionnaire
   * @param node the subtree's root node
   */
  void evaluate(Cells cells, Work w, boolean foreign, int node) {
    w.cells = cells;
    w.foreign = foreign;
    Arrays.fill(w.visibility, conditional ? ConditionProgram.UNDECIDED : ConditionProgram.VISIBLE);
    evaluate(nodes[node], w);
  }

  private void evaluate(KNode p, Work w) {
    int at = p.index;
    int base = p.slotBase;
    int answered = 0;
    int dontKnow = 0;
    int notApplicable = 0;
    int notAnswered = 0;
    int hidden = 0;
    boolean any = false;
    Cells c = w.cells;
    boolean fused = p.fused;
    boolean fixed = p.fixedDen != 0;
    long fixedSum = 0;
    long termSum = 0;
    long weightSum = 0;
    Exact score = w.score[at].setZero();
    Exact applicable = w.applicableWeight[at];
    Exact answeredWeight = w.answeredWeight[at];
    if (p.prorate) {
      applicable.setZero();
      answeredWeight.setZero();
    }
    boolean foreign = w.foreign;
    boolean conditional = this.conditional;
    boolean slots = w.slots;
    long[] cellTable = slots ? null : p.cellTable;
    if (cellTable != null) {
      // per-slot data not asked for: the counts, terms and weights straight from the cell table
      if (foreign) {
        hidden = p.items;
      } else {
        byte[] codes = c.code;
        int[] question = p.itemQuestion;
        int stride = Cells.STATE_CODES + p.choices;
        long counts = 0;
        for (int k = 0; k < question.length; k++) {
          int q = question[k];
          if (conditional && !w.visible(q)) {
            hidden++;
            continue;
          }
          int code = codes[q];
          int e = 3 * (k * stride + (code < stride ? code : Cells.ANSWERED));
          termSum += cellTable[e];
          weightSum += cellTable[e + 1];
          counts += cellTable[e + 2];
        }
        answered = count(counts, Cells.ANSWERED);
        dontKnow = count(counts, Cells.DONT_KNOW);
        notApplicable = count(counts, Cells.NOT_APPLICABLE);
        notAnswered = count(counts, Cells.NOT_ANSWERED);
        any = count(counts, INCLUDED_FIELD) > 0;
        if (count(counts, UNSCORABLE_FIELD) > 0) {
          w.unscorable = true;
        }
      }
    }
    for (int k = 0; cellTable == null && k < p.items; k++) {
      int s = base + k;
      int q = p.itemQuestion[k];
      w.included[s] = false;
      w.imputed[s] = false;
      if (foreign || (conditional && !w.visible(q))) {
        hidden++;
        w.slotState[s] = Work.HIDDEN;
        continue;
      }
      byte state = c.state[q];
      w.term[s] = NO_TERM;
      if (state == Cells.ANSWERED) {
        Exact[] table = p.optionScores[k];
        int o = c.choice[q];
        if (table == null) {
          state = slotState(state, valueScore(p, k, c, q, w.slot[s]));
        } else if (o < 0 || o >= table.length || table[o] == null) {
          state = slotState(state, false);
        } else {
          long t = p.terms == null ? NO_TERM : p.terms[k][o];
          w.term[s] = t;
          if (t == NO_TERM || !p.linear) {
            w.slot[s].set(table[o]);
          }
        }
      }
      w.slotState[s] = state;
      if (state == Work.UNSCORABLE) {
        w.unscorable = true;
      }
      int field = countField(state);
      if (field == Cells.ANSWERED) {
        answered++;
      } else if (field == Cells.DONT_KNOW) {
        dontKnow++;
      } else if (field == Cells.NOT_APPLICABLE) {
        notApplicable++;
      } else {
        notAnswered++;
      }
      if (p.prorate && state != Cells.NOT_APPLICABLE) {
        applicable.add(p.weight[k]);
      }
      if (!included(p, state)) {
        continue;
      } else if (state == Cells.ANSWERED) {
        if (p.prorate) {
          answeredWeight.add(p.weight[k]);
        }
        w.included[s] = true;
        any = true;
      } else {
        long t = p.terms == null ? NO_TERM : p.missingTerm[k];
        w.term[s] = t;
        if (t == NO_TERM || !p.linear) {
          w.slot[s].set(p.missingScore);
        }
        w.included[s] = true;
        w.imputed[s] = true;
        any = true;
      }
      if (fused) {
        long t = w.term[s];
        if (t != NO_TERM) {
          termSum += t;
        } else {
          score.addProduct(p.weight[k], w.slot[s]);
        }
        weightSum += p.weightNum[k];
      }
    }
    for (int j = 0; j < p.children.length; j++) {
      KNode child = p.children[j];
      evaluate(child, w);
      int ci = child.index;
      int s = base + p.items + j;
      answered += w.answered[ci];
      dontKnow += w.dontKnow[ci];
      notApplicable += w.notApplicable[ci];
      notAnswered += w.notAnswered[ci];
      hidden += w.hidden[ci];
      boolean write = slots || !fused; // aggregate() reads the slots of a node that is not fused
      if (write) {
        w.slotState[s] = Cells.ANSWERED;
        w.imputed[s] = false;
        w.included[s] = w.scorable[ci];
      }
      if (w.scorable[ci]) {
        if (write) {
          w.slot[s].set(w.score[ci]);
        }
        any = true;
        if (fixed) {
          fixedSum += p.childMul[j] * w.fixedNum[ci];
          weightSum += p.weightNum[p.items + j];
        } else if (fused) {
          score.addProduct(p.weight[p.items + j], w.score[ci]);
          weightSum += p.weightNum[p.items + j];
        }
      }
    }
    w.answered[at] = answered;
    w.dontKnow[at] = dontKnow;
    w.notApplicable[at] = notApplicable;
    w.notAnswered[at] = notAnswered;
    w.hidden[at] = hidden;
    w.band[at] = -1;
    w.place[at] = -1;
    int applicableCount = answered + dontKnow + notAnswered;
    byte why;
    if (w.foreign) {
      why = Work.FOREIGN;
    } else if (!any) {
      why = Work.NOTHING_INCLUDED;
    } else if (tooFewAnswered(p, answered, applicableCount)) {
      why = tooManyMissing(p, answered, applicableCount) ? Work.TOO_MANY_MISSING
          : Work.TOO_FEW_ANSWERED;
    } else if (fixed ? !fixed(p, w, score, termSum, fixedSum, weightSum)
        : fused ? !linear(p, w, score, termSum, weightSum) : !aggregate(p, w, score)) {
      why = Work.ZERO_WEIGHT;
    } else {
      why = Work.SCORABLE;
      post(p, score, applicable, answeredWeight, false, w, w.unrounded[at], w.raw[at]);
      int place = place(p, score);
      w.place[at] = place;
      w.band[at] = p.bandAt[place];
    }
    w.why[at] = why;
    w.scorable[at] = why == Work.SCORABLE;
  }

  /**
   * Where a score lies among a node's ends (2 × b above the first b ends, 2 × b + 1 equal to end
   * b): the score is compared with each distinct end once, without a branch on the outcome. The
   * node's band is read from its table of places (decided by Band.contains when compiled), and a
   * rule's comparison of the score with one of the ends from the place (see compareScore).
   */
  private static int place(KNode p, Exact score) {
    int at = 0;
    long[] endNum = p.endNum;
    long n = score.num();
    long d = score.den();
    if (endNum != null && score.big() == null && Exact.small(n) && Exact.small(d)) {
      long[] endDen = p.endDen;
      for (int i = 0; i < endNum.length; i++) {
        long x = n * endDen[i]; // below 2^62: no overflow
        long y = endNum[i] * d;
        at += (x > y ? 2 : 0) + (x == y ? 1 : 0);
      }
      return at;
    }
    for (Exact end : p.ends) {
      int c = score.compareTo(end);
      at += (c > 0 ? 2 : 0) + (c == 0 ? 1 : 0);
    }
    return at;
  }

  /**
   * Compares a scorable node's score with a number of the condition program.
   *
   * @param w an evaluation
   * @param node the node
   * @param number the number's index
   * @return negative, zero or positive as the score is below, at or above the number
   */
  int compareScore(Work w, int node, int number) {
    int end = nodes[node].numberEnd[number];
    return end >= 0 ? compared(end, w.place[node]) : -numbers[number].compareTo(w.score[node]);
  }

  /**
   * Whether a node's answered share lies below its minimum, or more of its applicable questions
   * than it allows have no score.
   *
   * @param p a node
   * @param answered its scored questions answered with a value (over its subtree)
   * @param applicable its visible scored questions that are not "not applicable"
   * @return true if the node is not scorable for too few answers
   */
  static boolean tooFewAnswered(KNode p, int answered, int applicable) {
    return tooManyMissing(p, answered, applicable)
        || p.minShare != null && (applicable == 0 ? p.minShare.compareFraction(1, 1)
        : p.minShare.compareFraction(answered, applicable)) < 0;
  }

  /** Whether more of a node's applicable questions have no score than its maxMissing allows. */
  static boolean tooManyMissing(KNode p, int answered, int applicable) {
    return p.maxMissing >= 0 && applicable - answered > p.maxMissing;
  }

  /** The item score of a multiple-choice or number answer into out; false if it has none. */
  private static boolean valueScore(KNode p, int k, Cells c, int q, Exact out) {
    AnswerValue v = c.value[q];
    Rational r = v == null ? null : p.scorers[k].score(v);
    if (r == null) {
      return false;
    }
    out.set(r);
    return true;
  }

  /**
   * The score a slot was included with, or null if it was left out. In a weighted mean or sum
   * whose term is held in a long the slot itself is not written; its score is the option's or the
   * imputed missing score.
   */
  Rational slotScore(Work w, KNode p, int k) {
    int s = p.slotBase + k;
    if (!w.included[s]) {
      return null;
    }
    if (k < p.items && p.linear && w.term[s] != NO_TERM) {
      return w.imputed[s] ? p.node.settings.missingScore
          : p.optionValues[k][w.cells.choice[p.itemQuestion[k]]];
    }
    return w.slot[s].value();
  }

  /** The same as slotScore, as the Exact that holds it (not to be written), or null. */
  Exact slotExact(Work w, KNode p, int k) {
    int s = p.slotBase + k;
    if (!w.included[s]) {
      return null;
    }
    if (k < p.items && p.linear && w.term[s] != NO_TERM) {
      return w.imputed[s] ? p.missingScore : p.optionScores[k][w.cells.choice[p.itemQuestion[k]]];
    }
    return w.slot[s];
  }

  /**
   * Finishes a fused weighted mean or sum: out holds the included slots that are not long terms;
   * the long terms and the weights were summed in the item loop.
   *
   * @return false if the weights leave no score
   */
  private static boolean linear(KNode p, Work w, Exact out, long termSum, long weightSum) {
    boolean mean = p.aggregation == Aggregation.WEIGHTED_MEAN;
    if (mean && weightSum == 0) {
      return false;
    }
    if (mean && out.big() == null && out.num() == 0) {
      out.setQuotient(termSum, p.termDen, weightSum, p.weightDen); // one step
      return true;
    }
    if (termSum != 0) {
      out.add(w.longPart.set(termSum, p.termDen));
    }
    if (mean) {
      out.divide(w.longPart.set(weightSum, p.weightDen));
    }
    return true;
  }

  /**
   * Finishes a node with a fixed denominator (KNode.fixedDen): its numerator into the evaluation
   * (what its parent adds up) and its score into out. No product or sum here can overflow: their
   * bound was checked when compiled.
   *
   * @return false if the weights leave no score
   */
  private static boolean fixed(KNode p, Work w, Exact out, long termSum, long childSum,
      long weightSum) {
    long sum = termSum * p.itemMul + childSum;
    long num;
    if (p.meanTab == null) {
      num = sum;
    } else if (weightSum == 0) {
      return false;
    } else {
      num = sum * p.meanTab[(int) weightSum];
    }
    w.fixedNum[p.index] = num;
    out.setFraction(num, p.fixedDen);
    return true;
  }

  /**
   * What a node makes of its aggregate: the prorating of a weighted sum (× applicable weight ÷
   * answered weight), the conditional terms whose condition holds, then {@link Rescale}: the
   * rescale (factor, then offset), the clamp (min, max), the rounding step and the conversion
   * table, in place.
   *
   * @param change whether score is a change of the aggregate rather than the aggregate: the
   *     offset is left out (the clamp too; a change is asked for only of a node without one)
   * @param facts the answers the terms' conditions read; null to leave the terms out (the
   *     improvement finder asks for changes only when there are no terms, see anyTerms)
   * @param unrounded where to keep the score before the rounding step, or null
   * @param raw where to keep the score before the conversion table, or null
   */
  private void post(KNode p, Exact score, Exact applicable, Exact answeredWeight, boolean change,
      ConditionProgram.Facts facts, Exact unrounded, Exact raw) {
    if (p.prorate && p.aggregation == Aggregation.WEIGHTED_SUM && !p.normalize
        && answeredWeight.signum() > 0) {
      score.multiply(applicable).divide(answeredWeight);
    }
    if (facts != null) {
      for (int i = 0; i < p.termIds.length; i++) {
        if (conditions.termHolds(p.termIds[i], facts)) {
          score.add(p.termAdds[i]);
        }
      }
    }
    p.rescale.apply(score, change, unrounded, raw);
  }

  /** @return whether any level has conditional terms (a change of an answer may then move a
   *     score anywhere: the improvement finder rescores) */
  boolean anyTerms() {
    return conditions.termCount() > 0;
  }

  /** Whether a node takes the lowest or highest of its slots. */
  static boolean extreme(KNode p) {
    return !p.normalize
        && (p.aggregation == Aggregation.MINIMUM || p.aggregation == Aggregation.MAXIMUM);
  }

  /** Whether a slot score v comes before than in an extreme node (lower for a minimum). */
  private static boolean better(KNode p, Exact v, Exact than) {
    int c = v.compareTo(than);
    return p.aggregation == Aggregation.MINIMUM ? c < 0 : c > 0;
  }

  /**
   * A slot's part of a node's sum into out: weight × score, less weight × lowest when normalised;
   * its weight or nothing as the score meets the threshold in a share-meeting node.
   */
  private static Exact part(KNode p, int k, Exact score, Exact out) {
    if (p.normalize) {
      return out.setZero().addProduct(p.weight[k], score).subtract(p.weightedLo[k]);
    }
    if (p.aggregation == Aggregation.SHARE_MEETING) {
      return p.threshold != null && score.compareTo(p.threshold) >= 0
          ? out.set(p.weight[k]) : out.setZero();
    }
    return out.setZero().addProduct(p.weight[k], score);
  }

  /** A slot's part of a node's divisor: its span when normalised, else its weight. */
  private static Exact divisor(KNode p, int k) {
    return p.normalize ? p.span[k] : p.weight[k];
  }

  /**
   * A node's aggregate of a sum over its included slots and their divisor, in place (not of an
   * extreme node): × 100 ÷ divisor when normalised, the sum of a weighted sum, else ÷ divisor.
   *
   * @return false if the divisor leaves no score
   */
  private static boolean combine(KNode p, Exact sum, Exact divisor) {
    if (!p.normalize && p.aggregation == Aggregation.WEIGHTED_SUM) {
      return true;
    }
    if (divisor.signum() == 0) {
      return false;
    }
    if (p.normalize) {
      sum.multiply(HUNDRED);
    }
    sum.divide(divisor);
    return true;
  }

  /** Aggregates the included slots into out; false if the weights leave no score. */
  private static boolean aggregate(KNode p, Work w, Exact out) {
    int base = p.slotBase;
    int width = p.weight.length;
    Exact[] slot = w.slot;
    boolean[] in = w.included;
    Exact weights = w.weights.setZero();
    if (extreme(p)) {
      int best = -1;
      for (int k = 0; k < width; k++) {
        if (in[base + k] && p.weight[k].signum() != 0
            && (best < 0 || better(p, slot[base + k], slot[base + best]))) {
          best = k;
        }
      }
      if (best < 0) {
        return false;
      }
      out.set(slot[base + best]);
      return true;
    }
    if (p.normalize || p.aggregation == Aggregation.SHARE_MEETING) {
      out.setZero();
      for (int k = 0; k < width; k++) {
        if (in[base + k]) {
          out.add(part(p, k, slot[base + k], w.sum));
          weights.add(divisor(p, k));
        }
      }
    } else {
      weightedSum(p, w, out, weights);
    }
    return combine(p, out, weights);
  }

  /**
   * Σ weight × score over the included slots into out, and Σ weight into weights: terms held in
   * longs are added as longs over the node's common denominators, everything else as Exacts.
   */
  private static void weightedSum(KNode p, Work w, Exact out, Exact weights) {
    int base = p.slotBase;
    int width = p.weight.length;
    long terms = 0;
    long weightSum = 0;
    out.setZero();
    weights.setZero();
    for (int k = 0; k < width; k++) {
      int s = base + k;
      if (!w.included[s]) {
        continue;
      }
      long t = k < p.items ? w.term[s] : NO_TERM;
      if (t != NO_TERM) {
        terms += t;
      } else {
        out.addProduct(p.weight[k], w.slot[s]);
      }
      if (p.weightNum != null) {
        weightSum += p.weightNum[k];
      } else {
        weights.add(p.weight[k]);
      }
    }
    if (terms != 0) {
      out.add(w.longPart.set(terms, p.termDen));
    }
    if (p.weightNum != null) {
      weights.set(weightSum, p.weightDen);
    }
  }

  // ------------------------------------------------------------------ one slot changed

  /**
   * What a node's aggregation adds up over the included slots of an evaluation, read once so
   * that the node's score with one slot changed costs a few exact operations (slotChanged,
   * slotChange): how many slots are included, the sum of their parts and of their divisors (not
   * of an extreme node), the best and second best slot score and the best slot (of an extreme
   * node), and the prorating weights.
   */
  static final class Sums {
    int included;
    final Exact sum = Exact.zero();
    final Exact divisor = Exact.zero();
    final Exact applicable = Exact.zero();
    final Exact answered = Exact.zero();
    int bestSlot = -1;
    Exact best;
    Exact second;
  }

  /**
   * Reads a node's sums from an evaluation with per-slot data.
   *
   * @param p a node
   * @param w an evaluation with per-slot data (newWork())
   * @return its sums
   */
  Sums sums(KNode p, Work w) {
    Sums g = new Sums();
    Exact part = Exact.zero();
    for (int k = 0; k < p.weight.length; k++) {
      if (!w.included[p.slotBase + k]) {
        continue;
      }
      g.included++;
      Exact v = Exact.of(slotScore(w, p, k));
      if (!extreme(p)) {
        g.sum.add(part(p, k, v, part));
        g.divisor.add(divisor(p, k));
      } else if (p.weight[k].signum() != 0) {
        if (g.best == null || better(p, v, g.best)) {
          g.second = g.best;
          g.best = v;
          g.bestSlot = k;
        } else if (g.second == null || better(p, v, g.second)) {
          g.second = v;
        }
      }
    }
    if (p.prorate) {
      g.applicable.set(w.applicableWeight[p.index]);
      g.answered.set(w.answeredWeight[p.index]);
    }
    return g;
  }

  /**
   * A node's score with one slot changed, by the node's aggregation and its post-processing
   * (prorating, rescale, clamp), as evaluate would find it; the minimum answered share is not
   * asked (see tooFewAnswered).
   *
   * @param p a node
   * @param g its sums (see sums)
   * @param k the slot's position among the node's slots
   * @param oldIn whether the slot was included, with score oldV
   * @param newIn whether it is included after the change, with score newV
   * @param dApplicable the change of the prorating applicable weight
   * @param dAnswered the change of the prorating answered weight
   * @return the score after the change, or null if nothing is included or the weights leave none
   */
  Rational slotChanged(KNode p, Sums g, int k, boolean oldIn, Rational oldV, boolean newIn,
      Rational newV, Rational dApplicable, Rational dAnswered) {
    if (g.included - (oldIn ? 1 : 0) + (newIn ? 1 : 0) == 0) {
      return null;
    }
    Exact score;
    if (extreme(p)) {
      Exact others = oldIn && g.bestSlot == k ? g.second : g.best;
      Exact v = newIn ? Exact.of(newV) : null;
      score = p.weight[k].signum() == 0 ? g.best
          : v != null && (others == null || better(p, v, others)) ? v : others;
      if (score == null) {
        return null;
      }
      score = Exact.zero().set(score);
    } else {
      score = Exact.zero().set(g.sum);
      Exact divisor = Exact.zero().set(g.divisor);
      Exact part = Exact.zero();
      if (oldIn) {
        score.subtract(part(p, k, Exact.of(oldV), part));
        divisor.subtract(divisor(p, k));
      }
      if (newIn) {
        score.add(part(p, k, Exact.of(newV), part));
        divisor.add(divisor(p, k));
      }
      if (!combine(p, score, divisor)) {
        return null;
      }
    }
    post(p, score, Exact.zero().set(g.applicable).add(Exact.of(dApplicable)),
        Exact.zero().set(g.answered).add(Exact.of(dAnswered)), false, null, null, null);
    return score.value();
  }

  /**
   * How much a node's score moves when one slot that stays included changes its score by dV,
   * for a scorable node that is not extreme and has no clamp: whatever the other slots hold, its
   * part of the sum moves through the node's divisor, prorating and factor.
   *
   * @param p a node
   * @param g its sums (see sums)
   * @param k the slot's position among the node's slots
   * @param oldV the slot's score before (read only if thresholded(p); may be null otherwise)
   * @param dV its change
   * @return the change of the node's score
   */
  Rational slotChange(KNode p, Sums g, int k, Rational oldV, Rational dV) {
    Exact change;
    if (thresholded(p)) {
      Exact old = Exact.of(oldV);
      change = part(p, k, Exact.zero().set(old).add(Exact.of(dV)), Exact.zero())
          .subtract(part(p, k, old, Exact.zero()));
    } else {
      change = Exact.zero().addProduct(p.weight[k], Exact.of(dV));
    }
    combine(p, change, Exact.zero().set(g.divisor));
    post(p, change, g.applicable, g.answered, true, null, null, null);
    return change.value();
  }

  /** Whether a slot's part of a node's sum depends on its score other than linearly. */
  static boolean thresholded(KNode p) {
    return !p.normalize && p.aggregation == Aggregation.SHARE_MEETING;
  }

  // ------------------------------------------------------------------ the plan's shape

  int nodeCount() {
    return nodes.length;
  }

  int slotCount() {
    return slots;
  }

  int questionCount() {
    return questions.size();
  }

  int ruleCount() {
    return conditions.ruleCount();
  }

  KNode node(int index) {
    return nodes[index];
  }

  /** Records that question reader's visibility condition reads question q (null: unknown). */
  private void steers(Integer q, int reader) {
    if (q == null) {
      return;
    }
    int[] old = steers[q] == null ? new int[0] : steers[q];
    if (old.length == 0 || old[old.length - 1] != reader) {
      steers[q] = Arrays.copyOf(old, old.length + 1);
      steers[q][old.length] = reader;
    }
  }

  /**
   * @param q a question's position
   * @return the questions whose visibility condition reads its answer (changing it may show or
   *     hide them); empty if none
   */
  int[] steers(int q) {
    return steers[q] == null ? new int[0] : steers[q];
  }

  /** @return whether any question has a visibility condition */
  boolean conditional() {
    return conditional;
  }

  /** @return the questions in questionnaire order: the cells' positions */
  public List<Question> questions() {
    return questions;
  }

  /**
   * @param questionId a question id
   * @return its position, or -1
   */
  public int questionIndex(String questionId) {
    Integer i = questionIndex.get(questionId);
    return i == null ? -1 : i;
  }

  /**
   * @param question a question's position
   * @param value an option value
   * @return the option's index, or -1 if the question offers no such option (or has no options)
   */
  public int optionIndex(int question, String value) {
    Integer i = optionIndex.get(question).get(value);
    return i == null ? -1 : i;
  }

  /**
   * @param question a question's position
   * @return how many options a single-choice or ordinal-scale question offers; 0 for other kinds
   */
  public int choiceCount(int question) {
    return choice(questions.get(question)) ? options.get(question).size() : 0;
  }

  /**
   * @param question a question's position
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
    return nodes[dimension].node.bandSlots;
  }

  /**
   * @param dimension a dimension's index
   * @return its display decimals
   */
  public int decimals(int dimension) {
    return nodes[dimension].node.settings.decimals;
  }

  /** @return the recommendations in the questionnaire's catalog (first of each id) */
  public List<Recommendation> recommendations() {
    return rules.catalog();
  }

  /** @return recommendation indices in output order */
  public int[] outputOrder() {
    return rules.outputOrder();
  }

  /** @return the questionnaire */
  public Questionnaire questionnaire() {
    return questionnaire;
  }
}
