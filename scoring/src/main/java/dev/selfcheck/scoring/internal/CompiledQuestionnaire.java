package dev.selfcheck.scoring.internal;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.MissingPolicy;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.Contribution;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.ScoringProblem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/*
 * The scoring model, compiled once per questionnaire.
 *
 * Compilation turns the dimension tree into Nodes (the total is the root node) holding their
 * effective settings, bands, scored questions with compiled ItemScorers, and the lowest and highest
 * score each node can reach (needed for normalisation and stated in every result).
 *
 * Settings are inherited downwards: the questionnaire's settings are the defaults of every
 * dimension, and a dimension's settings are the defaults of its sub-dimensions. This holds for
 * aggregation, threshold, missing policy and score, minimum answered share, normalisation and
 * decimals. The linear rescale (factor, offset) and the clamp (min, max) apply only where they are
 * written.
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
 */
/** A questionnaire compiled for scoring. */
public final class CompiledQuestionnaire {

  /** Effective settings of a node. */
  static final class Settings {
    Aggregation aggregation = Aggregation.WEIGHTED_MEAN;
    Rational threshold;
    MissingPolicy missing = MissingPolicy.EXCLUDE;
    Rational missingScore;
    Rational minShare;
    boolean normalize;
    Rational factor;
    Rational offset;
    Rational min;
    Rational max;
    int decimals;

    Settings inherit(Optional<ScoringSettings> own) {
      Settings s = new Settings();
      s.aggregation = aggregation;
      s.threshold = threshold;
      s.missing = missing;
      s.missingScore = missingScore;
      s.minShare = minShare;
      s.normalize = normalize;
      s.decimals = decimals;
      own.ifPresent(o -> {
        o.aggregation().ifPresent(v -> s.aggregation = v);
        o.threshold().ifPresent(v -> s.threshold = Rational.of(v));
        o.missing().ifPresent(v -> s.missing = v);
        o.missingScore().ifPresent(v -> s.missingScore = Rational.of(v));
        o.minAnsweredShare().ifPresent(v -> s.minShare = Rational.of(v));
        o.normalize().ifPresent(v -> s.normalize = v);
        o.decimals().ifPresent(v -> s.decimals = v);
        s.factor = o.factor().map(Rational::of).orElse(null);
        s.offset = o.offset().map(Rational::of).orElse(null);
        s.min = o.min().map(Rational::of).orElse(null);
        s.max = o.max().map(Rational::of).orElse(null);
      });
      return s;
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
      Rational l = scorer.lo();
      Rational h = scorer.hi();
      if (settings.missing == MissingPolicy.COUNT_AS && settings.missingScore != null) {
        l = l.min(settings.missingScore);
        h = h.max(settings.missingScore);
      }
      this.lo = l;
      this.hi = h;
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
  /** Whether any question has a visibility condition; if none has, visibility is not computed. */
  private final boolean conditional;
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
    Settings base = new Settings();
    base.decimals = defaultDecimals;
    Settings rootSettings = base.inherit(questionnaire.scoring());
    this.root = new Node(DimensionResult.TOTAL, questionnaire.title(), BigDecimal.ONE, rootSettings,
        questionnaire.bands());
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
    this.conditional = questionnaire.allQuestions().anyMatch(q -> q.visibleWhen().isPresent());
    this.anyRequired = questionnaire.allQuestions().anyMatch(Question::required);
  }

  private Node compile(Dimension d, Settings parent) {
    Settings s = parent.inherit(d.scoring());
    Node n = new Node(d.id(), d.label(), d.weight(), s,
        d.bands().isEmpty() ? questionnaire.bands() : d.bands());
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
      n.children.add(compile(c, s));
    }
    return n;
  }

