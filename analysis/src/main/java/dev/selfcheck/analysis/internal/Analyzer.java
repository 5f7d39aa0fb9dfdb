package dev.selfcheck.analysis.internal;

import static dev.selfcheck.core.JsonPointer.append;

import dev.selfcheck.analysis.AnalysisProblem;
import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.ConditionProgram;
import dev.selfcheck.core.ConditionReference;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.JsonPointer;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.MessageBundle;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Rule;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Wording;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/*
 * Runs every check of the analysis over one questionnaire.
 *
 * The questionnaire's own validation comes first: what it reports is not repeated, and its errors
 * limit what can be reasoned about. A rule or visibility condition with an error inside is skipped
 * (its meaning is unclear), and score reasoning needs a scoring model without errors; the codes
 * below are the errors that leave the scoring model intact.
 *
 * Then the conditions are compiled into formulas (Abstraction), the visibility of every question is
 * decided (always / never / sometimes shown), the score ranges are derived from the scoring model
 * (ScoreRanges), and each check asks the solver whether formulas can hold. Every finding that says
 * "never", "always", "implies" or "excludes" rests on an unsatisfiability proof; findings that say
 * "can" (a required question can be hidden, a score lies in no band) rest on a concrete response,
 * checked with core's own visibility evaluation or with the real scoring engine.
 */
/** Runs the checks of the questionnaire analysis. */
public final class Analyzer {

  /** Evaluations the solver may spend on one question before giving up (and concluding nothing). */
  private static final int BUDGET = 200_000;

  /** Evaluations all questions of one analysis may spend together: a bound on its running time. */
  private static final long TOTAL_BUDGET = 20_000_000L;

  /** Validation errors that leave the scoring model as it is meant. */
  private static final Set<String> HARMLESS_FOR_SCORING = Set.of(
      "QST-0005", "QST-0006", "QST-0011", "QST-0012", "QST-0013", "QST-0014", "QST-0015",
      "QST-0016", "QST-0030", "QST-0031", "QST-0032", "QST-0033", "QST-0034", "QST-0040",
      "QST-0041", "QST-0050");

  private final Questionnaire questionnaire;
  private final List<Finding> validation;
  private final Pointers pointers;
  private final Abstraction abstraction;
  private final Solver solver;
  private final Map<String, Solver.Verdict> shown = new HashMap<>();
  private final boolean scoringSound;
  private ScoreRanges ranges;
  private final List<Finding> findings = new ArrayList<>();

  private Analyzer(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
    this.validation = questionnaire.validate();
    this.pointers = new Pointers(questionnaire);
    this.scoringSound = validation.stream()
        .noneMatch(f -> f.isError() && !HARMLESS_FOR_SCORING.contains(f.code()));
    Set<String> opaque = new HashSet<>();
    for (Question q : pointers.questions()) {
      if (hasErrorWithin(append(pointers.question(q.id()), "visibleWhen"))) {
        opaque.add(q.id());
      }
    }
    this.abstraction = new Abstraction(questionnaire, opaque);
    this.solver = new Solver(abstraction::variableCount, BUDGET, TOTAL_BUDGET);
  }

  /**
   * Analyses a questionnaire.
   *
   * @param questionnaire the questionnaire
   * @return the findings in document order
   */
  public static List<Finding> analyse(Questionnaire questionnaire) {
    Analyzer a = new Analyzer(questionnaire);
    a.run();
    a.findings.sort(Finding.DOCUMENT_ORDER);
    return List.copyOf(a.findings);
  }

  private boolean hasErrorWithin(String pointer) {
    return validation.stream().anyMatch(f -> f.isError()
        && JsonPointer.isWithin(f.pointer(), pointer));
  }

  private boolean validationReports(String code, String pointer) {
    return validation.stream().anyMatch(f -> f.code().equals(code) && f.pointer().equals(pointer));
  }

  private void report(AnalysisProblem problem, String pointer, Object... arguments) {
    findings.add(problem.at(pointer, arguments));
  }

