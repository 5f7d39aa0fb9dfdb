package dev.selfcheck.panel.internal;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.JsonPointer;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.panel.Panel;
import dev.selfcheck.panel.PanelAnalysis;
import dev.selfcheck.panel.PanelProblem;
import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.panel.PanelResult.AgendaItem;
import dev.selfcheck.panel.PanelResult.AgendaReason;
import dev.selfcheck.panel.PanelResult.Agreement;
import dev.selfcheck.panel.PanelResult.DimensionAgreement;
import dev.selfcheck.panel.PanelResult.Distribution;
import dev.selfcheck.panel.PanelResult.QuestionSummary;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Scorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/*
 * The panel analysis. Every member's response is scored once by the engine (route 1 reads the
 * assessment) and its visible questions are asked of the questionnaire; nothing here decides a
 * score, a visibility or a band. The analysis counts as it goes (Run.add) and keeps no member:
 * per group and for the whole panel, per dimension the scores as counts per distinct exact score
 * (Tally) with the band counts, per question the answer states, the answers per option and the
 * answers per scale step (Steps), which is all the agreement indices and Krippendorff's alpha need;
 * for route 2 per question the answers per distinct value (Combiner.Votes). Memory is bounded by
 * the distinct scores and answers, not by the respondents. Groups are described by the same code
 * over their counts; groups below the minimum size are folded into "(other)", and when "(other)"
 * is still below the minimum the smallest shown groups are folded in too, so that no shown group
 * set differs from the panel by fewer than the minimum number of respondents (no subtraction
 * attack).
 */
/** Runs a panel analysis. */
public final class Analyzer {

  private final Scorer scorer;
  private final PanelAnalysis.Settings settings;
  private final Questionnaire questionnaire;
  private final List<Question> questions;
  private final Map<String, Integer> questionIndex = new HashMap<>();
  private final Map<String, List<String>> paths = new LinkedHashMap<>();
  private final Steps[] steps;
  private final List<String> dimensionIds;
  private final Combiner combiner;
  /** Per question its lead role, or null. */
  private final String[] leadRoles;
  /** Per question the values counted, in the order of the result: options by step, false and true, ... */
  private final String[][] slots;
  /** Per question the slot of each value. */
  private final List<Map<String, Integer>> slotOf = new ArrayList<>();
  /** Per question the step of each slot, or -1; null for a question without steps. */
  private final int[][] slotStep;
  /**
   * Per question the answer value of each slot for route 2's votes, when its answers are one value
   * (yes/no, single choice, ordinal scale); else empty.
   */
  private final List<List<AnswerValue>> slotValues = new ArrayList<>();

