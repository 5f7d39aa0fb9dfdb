package dev.selfcheck.scoring.internal;

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
 * The response is evaluated once (Kernel.evaluate into a Work). For each node the finder asks the
 * kernel for what its aggregation adds up over the included slots (Kernel.sums, read once per
 * node). A candidate answer changes one slot of its question's node, and the change is walked up
 * to the total with the counts (answered, applicable) moved along for the minimum answered share.
 * At each node the kernel gives the effect of the one changed slot by its own aggregation and
 * post-processing (there is no second copy here): where the node's included set stays and it is
 * linear (a weighted mean or sum, normalised or not, share meeting, with a factor and offset but
 * no clamp) the change of its score, whatever the other slots hold (Kernel.slotChange);
 * elsewhere its score with that slot changed (Kernel.slotChanged). The walk carries
 * changes of score, not scores, so a total whose score is a large fraction costs no more. A
 * candidate costs a few exact operations per level, and every dimension's gain is read off the
 * same walk, so the improvements of every dimension grow linearly with the questionnaire.
 *
 * Rescoring remains only where a local step cannot know the answer. A candidate is rescored (its
 * answer put into the cells, the evaluator run once over a subtree, its nodes read from that
 * evaluation):
 *   - when a visibility condition reads the question's answer, since the change may show or hide
 *     other questions: the smallest subtree holding the question and those it shows or hides
 *     (directly or through them) is evaluated again, and the walk goes on from its node;
 *   - from the first node on its path whose scorability the change would flip (nothing included,
 *     too few answered for the minimum share, zero weight; either way round): the subtree of the
 *     dimension asked about.
 * Everything else (every aggregation, missing policy, normalisation, rescale and clamp) is exact
 * locally, in Rationals. ImprovementPropertyTest holds all of it to rescoring every candidate.
 *
 * The plan to the next band is greedy: at each step the change with the largest gain among the
 * questions not yet changed (ties: the earlier question, then the earlier candidate), until the
 * score lies in the next band or higher, or no change helps. When gains are independent and
 * additive (a weighted sum, or a weighted mean whose answered set does not change) this needs the
 * fewest changes; otherwise it is a good plan, not a proven minimum. After a step the dimension's
 * subtree is evaluated again and only the gains that may have moved are computed again: those of
 * questions below a node whose included set, prorating weights or counts (under a minimum share)
 * changed (for a question that shows or hides others: the nodes of those too); those whose walk
 * passes a changed node where it is not linear for them (a minimum, maximum or share-meeting
 * aggregation, a clamp, or their own node when their answer would change the included set, or
 * every node of a question that shows or hides others); those whose rescoring flipped a node on
 * their paths; and all of them when any node's scorability changed. A kept gain is still exact:
 * through linear nodes a change moves the score by the same amount whatever the other slots hold.
 * The plans of all dimensions share one session whose changed answers are put back after each.
 */
/** Finds the answer changes that raise a dimension's score most. */
public final class ImprovementFinder {