  private void run() {
    for (Question q : pointers.questions()) {
      shown.put(q.id(), q.visibleWhen().isEmpty() ? Solver.Verdict.ALWAYS
          : solver.verdict(abstraction.visibility(q.id())));
    }
    if (scoringSound) {
      ranges = new ScoreRanges(questionnaire, id -> shown.getOrDefault(id, Solver.Verdict.UNKNOWN));
      abstraction.useScores(ranges);
    }
    questions();
    dimensions();
    new BandChecks(questionnaire, ranges, validation, findings).run();
    rules();
  }

  // ------------------------------------------------------------------ questions

  private void questions() {
    Set<String> influential = influentialQuestions();
    for (Question q : pointers.questions()) {
      String p = pointers.question(q.id());
      Solver.Verdict verdict = shown.get(q.id());
      boolean checkable = q.visibleWhen().isPresent() && !hasErrorWithin(append(p, "visibleWhen"));
      // A required question that its condition hides is not asked for (required means "while
      // visible"): that is skip logic. Only one that is never shown is a contradiction.
      if (checkable && verdict == Solver.Verdict.NEVER) {
        report(q.required() ? AnalysisProblem.REQUIRED_NEVER_SHOWN : AnalysisProblem.NEVER_SHOWN,
            append(p, "visibleWhen"), q.id());
      }
      if (q.visibleWhen().isPresent()) {
        laterQuestions(q, q.visibleWhen().get(), append(p, "visibleWhen"));
      }
      if (verdict != Solver.Verdict.NEVER && !influential.contains(q.id())
          && q.type() != QuestionType.TEXT) {
        if (ScoreRanges.itemRange(questionnaire, q).isPresent()) {
          report(AnalysisProblem.INFORMATION_ONLY_QUESTION, append(p, "weight"), q.id());
        } else {
          report(AnalysisProblem.UNUSED_QUESTION, p, q.id());
        }
      }
    }
  }

  /**
   * The questions that influence a score or a rule: scored questions of positive weight, questions
   * a rule or a conditional term refers to, and the questions that decide whether an influential question is shown.
   */
  private Set<String> influentialQuestions() {
    Set<String> influential = new LinkedHashSet<>();
    for (Question q : pointers.questions()) {
      if (q.weight().signum() > 0 && ScoreRanges.itemRange(questionnaire, q).isPresent()) {
        influential.add(q.id());
      }
    }
    questionnaire.rules().forEach(r -> influential.addAll(questionsOf(r.when())));
    ConditionProgram program = questionnaire.conditions();
    for (int t = 0; t < program.termCount(); t++) {
      influential.addAll(questionsOf(program.term(t).when()));
    }
    List<String> work = new ArrayList<>(influential);
    while (!work.isEmpty()) {
      String id = work.remove(work.size() - 1);
      questionnaire.question(id).flatMap(Question::visibleWhen).ifPresent(c -> {
        for (String ref : questionsOf(c)) {
          if (influential.add(ref)) {
            work.add(ref);
          }
        }
      });
    }
    return influential;
  }

  private List<String> questionsOf(Condition condition) {
    List<String> ids = new ArrayList<>();
    questionsOf(condition, new java.util.HashSet<>(), ids);
    return ids;
  }

  /** The questions a condition reads, through the named conditions it uses (each once). */
  private void questionsOf(Condition condition, Set<String> named, List<String> ids) {
    condition.walk("", (c, p) -> {
      if (c instanceof AnswerIs a) {
        ids.add(a.question());
      } else if (c instanceof AnswerComparison a) {
        ids.add(a.question());
      } else if (c instanceof Quantifier a) {
        ids.addAll(a.questions());
      } else if (c instanceof ConditionReference r && named.add(r.name())
          && questionnaire.namedConditions().containsKey(r.name())) {
        questionsOf(questionnaire.namedConditions().get(r.name()), named, ids);
      }
    });
  }

  private void laterQuestions(Question q, Condition condition, String pointer) {
    int own = pointers.order(q.id());
    condition.walk(pointer, (c, p) -> {
      if (c instanceof AnswerIs a) {
        later(q, own, a.question(), append(p, "answer"));
      } else if (c instanceof AnswerComparison a) {
        later(q, own, a.question(), append(p, "answer"));
      } else if (c instanceof Quantifier a) {
        for (int i = 0; i < a.questions().size(); i++) {
          later(q, own, a.questions().get(i), append(append(p, "of"), i));
        }
      }
    });
  }

