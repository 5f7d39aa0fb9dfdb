package dev.selfcheck.scoring.internal;

import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.ConditionProgram;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rule;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.Reason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/*
 * Rules and recommendations.
 *
 * Whether a rule's condition holds is decided by the condition program (core's ConditionProgram,
 * run by the evaluator, allocating nothing); this class only collects what fired. A recommendation
 * yielded by several rules appears once, with all its rules and reasons. Output order: priority
 * descending, then the recommendation's position in the questionnaire's catalog (the stated
 * tie-break), so the order never depends on rule order or on hashing.
 *
 * Reasons, only for the rules that fired and only when explanations are asked for, come from the
 * program's trace of the rule over the assessment's answers and results: its deciding parts (for
 * "all" every part, for "any" the first part that holds, a "not" by itself, as NOT: the negated
 * part did not hold) each become a fact, a code with arguments (Reason.Code) read from the
 * condition, the answers and the results (the answer given, the exact score, the band); their
 * words come from the message bundle (Texts). Nothing here decides whether a part holds.
 */
/** Fires rules and collects recommendations with reasons. */
public final class RuleEngine {

  private final Questionnaire questionnaire;
  /** The recommendations, first of each id, in catalog order. */
  private final List<Recommendation> recommendations = new ArrayList<>();
  private final Map<String, Integer> recommendationIndex = new HashMap<>();
  /** Recommendation indices in output order: priority descending, then catalog order. */
  private final int[] outputOrder;
  private final List<Rule> rules;
  /** Per rule, the indices of the recommendations it yields (unknown ids left out). */
  private final int[][] yields;
  private final Map<String, Integer> dimensionIndex;
  private final ConditionProgram program;
  /** The questions in the program's order (by question index). */
  private final List<Question> questions;