  /** How a question's gains were found: locally, rescored, or rescored with a flip. */
  private static final byte LOCAL = 0;
  private static final byte RESCORED = 1;
  private static final byte FLIPPED = 2;

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
  /** Per node: the last node index of its subtree (nodes are in preorder, the total last). */
  private final int[] last;
  /** Per node: the scored questions below it, its own first, then each sub-dimension's. */
  private final int[][] under;
  /** Per node: whether a change passes it other than linearly (extremes, share meeting, clamp). */
  private final boolean[] nonlinear;
  /**
   * Per question: the questions it shows or hides, directly or through them (empty if none), and
   * the nodes a change of it can touch: its own and theirs.
   */
  private final int[][] steered;
  private final int[][] region;
  /** Per question: the lowest node whose subtree holds its region (its own node if none). */
  private final int[] lca;

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
    last = new int[nodes];
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
      nonlinear[n] = p.rescale.nonlinear() || Kernel.extreme(p) || Kernel.thresholded(p);
    }
    collect(nodes - 1, 0);
    steered = new int[kernel.questionCount()][];
    lca = new int[kernel.questionCount()];
    region = new int[kernel.questionCount()][];
    for (int q = 0; q < steered.length; q++) {
      java.util.LinkedHashSet<Integer> reached = new java.util.LinkedHashSet<>();
      java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
      todo.add(q);
      while (!todo.isEmpty()) {
        for (int r : kernel.steers(todo.poll())) {
          if (r != q && reached.add(r)) {
            todo.add(r);
          }
        }
      }
      steered[q] = reached.stream().mapToInt(Integer::intValue).toArray();
      java.util.LinkedHashSet<Integer> touched = new java.util.LinkedHashSet<>();
      if (nodeOf[q] >= 0) {
        touched.add(nodeOf[q]);
      }
      for (int r : steered[q]) {
        if (nodeOf[r] >= 0) {
          touched.add(nodeOf[r]);
        }
      }
      region[q] = touched.stream().mapToInt(Integer::intValue).toArray();
      int low = nodeOf[q];
      for (int r : region[q]) {
        while (low >= 0 && !ancestor(low, r)) {
          low = parentOf[low];
        }
      }
      lca[q] = low < 0 ? nodes - 1 : low;
    }
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
    last[n] = p.children.length == 0 ? n : last[p.children[p.children.length - 1].index];
    if (n == kernel.nodeCount() - 1) {
      last[n] = n;
    }
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
    byte[] rescored = new byte[questions.length];
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
  private boolean plan(Session base, int d, int[] questions, Change[] first, byte[] rescoredAtStart,
      Rational start, Band next, List<Improvement> plan) {
    Session s = base.planning();
    try {
      return plan(s, base, d, questions, first, rescoredAtStart, start, next, plan);
    } finally {
      s.restore(base, d);
    }
  }

  private boolean plan(Session s, Session base, int d, int[] questions, Change[] first,
      byte[] rescoredAtStart, Rational start, Band next, List<Improvement> plan) {
    Change[] best = first.clone();
    byte[] rescored = rescoredAtStart.clone();
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
      s.answer(q, step.value, d);
      boolean all = !Arrays.equals(scorableBefore, w.scorable);
      boolean countsMoved = stateBefore == Cells.NOT_APPLICABLE
          || (stateBefore == Cells.ANSWERED) != (w.slotState[slot] == Cells.ANSWERED);
      Arrays.fill(denMoved, false);
      Arrays.fill(numMoved, false);
      s.forget(all ? -1 : own.index);
      for (int r : steered[q]) {
        s.stable[r] = 0;
      }
      for (int n : region[q]) {
        // the shown or hidden questions' nodes: their included sets and counts may have changed
        boolean counts = n != own.index || countsMoved;
        denMoved[n] |= counts || inBefore != w.included[slot];
        s.forget(n);
        for (int a = n; a >= 0; a = parentOf[a]) {
          numMoved[a] = true;
          denMoved[a] |= counts && (kernel.node(a).minShare != null || kernel.node(a).maxMissing >= 0);
        }
      }
      for (int i = 0; i < questions.length; i++) {
        if (!changed[i] && (all || moved(s, questions[i], rescored[i], d, denMoved, numMoved))) {
          Options o = s.options(questions[i], pos(questions[i], d));
          best[i] = o.best(pos(questions[i], d), score);
          rescored[i] = o.rescoredBelow(pos(questions[i], d));
        }
      }
    }
  }

  /**
   * Whether a question's gain for dimension d may have moved with the marked nodes. A locally
   * computed gain depends on the divisors of the nodes on its path and on the results of those
   * up to the highest one it passes other than linearly (its own node when its answer changes the
   * included set). A rescored gain likewise, over the paths of every node the change touches
   * (its own and those of the questions it shows or hides), whose included sets change; over
   * its whole paths if the rescoring flipped a node's scorability.
   */
  private boolean moved(Session s, int q, byte rescored, int d, boolean[] denMoved, boolean[] numMoved) {
    int[] nodes = rescored == LOCAL ? new int[] {nodeOf[q]} : region[q];
    boolean own = rescored != LOCAL || !s.stable(q);
    for (int start : nodes) {
      if (!ancestor(d, start)) {
        continue;
      }
      int top = depth[start] - depth[d];
      int reach = rescored == FLIPPED ? top : own ? 0 : -1;
      int a = start;
      for (int i = 0; i <= top; i++) {
        if (nonlinear[a]) {
          reach = Math.max(reach, i);
        }
        a = parentOf[a];
      }
      a = start;
      for (int i = 0; i <= top; i++) {
        if (denMoved[a] || (numMoved[a] && i <= reach)) {
          return true;
        }
        a = parentOf[a];
      }
    }
    return false;
  }

  /** Whether node a is node n or one of its ancestors. */
  private boolean ancestor(int a, int n) {
    for (int x = n; x >= 0; x = parentOf[x]) {
      if (x == a) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ bands (asked of Band)

  /** Whether a score lies at or above a band's lower end ({@link Band#liesAbove}, negated). */
  private static boolean reaches(Band band, Rational score) {
    return !band.liesAbove(score.compareTo(band.lower()));
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
    /**
     * Per candidate and path position: the node's change of score, or from the position it was
     * rescored from on its score after the change; null if it has none after.
     */
    final Rational[][] after;
    /** Per candidate: the path position from which its scores were rescored. */
    final int[] rescoredFrom;
    /** Whether a rescoring flipped the scorability of a node. */
    boolean flipped;
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
        Rational gain = rescoredFrom[c] <= at ? to.minus(from) : to;
        if (gain.signum() > 0 && (best == null || gain.compareTo(best.gain) > 0)) {
          best = new Change(kernel.questions().get(question).id(), values[c], gain);
        }
      }
      return best;
    }

    /** @return how the gains at a path position were found: LOCAL, RESCORED or FLIPPED */
    byte rescoredBelow(int at) {
      for (int r : rescoredFrom) {
        if (r <= at) {
          return flipped ? FLIPPED : RESCORED;
        }
      }
      return LOCAL;
    }
  }

  private int nodeAt(int q, int at) {
    int n = nodeOf[q];
    for (int i = 0; i < at; i++) {
      n = parentOf[n];
    }
    return n;
  }

  /** One response's cells and evaluation, with the aggregates read from it on demand. */
  private final class Session {
    final Response response;
    final Cells cells;
    final Work w = kernel.newWork();
    final boolean foreign;
    final boolean[] visibleAtStart;
    final Kernel.Sums[] agg = new Kernel.Sums[kernel.nodeCount()];
    final Options[] options;
    /** Per question: 0 not known yet, 1 stable, 2 not (see stable). */
    final byte[] stable = new byte[kernel.questionCount()];
    Work scratch;
    /** Whether the last rescoring flipped the scorability of a node. */
    boolean flippedLast;
    /** The session a plan changes answers in; the questions it changed. */
    private Session planning;
    private final List<Integer> touched = new ArrayList<>();

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
      cells.copyFrom(from.cells);
      this.foreign = from.foreign;
      this.visibleAtStart = from.visibleAtStart;
      kernel.evaluate(cells, w, foreign);
      this.options = null;
    }

    /** @return a session of the same answers whose answers a plan may change (one, reused) */
    Session planning() {
      if (planning == null) {
        planning = new Session(this);
      }
      return planning;
    }

    /** Answers a question and evaluates the subtree of a node again. */
    void answer(int q, AnswerValue v, int node) {
      put(cells, q, v);
      touched.add(q);
      kernel.evaluate(cells, w, foreign, node);
    }

    /** Puts back the answers of a session changed in the subtree of a node, and their results. */
    void restore(Session from, int node) {
      if (touched.isEmpty()) {
        return;
      }
      for (int q : touched) {
        cells.set(q, from.cells.state[q], from.cells.choice[q], from.cells.value[q]);
      }
      touched.clear();
      kernel.evaluate(cells, w, foreign, node);
      forget(-1);
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
      c.set(q, Cells.ANSWERED, kernel.choiceOf(q, v), v);
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
        o.flipped |= o.rescoredFrom[c] <= top && flippedLast;
      }
      if (options != null && upTo < 0) {
        options[q] = o;
      }
      return o;
    }

    private Kernel.Sums agg(int n) {
      if (agg[n] == null) {
        agg[n] = kernel.sums(kernel.node(n), w);
      }
      return agg[n];
    }

    /**
     * What answering a question with v does to the nodes on its path, positions 0 to top, into
     * after: below the returned position each node's change of score (null if it has no score
     * before or after); from it on, the rescored scores themselves.
     *
     * @return the position from which they were rescored; top + 1 if none was
     */
    int effect(int q, AnswerValue v, Rational[] after, int top) {
      int n = nodeOf[q];
      Kernel.KNode p = kernel.node(n);
      int k = itemOf[q];
      int slot = p.slotBase + k;
      if (kernel.anyTerms()) { // a term's condition may read any answer: rescore the path
        rescore(q, v, after, 0, top);
        return 0;
      }
      if (steered[q].length > 0) {
        return steer(q, v, after, top);
      }
      byte oldState = w.slotState[slot];
      boolean oldIn;
      boolean newIn;
      Rational oldV;
      Rational newV;
      Rational dV;
      int dAnswered;
      int dApplicable;
      Rational dApplicableWeight = Rational.ZERO;
      Rational dAnsweredWeight = Rational.ZERO;
      if (oldState == Work.HIDDEN) {
        oldIn = newIn = false;
        oldV = newV = dV = null;
        dAnswered = dApplicable = 0;
      } else {
        Rational score = itemScore(p, k, kernel.choiceOf(q, v), v);
        boolean newAnswered = score != null;
        boolean oldAnswered = oldState == Cells.ANSWERED;
        oldIn = w.included[slot];
        oldV = oldIn ? kernel.slotScore(w, p, k) : null;
        newIn = newAnswered || p.countAs;
        newV = newAnswered ? score : p.countAs ? p.missingScore.value() : null;
        dV = oldIn && newIn ? newV.minus(oldV) : null;
        dAnswered = (newAnswered ? 1 : 0) - (oldAnswered ? 1 : 0);
        dApplicable = oldState == Cells.NOT_APPLICABLE ? 1 : 0;
        if (p.prorate) {
          Rational weight = p.weight[k].value();
          dApplicableWeight = dApplicable == 1 ? weight : Rational.ZERO;
          dAnsweredWeight = dAnswered == 0 ? Rational.ZERO : dAnswered > 0 ? weight : weight.negate();
        }
      }
      return walk(q, v, after, top, 0, n, k, oldIn, newIn, oldV, newV, dV, dAnswered, dApplicable,
          dApplicableWeight, dAnsweredWeight);
    }

    /**
     * The effect of a question that shows or hides others: the smallest subtree holding it and
     * them is rescored, and the walk goes on from that subtree's node; every position holds a
     * score after the change.
     *
     * @return 0
     */
    private int steer(int q, AnswerValue v, Rational[] after, int top) {
      int l = lca[q];
      int at = depth[nodeOf[q]] - depth[l];
      if (at >= top) {
        rescore(q, v, after, 0, top);
        return 0;
      }
      rescore(q, v, after, 0, at);
      Work r = scratch;
      int dAnswered = r.answered[l] - w.answered[l];
      int dApplicable = r.answered[l] + r.dontKnow[l] + r.notAnswered[l]
          - w.answered[l] - w.dontKnow[l] - w.notAnswered[l];
      Rational oldV = w.score(l);
      Rational newV = r.score(l);
      Rational dV = oldV != null && newV != null ? newV.minus(oldV) : null;
      int from = walk(q, v, after, top, at + 1, parentOf[l], slotInParent[l], oldV != null, newV != null,
          oldV, newV, dV, dAnswered, dApplicable, Rational.ZERO, Rational.ZERO);
      int n = parentOf[l];
      for (int i = at + 1; i < from; i++) {
        if (after[i] != null) {
          after[i] = w.score(n).plus(after[i]);
        }
        n = parentOf[n];
      }
      return 0;
    }

    /**
     * Walks a slot's change up the path from position i0 (node n, slot at), as effect describes.
     *
     * @return the position from which the scores were rescored; top + 1 if none was
     */
    private int walk(int q, AnswerValue v, Rational[] after, int top, int i0, int n0, int at0,
        boolean oldIn0, boolean newIn0, Rational oldV0, Rational newV0, Rational dV0, int dAnswered,
        int dApplicable, Rational dApplicableWeight0, Rational dAnsweredWeight0) {
      int n = n0;
      int at = at0;
      boolean oldIn = oldIn0;
      boolean newIn = newIn0;
      Rational oldV = oldV0;
      // the node whose score oldV is, read only when needed (a total's may be a large fraction)
      int oldNode = -1;
      Rational newV = newV0;
      Rational dV = dV0;
      Rational dApplicableWeight = dApplicableWeight0;
      Rational dAnsweredWeight = dAnsweredWeight0;
      for (int i = i0; i <= top; i++) {
        boolean same = oldIn == newIn && (!oldIn || dV.signum() == 0);
        if (same && dAnswered == 0 && dApplicable == 0) {
          for (; i <= top; i++) {
            after[i] = w.scorable[n] ? Rational.ZERO : null;
            n = parentOf[n];
          }
          return top + 1;
        }
        Kernel.KNode a = kernel.node(n);
        Kernel.Sums g = agg(n);
        int answered = w.answered[n] + dAnswered;
        int applicable = w.answered[n] + w.dontKnow[n] + w.notAnswered[n] + dApplicable;
        boolean tooFew = Kernel.tooFewAnswered(a, answered, applicable);
        Rational change;
        boolean scorable;
        if (oldIn && newIn && w.scorable[n] && !Kernel.extreme(a) && !a.rescale.nonlinear()) {
          // the included set stays: the score moves by the slot's change, whatever the others hold
          scorable = !tooFew;
          if (oldV == null && Kernel.thresholded(a)) {
            oldV = w.score(oldNode);
          }
          change = kernel.slotChange(a, g, at, oldV, dV);
        } else {
          if (oldV == null && oldNode >= 0) {
            oldV = w.score(oldNode);
          }
          if (newIn && newV == null) {
            newV = oldV.plus(dV);
          }
          Rational changed = tooFew ? null
              : kernel.slotChanged(a, g, at, oldIn, oldV, newIn, newV, dApplicableWeight, dAnsweredWeight);
          scorable = changed != null;
          change = scorable && w.scorable[n] ? changed.minus(w.score(n)) : null;
        }
        if (scorable != w.scorable[n]) {
          rescore(q, v, after, i, top);
          return i;
        }
        after[i] = change;
        oldIn = scorable;
        newIn = scorable;
        oldV = null;
        oldNode = n;
        newV = null;
        dV = change;
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
      int root = nodeAt(q, top);
      kernel.evaluate(cells, scratch, foreign, root);
      // only the subtree was evaluated
      int first = root == kernel.nodeCount() - 1 ? 0 : root;
      flippedLast = !Arrays.equals(scratch.scorable, first, last[root] + 1, w.scorable, first, last[root] + 1);
      cells.set(q, state, choice, value);
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
}
