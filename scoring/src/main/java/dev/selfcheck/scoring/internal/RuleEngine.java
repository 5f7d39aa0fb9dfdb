package dev.selfcheck.scoring.internal;

import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rule;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Reason;
import dev.selfcheck.core.QuestionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/*
 * Rules and recommendations.
 *
 * Every rule's condition is evaluated over the answers (hidden questions count as not answered)
 * and the dimension results. Evaluation also collects the facts that made the condition true: for
 * "all", the facts of every part; for "any", the facts of the first part that holds; for "not", a
 * NOT fact (the negated part did not hold). Facts are codes with arguments (Reason.Code): the answer
 * given, the exact score, the band; their words come from the message bundle (Texts). A recommendation yielded by several rules appears once, with
 * all its rules and reasons. Output order: priority descending, then the recommendation's position
 * in the questionnaire's catalog (the stated tie-break), so the order never depends on rule order or
 * on hashing.
 *
 * Whether a condition holds is decided by the evaluator (Kernel: every condition compiled once
 * into tests over the cells and the results, allocating nothing). The facts (the reasons) are
 * collected here by the Evaluation visitor, only for the rules that fired and only when
 * explanations are asked for.
 */
/** Fires rules and collects recommendations with reasons. */
public final class RuleEngine {

  private final Questionnaire questionnaire;
  private final Map<String, Question> questions = new HashMap<>();
  /** The recommendations, first of each id, in catalog order. */
  private final List<Recommendation> recommendations = new ArrayList<>();
  private final Map<String, Integer> recommendationIndex = new HashMap<>();
  /** Recommendation indices in output order: priority descending, then catalog order. */
  private final int[] outputOrder;
  private final List<Rule> rules;
  /** Per rule, the indices of the recommendations it yields (unknown ids left out). */
  private final int[][] yields;
  private final Map<String, Integer> dimensionIndex;

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
    questions.putAll(questionnaire.questionsById());
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

  /** The facts of one evaluation; null means the condition is false. */
  private final class Evaluation implements Condition.Visitor<List<Reason>> {
    private final Response response;
    private final Set<String> visible;
    private final Map<String, DimensionResult> results;
    private String rule;
    private String pointer;

    Evaluation(Response response, Set<String> visible, Map<String, DimensionResult> results) {
      this.response = response;
      this.visible = visible;
      this.results = results;
    }

    List<Reason> eval(String ruleId, Condition c, String at) {
      rule = ruleId;
      return eval(c, at);
    }

    private List<Reason> eval(Condition c, String at) {
      String saved = pointer;
      pointer = at;
      List<Reason> r = c.accept(this);
      pointer = saved;
      return r;
    }

    private boolean visible(String id) {
      return visible == null || visible.contains(id);
    }

    private AnswerState state(String id) {
      return visible(id) ? response.stateOf(id) : AnswerState.NOT_ANSWERED;
    }

    private Optional<AnswerValue> value(String id) {
      return visible(id) ? response.answer(id).flatMap(Answer::value) : Optional.empty();
    }

    private Reason.Builder fact(Reason.Code code) {
      return Reason.builder().rule(rule).pointer(pointer).code(code);
    }

    private List<Reason> one(Reason.Builder fact) {
      List<Reason> facts = new ArrayList<>(1);
      facts.add(fact.build());
      return facts;
    }

    @Override
    public List<Reason> visitAll(AllOf c) {
      List<Reason> facts = new ArrayList<>();
      for (int i = 0; i < c.parts().size(); i++) {
        List<Reason> f = eval(c.parts().get(i), pointer + "/all/" + i);
        if (f == null) {
          return null;
        }
        facts.addAll(f);
      }
      return facts;
    }

    @Override
    public List<Reason> visitAny(AnyOf c) {
      for (int i = 0; i < c.parts().size(); i++) {
        List<Reason> f = eval(c.parts().get(i), pointer + "/any/" + i);
        if (f != null) {
          return f;
        }
      }
      return null;
    }

