package dev.selfcheck.scoring.internal;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.ConditionProgram;
import dev.selfcheck.core.Conversion;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.MissingPolicy;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.Contribution;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.NotScorable;
import dev.selfcheck.scoring.Proration;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.ScoringProblem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/*
 * The scoring model, compiled once per questionnaire.
 *
 * Compilation turns the dimension tree into Nodes (the total is the root node) holding their
 * effective settings, bands, scored questions with compiled ItemScorers, and the lowest and highest
 * score each node can reach (needed for normalisation and stated in every result).
 *
 * Settings are inherited downwards as core's ScoringSettings.inheritFrom decides (the one place):
 * aggregation, threshold, missing policy and score, minimum answered share, normalisation and
 * decimals are inherited; the linear rescale (factor, offset) and the clamp (min, max) apply only
 * where they are written.
 *
 * Scoring a response evaluates the tree bottom-up with exact rational arithmetic:
 *   1. Each scored question gives a child: its item score if answered with a scorable value; for
 *      don't know, not applicable and not answered, the missing policy decides (exclude: left out
 *      of numerator and denominator; countAs: counted with missingScore; prorate: left out, and a
 *      weighted sum is then scaled by (weight of the applicable questions / weight of the answered
 *      ones)). Hidden questions take no part at all.
 *   2. Each sub-dimension gives a child with its score, or is left out when it is not scorable.
 *   3. Over the subtree, completion is (answered + don't know + not applicable) / visible scored
 *      questions: how much of what was shown got a response. The answered share is answered /
 *      (visible scored questions − not applicable): how much evidence the score rests on. A node
 *      is not scorable when no child is included, when the answered share is below
 *      minAnsweredShare, or when the included weights add up to zero for a weighted mean.
 *   4. The aggregation combines the included children. With normalisation (weighted mean and sum
 *      only; validation refuses it elsewhere) the score is 100 · Σ wᵢ(sᵢ − loᵢ) / Σ wᵢ(hiᵢ − loᵢ)
 *      over the included children instead. Then the rescale and the clamp apply.
 *   5. The band is the first band (in document order) that contains the exact score.
 *
 * Kernel is the one implementation of these steps (over its flat plan and per-question cells);
 * this class holds the compiled tree and reads assessments, findings and contributions from the
 * kernel's results.
 */
/** A questionnaire compiled for scoring. */
public final class CompiledQuestionnaire {

  /** Effective settings of a node. */
  static final class Settings {
    Aggregation aggregation;
    Rational threshold;
    MissingPolicy missing;
    Rational missingScore;
    Rational minShare;
    boolean normalize;
    Rational factor;
    Rational offset;
    Rational min;
    Rational max;
    int decimals;
    /** What the node's range depends on. */
    NodeRange.Rules rules;

    /** The effective settings (ScoringSettings.inheritFrom decides them) as exact numbers. */
    static Settings of(ScoringSettings e, int defaultDecimals) {
      Settings s = new Settings();
      s.aggregation = e.aggregation().orElseThrow();
      s.threshold = rational(e.threshold());
      s.missing = e.missing().orElseThrow();
      s.missingScore = rational(e.missingScore());
      s.minShare = rational(e.minAnsweredShare());
      s.normalize = e.normalize().orElseThrow();
      s.decimals = e.decimals().orElse(defaultDecimals);
      s.factor = rational(e.factor());
      s.offset = rational(e.offset());
      s.min = rational(e.min());
      s.max = rational(e.max());
      s.rules = NodeRange.Rules.of(e);
      return s;
    }

    private static Rational rational(Optional<BigDecimal> v) {
      return v.map(Rational::of).orElse(null);
    }
  }

  /** A scored question of a node. */
  static final class Item {
    final Question question;
    final String id;
    final BigDecimal declaredWeight;
    final Rational weight;
    final ItemScorer scorer;
    final Rational lo;
    final Rational hi;
    /** Whether a scored answer alone proves the value valid (one offered option, nothing more). */
    final boolean plainChoice;
    boolean allowsDontKnow;
    boolean allowsNotApplicable;

