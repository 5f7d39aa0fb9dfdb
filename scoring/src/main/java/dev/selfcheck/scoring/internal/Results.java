package dev.selfcheck.scoring.internal;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.Rational;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/*
 * What an Assessment is a view of: the evaluator's results for one response, copied out of the
 * per-thread Work into a few small arrays (per node: why not scorable, the score as two longs, the
 * band and the counts; per rule whether it holds), so that nothing is shared with the next
 * evaluation. The DimensionResults, recommendations (with their reasons) and findings are read
 * from these arrays (and the response, which is let go then) by CompiledQuestionnaire only when
 * first asked for, once, under this object's lock, and published through a volatile field of
 * final fields.
 *
 * When explaining, the slots are copied too (each slot's state and the score it was included
 * with, whether imputed, the prorating weights and which questions are visible), because
 * contributions and rule reasons are read from them; without explanations only the slot states
 * are kept, and only when an answer could not be scored (its finding names it).
 */
/** The results of one evaluation, immutable, from which an assessment is read when asked. */
public final class Results {

  final CompiledQuestionnaire compiled;
  /** Gives the response, until the parts are read (then null, so that the view does not keep it). */
  private Supplier<Response> response;
  private final Respondent respondent;
  final boolean explain;
  final boolean foreign;
  /**
   * Whether an answer might draw a validation finding (Kernel.bind): then, or when the response
   * itself calls for it, the response is validated into the findings.
   */
  final boolean suspect;

  // per node, as in Work
  final byte[] why;
  final int[] band;
  final int[] answered;
  final int[] dontKnow;
  final int[] notApplicable;
  final int[] notAnswered;
  final int[] hidden;
  /** Per node: the score's numerator and denominator (at 2i and 2i + 1), unless in big. */
  private final long[] score;
  /** Per node: the score once it outgrew the longs; null if no score did. */
  private final Rational[] big;
  /** Per scorable node that converts its score by a table: the raw score; null if none does. */
  final Rational[] raw;
  /** Per scorable node that rounds its score, explaining only: the score before rounding. */
  final Rational[] unrounded;

  // per rule, and per recommendation whether it fired
  final boolean[] holds;
  final boolean[] recommended;
  /** Per conditional term of the condition program: whether its condition held. */
  final boolean[] termHeld;
  /** Per count of the condition program: how many of its questions passed its test. */
  final int[] countValue;

  // per slot: the states when explaining or when an answer cannot be scored, else null
  final byte[] slotState;
  // explaining only, else null
  final boolean[] imputed;
  /**
   * Per slot: the score it was included with, as numerator and denominator (at 2s and 2s + 1; a
   * denominator of 0 if it was left out), unless in slotBig; made a Rational when read.
   */
  private final long[] slotScore;
  private final Rational[] slotBig;
  final Rational[] applicableWeight;
  final Rational[] answeredWeight;
  final Set<String> visible;

  private volatile Read read;