  /**
   * Compiles the rules of a questionnaire.
   *
   * @param questionnaire the questionnaire
   * @param dimensionIndex the index of every dimension's result (and of the total's) in the
   *     results passed to {@link #fire}
   */
  public RuleEngine(Questionnaire questionnaire, Map<String, Integer> dimensionIndex) {
    this.questionnaire = questionnaire;
    this.dimensionIndex = dimensionIndex;
    this.program = questionnaire.conditions();
    this.questions = questionnaire.allQuestions().toList();
    for (Recommendation r : questionnaire.recommendations()) {
      if (!recommendationIndex.containsKey(r.id())) {
        recommendationIndex.put(r.id(), recommendations.size());
        recommendations.add(r);
      }
    }
    outputOrder = IntStream.range(0, recommendations.size()).boxed()
        .sorted(Comparator.comparingInt((Integer i) -> -recommendations.get(i).priority())
            .thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
    rules = questionnaire.rules();
    yields = new int[rules.size()][];
    for (int i = 0; i < rules.size(); i++) {
      yields[i] = rules.get(i).recommend().stream().filter(recommendationIndex::containsKey)
          .mapToInt(recommendationIndex::get).toArray();
    }
  }

  /** @return the recommendations, first of each id, in catalog order */
  List<Recommendation> catalog() {
    return recommendations;
  }

  /** @return recommendation indices in output order */
  int[] outputOrder() {
    return outputOrder;
  }

  /** @return per rule, the indices of the recommendations it yields */
  int[][] yields() {
    return yields;
  }

  /**
   * The assessment's answers and results as the condition program's facts, for tracing the rules
   * that fired (the evaluator's own facts are gone when the assessment is read).
   */
  private final class Read extends ConditionProgram.ResponseFacts {
    private final Set<String> visible;
    private final DimensionResult[] results;

    Read(Response response, Set<String> visible, DimensionResult[] results) {
      super(program, response);
      this.visible = visible;
      this.results = results;
    }

    @Override
    public boolean visible(int question) {
      return visible == null || visible.contains(questions.get(question).id());
    }

    DimensionResult result(String dimension) {
      return results[dimensionIndex.get(dimension)];
    }

    @Override
    public boolean scorable(int dimension) {
      return results[dimension] != null && results[dimension].scorable();
    }

    @Override
    public int compareScore(int dimension, int number) {
      return results[dimension].score().orElseThrow().compareTo(program.numbers().get(number));
    }

    @Override
    public int compareCompletion(int dimension, int number) {
      return results[dimension].completion().compareTo(program.numbers().get(number));
    }

    @Override
    public int band(int dimension) {
      DimensionResult r = results[dimension];
      if (r.band().isEmpty()) {
        return -1;
      }
      String id = r.band().get().id();
      List<Band> bands = questionnaire.bandsOf(r.id());
      for (int i = 0; i < bands.size(); i++) {
        if (bands.get(i).id().equals(id)) {
          return i;
        }
      }
      return -1;
    }

    /** The reasons of a fired rule: its deciding parts, as codes with their arguments. */
    List<Reason> reasons(int rule) {
      ConditionProgram.Trace trace = program.trace(rule, this);
      String ruleId = rules.get(rule).id();
      List<Reason> out = new ArrayList<>(trace.deciding().size());
      for (ConditionProgram.Step step : trace.deciding()) {
        Reason.Builder fact = Reason.builder().rule(ruleId).pointer(step.pointer());
        out.add(fact(fact, step, trace).build());
      }
      return out;
    }

    /** Turns one deciding part that holds into its fact (no part is decided again here). */
    private Reason.Builder fact(Reason.Builder f, ConditionProgram.Step step,
        ConditionProgram.Trace trace) {
      Condition c = step.condition();
      if (c instanceof Not n) {
        return f.code(Reason.Code.NOT).negated(n.part());
      }
      if (c instanceof AnswerIs a) {
        return f.code(Reason.Code.ANSWER_STATE).question(a.question()).state(a.state());
      }
      if (c instanceof AnswerComparison a) {
        return f.code(Reason.Code.ANSWER_VALUE).question(a.question()).answer(answer(a.question()))
            .operator(a.operator()).literals(a.values());
      }
      if (c instanceof Quantifier q) {
        f.code(Reason.Code.COUNT).questions(trace.counted(step))
            .questionCount(q.questions().size());
        q.atLeast().ifPresent(f::atLeast);
        q.atMost().ifPresent(f::atMost);
        return q.state().isPresent() ? f.state(q.state().get())
            : f.operator(q.operator().orElseThrow()).literals(q.values());
      }
      if (c instanceof MeasureComparison m) {
        DimensionResult r = result(m.dimension());
        boolean score = m.measure() == MeasureComparison.Measure.SCORE;
        f.code(score ? Reason.Code.SCORE : Reason.Code.COMPLETION).dimension(m.dimension())
            .value(score ? r.score().orElseThrow() : r.completion()).operator(m.operator())
            .addLiteral(Literal.of(m.value()));
        if (score) {
          r.displayScore().ifPresent(f::displayScore);
        }
        return f;
      }
      if (c instanceof ScorableIs s) {
        return s.scorable() ? f.code(Reason.Code.SCORABLE).dimension(s.dimension())
            : f.code(Reason.Code.NOT_SCORABLE).dimension(s.dimension())
                .notScorable(result(s.dimension()).notScorable());
      }
      if (c instanceof BandIs b) {
        return f.code(Reason.Code.BAND).dimension(b.dimension())
            .band(result(b.dimension()).band().orElseThrow().id());
      }
      throw new IllegalStateException("a deciding part of a fired rule that holds no fact: "
          + step.pointer());
    }
  }

  /**
   * Collects the recommendations of the rules whose conditions hold (as the evaluator decided).
   *
   * @param holds per rule, whether its condition holds
   * @param response the response
   * @param visible the visible question ids; null if every question is visible
   * @param results the dimension results, by the indices given at construction
   * @param explain whether to collect reasons
   * @return the fired recommendations in output order
   */
  public List<FiredRecommendation> fire(boolean[] holds, Response response, Set<String> visible,
      DimensionResult[] results, boolean explain) {
    FiredRecommendation.Builder[] fired = null;
    Read read = null;
    for (int i = 0; i < holds.length; i++) {
      if (!holds[i]) {
        continue;
      }
      Rule rule = rules.get(i);
      List<Reason> reasons = null;
      if (explain) {
        if (read == null) {
          read = new Read(response, visible, results);
        }
        reasons = read.reasons(i);
      }
      for (int r : yields[i]) {
        if (fired == null) {
          fired = new FiredRecommendation.Builder[recommendations.size()];
        }
        FiredRecommendation.Builder b = fired[r];
        if (b == null) {
          b = FiredRecommendation.builder().recommendation(recommendations.get(r));
          fired[r] = b;
        }
        b.addRule(rule.id());
        if (reasons != null) {
          b.addAllReasons(reasons);
        }
      }
    }
    if (fired == null) {
      return List.of();
    }
    List<FiredRecommendation> out = new ArrayList<>();
    for (int r : outputOrder) {
      if (fired[r] != null) {
        out.add(fired[r].build());
      }
    }
    return Collections.unmodifiableList(out);
  }
}