  /**
   * @param scorer the scorer
   * @param settings the settings
   */
  public Analyzer(Scorer scorer, PanelAnalysis.Settings settings) {
    this.scorer = scorer;
    this.settings = settings;
    this.questionnaire = scorer.questionnaire();
    this.questions = questionnaire.allQuestions().toList();
    this.dimensionIds = scorer.model().dimensionIds();
    for (Dimension d : questionnaire.dimensions()) {
      walk(d, new ArrayList<>());
    }
    this.combiner = new Combiner(scorer, settings, paths);
    this.steps = new Steps[questions.size()];
    this.leadRoles = new String[questions.size()];
    this.slots = new String[questions.size()][];
    this.slotStep = new int[questions.size()][];
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      questionIndex.put(q.id(), i);
      if (q.type() == QuestionType.ORDINAL_SCALE || q.type() == QuestionType.SINGLE_CHOICE) {
        steps[i] = Steps.of(scorer.model(), q.id()).orElse(null);
      }
      leadRoles[i] = combiner.leadRole(q).orElse(null);
      List<String> values = new ArrayList<>();
      if (steps[i] != null) {
        steps[i].options().forEach(values::addAll);
      } else if (q.type() == QuestionType.YES_NO) {
        values.add("false");
        values.add("true");
      } else if (q.type().hasOptions()) {
        questionnaire.optionsOf(q).forEach(o -> values.add(o.value()));
      }
      slots[i] = values.toArray(String[]::new);
      Map<String, Integer> of = new HashMap<>();
      for (int k = 0; k < slots[i].length; k++) {
        of.putIfAbsent(slots[i][k], k);
      }
      slotOf.add(of);
      slotValues.add(switch (q.type()) {
        case YES_NO -> List.of(AnswerValue.bool(false), AnswerValue.bool(true));
        case SINGLE_CHOICE, ORDINAL_SCALE -> java.util.Arrays.stream(slots[i]).map(AnswerValue::option).toList();
        default -> List.<AnswerValue>of();
      });
      if (steps[i] != null) {
        slotStep[i] = new int[slots[i].length];
        for (int k = 0; k < slots[i].length; k++) {
          slotStep[i][k] = steps[i].stepOf().getOrDefault(slots[i][k], -1);
        }
      }
    }
  }

  private void walk(Dimension d, List<String> path) {
    path.add(d.id());
    d.questions().forEach(q -> paths.put(q.id(), List.copyOf(path)));
    d.dimensions().forEach(c -> walk(c, path));
    path.remove(path.size() - 1);
  }

  /**
   * @param panel the panel
   * @return the result
   */
  public PanelResult analyze(Panel panel) {
    Run run = start();
    panel.members().forEach(run::add);
    return run.result(panel.findings());
  }

  /** @return a new, empty accumulation */
  public Run start() {
    return new Run();
  }

  /** One analysis in progress: members are added one by one and forgotten. Not thread-safe. */
  public final class Run {
    /** The number of members added. */
    private int size;
    /** Counts the values the questionnaire does not know, in the order they came. */
    private final long[] unknownSeen = {0};
    private final Map<String, Counts> groups = new TreeMap<>();
    private final Combiner.Votes[] votes = new Combiner.Votes[questions.size()];
    private final Combiner.Votes[] leadVotes = new Combiner.Votes[questions.size()];
    private final List<Finding> scoringFindings = new ArrayList<>();
    // one member's view, reused
    private final boolean[] visible = new boolean[questions.size()];
    private final AnswerState[] states = new AnswerState[questions.size()];
    private final AnswerValue[] values = new AnswerValue[questions.size()];
    /** Per question the slot of the member's value, or -1 (no value, an unknown one, or several). */
    private final int[] slotIn = new int[questions.size()];
    private final DimensionResult[] results = new DimensionResult[dimensionIds.size()];

    private Run() {
      for (int i = 0; i < questions.size(); i++) {
        if (questions.get(i).type() != QuestionType.TEXT) {
          votes[i] = new Combiner.Votes(slotValues.get(i));
          if (leadRoles[i] != null) {
            leadVotes[i] = new Combiner.Votes(slotValues.get(i));
          }
        }
      }
    }

    /**
     * Scores a member and counts it.
     *
     * @param m the member
     */
    public void add(Panel.Member m) {
      Response response = m.response();
      Assessment a = scorer.score(response);
      if (!a.findings().isEmpty()) {
        String at = JsonPointer.append("/responses", m.index());
        a.findings().forEach(f -> scoringFindings.add(Finding.builder().from(f).pointer(at + f.pointer()).build()));
      }
      java.util.Arrays.fill(visible, false);
      for (String id : questionnaire.visibleQuestions(response)) {
        visible[questionIndex.get(id)] = true;
      }
      Map<String, Answer> answers = response.answers();
      for (int i = 0; i < questions.size(); i++) {
        values[i] = null;
        slotIn[i] = -1;
        if (!visible[i]) {
          states[i] = null;
          continue;
        }
        Answer answer = answers.get(questions.get(i).id());  // one look-up: Response.stateOf and answer
        states[i] = answer == null ? AnswerState.NOT_ANSWERED : answer.state();
        if (states[i] == AnswerState.ANSWERED) {
          values[i] = answer.value().orElse(null);
          slotIn[i] = slotOf(i, values[i]);
        }
        if (votes[i] != null) {
          // a vote by slot only where the slot's value is the answer's (same kind)
          int vote = slotIn[i] >= 0 && !slotValues.get(i).isEmpty()
              && slotValues.get(i).get(slotIn[i]).kind() == values[i].kind() ? slotIn[i] : -1;
          votes[i].add(states[i], vote, values[i], m.weight());
          if (leadVotes[i] != null && m.role().filter(leadRoles[i]::equals).isPresent()) {
            leadVotes[i].add(states[i], vote, values[i], m.weight());
          }
        }
      }
      List<DimensionResult> read = a.dimensions();
      for (int d = 0; d < dimensionIds.size(); d++) {
        String id = dimensionIds.get(d);
        DimensionResult r = d < read.size() && read.get(d).id().equals(id) ? read.get(d) : null;
        results[d] = r != null ? r : DimensionResult.TOTAL.equals(id) ? a.total() : a.dimension(id).orElse(null);
      }
      Optional<String> key = settings.groupBy() == PanelAnalysis.GroupBy.GROUP ? m.group() : m.role();
      size++;
      groups.computeIfAbsent(key.orElse(PanelAnalysis.NO_GROUP), k -> new Counts()).add(m.weight());
    }

    /**
     * The result of the members added so far; the run can go on afterwards.
     *
     * @param memberFindings the problems of the members left out, first in the result
     * @return the result
     */
    public PanelResult result(List<Finding> memberFindings) {
      List<Finding> findings = new ArrayList<>(memberFindings);
      findings.addAll(scoringFindings);
      Counts all = new Counts();
      groups.values().forEach(all::addAll);
      List<Distribution> dimensions = all.describe();
      List<QuestionSummary> summaries = all.summarize();
      List<DimensionAgreement> dimensionAgreement = dimensionAgreement(summaries);
      List<long[]> units = new ArrayList<>();
      for (int i = 0; i < questions.size(); i++) {
        if (steps[i] != null) {
          units.add(all.questions[i].steps);
        }
      }
      Alpha.Result alpha = Alpha.of(units);
      Map<String, Combiner.Votes> byId = new HashMap<>();
      Map<String, Combiner.Votes> leadsById = new HashMap<>();
      for (int i = 0; i < questions.size(); i++) {
        if (votes[i] != null) {
          byId.put(questions.get(i).id(), votes[i]);
        }
        if (leadVotes[i] != null) {
          leadsById.put(questions.get(i).id(), leadVotes[i]);
        }
      }
      PanelResult.Combined combined = combiner.combine(byId, leadsById, findings);
      List<PanelResult.Group> groupResults = groups(groups, findings);
      List<PanelResult.GroupGap> gaps = gaps(groupResults);
      List<PanelResult.QuestionGap> questionGaps = questionGaps(groupResults);
      List<AgendaItem> agenda = agenda(summaries, questionGaps);
      return new PanelResult(questionnaire.id(), questionnaire.version(), size, settings,
          dimensions, summaries, dimensionAgreement,
          new PanelResult.Alpha(alpha.units(), alpha.values(), alpha.ordinal(), alpha.interval()),
          combined, groupResults, gaps, questionGaps, agenda, findings);
    }

    /** The counts of one set of members (a group or the panel); add reads the run's member view. */
    private final class Counts {
      private int size;
      private final DimensionCounts[] dimensions;
      private final QuestionCounts[] questions = new QuestionCounts[Analyzer.this.questions.size()];

      Counts() {
        dimensions = new DimensionCounts[dimensionIds.size()];
        for (int d = 0; d < dimensions.length; d++) {
          dimensions[d] = new DimensionCounts(dimensionIds.get(d));
        }
        for (int i = 0; i < questions.length; i++) {
          questions[i] = new QuestionCounts(i);
        }
      }

      void add(Rational weight) {
        size++;
        for (int d = 0; d < dimensions.length; d++) {
          dimensions[d].add(results[d], weight);
        }
        for (int i = 0; i < questions.length; i++) {
          if (visible[i]) {
            questions[i].add(states[i], values[i], slotIn[i], unknownSeen);
          }
        }
      }

      Counts copy() {
        Counts c = new Counts();
        c.addAll(this);
        return c;
      }

      void addAll(Counts other) {
        size += other.size;
        for (int d = 0; d < dimensions.length; d++) {
          dimensions[d].addAll(other.dimensions[d]);
        }
        for (int i = 0; i < questions.length; i++) {
          questions[i].addAll(other.questions[i]);
        }
      }

      List<Distribution> describe() {
        List<Distribution> out = new ArrayList<>();
        for (DimensionCounts d : dimensions) {
          out.add(d.distribution());
        }
        return out;
      }

      List<QuestionSummary> summarize() {
        List<QuestionSummary> out = new ArrayList<>();
        for (QuestionCounts q : questions) {
          out.add(q.summary());
        }
        return out;
      }
    }
  }

  /**
   * The slot of a question's answer value: that of a yes/no value, or of an option of a question
   * with options; -1 for a value the questionnaire does not know or one of another kind.
   */
  private int slotOf(int question, AnswerValue v) {
    Integer slot = switch (v.kind()) {
      case BOOLEAN -> slotOf.get(question).get(v.asBoolean() ? "true" : "false");
      case STRING -> questions.get(question).type().hasOptions() ? slotOf.get(question).get(v.asOption()) : null;
      default -> null;
    };
    return slot == null ? -1 : slot;
  }

  // ---- route 1 ---------------------------------------------------------------------------------

  /**
   * One dimension's scores over a set of members. The weighted mean is Σ w x / Σ w with
   * Σ w x = Σ x + Σ (w − 1) x and Σ w = n + Σ (w − 1): only respondents whose weight is not 1
   * are summed here, the rest comes from the scores' tally.
   */
  private final class DimensionCounts {
    private final String id;
    private final Tally scores = new Tally();
    private final Rational.Sum extraWeighted = new Rational.Sum();
    private final Rational.Sum extraWeight = new Rational.Sum();
    private final List<Band> bandList;
    private final int[] bands;
    private int outsideBands;
    private int notScorable;

    DimensionCounts(String id) {
      this.id = id;
      this.bandList = questionnaire.bandsOf(id);
      this.bands = new int[bandList.size()];
    }

    void add(DimensionResult r, Rational weight) {
      Optional<Rational> score = r == null ? Optional.empty() : r.score();
      if (score.isEmpty()) {
        notScorable++;
        return;
      }
      scores.add(score.get());
      if (!weight.equals(Rational.ONE)) {
        Rational extra = weight.minus(Rational.ONE);
        extraWeighted.addProduct(score.get(), extra);
        extraWeight.add(extra);
      }
      Optional<Band> band = r.band();
      int b = band.isEmpty() ? -1 : bandList.indexOf(band.get());
      if (b < 0) {
        outsideBands++;
      } else {
        bands[b]++;
      }
    }

    void addAll(DimensionCounts other) {
      scores.addAll(other.scores);
      extraWeighted.add(other.extraWeighted.value());
      extraWeight.add(other.extraWeight.value());
      for (int b = 0; b < bands.length; b++) {
        bands[b] += other.bands[b];
      }
      outsideBands += other.outsideBands;
      notScorable += other.notScorable;
    }

    Distribution distribution() {
      Map<String, Integer> byBand = new LinkedHashMap<>();
      for (int b = 0; b < bands.length; b++) {
        byBand.merge(bandList.get(b).id(), bands[b], Integer::sum);
      }
      if (outsideBands > 0) {
        byBand.merge("", outsideBands, Integer::sum);
      }
      if (scores.isEmpty()) {
        return new Distribution(id, PanelResult.Route.SCORE_EACH_THEN_DESCRIBE, 0, notScorable,
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), byBand);
      }
      Optional<Rational> variance = scores.sampleVariance();
      Rational sum = scores.sum();
      Rational weightedMean = sum.plus(extraWeighted.value())
          .dividedBy(Rational.of(scores.n()).plus(extraWeight.value()));
      return new Distribution(id, PanelResult.Route.SCORE_EACH_THEN_DESCRIBE, (int) scores.n(), notScorable,
          Optional.of(sum.dividedBy(Rational.of(scores.n()))), Optional.of(weightedMean),
          Optional.of(scores.quantile(Rational.of(1, 2))), Optional.of(scores.min()),
          Optional.of(scores.max()), Optional.of(scores.quantile(Rational.of(1, 4))),
          Optional.of(scores.quantile(Rational.of(3, 4))), variance, variance.map(Stats::sqrt), byBand);
    }
  }

  // ---- questions and agreement -----------------------------------------------------------------

  /**
   * One question's answers over a set of members: states, answers per value (by slot, values the
   * questionnaire does not know by name, in the order they came), answers per step.
   */
  private final class QuestionCounts {
    private final int question;
    private int shown;
    private int answered;
    private int dontKnow;
    private int notApplicable;
    private final int[] counts;
    /** Per value the questionnaire does not know: its count and when it came first. */
    private Map<String, long[]> unknown;
    /** Answers per scale step, for a question with steps; else null. */
    private final long[] steps;

    QuestionCounts(int question) {
      this.question = question;
      Steps st = Analyzer.this.steps[question];
      this.steps = st == null ? null : new long[st.count()];
      this.counts = new int[slots[question].length];
    }

    /**
     * A member to whom the question is shown: its state, and its value when answered with its slot
     * (see {@link Analyzer#slotOf}).
     */
    void add(AnswerState state, AnswerValue v, int slot, long[] seen) {
      shown++;
      switch (state) {
        case ANSWERED -> answered++;
        case DONT_KNOW -> dontKnow++;
        case NOT_APPLICABLE -> notApplicable++;
        default -> { }
      }
      if (v == null) {
        return;
      }
      if (slot >= 0) {
        counts[slot]++;
        if (steps != null && slotStep[question][slot] >= 0) {
          steps[slotStep[question][slot]]++;
        }
        return;
      }
      switch (v.kind()) {  // no slot: a value the questionnaire does not know, or several
        case BOOLEAN -> count(v.asBoolean() ? "true" : "false", seen);
        case STRING -> {
          if (questions.get(question).type().hasOptions()) {
            count(v.asOption(), seen);
          }
        }
        case STRINGS -> v.asOptions().forEach(o -> count(o, seen));
        default -> { }
      }
    }

    /** Counts a value; returns its slot, or -1 for a value the questionnaire does not know. */
    private int count(String value, long[] seen) {
      Integer slot = slotOf.get(question).get(value);
      if (slot == null) {
        if (unknown == null) {
          unknown = new HashMap<>();
        }
        unknown.computeIfAbsent(value, k -> new long[] {0, seen[0]++})[0]++;
        return -1;
      }
      counts[slot]++;
      return slot;
    }

    void addAll(QuestionCounts other) {
      shown += other.shown;
      answered += other.answered;
      dontKnow += other.dontKnow;
      notApplicable += other.notApplicable;
      for (int i = 0; i < counts.length; i++) {
        counts[i] += other.counts[i];
      }
      if (other.unknown != null) {
        other.unknown.forEach((k, c) -> {
          if (unknown == null) {
            unknown = new HashMap<>();
          }
          long[] mine = unknown.computeIfAbsent(k, x -> new long[] {0, c[1]});
          mine[0] += c[0];
          mine[1] = Math.min(mine[1], c[1]);
        });
      }
      if (steps != null) {
        for (int i = 0; i < steps.length; i++) {
          steps[i] += other.steps[i];
        }
      }
    }

    QuestionSummary summary() {
      Question q = questions.get(question);
      Map<String, Integer> byValue = new LinkedHashMap<>();
      for (int i = 0; i < counts.length; i++) {
        byValue.merge(slots[question][i], counts[i], Integer::sum);
      }
      if (unknown != null) {
        unknown.entrySet().stream().sorted(Comparator.comparingLong(e -> e.getValue()[1]))
            .forEach(e -> byValue.merge(e.getKey(), (int) e.getValue()[0], Integer::sum));
      }
      int missing = shown - answered - dontKnow - notApplicable;
      Rational of = shown == 0 ? Rational.ONE : Rational.of(shown);
      Optional<Agreement> agreement = steps == null ? Optional.empty() : agreement(steps.length, steps);
      return new QuestionSummary(q.id(), paths.get(q.id()).get(0), shown, answered, dontKnow, notApplicable,
          missing, Rational.of(dontKnow).dividedBy(of), Rational.of(notApplicable).dividedBy(of),
          Rational.of(missing).dividedBy(of), shown > 0 && answered == 0, byValue, agreement);
    }
  }

  private Optional<Agreement> agreement(int count, long[] perStep) {
    Tally values = new Tally();
    for (int s = 0; s < perStep.length; s++) {
      values.add(Rational.of(s), perStep[s]);
    }
    if (values.isEmpty()) {
      return Optional.empty();
    }
    Rational median = values.quantile(Rational.of(1, 2));
    long[] within = {0};
    Rational.Sum deviation = new Rational.Sum();
    values.forEach((x, c) -> {
      Rational d = Stats.abs(x.minus(median));
      deviation.addProduct(d, Rational.of(c));
      if (d.compareTo(Rational.ONE) <= 0) {
        within[0] += c;
      }
    });
    Rational n = Rational.of(values.n());
    Optional<Rational> variance = values.sampleVariance();
    Optional<Rational> rwg = Optional.empty();
    if (values.n() >= 3 && count >= 2) {
      Rational r = Rational.ONE.minus(variance.orElseThrow().dividedBy(uniformVariance(count)));
      rwg = Optional.of(r.signum() < 0 ? Rational.ZERO : r);
    }
    return Optional.of(new Agreement(count, (int) values.n(),
        values.max().minus(values.min()).numerator().intValueExact(), median,
        values.quantile(Rational.of(3, 4)).minus(values.quantile(Rational.of(1, 4))),
        Rational.of(within[0]).dividedBy(n), deviation.value().dividedBy(n), variance, rwg,
        rwg.isPresent() && rwg.get().compareTo(settings.lowAgreement()) < 0));
  }

  /** σ²_EU = (A² − 1) / 12, the variance of a uniform answer over A steps. */
  private static Rational uniformVariance(int a) {
    return Rational.of((long) a * a - 1, 12);
  }

  private List<DimensionAgreement> dimensionAgreement(List<QuestionSummary> summaries) {
    List<DimensionAgreement> out = new ArrayList<>();
    for (String id : dimensionIds) {
      Tally ratios = new Tally();
      for (QuestionSummary s : summaries) {
        boolean inside = DimensionResult.TOTAL.equals(id) || paths.get(s.questionId()).contains(id);
        s.agreement().filter(a -> inside && a.rwg().isPresent())
            .ifPresent(a -> ratios.add(a.variance().orElseThrow().dividedBy(uniformVariance(a.steps()))));
      }
      if (ratios.isEmpty()) {
        out.add(new DimensionAgreement(id, 0, Optional.empty(), false));
        continue;
      }
      Rational m = ratios.mean();
      Rational rwgJ;
      if (m.compareTo(Rational.ONE) >= 0) {
        rwgJ = Rational.ZERO;
      } else {
        Rational j = Rational.of(ratios.n()).times(Rational.ONE.minus(m));
        rwgJ = j.dividedBy(j.plus(m));
      }
      out.add(new DimensionAgreement(id, (int) ratios.n(), Optional.of(rwgJ),
          rwgJ.compareTo(settings.lowAgreement()) < 0));
    }
    return out;
  }

  // ---- groups ----------------------------------------------------------------------------------

  private List<PanelResult.Group> groups(Map<String, Run.Counts> byKey, List<Finding> findings) {
    int min = settings.minimumGroupSize();
    List<String> folded = new ArrayList<>();
    byKey.forEach((k, v) -> {
      if (v.size < min) {
        folded.add(k);
      }
    });
    if (!folded.isEmpty()) {
      int other = folded.stream().mapToInt(k -> byKey.get(k).size).sum();
      while (other < min && folded.size() < byKey.size()) {
        String smallest = byKey.keySet().stream().filter(k -> !folded.contains(k))
            .min(Comparator.comparingInt((String k) -> byKey.get(k).size).thenComparing(k -> k))
            .orElseThrow();
        folded.add(smallest);
        other += byKey.get(smallest).size;
      }
    }
    List<PanelResult.Group> out = new ArrayList<>();
    Run.Counts rest = null;
    for (Map.Entry<String, Run.Counts> e : byKey.entrySet()) {
      if (folded.contains(e.getKey())) {
        findings.add(PanelProblem.GROUP_FOLDED.at("", e.getKey(), min, PanelAnalysis.OTHER));
        if (rest == null) {
          rest = e.getValue().copy();
        } else {
          rest.addAll(e.getValue());
        }
      } else {
        out.add(group(e.getKey(), e.getValue()));
      }
    }
    if (rest != null && rest.size >= min) {
      out.add(group(PanelAnalysis.OTHER, rest));
    }
    return out;
  }

  private PanelResult.Group group(String key, Run.Counts members) {
    return new PanelResult.Group(key, members.size, members.describe(), members.summarize());
  }

  /** The lowest and highest value among the groups (the first group by key among equals). */
  private record Extremes(String low, Rational lo, String high, Rational hi) {}

  private static Optional<Extremes> extremes(List<PanelResult.Group> groups,
      java.util.function.Function<PanelResult.Group, Optional<Rational>> valueOf) {
    Extremes e = null;
    for (PanelResult.Group g : groups) {
      Optional<Rational> v = valueOf.apply(g);
      if (v.isEmpty()) {
        continue;
      }
      Rational x = v.get();
      if (e == null) {
        e = new Extremes(g.key(), x, g.key(), x);
      } else if (x.compareTo(e.lo()) < 0) {
        e = new Extremes(g.key(), x, e.high(), e.hi());
      } else if (x.compareTo(e.hi()) > 0) {
        e = new Extremes(e.low(), e.lo(), g.key(), x);
      }
    }
    return Optional.ofNullable(e);
  }

  private List<PanelResult.GroupGap> gaps(List<PanelResult.Group> groups) {
    List<PanelResult.GroupGap> out = new ArrayList<>();
    List<String> ids = scorer.model().dimensionIds();
    for (int i = 0; i < ids.size(); i++) {
      int at = i;
      extremes(groups, g -> g.dimensions().get(at).mean()).filter(e -> !e.low().equals(e.high()))
          .ifPresent(e -> out.add(new PanelResult.GroupGap(ids.get(at), e.low(), e.lo(), e.high(), e.hi(),
              e.hi().minus(e.lo()))));
    }
    return out;
  }


  // ---- agenda ----------------------------------------------------------------------------------

  private List<AgendaItem> agenda(List<QuestionSummary> summaries, List<PanelResult.QuestionGap> gaps) {
    List<AgendaItem> out = new ArrayList<>();
    Set<String> wideGaps = new HashSet<>();
    gaps.stream().filter(g -> g.gap().compareTo(Rational.of(settings.groupGapSteps())) >= 0)
        .forEach(g -> wideGaps.add(g.questionId()));
    for (int i = 0; i < summaries.size(); i++) {
      QuestionSummary s = summaries.get(i);
      Question q = questions.get(i);
      List<AgendaReason> reasons = new ArrayList<>();
      Rational disagreement = Rational.ZERO;
      if (q.type() == QuestionType.YES_NO) {
        int yes = s.counts().getOrDefault("true", 0);
        int no = s.counts().getOrDefault("false", 0);
        if (yes > 0 && no > 0) {
          reasons.add(AgendaReason.YES_AND_NO);
          disagreement = Rational.of(2L * Math.min(yes, no), yes + no);
        }
      }
      if (s.agreement().isPresent()) {
        Agreement a = s.agreement().get();
        if (a.range() >= 2) {
          reasons.add(AgendaReason.SPREAD_OF_TWO_STEPS);
        }
        if (a.steps() >= 2 && a.n() >= 2 && a.range() == a.steps() - 1) {
          reasons.add(AgendaReason.BOTH_ENDS);
        }
        if (a.low()) {
          reasons.add(AgendaReason.LOW_AGREEMENT);
        }
        disagreement = a.rwg().map(Rational.ONE::minus).orElse(
            a.steps() >= 2 ? Rational.of(a.range(), a.steps() - 1) : Rational.ZERO);
      }
      if (s.shown() > 0 && s.dontKnow() > 0 && s.dontKnowShare().compareTo(settings.manyDontKnow()) >= 0) {
        reasons.add(AgendaReason.MANY_DONT_KNOW);
      }
      if (wideGaps.contains(q.id())) {
        reasons.add(AgendaReason.GROUP_GAP);
      }
      if (!reasons.isEmpty()) {
        Rational weight = Rational.of(q.weight());
        out.add(new AgendaItem(q.id(), s.fieldId(), weight, disagreement, weight.times(disagreement), reasons));
      }
    }
    out.sort(Comparator.comparing(AgendaItem::priority).reversed());  // stable: document order within
    return out;
  }

  /** Per question the groups with the lowest and highest median step. */
  private List<PanelResult.QuestionGap> questionGaps(List<PanelResult.Group> groups) {
    List<PanelResult.QuestionGap> out = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      int at = i;
      extremes(groups, g -> g.questions().get(at).agreement().map(Agreement::median))
          .filter(e -> e.hi().compareTo(e.lo()) > 0)
          .ifPresent(e -> out.add(new PanelResult.QuestionGap(questions.get(at).id(), e.low(), e.lo(),
              e.high(), e.hi(), e.hi().minus(e.lo()))));
    }
    return out;
  }


}
