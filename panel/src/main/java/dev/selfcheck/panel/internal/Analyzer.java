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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/*
 * The panel analysis. Every member's response is scored once by the engine (route 1 reads the
 * assessments) and its visible questions are asked of the questionnaire; nothing here decides a
 * score, a visibility or a band. Per question the answer states of the respondents it was shown to
 * are counted; scored ordinal and single-choice answers are turned into scale steps (Steps) for the
 * agreement indices and alpha. Groups are described by the same code over their members; groups
 * below the minimum size are folded into "(other)", and when "(other)" is still below the minimum
 * the smallest shown groups are folded in too, so that no shown group set differs from the panel
 * by fewer than the minimum number of respondents (no subtraction attack).
 */
/** Runs a panel analysis. */
public final class Analyzer {

  /**
   * A member with its assessment and the questions its response shows.
   *
   * @param member the member
   * @param assessment the engine's assessment of its response
   * @param visible the ids of the questions its response makes visible
   */
  public record Sheet(Panel.Member member, Assessment assessment, Set<String> visible) {}

  private final Scorer scorer;
  private final PanelAnalysis.Settings settings;
  private final Questionnaire questionnaire;
  private final List<Question> questions;
  private final Map<String, List<String>> paths = new LinkedHashMap<>();
  private final Map<String, Steps> steps = new LinkedHashMap<>();