  private void later(Question q, int own, String ref, String pointer) {
    if (pointers.order(ref) > own) {
      report(AnalysisProblem.VISIBILITY_DEPENDS_ON_LATER_QUESTION, pointer, q.id(), ref);
    }
  }

  // ------------------------------------------------------------------ dimensions

  private void dimensions() {
    zeroWeights(questionnaire.dimensions(), "/dimensions", part("theTotal"));
    if (!scoringSound) {
      return;
    }
    if (allWeightsZero(questionnaire.dimensions(), List.of())) {
      if (!validationReports("QST-0021", "/dimensions")) {
        report(AnalysisProblem.ALL_WEIGHTS_ZERO, "/dimensions", part("theQuestionnaire"),
            part("totalReflectsNoAnswer"));
      }
    }
    questionnaire.allDimensions().forEach(d -> {
      String p = pointers.dimension(d.id());
      if (allWeightsZero(d.dimensions(), d.questions()) && !validationReports("QST-0021", p)) {
        report(AnalysisProblem.ALL_WEIGHTS_ZERO, p, part("dimension", d.id()),
            part("scoreReflectsNoAnswer"));
      } else if (!ranges.of(d.id()).mayScorable()
          && d.dimensions().stream().allMatch(c -> ranges.of(c.id()).mayScorable())) {
        report(AnalysisProblem.NEVER_SCORABLE, p, d.id());
      }
    });
  }

  private void zeroWeights(List<Dimension> dims, String base, Object parent) {
    for (int i = 0; i < dims.size(); i++) {
      Dimension d = dims.get(i);
      String p = append(base, i);
      if (d.weight().signum() == 0) {
        report(AnalysisProblem.ZERO_WEIGHT_DIMENSION, append(p, "weight"), d.id(), parent);
      } else {
        zeroWeights(d.dimensions(), append(p, "dimensions"), part("id", d.id()));
      }
    }
  }

  /** Whether there is at least one scored child and every one has weight 0. */
  private boolean allWeightsZero(List<Dimension> dims, List<Question> questions) {
    List<java.math.BigDecimal> weights = new ArrayList<>();
    dims.forEach(d -> weights.add(d.weight()));
    questions.stream().filter(q -> ScoreRanges.itemRange(questionnaire, q).isPresent())
        .forEach(q -> weights.add(q.weight()));
    return !weights.isEmpty() && weights.stream().allMatch(w -> w.signum() == 0);
  }

  // ------------------------------------------------------------------ rules