  Results(CompiledQuestionnaire compiled, Supplier<Response> response, Respondent respondent,
      boolean explain, boolean suspect, Work w) {
    Kernel kernel = w.kernel;
    this.compiled = compiled;
    this.response = response;
    this.respondent = respondent;
    this.explain = explain;
    this.foreign = w.foreign;
    this.suspect = suspect;
    int n = kernel.nodeCount();
    why = w.why.clone();
    band = w.band.clone();
    answered = w.answered.clone();
    dontKnow = w.dontKnow.clone();
    notApplicable = w.notApplicable.clone();
    notAnswered = w.notAnswered.clone();
    hidden = w.hidden.clone();
    score = new long[2 * n];
    Rational[] bigs = null;
    for (int i = 0; i < n; i++) {
      if (!w.scorable[i]) {
        continue;
      }
      Exact e = w.score[i];
      if (e.big() != null) {
        bigs = bigs == null ? new Rational[n] : bigs;
        bigs[i] = e.big();
      } else {
        score[2 * i] = e.num();
        score[2 * i + 1] = e.den();
      }
    }
    big = bigs;
    Rational[] raws = null;
    for (int i = 0; i < n; i++) {
      if (w.scorable[i] && kernel.node(i).rescale.converts()) {
        raws = raws == null ? new Rational[n] : raws;
        raws[i] = w.raw[i].value();
      }
    }
    raw = raws;
    holds = w.holds.clone();
    recommended = w.recommended.clone();
    termHeld = new boolean[kernel.conditions().termCount()];
    for (int t = 0; t < termHeld.length; t++) {
      termHeld[t] = !foreign && kernel.conditions().termHolds(t, w);
    }
    countValue = new int[kernel.conditions().countCount()];
    for (int c = 0; c < countValue.length; c++) {
      countValue[c] = foreign ? 0 : kernel.conditions().countValue(c, w);
    }
    if (explain) {
      slotState = w.slotState.clone();
      imputed = w.imputed.clone();
      slotScore = new long[2 * kernel.slotCount()];
      Rational[] slotBigs = null;
      applicableWeight = new Rational[n];
      answeredWeight = new Rational[n];
      unrounded = new Rational[n];
      for (int i = 0; i < n; i++) {
        Kernel.KNode p = kernel.node(i);
        for (int k = 0; k < p.weight.length; k++) {
          int s = p.slotBase + k;
          Exact e = kernel.slotExact(w, p, k);
          if (e != null && e.big() != null) {
            slotBigs = slotBigs == null ? new Rational[kernel.slotCount()] : slotBigs;
            slotBigs[s] = e.big();
          } else if (e != null) {
            slotScore[2 * s] = e.num();
            slotScore[2 * s + 1] = e.den();
          }
        }
        // only prorating nodes have these weights (the others' stay zero)
        applicableWeight[i] = p.prorate ? w.applicableWeight[i].value() : Rational.ZERO;
        answeredWeight[i] = p.prorate ? w.answeredWeight[i].value() : Rational.ZERO;
        unrounded[i] = p.rescale.rounds() && w.scorable[i] ? w.unrounded[i].value() : null;
      }
      slotBig = slotBigs;
      Set<String> shown = null;
      if (!foreign && kernel.conditional()) {
        shown = new HashSet<>();
        for (int q = 0; q < kernel.questionCount(); q++) {
          if (w.visible(q)) {
            shown.add(kernel.questions().get(q).id());
          }
        }
      }
      visible = shown;
    } else {
      slotState = w.unscorable ? w.slotState.clone() : null;
      imputed = null;
      slotScore = null;
      slotBig = null;
      applicableWeight = null;
      answeredWeight = null;
      unrounded = null;
      visible = null;
    }
  }

  /**
   * @param i a node index
   * @return its exact score, or null if not scorable
   */
  Rational score(int i) {
    if (why[i] != Work.SCORABLE) {
      return null;
    }
    return big != null && big[i] != null ? big[i] : Rational.of(score[2 * i], score[2 * i + 1]);
  }

  /**
   * @param slot a slot index
   * @return the score the slot was included with, or null (explaining only)
   */
  Rational slotScore(int slot) {
    if (slotBig != null && slotBig[slot] != null) {
      return slotBig[slot];
    }
    long den = slotScore[2 * slot + 1];
    return den == 0 ? null : Rational.of(slotScore[2 * slot], den);
  }

  /** @return the id of the questionnaire */
  public String questionnaireId() {
    return compiled.questionnaire().id();
  }

  /** @return the version of the questionnaire */
  public SemanticVersion questionnaireVersion() {
    return compiled.questionnaire().version();
  }

  /** @return who answered */
  public Optional<Respondent> respondent() {
    return Optional.ofNullable(respondent);
  }

  /** @return the total */
  public DimensionResult total() {
    return read().total;
  }

  /** @return the dimensions' results */
  public List<DimensionResult> dimensions() {
    return read().dimensions;
  }

  /** @return the fired recommendations */
  public List<FiredRecommendation> recommendations() {
    return read().recommendations;
  }

  /** @return the findings */
  public List<Finding> findings() {
    return read().findings;
  }

  /** @return the compact assessment line, written from these results (see CompactJson) */
  public String compactJson() {
    return CompactJson.write(this);
  }

  private Read read() {
    Read r = read;
    if (r == null) {
      synchronized (this) {
        r = read;
        if (r == null) {
          r = compiled.read(this, response.get());
          read = r;
          response = null;
        }
      }
    }
    return r;
  }

  /** What is read from the results, once. */
  static final class Read {
    final DimensionResult total;
    final List<DimensionResult> dimensions;
    final List<FiredRecommendation> recommendations;
    final List<Finding> findings;

    Read(DimensionResult total, DimensionResult[] dimensions,
        List<FiredRecommendation> recommendations, List<Finding> findings) {
      this.total = total;
      this.dimensions = List.of(dimensions);
      this.recommendations = recommendations;
      this.findings = List.copyOf(findings);
    }
  }

  @Override
  public String toString() {
    return "Results[questionnaire=" + questionnaireId() + ", why=" + Arrays.toString(why) + "]";
  }
}
