package dev.selfcheck.scoring.internal;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Improvement;
import dev.selfcheck.scoring.ImprovementPotential;
import dev.selfcheck.scoring.Rational;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/*
 * Improvement potential, read from the evaluation.
 *
 * The response is evaluated once (Kernel.evaluate into a Work). For each node the finder reads
 * from the Work what its aggregation adds up over the included slots (an Agg): the weighted sum
 * and the weights (the spans when normalised), the weight meeting the threshold, the best and the
 * second best slot score of a minimum or maximum, how many slots are included, and for prorating
 * the applicable and the answered question weight. A candidate answer changes one slot of its
 * question's node: the node's new score is the aggregate with that slot's part replaced, then
 * rescaled and clamped (CompiledQuestionnaire.apply); that moves one slot of the parent, and so on
 * up to the total, with the counts (answered, applicable) moved along for the minimum answered
 * share. A candidate costs a few exact operations per level, and every dimension's gain is read
 * off the same walk, so the improvements of every dimension grow linearly with the questionnaire.
 *
 * Rescoring remains only where a local step cannot know the answer. A candidate is rescored (its
 * answer put into the cells, the evaluator run once, its nodes read from that evaluation):
 *   - in full when a visibility condition reads the question's answer, since the change may show
 *     or hide other questions;
 *   - from the first node on its path whose scorability the change would flip (nothing included,
 *     too few answered for the minimum share, zero weight; either way round).
 * Everything else (every aggregation, missing policy, normalisation, rescale and clamp) is exact
 * locally, in Rationals.
 *
 * The plan to the next band is greedy: at each step the change with the largest gain among the
 * questions not yet changed (ties: the earlier question, then the earlier candidate), until the
 * score lies in the next band or higher, or no change helps. When gains are independent and
 * additive (a weighted sum, or a weighted mean whose answered set does not change) this needs the
 * fewest changes; otherwise it is a good plan, not a proven minimum. After a step the response is
 * evaluated again and only the gains that may have moved are computed again: those of questions
 * below a node whose included set, prorating weights or counts (under a minimum share) changed;
 * those whose own walk passes a changed node where it is not linear (a minimum, maximum or
 * share-meeting aggregation, a clamp, or their own node when their answer would change the
 * included set); those that were rescored; and all of them when a visibility condition reads the
 * changed question or any node's scorability changed. A kept gain is still exact: through linear
 * nodes a change moves the score by the same amount whatever the other slots hold.
 */
/** Finds the answer changes that raise a dimension's score most. */
public final class ImprovementFinder {

  private final CompiledQuestionnaire compiled;
  private final Kernel kernel;
  /** Per question: the index of the node that scores it and its item position there; -1 if none. */
  private final int[] nodeOf;
  private final int[] itemOf;
  /** Per node: its parent's index (-1 for the total) and its slot among the parent's slots. */
  private final int[] parentOf;
  private final int[] slotInParent;
  /** Per node: its distance from the total. */
  private final int[] depth;
  /** Per node: the scored questions below it, its own first, then each sub-dimension's. */
  private final int[][] under;
  /** Per node: whether a change passes it other than linearly (extremes, share meeting, clamp). */
  private final boolean[] nonlinear;

  /**
   * A finder.
   *
   * @param compiled the compiled questionnaire
   */
  public ImprovementFinder(CompiledQuestionnaire compiled) {
    this.compiled = compiled;
    this.kernel = compiled.kernel();
    int nodes = kernel.nodeCount();
    nodeOf = new int[kernel.questionCount()];
    itemOf = new int[kernel.questionCount()];
    Arrays.fill(nodeOf, -1);
    parentOf = new int[nodes];
    slotInParent = new int[nodes];
    depth = new int[nodes];
    under = new int[nodes][];
    nonlinear = new boolean[nodes];
    Arrays.fill(parentOf, -1);
    for (int n = 0; n < nodes; n++) {
      Kernel.KNode p = kernel.node(n);
      for (int k = 0; k < p.items; k++) {
        nodeOf[p.itemQuestion[k]] = n;
        itemOf[p.itemQuestion[k]] = k;
      }
      for (int j = 0; j < p.children.length; j++) {
        parentOf[p.children[j].index] = n;
        slotInParent[p.children[j].index] = p.items + j;
      }
      nonlinear[n] = p.min != null || p.max != null || (!p.normalize
          && (p.aggregation == Aggregation.MINIMUM || p.aggregation == Aggregation.MAXIMUM
          || p.aggregation == Aggregation.SHARE_MEETING));
    }
    collect(nodes - 1, 0);
  }