  private void rules() {
    List<Rule> rules = questionnaire.rules();
    Map<Integer, Formula> compiled = new HashMap<>();
    Map<Integer, Solver.Verdict> verdicts = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      String p = append(append("/rules", i), "when");
      if (hasErrorWithin(p)) {
        continue;
      }
      Rule rule = rules.get(i);
      Formula f = abstraction.compile(rule.when());
      Solver.Verdict verdict = solver.verdict(f);
      compiled.put(i, f);
      verdicts.put(i, verdict);
      if (verdict == Solver.Verdict.NEVER) {
        neverFires(rule, rule.when(), p);
      } else if (verdict == Solver.Verdict.ALWAYS) {
        report(AnalysisProblem.RULE_ALWAYS_FIRES, p, rule.id());
      } else if (firesWheneverScorable(rule, f)) {
        report(AnalysisProblem.RULE_FIRES_WHENEVER_SCORABLE, p, rule.id(), quotedAnd(scoreDimensions(rule.when())));
      }
      rule.when().walk(p, this::parts);
    }
    for (int i : compiled.keySet().stream().sorted().toList()) {
      if (!variable(verdicts.get(i))) {
        continue;
      }
      for (int j : compiled.keySet().stream().sorted().toList()) {
        if (i == j || !variable(verdicts.get(j))
            || !rules.get(j).recommend().containsAll(rules.get(i).recommend())) {
          continue;
        }
        boolean equivalent = rules.get(i).recommend().containsAll(rules.get(j).recommend())
            && solver.implies(compiled.get(j), compiled.get(i));
        if ((!equivalent || i > j) && solver.implies(compiled.get(i), compiled.get(j))) {
          report(AnalysisProblem.REDUNDANT_RULE, append("/rules", i), rules.get(i).id(),
              rules.get(j).id(), quoted(rules.get(i).recommend()));
          break;
        }
      }
    }
  }

  /**
   * Whether a rule that does not fire for every response fires for every response in which the
   * dimensions its score, completion and band conditions test have a score: "score >= 0" on a 0 to
   * 100 dimension, "score < 50 or score >= 50". Proven in the abstraction, which over-approximates
   * the responses, so it holds for every real one.
   */
  private boolean firesWheneverScorable(Rule rule, Formula f) {
    List<String> dimensions = scoreDimensions(rule.when());
    List<Formula> scorable = new ArrayList<>();
    for (String d : dimensions) {
      Optional<Formula> s = abstraction.scorable(d);
      if (s.isEmpty()) {
        return false;
      }
      scorable.add(s.get());
    }
    Formula all = Formula.and(scorable);
    return !dimensions.isEmpty() && solver.solve(all).outcome() == Solver.Outcome.SATISFIABLE
        && solver.implies(all, f);
  }

  /** The dimensions whose score a condition compares: score, completion and band conditions. */
  private static List<String> scoreDimensions(Condition condition) {
    Set<String> ids = new LinkedHashSet<>();
    condition.walk("", (c, p) -> {
      if (c instanceof MeasureComparison m) {
        ids.add(m.dimension());
      } else if (c instanceof BandIs b) {
        ids.add(b.dimension());
      }
    });
    return List.copyOf(ids);
  }

  private static boolean variable(Solver.Verdict v) {
    return v == Solver.Verdict.SOMETIMES || v == Solver.Verdict.UNKNOWN;
  }

  /** Reports a rule that never fires at the deepest part that explains it. */
  private void neverFires(Rule rule, Condition c, String p) {
    if (c instanceof AllOf all) {
      for (int i = 0; i < all.parts().size(); i++) {
        Condition part = all.parts().get(i);
        if (solver.unsatisfiable(abstraction.compile(part))) {
          neverFires(rule, part, append(append(p, "all"), i));
          return;
        }
      }
      return; // the parts exclude each other: reported as a contradiction
    }
    Object what = c instanceof AnyOf ? part("noPartOfAnyHolds")
        : c instanceof Not ? part("insideNotAlwaysHolds")
        : part("conditionNeverHolds", whyNever(c));
    report(AnalysisProblem.RULE_NEVER_FIRES, p, rule.id(), what);
  }

  private Object whyNever(Condition c) {
    if (c instanceof AnswerIs || c instanceof AnswerComparison) {
      String q = c instanceof AnswerIs a ? a.question() : ((AnswerComparison) c).question();
      return shown.get(q) == Solver.Verdict.NEVER ? part("questionNeverShown", q)
          : part("noAnswerSatisfies", q);
    }
    if (c instanceof Quantifier) {
      return part("quantifierNeverPasses");
    }
    String d = c instanceof MeasureComparison m ? m.dimension()
        : c instanceof ScorableIs s ? s.dimension() : ((BandIs) c).dimension();
    if (ranges == null) {
      return part("thisNeverHolds");
    }
    ScoreRanges.Range r = ranges.of(d);
    if (!r.mayScorable()) {
      return part("neverScored", d);
    }
    if (c instanceof ScorableIs) {
      return part("alwaysScored", d);
    }
    if (c instanceof MeasureComparison m && m.measure() == MeasureComparison.Measure.COMPLETION) {
      return part("completionBetween", d);
    }
    return part(c instanceof BandIs ? "scoresOutsideBand" : "scoresFrom", d, number(r.lo()),
        number(r.hi()));
  }

  /** A part of a message with words of its own, from the catalog's texts. */
  static MessageBundle.Localized part(String key, Object... arguments) {
    return AnalysisProblem.UNUSED_QUESTION.bundle().localized("part." + key, arguments);
  }

  /** An exact number in the reader's language (decimal separator), as the scoring module words it. */
  static MessageBundle.Localized number(Rational value) {
    return locale -> Wording.of(locale).number(value);
  }

  /**
   * Parts joined in the reader's language: by the text {@code part.<separator>}, and the last two
   * by {@code part.<last>}.
   */
  static MessageBundle.Localized joined(List<MessageBundle.Localized> parts, String separator, String last) {
    return locale -> {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < parts.size(); i++) {
        if (i > 0) {
          out.append(part(i == parts.size() - 1 ? last : separator).message(locale));
        }
        out.append(parts.get(i).message(locale));
      }
      return out.toString();
    };
  }

  /** Ids as the reader's language quotes them, joined by commas and, before the last, "and". */
  private static MessageBundle.Localized quotedAnd(List<String> ids) {
    return joined(ids.stream().map(id -> part("id", id)).toList(), "comma", "and");
  }

  /** Ids as the reader's language quotes them, joined by commas. */
  private static MessageBundle.Localized quoted(List<String> ids) {
    return joined(ids.stream().map(id -> part("id", id)).toList(), "comma", "comma");
  }

  /** Checks the parts of one all or any for contradictions and redundancy. */
  private void parts(Condition c, String p) {
    List<Condition> parts = c instanceof AllOf a ? a.parts() : c instanceof AnyOf o ? o.parts() : null;
    if (parts == null || parts.size() < 2) {
      return;
    }
    boolean all = c instanceof AllOf;
    String kind = all ? "all" : "any";
    List<Formula> fs = parts.stream().map(abstraction::compile).toList();
    List<Solver.Verdict> vs = fs.stream().map(solver::verdict).toList();
    Solver.Verdict whole = solver.verdict(abstraction.compile(c));
    if (all && whole == Solver.Verdict.NEVER && !vs.contains(Solver.Verdict.NEVER)) {
      report(AnalysisProblem.CONTRADICTORY_CONDITION, p, contradiction(fs));
      return;
    }
    if (!variable(whole)) {
      return;
    }
    for (int j = 0; j < parts.size(); j++) {
      String pj = append(append(p, kind), j);
      Solver.Verdict v = vs.get(j);
      if (all && v == Solver.Verdict.ALWAYS) {
        report(AnalysisProblem.REDUNDANT_CONDITION, pj, kind, part("itAlwaysHolds"));
        continue;
      }
      if (!all && v == Solver.Verdict.NEVER) {
        report(AnalysisProblem.REDUNDANT_CONDITION, pj, kind, part("itNeverHolds"));
        continue;
      }
      if (!variable(v)) {
        continue;
      }
      Optional<MessageBundle.Localized> why = redundancy(parts, fs, vs, j, all);
      why.ifPresent(w -> report(AnalysisProblem.REDUNDANT_CONDITION, pj, kind, w));
    }
  }

  private Optional<MessageBundle.Localized> redundancy(List<Condition> parts, List<Formula> fs,
      List<Solver.Verdict> vs, int j, boolean all) {
    for (int i = 0; i < parts.size(); i++) {
      if (i != j && parts.get(i).equals(parts.get(j))) {
        if (i < j) {
          return Optional.of(part("repeatsPart", i));
        }
        continue;
      }
      if (i == j || !variable(vs.get(i))) {
        continue;
      }
      // In an all, part j adds nothing if another part implies it; in an any, if it implies another.
      Formula stronger = all ? fs.get(i) : fs.get(j);
      Formula weaker = all ? fs.get(j) : fs.get(i);
      if (solver.implies(stronger, weaker)) {
        boolean equivalent = solver.implies(weaker, stronger);
        if (equivalent && i > j) {
          continue; // equivalent parts: the later one is reported
        }
        return Optional.of(part(equivalent ? "equivalentToPart" : all ? "partImpliesIt" : "impliesPart", i));
      }
    }
    return Optional.empty();
  }

  private MessageBundle.Localized contradiction(List<Formula> fs) {
    for (int i = 0; i < fs.size(); i++) {
      for (int j = i + 1; j < fs.size(); j++) {
        if (solver.unsatisfiable(Formula.and(fs.get(i), fs.get(j)))) {
          return part("partsExcludeEachOther", i, j);
        }
      }
    }
    return part("notAllAtOnce");
  }
}