    @Override
    public List<Reason> visitNot(Not c) {
      List<Reason> f = eval(c.part(), pointer + "/not");
      return f != null ? null : one(fact(Reason.Code.NOT).negated(c.part()));
    }

    @Override
    public List<Reason> visitAnswerIs(AnswerIs c) {
      AnswerState s = state(c.question());
      if (s != c.state()) {
        return null;
      }
      return one(fact(Reason.Code.ANSWER_STATE).question(c.question()).state(s));
    }

    @Override
    public List<Reason> visitQuantifier(Quantifier c) {
      List<String> satisfied = new ArrayList<>();
      for (String id : c.questions()) {
        if (c.testFor(id).accept(this) != null) {
          satisfied.add(id);
        }
      }
      int n = satisfied.size();
      if (n < c.atLeast().orElse(0) || n > c.atMost().orElse(Integer.MAX_VALUE)) {
        return null;
      }
      Reason.Builder f = fact(Reason.Code.COUNT).questions(satisfied)
          .questionCount(c.questions().size());
      c.atLeast().ifPresent(f::atLeast);
      c.atMost().ifPresent(f::atMost);
      if (c.state().isPresent()) {
        f.state(c.state().get());
      } else {
        f.operator(c.operator().orElseThrow()).literals(c.values());
      }
      return one(f);
    }

    @Override
    public List<Reason> visitMeasure(MeasureComparison c) {
      DimensionResult r = results.get(c.dimension());
      if (r == null || r.score().isEmpty()) {
        return null;
      }
      boolean score = c.measure() == MeasureComparison.Measure.SCORE;
      Rational value = score ? r.score().get() : r.completion();
      if (!c.operator().holds(value.compareTo(c.value()))) {
        return null;
      }
      Reason.Builder f = fact(score ? Reason.Code.SCORE : Reason.Code.COMPLETION)
          .dimension(c.dimension()).value(value).operator(c.operator()).addLiteral(Literal.of(c.value()));
      if (score) {
        r.displayScore().ifPresent(f::displayScore);
      }
      return one(f);
    }

    @Override
    public List<Reason> visitScorable(ScorableIs c) {
      DimensionResult r = results.get(c.dimension());
      if (r == null || r.scorable() != c.scorable()) {
        return null;
      }
      return one(c.scorable() ? fact(Reason.Code.SCORABLE).dimension(c.dimension())
          : fact(Reason.Code.NOT_SCORABLE).dimension(c.dimension()).notScorable(r.notScorable()));
    }

    @Override
    public List<Reason> visitBand(BandIs c) {
      DimensionResult r = results.get(c.dimension());
      if (r == null || r.band().isEmpty()) {
        return null;
      }
      String band = r.band().get().id();
      boolean in = c.bands().contains(band);
      if (c.operator() == Operator.NE ? in : !in) {
        return null;
      }
      return one(fact(Reason.Code.BAND).dimension(c.dimension()).band(band));
    }

    @Override
    public List<Reason> visitAnswerComparison(AnswerComparison c) {
      Question q = questions.get(c.question());
      Optional<AnswerValue> v = value(c.question());
      if (q == null || v.isEmpty() || !c.matches(questionnaire, q, v.get())) {
        return null;
      }
      return one(fact(Reason.Code.ANSWER_VALUE).question(c.question()).answer(v.get())
          .operator(c.operator()).literals(c.values()));
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
    Evaluation evaluation = null;
    for (int i = 0; i < holds.length; i++) {
      if (!holds[i]) {
        continue;
      }
      Rule rule = rules.get(i);
      List<Reason> reasons = null;
      if (explain) {
        if (evaluation == null) {
          evaluation = new Evaluation(response, visible, byId(results));
        }
        reasons = evaluation.eval(rule.id(), rule.when(), "/rules/" + i + "/when");
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

  private Map<String, DimensionResult> byId(DimensionResult[] results) {
    Map<String, DimensionResult> out = new HashMap<>();
    dimensionIndex.forEach((id, at) -> {
      if (results[at] != null) {
        out.put(id, results[at]);
      }
    });
    return out;
  }
}