  private int[] collect(int n, int d) {
    Kernel.KNode p = kernel.node(n);
    depth[n] = d;
    List<int[]> parts = new ArrayList<>();
    int size = p.items;
    for (Kernel.KNode c : p.children) {
      int[] part = collect(c.index, d + 1);
      parts.add(part);
      size += part.length;
    }
    int[] all = Arrays.copyOf(p.itemQuestion, size);
    int at = p.items;
    for (int[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    under[n] = all;
    return all;
  }

  /**
   * Finds the improvement potential of one dimension.
   *
   * @param response the response
   * @param dimension a dimension id or the total's id
   * @return the potential
   * @throws IllegalArgumentException if there is no such dimension
   */
  public ImprovementPotential find(Response response, String dimension) {
    Assessment base = compiled.score(response, false);
    base.dimension(dimension)
        .orElseThrow(() -> new IllegalArgumentException("no dimension '" + dimension + "'"));
    return potential(new Session(response), base, kernel.dimensionIds().indexOf(dimension));
  }

  /**
   * Finds the improvement potential of every dimension (parents first, in document order) and of
   * the total (last), from one evaluation.
   *
   * @param response the response
   * @return one potential per dimension
   */
  public List<ImprovementPotential> findAll(Response response) {
    Assessment base = compiled.score(response, false);
    Session s = new Session(response);
    List<ImprovementPotential> out = new ArrayList<>();
    for (int d = 0; d < kernel.nodeCount(); d++) {
      out.add(potential(s, base, d));
    }
    return out;
  }

  private ImprovementPotential potential(Session s, Assessment base, int d) {
    String dimension = kernel.dimensionIds().get(d);
    DimensionResult current = base.dimension(dimension).orElseThrow();
    Rational start = current.score().orElse(current.minScore());
    int[] questions = visible(s, under[d]);
    Change[] first = new Change[questions.length];
    boolean[] rescored = new boolean[questions.length];
    List<Improvement> best = new ArrayList<>();
    for (int i = 0; i < questions.length; i++) {
      Options o = s.options(questions[i], -1);
      first[i] = o.best(pos(questions[i], d), start);
      rescored[i] = o.rescoredBelow(pos(questions[i], d));
      if (first[i] != null) {
        best.add(first[i].improvement(s.response, start));
      }
    }
    best.sort(Comparator.comparing(Improvement::gain).reversed());

    Optional<Band> next = nextBand(compiled.questionnaire().bandsOf(dimension), current.score());
    List<Improvement> plan = new ArrayList<>();
    boolean reached = next.isPresent() && plan(s, d, questions, first, rescored, start, next.get(), plan);
    if (!reached) {
      plan.clear();
    }
    return ImprovementPotential.builder()
        .dimension(dimension)
        .score(current.score())
        .band(current.band())
        .bestChanges(best)
        .nextBand(next)
        .planToNextBand(plan)
        .nextBandReachable(reached)
        .build();
  }

  /** The questions that were visible in the evaluated response, in the given order. */
  private static int[] visible(Session s, int[] questions) {
    int[] out = new int[questions.length];
    int n = 0;
    for (int q : questions) {
      if (s.visibleAtStart[q]) {
        out[n++] = q;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The position of a node on a question's path (its own node 0); the node is an ancestor. */
  private int pos(int q, int node) {
    return depth[nodeOf[q]] - depth[node];
  }

  /**
   * The greedy plan (see the class comment) into plan.
   *
   * @return whether it reaches the next band
   */
  private boolean plan(Session base, int d, int[] questions, Change[] first, boolean[] rescoredAtStart,
      Rational start, Band next, List<Improvement> plan) {
    Session s = base.copy();
    Change[] best = first.clone();
    boolean[] rescored = rescoredAtStart.clone();
    boolean[] changed = new boolean[questions.length];
    int nodes = kernel.nodeCount();
    boolean[] scorableBefore = new boolean[nodes];
    boolean[] denMoved = new boolean[nodes];
    boolean[] numMoved = new boolean[nodes];
    Rational score = start;
    while (true) {
      int pick = -1;
      for (int i = 0; i < best.length; i++) {
        if (best[i] != null && (pick < 0 || best[i].gain.compareTo(best[pick].gain) > 0)) {
          pick = i;
        }
      }
      if (pick < 0) {
        return false;
      }
      Change step = best[pick];
      Improvement done = step.improvement(base.response, score);
      plan.add(done);
      changed[pick] = true;
      best[pick] = null;
      score = done.scoreAfter();
      if (reaches(next, score)) {
        return true;
      }
      int q = questions[pick];
      Work w = s.w;
      Kernel.KNode own = kernel.node(nodeOf[q]);
      int slot = own.slotBase + itemOf[q];
      byte stateBefore = w.slotState[slot];
      boolean inBefore = w.included[slot];
      System.arraycopy(w.scorable, 0, scorableBefore, 0, nodes);
      s.answer(q, step.value);
      boolean all = kernel.steersVisibility(q) || !Arrays.equals(scorableBefore, w.scorable);
      boolean countsMoved = stateBefore == Cells.NOT_APPLICABLE
          || (stateBefore == Cells.ANSWERED) != (w.slotState[slot] == Cells.ANSWERED);
      Arrays.fill(denMoved, false);
      Arrays.fill(numMoved, false);
      denMoved[own.index] = countsMoved || inBefore != w.included[slot];
      s.forget(all ? -1 : own.index);
      for (int a = own.index; a >= 0; a = parentOf[a]) {
        numMoved[a] = true;
        denMoved[a] |= countsMoved && kernel.node(a).minShare != null;
      }
      for (int i = 0; i < questions.length; i++) {
        if (!changed[i] && (all || rescored[i] || moved(s, questions[i], d, denMoved, numMoved))) {
          Options o = s.options(questions[i], pos(questions[i], d));
          best[i] = o.best(pos(questions[i], d), score);
          rescored[i] = o.rescoredBelow(pos(questions[i], d));
        }
      }
    }
  }

  /** Whether a question's gain for dimension d may have moved with the marked nodes. */
  private boolean moved(Session s, int q, int d, boolean[] denMoved, boolean[] numMoved) {
    int top = pos(q, d);
    int reach = s.stable(q) ? -1 : 0;
    int a = nodeOf[q];
    for (int i = 0; i <= top; i++) {
      if (nonlinear[a]) {
        reach = i;
      }
      a = parentOf[a];
    }
    a = nodeOf[q];
    for (int i = 0; i <= top; i++) {
      if (denMoved[a] || (numMoved[a] && i <= reach)) {
        return true;
      }
      a = parentOf[a];
    }
    return false;
  }

  // ------------------------------------------------------------------ band containment

  /*
   * Band containment for the plan; the single call sites to fold into the one home of band
   * containment.
   */

  /** Whether a score lies at or above a band's lower end. */
  private static boolean reaches(Band band, Rational score) {
    int c = score.compareTo(band.lower());
    return c > 0 || (c == 0 && band.lowerInclusive());
  }

  /** The band with the smallest lower end above a score (or the lowest band if no score). */
  private static Optional<Band> nextBand(List<Band> bands, Optional<Rational> current) {
    Rational score = current.orElse(null);
    Band next = null;
    for (Band b : bands) {
      boolean above = score == null || !reaches(b, score);
      if (above && (next == null || b.lower().compareTo(next.lower()) < 0)) {
        next = b;
      }
    }
    return Optional.ofNullable(next);
  }

  // ------------------------------------------------------------------ one response

  /** One candidate answer of a question and its gain for one dimension. */
  private static final class Change {
    final String question;
    final AnswerValue value;
    final Rational gain;

    Change(String question, AnswerValue value, Rational gain) {
      this.question = question;
      this.value = value;
      this.gain = gain;
    }

    Improvement improvement(Response response, Rational from) {
      String id = question;
      return Improvement.builder()
          .question(id)
          .currentAnswer(Optional.ofNullable(response.answers().get(id)))
          .betterAnswer(Answer.of(value))
          .gain(gain)
          .scoreAfter(from.plus(gain))
          .build();
    }
  }

  /** A question's candidate answers and each one's scores along the question's path. */
  private final class Options {
    final int question;
    final AnswerValue[] values;
    /** Per candidate and path position: the node's score after the change; null if none. */
    final Rational[][] after;
    /** Per candidate: the path position from which its scores were rescored. */
    final int[] rescoredFrom;
    Options(int question, AnswerValue[] values, int length) {
      this.question = question;
      this.values = values;
      this.after = new Rational[values.length][length];
      this.rescoredFrom = new int[values.length];
    }

    /**
     * The candidate with the largest positive gain at a path position, or null.
     *
     * @param at the dimension's position on the question's path
     * @param from the dimension's score now (its lowest score if it has none)
     */
    Change best(int at, Rational from) {
      Change best = null;
      for (int c = 0; c < values.length; c++) {
        Rational to = after[c][at];
        if (to == null) {
          continue;
        }
        Rational gain = to.minus(from);
        if (gain.signum() > 0 && (best == null || gain.compareTo(best.gain) > 0)) {
          best = new Change(kernel.questions().get(question).id(), values[c], gain);
        }
      }
      return best;
    }

    boolean rescoredBelow(int at) {
      for (int r : rescoredFrom) {
        if (r <= at) {
          return true;
        }
      }
      return false;
    }
  }

  private int nodeAt(int q, int at) {
    int n = nodeOf[q];
    for (int i = 0; i < at; i++) {
      n = parentOf[n];
    }
    return n;
  }

  /** What a node's aggregation adds up over its included slots. */
  private static final class Agg {
    int included;
    Rational num = Rational.ZERO;
    Rational den = Rational.ZERO;
    Rational applicable = Rational.ZERO;
    Rational answered = Rational.ZERO;
    int bestSlot = -1;
    Rational best;
    Rational second;
  }

  /** One response's cells and evaluation, with the aggregates read from it on demand. */
  private final class Session {
    final Response response;
    final Cells cells;
    final Work w = kernel.newWork();
    final boolean foreign;
    final boolean[] visibleAtStart;
    final Agg[] agg = new Agg[kernel.nodeCount()];
    final Options[] options;
    /** Per question: 0 not known yet, 1 stable, 2 not (see stable). */
    final byte[] stable = new byte[kernel.questionCount()];
    Work scratch;

    Session(Response response) {
      this.response = response;
      this.cells = new Cells(kernel.questionCount());
      kernel.bind(response, cells);
      this.foreign = !response.questionnaireId().equals(kernel.questionnaire().id());
      kernel.evaluate(cells, w, foreign);
      visibleAtStart = new boolean[kernel.questionCount()];
      for (int q = 0; q < visibleAtStart.length; q++) {
        visibleAtStart[q] = nodeOf[q] >= 0 && w.visible(q);
      }
      options = new Options[kernel.questionCount()];
    }

    private Session(Session from) {
      this.response = from.response;
      this.cells = new Cells(kernel.questionCount());
      System.arraycopy(from.cells.state, 0, cells.state, 0, cells.state.length);
      System.arraycopy(from.cells.choice, 0, cells.choice, 0, cells.choice.length);
      System.arraycopy(from.cells.value, 0, cells.value, 0, cells.value.length);
      this.foreign = from.foreign;
      this.visibleAtStart = from.visibleAtStart;
      kernel.evaluate(cells, w, foreign);
      this.options = null;
    }

    /** @return a session of the same answers whose answers may be changed */
    Session copy() {
      return new Session(this);
    }

    /** Answers a question and evaluates again. */
    void answer(int q, AnswerValue v) {
      put(cells, q, v);
      kernel.evaluate(cells, w, foreign);
    }

    /** Forgets the aggregates of a node and its ancestors, or of every node if node is -1. */
    void forget(int node) {
      if (node < 0) {
        Arrays.fill(agg, null);
        Arrays.fill(stable, (byte) 0);
      }
      for (int a = node; a >= 0; a = parentOf[a]) {
        agg[a] = null;
      }
    }

    private void put(Cells c, int q, AnswerValue v) {
      c.state[q] = Cells.ANSWERED;
      c.choice[q] = kernel.choiceOf(q, v);
      c.value[q] = v;
    }

    /** Whether no candidate of a question changes its node's included set or counts. */
    boolean stable(int q) {
      if (stable[q] == 0) {
        stable[q] = (byte) (isStable(q) ? 1 : 2);
      }
      return stable[q] == 1;
    }

    private boolean isStable(int q) {
      Kernel.KNode p = kernel.node(nodeOf[q]);
      int k = itemOf[q];
      if (w.slotState[p.slotBase + k] != Cells.ANSWERED) {
        return false;
      }
      for (AnswerValue v : candidates(q)) {
        if (itemScore(p, k, kernel.choiceOf(q, v), v) == null) {
          return false;
        }
      }
      return true;
    }

    AnswerValue[] candidates(int q) {
      Answer old = response.answers().get(kernel.questions().get(q).id());
      AnswerValue current = old == null ? null : old.value().orElse(null);
      return kernel.node(nodeOf[q]).scorers[itemOf[q]].candidates(current).toArray(new AnswerValue[0]);
    }

    /**
     * A question's options with their scores up to a path position (-1: up to the total); kept
     * for the full path of an unchanged session.
     */
    Options options(int q, int upTo) {
      if (options != null && options[q] != null) {
        return options[q];
      }
      int top = upTo < 0 ? depth[nodeOf[q]] : upTo;
      Options o = new Options(q, candidates(q), top + 1);
      for (int c = 0; c < o.values.length; c++) {
        o.rescoredFrom[c] = effect(q, o.values[c], o.after[c], top);
      }
      if (options != null && upTo < 0) {
        options[q] = o;
      }
      return o;
    }

    private Agg agg(int n) {
      if (agg[n] == null) {
        agg[n] = aggregate(kernel.node(n), w);
      }
      return agg[n];
    }

    /**
     * The scores of the nodes on a question's path, positions 0 to top, after answering it with
     * v, into after.
     *
     * @return the position from which they were rescored; top + 1 if none was
     */
    int effect(int q, AnswerValue v, Rational[] after, int top) {
      int n = nodeOf[q];
      Kernel.KNode p = kernel.node(n);
      int k = itemOf[q];
      int slot = p.slotBase + k;
      if (kernel.steersVisibility(q)) {
        rescore(q, v, after, 0, top);
        return 0;
      }
      byte oldState = w.slotState[slot];
      boolean oldIn;
      boolean newIn;
      Rational oldV;
      Rational newV;
      int dAnswered;
      int dApplicable;
      Rational dApplicableWeight = Rational.ZERO;
      Rational dAnsweredWeight = Rational.ZERO;
      if (oldState == Work.HIDDEN) {
        oldIn = newIn = false;
        oldV = newV = null;
        dAnswered = dApplicable = 0;
      } else {
        Rational score = itemScore(p, k, kernel.choiceOf(q, v), v);
        boolean newAnswered = score != null;
        boolean oldAnswered = oldState == Cells.ANSWERED;
        oldIn = w.included[slot];
        oldV = oldIn ? kernel.slotScore(w, p, k) : null;
        newIn = newAnswered || p.countAs;
        newV = newAnswered ? score : p.countAs ? p.missingScore.value() : null;
        dAnswered = (newAnswered ? 1 : 0) - (oldAnswered ? 1 : 0);
        dApplicable = oldState == Cells.NOT_APPLICABLE ? 1 : 0;
        if (p.prorate) {
          Rational weight = p.weight[k].value();
          dApplicableWeight = dApplicable == 1 ? weight : Rational.ZERO;
          dAnsweredWeight = dAnswered == 0 ? Rational.ZERO : dAnswered > 0 ? weight : weight.negate();
        }
      }
      int at = k;
      for (int i = 0; i <= top; i++) {
        boolean same = oldIn == newIn && (!oldIn || oldV.compareTo(newV) == 0);
        if (same && dAnswered == 0 && dApplicable == 0) {
          for (; i <= top; i++) {
            after[i] = w.score(n);
            n = parentOf[n];
          }
          return top + 1;
        }
        Kernel.KNode a = kernel.node(n);
        Agg g = agg(n);
        int answered = w.answered[n] + dAnswered;
        int applicable = w.answered[n] + w.dontKnow[n] + w.notAnswered[n] + dApplicable;
        int included = g.included - (oldIn ? 1 : 0) + (newIn ? 1 : 0);
        Rational pre = included == 0 || Kernel.tooFewAnswered(a, answered, applicable) ? null
            : pre(a, g, at, oldIn, oldV, newIn, newV, dApplicableWeight, dAnsweredWeight);
        boolean scorable = pre != null;
        if (scorable != w.scorable[n]) {
          rescore(q, v, after, i, top);
          return i;
        }
        Rational now = scorable ? CompiledQuestionnaire.apply(pre, a.node.settings) : null;
        after[i] = now;
        oldIn = w.scorable[n];
        oldV = w.score(n);
        newIn = scorable;
        newV = now;
        dApplicableWeight = Rational.ZERO;
        dAnsweredWeight = Rational.ZERO;
        at = slotInParent[n];
        n = parentOf[n];
      }
      return top + 1;
    }

    /** Scores the cells with one answer changed, reading the path's nodes from position from. */
    private void rescore(int q, AnswerValue v, Rational[] after, int from, int top) {
      byte state = cells.state[q];
      int choice = cells.choice[q];
      AnswerValue value = cells.value[q];
      put(cells, q, v);
      if (scratch == null) {
        scratch = kernel.newWork();
      }
      kernel.evaluate(cells, scratch, foreign);
      cells.state[q] = state;
      cells.choice[q] = choice;
      cells.value[q] = value;
      int n = nodeAt(q, from);
      for (int i = from; i <= top; i++) {
        after[i] = scratch.score(n);
        n = parentOf[n];
      }
    }
  }

  /** The item score of a candidate answer (its choice index o, or its value); null if none. */
  private static Rational itemScore(Kernel.KNode p, int k, int o, AnswerValue v) {
    Exact[] table = p.optionScores[k];
    if (table == null) {
      return p.scorers[k].score(v);
    }
    return o < 0 || o >= table.length || table[o] == null ? null : table[o].value();
  }

  private static boolean extreme(Kernel.KNode p) {
    return !p.normalize
        && (p.aggregation == Aggregation.MINIMUM || p.aggregation == Aggregation.MAXIMUM);
  }

  /** A slot's part of a node's sum: weight × score (less weight × lowest when normalised). */
  private static Rational part(Kernel.KNode p, int k, Rational score) {
    if (p.normalize) {
      return p.weight[k].value().times(score).minus(p.weightedLo[k].value());
    }
    if (p.aggregation == Aggregation.SHARE_MEETING) {
      return p.threshold != null && score.compareTo(p.threshold.value()) >= 0
          ? p.weight[k].value() : Rational.ZERO;
    }
    return p.weight[k].value().times(score);
  }

  /** A slot's part of a node's divisor: its span when normalised, else its weight. */
  private static Rational divisor(Kernel.KNode p, int k) {
    return p.normalize ? p.span[k].value() : p.weight[k].value();
  }

  /** Reads what a node's aggregation adds up over its included slots. */
  private Agg aggregate(Kernel.KNode p, Work w) {
    Agg g = new Agg();
    boolean extreme = extreme(p);
    boolean minimum = p.aggregation == Aggregation.MINIMUM;
    for (int k = 0; k < p.weight.length; k++) {
      if (!w.included[p.slotBase + k]) {
        continue;
      }
      g.included++;
      Rational v = kernel.slotScore(w, p, k);
      if (!extreme) {
        g.num = g.num.plus(part(p, k, v));
        g.den = g.den.plus(divisor(p, k));
      } else if (p.weight[k].signum() != 0) {
        if (g.best == null || better(v, g.best, minimum)) {
          g.second = g.best;
          g.best = v;
          g.bestSlot = k;
        } else if (g.second == null || better(v, g.second, minimum)) {
          g.second = v;
        }
      }
    }
    if (p.prorate) {
      g.applicable = w.applicableWeight[p.index].value();
      g.answered = w.answeredWeight[p.index].value();
    }
    return g;
  }

  private static boolean better(Rational v, Rational than, boolean minimum) {
    int c = v.compareTo(than);
    return minimum ? c < 0 : c > 0;
  }

  /**
   * A node's aggregate before rescale and clamp with one slot changed; null if the weights leave
   * no score (as Kernel.aggregate and the prorating step of Kernel.evaluate).
   */
  private static Rational pre(Kernel.KNode p, Agg g, int k, boolean oldIn, Rational oldV,
      boolean newIn, Rational newV, Rational dApplicable, Rational dAnswered) {
    if (extreme(p)) {
      if (p.weight[k].signum() == 0) {
        return g.best;
      }
      Rational others = oldIn && g.bestSlot == k ? g.second : g.best;
      if (!newIn) {
        return others;
      }
      return others == null || better(newV, others, p.aggregation == Aggregation.MINIMUM)
          ? newV : others;
    }
    Rational num = g.num;
    Rational den = g.den;
    if (oldIn) {
      num = num.minus(part(p, k, oldV));
      den = den.minus(divisor(p, k));
    }
    if (newIn) {
      num = num.plus(part(p, k, newV));
      den = den.plus(divisor(p, k));
    }
    return combine(p, num, den, g.applicable.plus(dApplicable), g.answered.plus(dAnswered));
  }

  private static Rational combine(Kernel.KNode p, Rational num, Rational den, Rational applicable,
      Rational answered) {
    if (p.normalize) {
      return den.signum() == 0 ? null : num.times(Rational.HUNDRED).dividedBy(den);
    }
    if (p.aggregation == Aggregation.WEIGHTED_SUM) {
      return p.prorate && answered.signum() > 0 ? num.times(applicable).dividedBy(answered) : num;
    }
    return den.signum() == 0 ? null : num.dividedBy(den);
  }
}