    Item(Question question, ItemScorer scorer, Settings settings) {
      this.plainChoice = question.type() == QuestionType.SINGLE_CHOICE
          || question.type() == QuestionType.ORDINAL_SCALE;
      this.question = question;
      this.id = question.id();
      this.declaredWeight = question.weight();
      this.weight = Rational.of(question.weight());
      this.scorer = scorer;
      Rational[] r = NodeRange.imputed(settings.rules, scorer.lo(), scorer.hi());
      this.lo = r[0];
      this.hi = r[1];
    }
  }

  /** A dimension, or the total. */
  static final class Node {
    final String id;
    final LocalizedText label;
    final BigDecimal declaredWeight;
    final Rational weight;
    final Settings settings;
    final List<Band> bands;
    final List<Item> items = new ArrayList<>();
    final List<Node> children = new ArrayList<>();
    Rational lo;
    Rational hi;
    /** The position of this node's result: preorder index, the total last. */
    int index;
    /** The JSON Pointer of the dimension; "" for the total. */
    String pointer = "";
    // Filled once compiled: items then children as slots, with each slot's weight, lowest and
    // highest score, so that scoring walks arrays.
    Item[] itemSlots;
    Node[] childSlots;
    Band[] bandSlots;
    Rational[] bandLowers;
    Rational[] bandUppers;
    Rational[] weights;
    Rational[] los;
    Rational[] his;

    void seal() {
      itemSlots = items.toArray(new Item[0]);
      bandSlots = bands.toArray(new Band[0]);
      bandLowers = bands.stream().map(b -> Rational.of(b.lower())).toArray(Rational[]::new);
      bandUppers = bands.stream().map(b -> Rational.of(b.upper())).toArray(Rational[]::new);
      childSlots = children.toArray(new Node[0]);
      int n = itemSlots.length + childSlots.length;
      weights = new Rational[n];
      los = new Rational[n];
      his = new Rational[n];
      for (int k = 0; k < itemSlots.length; k++) {
        weights[k] = itemSlots[k].weight;
        los[k] = itemSlots[k].lo;
        his[k] = itemSlots[k].hi;
      }
      for (int j = 0; j < childSlots.length; j++) {
        int k = itemSlots.length + j;
        weights[k] = childSlots[j].weight;
        los[k] = childSlots[j].lo;
        his[k] = childSlots[j].hi;
      }
    }

    Node(String id, LocalizedText label, BigDecimal weight, Settings settings, List<Band> bands) {
      this.id = id;
      this.label = label;
      this.declaredWeight = weight;
      this.weight = Rational.of(weight);
      this.settings = settings;
      this.bands = bands;
    }
  }

  private final Questionnaire questionnaire;
  private final Node root;
  private final List<Node> preOrder = new ArrayList<>();
  private final RuleEngine rules;
  /** JSON Pointers of the dimensions, filled once at construction and only read afterwards. */
  private final Map<String, String> pointers = new HashMap<>();
  /** Every visibility and rule condition, compiled once. */
  private final ConditionProgram conditions;
  /** The plan's flat arrays and the evaluator. */
  private final Kernel kernel;
  /** The questionnaire's parts of the compact line, quoted when first written. */
  private volatile CompactJson.Parts compactParts;
  /** The display decimals unless the questionnaire sets them. */
  private final int defaultDecimals;
  /** Whether any question is required. */
  private final boolean anyRequired;