  /**
   * @param scorer the scorer
   * @param settings the settings
   */
  public Analyzer(Scorer scorer, PanelAnalysis.Settings settings) {
    this.scorer = scorer;
    this.settings = settings;
    this.questionnaire = scorer.questionnaire();
    this.questions = questionnaire.allQuestions().toList();
    for (Dimension d : questionnaire.dimensions()) {
      walk(d, new ArrayList<>());
    }
    for (Question q : questions) {
      if (q.type() == QuestionType.ORDINAL_SCALE || q.type() == QuestionType.SINGLE_CHOICE) {
        Steps.of(scorer.model(), q.id()).ifPresent(s -> steps.put(q.id(), s));
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
    List<Finding> findings = new ArrayList<>(panel.findings());
    List<Sheet> sheets = new ArrayList<>();
    for (Panel.Member m : panel.members()) {
      Assessment a = scorer.score(m.response());
      String at = JsonPointer.append("/responses", m.index());
      a.findings().forEach(f -> findings.add(Finding.builder().from(f).pointer(at + f.pointer()).build()));
      sheets.add(new Sheet(m, a, new HashSet<>(questionnaire.visibleQuestions(m.response()))));
    }
    List<Distribution> dimensions = describe(sheets);
    List<QuestionSummary> summaries = summarize(sheets);
    List<DimensionAgreement> dimensionAgreement = dimensionAgreement(summaries);
    List<List<Integer>> units = new ArrayList<>();
    for (String id : steps.keySet()) {
      units.add(stepsOf(sheets, id));
    }
    Alpha.Result alpha = Alpha.of(units);
    PanelResult.Combined combined = new Combiner(scorer, settings, paths).combine(sheets, findings);
    List<PanelResult.Group> groups = groups(sheets, findings);
    List<PanelResult.GroupGap> gaps = gaps(groups);
    List<PanelResult.QuestionGap> questionGaps = questionGaps(groups);
    List<AgendaItem> agenda = agenda(summaries, questionGaps);
    return new PanelResult(questionnaire.id(), questionnaire.version(), sheets.size(), settings,
        dimensions, summaries, dimensionAgreement,
        new PanelResult.Alpha(alpha.units(), alpha.values(), alpha.ordinal(), alpha.interval()),
        combined, groups, gaps, questionGaps, agenda, findings);
  }

  // ---- route 1 ---------------------------------------------------------------------------------

  private List<Distribution> describe(List<Sheet> sheets) {
    List<Distribution> out = new ArrayList<>();
    for (String id : scorer.model().dimensionIds()) {
      List<Rational> scores = new ArrayList<>();
      List<Rational> weights = new ArrayList<>();
      Map<String, Integer> bands = new LinkedHashMap<>();
      questionnaire.bandsOf(id).forEach(b -> bands.put(b.id(), 0));
      int notScorable = 0;
      for (Sheet s : sheets) {
        Optional<DimensionResult> r = DimensionResult.TOTAL.equals(id)
            ? Optional.of(s.assessment().total()) : s.assessment().dimension(id);
        Optional<Rational> score = r.flatMap(DimensionResult::score);
        if (score.isEmpty()) {
          notScorable++;
          continue;
        }
        scores.add(score.get());
        weights.add(s.member().weight());
        bands.merge(r.get().band().map(Band::id).orElse(""), 1, Integer::sum);
      }
      if (scores.isEmpty()) {
        out.add(new Distribution(id, PanelResult.Route.SCORE_EACH_THEN_DESCRIBE, 0, notScorable,
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), bands));
        continue;
      }
      List<Rational> sorted = Stats.sorted(scores);
      Optional<Rational> variance = Stats.sampleVariance(scores);
      out.add(new Distribution(id, PanelResult.Route.SCORE_EACH_THEN_DESCRIBE, scores.size(), notScorable,
          Optional.of(Stats.mean(scores)), Optional.of(Stats.weightedMean(scores, weights)),
          Optional.of(Stats.quantile(sorted, Rational.of(1, 2))), Optional.of(sorted.get(0)),
          Optional.of(sorted.get(sorted.size() - 1)), Optional.of(Stats.quantile(sorted, Rational.of(1, 4))),
          Optional.of(Stats.quantile(sorted, Rational.of(3, 4))), variance, variance.map(Stats::sqrt), bands));
    }
    return out;
  }

  // ---- questions and agreement -----------------------------------------------------------------

  private List<Integer> stepsOf(List<Sheet> sheets, String questionId) {
    Steps s = steps.get(questionId);
    List<Integer> out = new ArrayList<>();
    for (Sheet sheet : sheets) {
      value(sheet, questionId).map(AnswerValue::asOption).map(s.stepOf()::get).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<AnswerValue> value(Sheet s, String questionId) {
    if (!s.visible().contains(questionId) || s.member().response().stateOf(questionId) != AnswerState.ANSWERED) {
      return Optional.empty();
    }
    return s.member().response().answer(questionId).flatMap(Answer::value);
  }

  private List<QuestionSummary> summarize(List<Sheet> sheets) {
    List<QuestionSummary> out = new ArrayList<>();
    for (Question q : questions) {
      int shown = 0;
      int answered = 0;
      int dontKnow = 0;
      int notApplicable = 0;
      Map<String, Integer> counts = new LinkedHashMap<>();
      Steps st = steps.get(q.id());
      if (st != null) {
        st.options().forEach(step -> step.forEach(o -> counts.put(o, 0)));
      } else if (q.type() == QuestionType.YES_NO) {
        counts.put("false", 0);
        counts.put("true", 0);
      } else if (q.type().hasOptions()) {
        questionnaire.optionsOf(q).forEach(o -> counts.put(o.value(), 0));
      }
      for (Sheet s : sheets) {
        if (!s.visible().contains(q.id())) {
          continue;
        }
        shown++;
        switch (s.member().response().stateOf(q.id())) {
          case ANSWERED -> answered++;
          case DONT_KNOW -> dontKnow++;
          case NOT_APPLICABLE -> notApplicable++;
          default -> { }
        }
        value(s, q.id()).ifPresent(v -> {
          switch (v.kind()) {
            case BOOLEAN -> counts.merge(Boolean.toString(v.asBoolean()), 1, Integer::sum);
            case STRING -> {
              if (q.type().hasOptions()) {
                counts.merge(v.asOption(), 1, Integer::sum);
              }
            }
            case STRINGS -> v.asOptions().forEach(o -> counts.merge(o, 1, Integer::sum));
            default -> { }
          }
        });
      }
      int missing = shown - answered - dontKnow - notApplicable;
      Rational of = shown == 0 ? Rational.ONE : Rational.of(shown);
      Optional<Agreement> agreement = st == null ? Optional.empty() : agreement(st, stepsOf(sheets, q.id()));
      out.add(new QuestionSummary(q.id(), paths.get(q.id()).get(0), shown, answered, dontKnow, notApplicable,
          missing, Rational.of(dontKnow).dividedBy(of), Rational.of(notApplicable).dividedBy(of),
          Rational.of(missing).dividedBy(of), shown > 0 && answered == 0, counts, agreement));
    }
    return out;
  }

  private Optional<Agreement> agreement(Steps st, List<Integer> xs) {
    if (xs.isEmpty()) {
      return Optional.empty();
    }
    List<Rational> values = xs.stream().map(x -> Rational.of(x)).toList();
    List<Rational> sorted = Stats.sorted(values);
    Rational median = Stats.quantile(sorted, Rational.of(1, 2));
    int within = 0;
    Rational.Sum deviation = new Rational.Sum();
    for (Rational x : values) {
      Rational d = Stats.abs(x.minus(median));
      deviation.add(d);
      if (d.compareTo(Rational.ONE) <= 0) {
        within++;
      }
    }
    Rational n = Rational.of(values.size());
    Optional<Rational> variance = Stats.sampleVariance(values);
    Optional<Rational> rwg = Optional.empty();
    if (values.size() >= 3 && st.count() >= 2) {
      Rational r = Rational.ONE.minus(variance.orElseThrow().dividedBy(uniformVariance(st.count())));
      rwg = Optional.of(r.signum() < 0 ? Rational.ZERO : r);
    }
    return Optional.of(new Agreement(st.count(), values.size(),
        sorted.get(sorted.size() - 1).minus(sorted.get(0)).numerator().intValueExact(), median,
        Stats.quantile(sorted, Rational.of(3, 4)).minus(Stats.quantile(sorted, Rational.of(1, 4))),
        Rational.of(within).dividedBy(n), deviation.value().dividedBy(n), variance, rwg,
        rwg.isPresent() && rwg.get().compareTo(settings.lowAgreement()) < 0));
  }

  /** σ²_EU = (A² − 1) / 12, the variance of a uniform answer over A steps. */
  private static Rational uniformVariance(int a) {
    return Rational.of((long) a * a - 1, 12);
  }

  private List<DimensionAgreement> dimensionAgreement(List<QuestionSummary> summaries) {
    List<DimensionAgreement> out = new ArrayList<>();
    for (String id : scorer.model().dimensionIds()) {
      List<Rational> ratios = new ArrayList<>();
      for (QuestionSummary s : summaries) {
        boolean inside = DimensionResult.TOTAL.equals(id) || paths.get(s.questionId()).contains(id);
        s.agreement().filter(a -> inside && a.rwg().isPresent())
            .ifPresent(a -> ratios.add(a.variance().orElseThrow().dividedBy(uniformVariance(a.steps()))));
      }
      if (ratios.isEmpty()) {
        out.add(new DimensionAgreement(id, 0, Optional.empty(), false));
        continue;
      }
      Rational m = Stats.mean(ratios);
      Rational rwgJ;
      if (m.compareTo(Rational.ONE) >= 0) {
        rwgJ = Rational.ZERO;
      } else {
        Rational j = Rational.of(ratios.size()).times(Rational.ONE.minus(m));
        rwgJ = j.dividedBy(j.plus(m));
      }
      out.add(new DimensionAgreement(id, ratios.size(), Optional.of(rwgJ),
          rwgJ.compareTo(settings.lowAgreement()) < 0));
    }
    return out;
  }

  // ---- groups ----------------------------------------------------------------------------------

  private List<PanelResult.Group> groups(List<Sheet> sheets, List<Finding> findings) {
    Map<String, List<Sheet>> byKey = new TreeMap<>();
    for (Sheet s : sheets) {
      Optional<String> key = settings.groupBy() == PanelAnalysis.GroupBy.GROUP
          ? s.member().group() : s.member().role();
      byKey.computeIfAbsent(key.orElse(PanelAnalysis.NO_GROUP), k -> new ArrayList<>()).add(s);
    }
    int min = settings.minimumGroupSize();
    List<String> folded = new ArrayList<>();
    byKey.forEach((k, v) -> {
      if (v.size() < min) {
        folded.add(k);
      }
    });
    if (!folded.isEmpty()) {
      int other = folded.stream().mapToInt(k -> byKey.get(k).size()).sum();
      while (other < min && folded.size() < byKey.size()) {
        String smallest = byKey.keySet().stream().filter(k -> !folded.contains(k))
            .min(Comparator.comparingInt((String k) -> byKey.get(k).size()).thenComparing(k -> k))
            .orElseThrow();
        folded.add(smallest);
        other += byKey.get(smallest).size();
      }
    }
    List<PanelResult.Group> out = new ArrayList<>();
    List<Sheet> rest = new ArrayList<>();
    for (Map.Entry<String, List<Sheet>> e : byKey.entrySet()) {
      if (folded.contains(e.getKey())) {
        findings.add(PanelProblem.GROUP_FOLDED.at("", e.getKey(), min, PanelAnalysis.OTHER));
        rest.addAll(e.getValue());
      } else {
        out.add(group(e.getKey(), e.getValue()));
      }
    }
    if (rest.size() >= min) {
      out.add(group(PanelAnalysis.OTHER, rest));
    }
    return out;
  }

  private PanelResult.Group group(String key, List<Sheet> members) {
    return new PanelResult.Group(key, members.size(), describe(members), summarize(members));
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