  /** Computes the lowest and highest score of every node, bottom-up. */
  private static void range(Node n) {
    n.children.forEach(CompiledQuestionnaire::range);
    List<Rational[]> parts = new ArrayList<>();
    for (Item i : n.items) {
      parts.add(new Rational[] {i.weight, i.lo, i.hi});
    }
    for (Node c : n.children) {
      parts.add(new Rational[] {c.weight, c.lo, c.hi});
    }
    Rational lo = Rational.ZERO;
    Rational hi = Rational.ZERO;
    Settings s = n.settings;
    if (s.normalize) {
      lo = Rational.ZERO;
      hi = Rational.HUNDRED;
    } else if (s.aggregation == Aggregation.SHARE_MEETING) {
      lo = Rational.ZERO;
      hi = Rational.ONE;
    } else if (s.aggregation == Aggregation.WEIGHTED_SUM) {
      for (Rational[] p : parts) {
        lo = lo.plus(p[0].times(p[1]).min(Rational.ZERO));
        hi = hi.plus(p[0].times(p[2]).max(Rational.ZERO));
      }
      if (s.missing == MissingPolicy.PRORATE && !n.items.isEmpty()) {
        // Prorating multiplies the sum by A/B (A: applicable question weight, B: answered question
        // weight > 0). The questions' part is then at most A·(highest item score) ≤ W·max(hi, 0)
        // (W: all question weight); the sub-dimensions' part grows by at most W / (smallest
        // positive question weight).
        Rational w = Rational.ZERO;
        Rational minW = null;
        Rational itemLo = Rational.ZERO;
        Rational itemHi = Rational.ZERO;
        for (Item i : n.items) {
          w = w.plus(i.weight);
          if (i.weight.signum() > 0) {
            minW = minW == null ? i.weight : minW.min(i.weight);
          }
          itemLo = itemLo.min(i.lo);
          itemHi = itemHi.max(i.hi);
        }
        if (minW != null) {
          Rational most = w.dividedBy(minW).max(Rational.ONE);
          Rational subLo = Rational.ZERO;
          Rational subHi = Rational.ZERO;
          for (Node c : n.children) {
            subLo = subLo.plus(c.weight.times(c.lo).min(Rational.ZERO));
            subHi = subHi.plus(c.weight.times(c.hi).max(Rational.ZERO));
          }
          lo = lo.min(w.times(itemLo).plus(most.times(subLo)));
          hi = hi.max(w.times(itemHi).plus(most.times(subHi)));
        }
      }
    } else {
      boolean first = true;
      for (Rational[] p : parts) {
        if (p[0].signum() == 0 && s.aggregation == Aggregation.WEIGHTED_MEAN) {
          continue;
        }
        lo = first ? p[1] : lo.min(p[1]);
        hi = first ? p[2] : hi.max(p[2]);
        first = false;
      }
    }
    Rational[] r = rescale(new Rational[] {lo, hi}, s);
    n.lo = r[0];
    n.hi = r[1];
  }

  private static Rational[] rescale(Rational[] range, Settings s) {
    Rational lo = apply(range[0], s);
    Rational hi = apply(range[1], s);
    if (lo.compareTo(hi) > 0) {
      Rational t = lo;
      lo = hi;
      hi = t;
    }
    return new Rational[] {lo, hi};
  }

  private static Rational apply(Rational x, Settings s) {
    Rational y = x;
    if (s.factor != null) {
      y = y.times(s.factor);
    }
    if (s.offset != null) {
      y = y.plus(s.offset);
    }
    if (s.min != null) {
      y = y.max(s.min);
    }
    if (s.max != null) {
      y = y.min(s.max);
    }
    return y;
  }

  /** @return the dimensions' nodes in preorder, then the total */
  List<Node> nodes() {
    List<Node> all = new ArrayList<>(preOrder);
    all.add(root);
    return all;
  }