  /**
   * Compiles a questionnaire that has no errors.
   *
   * @param questionnaire the questionnaire
   * @param defaultDecimals the display decimals unless the questionnaire sets them
   */
  public CompiledQuestionnaire(Questionnaire questionnaire, int defaultDecimals) {
    this.questionnaire = questionnaire;
    this.defaultDecimals = defaultDecimals;
    ScoringSettings rootSettings = questionnaire.scoringOf(DimensionResult.TOTAL);
    this.root = new Node(DimensionResult.TOTAL, questionnaire.title(), BigDecimal.ONE,
        Settings.of(rootSettings, defaultDecimals), questionnaire.bands());
    for (Dimension d : questionnaire.dimensions()) {
      root.children.add(compile(d, rootSettings));
    }
    range(root);
    index(questionnaire.dimensions(), "/dimensions");
    Map<String, Integer> indices = new HashMap<>();
    for (int i = 0; i < preOrder.size(); i++) {
      Node n = preOrder.get(i);
      n.index = i;
      n.pointer = pointerOf(n.id);
      n.seal();
      indices.putIfAbsent(n.id, i);
    }
    root.index = preOrder.size();
    root.seal();
    indices.put(DimensionResult.TOTAL, root.index);
    this.rules = new RuleEngine(questionnaire, indices);
    this.anyRequired = questionnaire.allQuestions().anyMatch(Question::required);
    this.conditions = questionnaire.conditions();
    this.kernel = new Kernel(this);
  }

  private Node compile(Dimension d, ScoringSettings parent) {
    ScoringSettings effective = d.scoring().orElse(ScoringSettings.empty()).inheritFrom(parent);
    Settings s = Settings.of(effective, defaultDecimals);
    Node n = new Node(d.id(), d.label(), d.weight(), s,
        questionnaire.bandsOf(d));
    preOrder.add(n);
    for (Question q : d.questions()) {
      ItemScorer scorer = new ItemScorer(q, questionnaire.optionsOf(q));
      if (scorer.scored()) {
        Item item = new Item(q, scorer, s);
        item.allowsDontKnow = questionnaire.allowsDontKnow(q);
        item.allowsNotApplicable = questionnaire.allowsNotApplicable(q);
        n.items.add(item);
      }
    }
    for (Dimension c : d.dimensions()) {
      n.children.add(compile(c, effective));
    }
    return n;
  }

  /** Computes the lowest and highest score (the scale) of every node, bottom-up. */
  private static void range(Node n) {
    n.children.forEach(CompiledQuestionnaire::range);
    List<NodeRange.Part> parts = new ArrayList<>();
    for (Item i : n.items) {
      parts.add(new NodeRange.Part(true, i.weight, i.scorer.lo(), i.scorer.hi(), true, false));
    }
    for (Node c : n.children) {
      parts.add(new NodeRange.Part(false, c.weight, c.lo, c.hi, true, false));
    }
    NodeRange.Result r = NodeRange.combine(n.settings.rules, parts, true);
    n.lo = r.lo();
    n.hi = r.hi();
  }

  /** @return the dimensions' nodes in preorder, then the total */
  List<Node> nodes() {
    List<Node> all = new ArrayList<>(preOrder);
    all.add(root);
    return all;
  }

  /** @return every visibility and rule condition, compiled */
  public ConditionProgram conditions() {
    return conditions;
  }

  /** @return the compiled rules */
  RuleEngine rules() {
    return rules;
  }

  /** @return the questionnaire */
  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** @return the ids of all dimensions in document order (parents first), then the total */
  public List<String> dimensionIds() {
    List<String> ids = new ArrayList<>();
    preOrder.forEach(n -> ids.add(n.id));
    ids.add(DimensionResult.TOTAL);
    return ids;
  }

  /**
   * The lowest and highest score a dimension or the total can reach.
   *
   * @param dimensionId a dimension id or the total's id
   * @return {lowest, highest}, or null for an unknown id
   */
  public Rational[] scoreRange(String dimensionId) {
    Node node = DimensionResult.TOTAL.equals(dimensionId) ? root
        : preOrder.stream().filter(n -> n.id.equals(dimensionId)).findFirst().orElse(null);
    return node == null ? null : new Rational[] {node.lo, node.hi};
  }

  /**
   * The scored questions below a dimension, with their scorers.
   *
   * @param dimensionId a dimension id or the total's id
   * @return question id to scorer, in document order; empty for an unknown id
   */
  public Map<Question, ItemScorer> scoredQuestionsUnder(String dimensionId) {
    Map<Question, ItemScorer> out = new java.util.LinkedHashMap<>();
    Node node = DimensionResult.TOTAL.equals(dimensionId) ? root
        : preOrder.stream().filter(n -> n.id.equals(dimensionId)).findFirst().orElse(null);
    if (node != null) {
      collect(node, out);
    }
    return out;
  }