  /** @return whether any question has a visibility condition */
  boolean conditional() {
    return conditional;
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

  /** What one node evaluated to. */
  static final class Outcome {
    Rational score;
    String notScorableBecause;
    int answered;
    int dontKnow;
    int notApplicable;
    int notAnswered;
    int hidden;
  }

  /** Per-response state. */
  private final class Run {
    final Response response;
    final Map<String, Answer> answers;
    /** The visible questions; null when every question is visible. */
    final Set<String> visible;
    /** Results by node index; the total last. */
    final DimensionResult[] results = new DimensionResult[preOrder.size() + 1];
    final List<Finding> findings = new ArrayList<>();
    /** Answers met while scoring: every answer to a scored question. */
    int seen;
    /** Whether an answer met while scoring might draw a validation finding. */
    boolean suspect;

    Run(Response response) {
      this.response = response;
      this.answers = response.answers();
      this.visible = conditional ? new HashSet<>(questionnaire.visibleQuestions(response)) : null;
    }

    boolean visible(String questionId) {
      return visible == null || visible.contains(questionId);
    }
  }

  /**
   * Scores a response.
   *
   * @param response the response
   * @param explain whether to collect contributions and reasons
   * @return the assessment
   */
  public Assessment score(Response response, boolean explain) {
    Run run = new Run(response);
    boolean foreign = !response.questionnaireId().equals(questionnaire.id());
    DimensionResult total = evaluate(root, run, explain, foreign);
    if (mayHaveFindings(response, run, foreign)) {
      run.findings.addAll(0, questionnaire.validate(response));
    }
    List<DimensionResult> dims = java.util.Arrays.asList(run.results).subList(0, preOrder.size());
    Assessment.Builder a = Assessment.builder()
        .questionnaireId(questionnaire.id())
        .questionnaireVersion(questionnaire.version())
        .respondent(response.respondent())
        .total(total)
        .dimensions(dims);
    if (!foreign) {
      a.recommendations(rules.fire(response, run.visible, run.results, explain));
    }
    for (int i = 0; i < preOrder.size(); i++) {
      DimensionResult d = run.results[i];
      if (!d.scorable()) {
        run.findings.add(ScoringProblem.NOT_SCORABLE.at(preOrder.get(i).pointer, d.id(),
            d.notScorableBecause().orElse("")));
      }
    }
    total.notScorableBecause().ifPresent(why ->
        run.findings.add(ScoringProblem.TOTAL_NOT_SCORABLE.at("", why)));
    return a.findings(run.findings).build();
  }

  /*
   * Response validation rides along with scoring: Questionnaire.validate(response) runs only when
   * it might find something. It cannot when the response names this questionnaire and version,
   * has no start and submission time to compare, and every answer is to a scored single-choice or
   * ordinal question (every answer was met while scoring: the counts agree) and was accepted
   * while scoring (a scored option, or an allowed "don't know" / "not applicable"), provided no
   * question is required and none has a visibility condition. Otherwise the full validation
   * runs, so the findings are always exactly those of Questionnaire.validate(response).
   */
  private boolean mayHaveFindings(Response response, Run run, boolean foreign) {
    return foreign || run.suspect || conditional || anyRequired
        || run.seen != run.answers.size()
        || response.questionnaireVersion().compareTo(questionnaire.version()) != 0
        || (response.startedAt().isPresent() && response.submittedAt().isPresent());
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
   * One node of one response. Each slot (the node's scored questions, then its sub-dimensions)
   * gets a score when it is included (an item score, an imputed missing score, or a
   * sub-dimension's score) and stays null when it is left out. Contributions are built only when
   * explaining.
   */
  private DimensionResult evaluate(Node n, Run run, boolean explain, boolean foreign) {
    Settings s = n.settings;
    Outcome o = new Outcome();
    int items = n.itemSlots.length;
    Rational[] scores = new Rational[n.weights.length];
    Contribution.Builder[] contributions = explain ? new Contribution.Builder[scores.length] : null;
    boolean prorate = s.missing == MissingPolicy.PRORATE;
    boolean countAs = s.missing == MissingPolicy.COUNT_AS && s.missingScore != null;
    boolean anyIncluded = false;
    Rational allQuestionWeight = Rational.ZERO;
    Rational answeredQuestionWeight = Rational.ZERO;

    for (int k = 0; k < items; k++) {
      Item item = n.itemSlots[k];
      String id = item.id;
      Contribution.Builder c = null;
      if (explain) {
        c = Contribution.builder().kind(Contribution.Kind.QUESTION).id(id).weight(item.declaredWeight);
        contributions[k] = c;
      }
      if (foreign || !run.visible(id)) {
        o.hidden++;
        if (explain) {
          c.state(AnswerState.NOT_ANSWERED).visible(false).excludedBecause("hidden by its visibility condition");
        }
        continue;
      }
      Answer answer = run.answers.get(id);
      AnswerState state = answer == null ? AnswerState.NOT_ANSWERED : answer.state();
      if (explain) {
        c.state(state);
      }
      if (answer != null) {
        run.seen++;
        if (state == AnswerState.DONT_KNOW ? !item.allowsDontKnow
            : state == AnswerState.NOT_APPLICABLE ? !item.allowsNotApplicable
            : state == AnswerState.ANSWERED && !item.plainChoice) {
          run.suspect = true;
        }
      }
      Rational score = null;
      boolean unscorable = false;
      if (state == AnswerState.ANSWERED) {
        score = item.scorer.score(answer.value().orElseThrow());
        if (score == null) {
          run.suspect = true;
          state = AnswerState.NOT_ANSWERED;
          unscorable = true;
          run.findings.add(ScoringProblem.ANSWER_NOT_SCORED.at("/answers/" + id, id,
              "its value has no score"));
        }
      }
      switch (state) {
        case ANSWERED:
          o.answered++;
          break;
        case DONT_KNOW:
          o.dontKnow++;
          break;
        case NOT_APPLICABLE:
          o.notApplicable++;
          break;
        default:
          o.notAnswered++;
      }
      if (prorate && state != AnswerState.NOT_APPLICABLE) {
        allQuestionWeight = allQuestionWeight.plus(item.weight);
      }
      if (score != null) {
        if (explain) {
          c.score(score);
        }
        if (prorate) {
          answeredQuestionWeight = answeredQuestionWeight.plus(item.weight);
        }
        scores[k] = score;
        anyIncluded = true;
      } else if (countAs) {
        if (explain) {
          c.score(s.missingScore).imputed(true).excludedBecause(Optional.empty());
        }
        scores[k] = s.missingScore;
        anyIncluded = true;
      } else if (explain) {
        c.excludedBecause(unscorable ? "the answer cannot be scored (see the response findings)"
            : state == AnswerState.DONT_KNOW ? "answered \"don't know\""
            : state == AnswerState.NOT_APPLICABLE ? "answered \"not applicable\"" : "not answered");
      }
    }
    for (int j = 0; j < n.childSlots.length; j++) {
      Node child = n.childSlots[j];
      DimensionResult r = evaluate(child, run, explain, foreign);
      o.answered += r.answered();
      o.dontKnow += r.dontKnow();
      o.notApplicable += r.notApplicable();
      o.notAnswered += r.notAnswered();
      o.hidden += r.hidden();
      Optional<Rational> childScore = r.score();
      if (explain) {
        Contribution.Builder c = Contribution.builder()
            .kind(Contribution.Kind.DIMENSION).id(child.id).weight(child.declaredWeight)
            .state(AnswerState.ANSWERED);
        contributions[items + j] = c;
        if (childScore.isPresent()) {
          c.score(childScore.get());
        } else {
          c.excludedBecause("not scorable");
        }
      }
      if (childScore.isPresent()) {
        scores[items + j] = childScore.get();
        anyIncluded = true;
      }
    }

    int applicable = o.answered + o.dontKnow + o.notAnswered;
    int shown = applicable + o.notApplicable;
    Rational completion = shown == 0 ? Rational.ONE
        : Rational.of(o.answered + o.dontKnow + o.notApplicable, shown);
    Rational answeredShare = applicable == 0 ? Rational.ONE : Rational.of(o.answered, applicable);

    Rational[] points = explain ? new Rational[scores.length] : null;
    Rational[] shares = explain ? new Rational[scores.length] : null;
    Rational raw = null;
    if (foreign) {
      o.notScorableBecause = "the response is for another questionnaire";
    } else if (!anyIncluded) {
      o.notScorableBecause = "no question or sub-dimension has a score";
    } else if (s.minShare != null && answeredShare.compareTo(s.minShare) < 0) {
      o.notScorableBecause = "only " + answeredShare.toBigDecimal(2).toPlainString()
          + " of the applicable questions are answered, less than the required "
          + s.minShare.toBigDecimal(2).toPlainString();
    } else {
      raw = aggregate(s, n, scores, points, shares);
      if (raw == null) {
        o.notScorableBecause = "the weights of the scored children add up to zero";
      } else if (prorate && s.aggregation == Aggregation.WEIGHTED_SUM
          && answeredQuestionWeight.signum() > 0 && !s.normalize) {
        Rational f = allQuestionWeight.dividedBy(answeredQuestionWeight);
        raw = raw.times(f);
        if (points != null) {
          for (int i = 0; i < points.length; i++) {
            if (points[i] != null) {
              points[i] = points[i].times(f);
            }
          }
        }
      }
    }
    Rational score = raw == null ? null : apply(raw, s);
    o.score = score;

    DimensionResult.Builder b = DimensionResult.builder()
        .id(n.id).label(n.label)
        .minScore(n.lo).maxScore(n.hi)
        .completion(completion)
        .answeredShare(answeredShare)
        .answered(o.answered).dontKnow(o.dontKnow).notApplicable(o.notApplicable)
        .notAnswered(o.notAnswered).hidden(o.hidden);
    if (score != null) {
      b.score(score).displayScore(score.toBigDecimal(s.decimals));
      Band band = null;
      for (int i = 0; i < n.bandSlots.length; i++) {
        Band candidate = n.bandSlots[i];
        if (inBand(candidate, score.compareTo(n.bandLowers[i]), score.compareTo(n.bandUppers[i]))) {
          band = candidate;
          break;
        }
      }
      if (band != null) {
        b.band(band);
      } else if (!n.bands.isEmpty()) {
        run.findings.add(ScoringProblem.NO_BAND.at(
            n == root ? "/bands" : n.pointer + "/bands", score.toBigDecimal(s.decimals), n.id));
      }
    } else {
      b.notScorableBecause(o.notScorableBecause);
    }
    if (explain) {
      for (int k = 0; k < scores.length; k++) {
        Contribution.Builder c = contributions[k];
        if (scores[k] == null) {
          c.included(false).share(Rational.ZERO).points(Rational.ZERO);
        } else if (score == null) {
          c.included(false).share(Rational.ZERO).points(Rational.ZERO)
              .excludedBecause("the dimension is not scorable");
        } else {
          c.included(true)
              .share(shares[k] == null ? Rational.ZERO : shares[k])
              .points(points[k] == null ? Rational.ZERO : points[k]);
        }
        b.addContribution(c.build());
      }
    }
    DimensionResult result = b.build();
    run.results[n.index] = result;
    return result;
  }

  /**
   * Aggregates the included slots (non-null scores); fills points and shares when they are given;
   * null if the weights sum to zero.
   */
  private static Rational aggregate(Settings s, Node n, Rational[] scores, Rational[] points,
      Rational[] shares) {
    Rational[] weights = n.weights;
    boolean explain = points != null;
    Rational.Sum included = new Rational.Sum();
    for (int k = 0; k < scores.length; k++) {
      if (scores[k] != null) {
        included.add(weights[k]);
      }
    }
    Rational weightSum = included.value();
    if (s.normalize) {
      Rational reach = Rational.ZERO;
      Rational got = Rational.ZERO;
      for (int k = 0; k < scores.length; k++) {
        if (scores[k] != null) {
          reach = reach.plus(weights[k].times(n.his[k].minus(n.los[k])));
          got = got.plus(weights[k].times(scores[k].minus(n.los[k])));
        }
      }
      if (reach.signum() == 0) {
        return null;
      }
      if (explain) {
        for (int k = 0; k < scores.length; k++) {
          if (scores[k] != null) {
            shares[k] = weightSum.signum() == 0 ? Rational.ZERO : weights[k].dividedBy(weightSum);
            points[k] = Rational.HUNDRED.times(weights[k]).times(scores[k].minus(n.los[k])).dividedBy(reach);
          }
        }
      }
      return Rational.HUNDRED.times(got).dividedBy(reach);
    }
    switch (s.aggregation) {
      case WEIGHTED_SUM: {
        Rational.Sum sum = new Rational.Sum();
        for (int k = 0; k < scores.length; k++) {
          if (scores[k] != null) {
            if (explain) {
              points[k] = weights[k].times(scores[k]);
              shares[k] = weightSum.signum() == 0 ? Rational.ZERO : weights[k].dividedBy(weightSum);
            }
            sum.addProduct(weights[k], scores[k]);
          }
        }
        return sum.value();
      }
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
        if (best < 0) {
          return null;
        }
        if (explain) {
          for (int k = 0; k < scores.length; k++) {
            if (scores[k] != null) {
              shares[k] = k == best ? Rational.ONE : Rational.ZERO;
              points[k] = k == best ? scores[k] : Rational.ZERO;
            }
          }
        }
        return scores[best];
      }
      case SHARE_MEETING: {
        if (weightSum.signum() == 0) {
          return null;
        }
        Rational met = Rational.ZERO;
        for (int k = 0; k < scores.length; k++) {
          if (scores[k] != null) {
            Rational share = weights[k].dividedBy(weightSum);
            boolean meets = s.threshold != null && scores[k].compareTo(s.threshold) >= 0;
            Rational p = meets ? share : Rational.ZERO;
            if (explain) {
              shares[k] = share;
              points[k] = p;
            }
            met = met.plus(p);
          }
        }
        return met;
      }
      default: {
        if (weightSum.signum() == 0) {
          return null;
        }
        Rational.Sum sum = new Rational.Sum();
        for (int k = 0; k < scores.length; k++) {
          if (scores[k] != null) {
            if (explain) {
              shares[k] = weights[k].dividedBy(weightSum);
              points[k] = shares[k].times(scores[k]);
            }
            sum.addProduct(weights[k], scores[k]);
          }
        }
        return sum.value().dividedBy(weightSum);
      }
    }
  }

  /**
   * Tells whether a band contains a score, exactly.
   *
   * @param b a band
   * @param score a score
   * @return true if the score lies in the band
   */
  public static boolean contains(Band b, Rational score) {
    return inBand(b, score.compareTo(b.lower()), score.compareTo(b.upper()));
  }

  /** Whether a score that compares so with a band's ends lies in the band. */
  private static boolean inBand(Band b, int lo, int hi) {
    return (lo > 0 || (lo == 0 && b.lowerInclusive())) && (hi < 0 || (hi == 0 && b.upperInclusive()));
  }
}