  private static void collect(Node n, Map<Question, ItemScorer> out) {
    n.items.forEach(i -> out.put(i.question, i.scorer));
    n.children.forEach(c -> collect(c, out));
  }

  // ------------------------------------------------------------------ scoring a response

  /**
   * Reused cells and results per thread (with per-slot data, and without it for an assessment
   * without explanations): scoring a response allocates only its assessment.
   */
  private final ThreadLocal<Object[]> scratch = new ThreadLocal<>();

  /** @return the plan and its evaluator */
  public Kernel kernel() {
    return kernel;
  }

  /** @return the questionnaire's parts of the compact assessment line, quoted once */
  CompactJson.Parts compactParts() {
    CompactJson.Parts p = compactParts;
    if (p == null) {
      p = new CompactJson.Parts(kernel, questionnaire.id(), questionnaire.version().toString());
      compactParts = p; // built again at worst by a racing thread: equal and immutable
    }
    return p;
  }

  /**
   * Scores a response into an eager assessment (every result built at once).
   *
   * @param response the response
   * @param explain whether to collect contributions and reasons
   * @return the assessment
   */
  public Assessment score(Response response, boolean explain) {
    Results r = evaluate(response, explain);
    return Assessment.builder()
        .questionnaireId(r.questionnaireId())
        .questionnaireVersion(r.questionnaireVersion())
        .respondent(r.respondent())
        .total(r.total())
        .dimensions(r.dimensions())
        .recommendations(r.recommendations())
        .findings(r.findings())
        .build();
  }

  /**
   * Scores a response: binds it into cells, runs the evaluator and copies its results out, from
   * which the assessment is read when asked for.
   *
   * @param response the response
   * @param explain whether to collect contributions and reasons
   * @return the results
   */
  public Results evaluate(Response response, boolean explain) {
    Cells cells = (Cells) scratch()[0];
    boolean suspect = kernel.bind(response, cells);
    boolean foreign = !response.questionnaireId().equals(questionnaire.id());
    return new Results(this, () -> response, response.respondent().orElse(null), explain,
        suspect, evaluate(cells, foreign, explain));
  }

  /**
   * Scores a response that a reader bound to this questionnaire: runs the evaluator over its
   * cells as they are (see Kernel.checkBound) and copies its results out.
   *
   * @param cells the bound answers, only read
   * @param suspect whether an answer might draw a validation finding
   * @param respondent who answered, or null
   * @param response gives the response when the assessment's parts are read
   * @param explain whether to collect contributions and reasons
   * @return the results
   */
  public Results evaluate(Cells cells, boolean suspect, Respondent respondent,
      Supplier<Response> response, boolean explain) {
    return new Results(this, response, respondent, explain, suspect,
        evaluate(cells, false, explain));
  }

  /**
   * Evaluates cells into this thread's results: without explanations into results without
   * per-slot data, unless an answer has no item score (its finding names the slot; then the
   * cells are evaluated again with per-slot data).
   */
  private Work evaluate(Cells cells, boolean foreign, boolean explain) {
    Object[] s = scratch();
    if (!explain) {
      Work lean = (Work) s[2];
      kernel.evaluate(cells, lean, foreign);
      if (!lean.unscorable) {
        return lean;
      }
    }
    Work w = (Work) s[1];
    kernel.evaluate(cells, w, foreign);
    return w;
  }

  private Object[] scratch() {
    Object[] s = scratch.get();
    if (s == null) {
      s = new Object[] {new Cells(kernel.questionCount()), kernel.newWork(), kernel.newWork(false)};
      scratch.set(s);
    }
    return s;
  }

  /** Reads the assessment's parts from the results of an evaluation of a response. */
  Results.Read read(Results w, Response response) {
    boolean explain = w.explain;
    List<Finding> findings = new ArrayList<>();
    DimensionResult[] results = new DimensionResult[preOrder.size() + 1];
    DimensionResult total = result(root, w, explain, results, findings);
    boolean validate = w.suspect || w.foreign || kernel.conditional() || anyRequired
        || response.questionnaireVersion().compareTo(questionnaire.version()) != 0
        || (response.startedAt().isPresent() && response.submittedAt().isPresent());
    if (validate || !findings.isEmpty()) {
      findings.addAll(0, questionnaire.validate(response));
    }
    DimensionResult[] dims = Arrays.copyOf(results, preOrder.size());
    List<FiredRecommendation> recommendations = w.foreign ? List.of()
        : rules.fire(w.holds, response, w.visible, results, explain);
    for (int i = 0; i < preOrder.size(); i++) {
      DimensionResult d = results[i];
      if (!d.scorable()) {
        findings.add(ScoringProblem.NOT_SCORABLE.at(preOrder.get(i).pointer, d.id(),
            d.notScorable().orElseThrow()));
      }
    }
    total.notScorable().ifPresent(why ->
        findings.add(ScoringProblem.TOTAL_NOT_SCORABLE.at("", why)));
    return new Results.Read(total, dims, recommendations, findings);
  }

  private String pointerOf(String dimensionId) {
    return pointers.getOrDefault(dimensionId, "");
  }

  private void index(List<Dimension> dims, String base) {
    for (int i = 0; i < dims.size(); i++) {
      pointers.putIfAbsent(dims.get(i).id(), base + "/" + i);
      index(dims.get(i).dimensions(), base + "/" + i + "/dimensions");
    }
  }

  /*
   * Reads one node's result from the evaluation, children first, adding the scoring findings in
   * document order: unscorable answers of its questions, then its sub-dimensions', then its own
   * missing band. Contributions are built only when explaining, from the slots the evaluator
   * filled (a slot's score is the item score, the imputed missing score or the sub-dimension's
   * score it was included with).
   */
  private DimensionResult result(Node n, Results w, boolean explain, DimensionResult[] results,
      List<Finding> findings) {
    Kernel.KNode p = kernel.node(n.index);
    int items = n.itemSlots.length;
    for (int k = 0; k < items; k++) {
      if (w.slotState != null && w.slotState[p.slotBase + k] == Work.UNSCORABLE) {
        String id = n.itemSlots[k].id;
        findings.add(ScoringProblem.ANSWER_NOT_SCORED.at("/answers/" + id, id, Texts.VALUE_HAS_NO_SCORE));
      }
    }
    for (Node child : n.childSlots) {
      result(child, w, explain, results, findings);
    }
    int at = n.index;
    int answered = w.answered[at];
    int applicable = answered + w.dontKnow[at] + w.notAnswered[at];
    Rational completion = Work.completion(answered, w.dontKnow[at], w.notApplicable[at],
        w.notAnswered[at]);
    Rational answeredShare = applicable == 0 ? Rational.ONE : Rational.of(answered, applicable);
    DimensionResult.Builder b = DimensionResult.builder()
        .id(n.id).label(n.label)
        .minScore(n.lo).maxScore(n.hi)
        .completion(completion)
        .answeredShare(answeredShare)
        .answered(answered).dontKnow(w.dontKnow[at]).notApplicable(w.notApplicable[at])
        .notAnswered(w.notAnswered[at]).hidden(w.hidden[at]);
    for (int c = 0; c < conditions.countCount(); c++) {
      if (conditions.countDimension(c) == at) {
        b.putCounted(conditions.count(c).id(), w.countValue[c]);
      }
    }
    Rational score = w.score(at);
    if (score != null) {
      b.score(score).displayScore(score.toBigDecimal(n.settings.decimals));
      if (w.raw != null && w.raw[at] != null) {
        Rational raw = w.raw[at];
        b.raw(raw);
        List<Conversion> rows = n.settings.rules.convert();
        int row = p.rescale.row(Exact.of(raw));
        rows.get(row).also().forEach((name, v) -> b.putValue(name, Rational.of(v)));
      }
      if (w.unrounded != null && w.unrounded[at] != null) {
        b.unrounded(w.unrounded[at]);
      }
      for (int t : p.termIds) {
        if (w.termHeld[t]) {
          b.addTerm(conditions.term(t).id());
        }
      }
      if (w.band[at] >= 0) {
        b.band(n.bandSlots[w.band[at]]);
      } else if (!n.bands.isEmpty()) {
        findings.add(ScoringProblem.NO_BAND.at(
            n == root ? "/bands" : n.pointer + "/bands", score.toBigDecimal(n.settings.decimals), n.id));
      }
    } else {
      b.notScorable(notScorable(w.why[at], n.settings, answeredShare, applicable - answered));
    }
    if (explain) {
      contributions(n, p, w, score != null, b);
    }
    DimensionResult r = b.build();
    results[at] = r;
    return r;
  }

  private static NotScorable notScorable(byte why, Settings s, Rational answeredShare,
      int missing) {
    switch (why) {
      case Work.FOREIGN:
        return NotScorable.of(NotScorable.Code.FOREIGN_RESPONSE);
      case Work.NOTHING_INCLUDED:
        return NotScorable.of(NotScorable.Code.NOTHING_SCORED);
      case Work.TOO_FEW_ANSWERED:
        return NotScorable.tooFewAnswered(answeredShare, s.minShare);
      case Work.TOO_MANY_MISSING:
        return NotScorable.tooManyMissing(missing, s.rules.maxMissing());
      default:
        return NotScorable.of(NotScorable.Code.ZERO_WEIGHTS);
    }
  }

  /**
   * The contributions of a node's slots: each included slot's share of the weight and its points
   * (its part of the score before rescaling), from the slot scores of the evaluation.
   */
  private void contributions(Node n, Kernel.KNode p, Results w, boolean scorable,
      DimensionResult.Builder b) {
    Settings s = n.settings;
    int items = n.itemSlots.length;
    int width = n.weights.length;
    Rational[] scores = new Rational[width];
    for (int k = 0; k < width; k++) {
      scores[k] = w.slotScore(p.slotBase + k);
    }
    Rational[] points = new Rational[width];
    Rational[] shares = new Rational[width];
    if (scorable) {
      points(s, n, scores, points, shares);
      if (s.missing == MissingPolicy.PRORATE && s.aggregation == Aggregation.WEIGHTED_SUM
          && !s.normalize && w.answeredWeight[n.index].signum() > 0) {
        Rational f = w.applicableWeight[n.index].dividedBy(w.answeredWeight[n.index]);
        for (int k = 0; k < width; k++) {
          if (points[k] != null) {
            points[k] = points[k].times(f);
          }
        }
        if (!f.equals(Rational.ONE)) {
          int answered = 0;
          int applicable = 0;
          for (int k = 0; k < items; k++) {
            byte state = w.slotState[p.slotBase + k];
            applicable += state == Work.HIDDEN || state == Cells.NOT_APPLICABLE ? 0 : 1;
            answered += scores[k] != null ? 1 : 0;
          }
          b.prorated(Proration.of(answered, applicable, f));
        }
      }
    }
    for (int k = 0; k < width; k++) {
      int slot = p.slotBase + k;
      Contribution.Builder c = Contribution.builder();
      if (k < items) {
        Item item = n.itemSlots[k];
        c.kind(Contribution.Kind.QUESTION).id(item.id).weight(item.declaredWeight);
        byte state = w.slotState[slot];
        if (state == Work.HIDDEN) {
          c.state(AnswerState.NOT_ANSWERED).visible(false)
              .exclusion(Contribution.Exclusion.HIDDEN);
        } else {
          c.state(state == Work.UNSCORABLE ? AnswerState.ANSWERED : AnswerState.values()[state]);
          if (w.imputed[slot]) {
            c.score(scores[k]).imputed(true);
          } else if (scores[k] != null) {
            c.score(scores[k]);
          } else {
            c.exclusion(state == Work.UNSCORABLE ? Contribution.Exclusion.ANSWER_NOT_SCORED
                : state == Cells.DONT_KNOW ? Contribution.Exclusion.DONT_KNOW
                : state == Cells.NOT_APPLICABLE ? Contribution.Exclusion.NOT_APPLICABLE
                : Contribution.Exclusion.NOT_ANSWERED);
          }
        }
      } else {
        Node child = n.childSlots[k - items];
        c.kind(Contribution.Kind.DIMENSION).id(child.id).weight(child.declaredWeight)
            .state(AnswerState.ANSWERED);
        if (scores[k] != null) {
          c.score(scores[k]);
        } else {
          c.exclusion(Contribution.Exclusion.NOT_SCORABLE);
        }
      }
      if (scores[k] == null) {
        c.included(false).share(Rational.ZERO).points(Rational.ZERO);
      } else if (!scorable) {
        c.included(false).share(Rational.ZERO).points(Rational.ZERO)
            .exclusion(Contribution.Exclusion.DIMENSION_NOT_SCORABLE);
      } else {
        c.included(true)
            .share(shares[k] == null ? Rational.ZERO : shares[k])
            .points(points[k] == null ? Rational.ZERO : points[k]);
      }
      b.addContribution(c.build());
    }
  }

  /** Each included slot's share and points, as the aggregation weighs it. */
  private static void points(Settings s, Node n, Rational[] scores, Rational[] points,
      Rational[] shares) {
    Rational[] weights = n.weights;
    Rational.Sum included = new Rational.Sum();
    for (int k = 0; k < scores.length; k++) {
      if (scores[k] != null) {
        included.add(weights[k]);
      }
    }
    Rational weightSum = included.value();
    if (s.normalize) {
      Rational reach = Rational.ZERO;
      for (int k = 0; k < scores.length; k++) {
        if (scores[k] != null) {
          reach = reach.plus(weights[k].times(n.his[k].minus(n.los[k])));
        }
      }
      for (int k = 0; k < scores.length; k++) {
        if (scores[k] != null) {
          shares[k] = weightSum.signum() == 0 ? Rational.ZERO : weights[k].dividedBy(weightSum);
          points[k] = Rational.HUNDRED.times(weights[k]).times(scores[k].minus(n.los[k])).dividedBy(reach);
        }
      }
      return;
    }
    switch (s.aggregation) {
      case WEIGHTED_SUM:
        for (int k = 0; k < scores.length; k++) {
          if (scores[k] != null) {
            points[k] = weights[k].times(scores[k]);
            shares[k] = weightSum.signum() == 0 ? Rational.ZERO : weights[k].dividedBy(weightSum);
          }
        }
        return;
      case MINIMUM:
      case MAXIMUM: {
        int best = -1;
        for (int k = 0; k < scores.length; k++) {
          if (scores[k] == null || weights[k].signum() == 0) {
            continue;
          }
          int cmp = best < 0 ? 0 : scores[k].compareTo(scores[best]);
          if (best < 0 || (s.aggregation == Aggregation.MINIMUM ? cmp < 0 : cmp > 0)) {
            best = k;
          }
        }
        for (int k = 0; k < scores.length; k++) {
          if (scores[k] != null) {
            shares[k] = k == best ? Rational.ONE : Rational.ZERO;
            points[k] = k == best ? scores[k] : Rational.ZERO;
          }
        }
        return;
      }
      case SHARE_MEETING:
        for (int k = 0; k < scores.length; k++) {
          if (scores[k] != null) {
            Rational share = weights[k].dividedBy(weightSum);
            boolean meets = s.threshold != null && scores[k].compareTo(s.threshold) >= 0;
            shares[k] = share;
            points[k] = meets ? share : Rational.ZERO;
          }
        }
        return;
      default:
        for (int k = 0; k < scores.length; k++) {
          if (scores[k] != null) {
            shares[k] = weights[k].dividedBy(weightSum);
            points[k] = shares[k].times(scores[k]);
          }
        }
    }
  }
}
