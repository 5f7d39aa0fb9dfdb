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
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/*
 * Rules and recommendations.
 *
 * Every rule's condition is evaluated over the answers (hidden questions count as not answered)
 * and the dimension results. Evaluation also collects the facts that made the condition true: for
 * "all", the facts of every part; for "any", the facts of the first part that holds; for "not", a
 * fact that states what did not hold. A recommendation yielded by several rules appears once, with
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
  private final class Evaluation implements Condition.Visitor<List<String[]>> {
    private final Response response;
    private final Set<String> visible;
    private final Map<String, DimensionResult> results;
    private String pointer;

    Evaluation(Response response, Set<String> visible, Map<String, DimensionResult> results) {
      this.response = response;
      this.visible = visible;
      this.results = results;
    }

    List<String[]> eval(Condition c, String at) {
      String saved = pointer;
      pointer = at;
      List<String[]> r = c.accept(this);
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

    @Override
    public List<String[]> visitAll(AllOf c) {
      List<String[]> facts = new ArrayList<>();
      for (int i = 0; i < c.parts().size(); i++) {
        List<String[]> f = eval(c.parts().get(i), pointer + "/all/" + i);
        if (f == null) {
          return null;
        }
        facts.addAll(f);
      }
      return facts;
    }

    @Override
    public List<String[]> visitAny(AnyOf c) {
      for (int i = 0; i < c.parts().size(); i++) {
        List<String[]> f = eval(c.parts().get(i), pointer + "/any/" + i);
        if (f != null) {
          return f;
        }
      }
      return null;
    }

    @Override
    public List<String[]> visitNot(Not c) {
      String here = pointer;
      List<String[]> f = eval(c.part(), pointer + "/not");
      if (f != null) {
        return null;
      }
      List<String[]> facts = new ArrayList<>();
      facts.add(new String[] {here, "it is not the case that " + describe(c.part())});
      return facts;
    }

    @Override
    public List<String[]> visitAnswerIs(AnswerIs c) {
      AnswerState s = state(c.question());
      if (s != c.state()) {
        return null;
      }
      List<String[]> facts = new ArrayList<>();
      facts.add(new String[] {pointer, "question '" + c.question() + "' is " + stateText(s)});
      return facts;
    }

    @Override
    public List<String[]> visitQuantifier(Quantifier c) {
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
      List<String[]> facts = new ArrayList<>();
      facts.add(new String[] {pointer, n + " of " + c.questions().size() + " questions "
          + (n == 0 ? "" : satisfied.stream().map(q -> "'" + q + "'").collect(Collectors.joining(", ", "(", ") ")))
          + "satisfy " + describeTest(c) + bounds(c)});
      return facts;
    }

    @Override
    public List<String[]> visitMeasure(MeasureComparison c) {
      DimensionResult r = results.get(c.dimension());
      if (r == null || r.score().isEmpty()) {
        return null;
      }
      Rational value = c.measure() == MeasureComparison.Measure.SCORE ? r.score().get() : r.completion();
      if (!c.operator().holds(value.compareTo(c.value()))) {
        return null;
      }
      List<String[]> facts = new ArrayList<>();
      facts.add(new String[] {pointer, "the " + c.measure().jsonName() + " of " + name(c.dimension())
          + " is " + shown(value, c.measure() == MeasureComparison.Measure.SCORE ? r : null) + ", which is "
          + words(c.operator()) + " " + c.value().toPlainString()});
      return facts;
    }

    @Override
    public List<String[]> visitScorable(ScorableIs c) {
      DimensionResult r = results.get(c.dimension());
      if (r == null || r.scorable() != c.scorable()) {
        return null;
      }
      List<String[]> facts = new ArrayList<>();
      facts.add(new String[] {pointer, name(c.dimension()) + (c.scorable() ? " has a score"
          : " is not scorable: " + r.notScorableBecause().orElse(""))});
      return facts;
    }

    @Override
    public List<String[]> visitBand(BandIs c) {
      DimensionResult r = results.get(c.dimension());
      if (r == null || r.band().isEmpty()) {
        return null;
      }
      String band = r.band().get().id();
      boolean in = c.bands().contains(band);
      if (c.operator() == Operator.NE ? in : !in) {
        return null;
      }
      List<String[]> facts = new ArrayList<>();
      facts.add(new String[] {pointer, "the band of " + name(c.dimension()) + " is '" + band + "'"});
      return facts;
    }

    @Override
    public List<String[]> visitAnswerComparison(AnswerComparison c) {
      Question q = questions.get(c.question());
      Optional<AnswerValue> v = value(c.question());
      if (q == null || v.isEmpty() || !c.matches(questionnaire, q, v.get())) {
        return null;
      }
      List<String[]> facts = new ArrayList<>();
      facts.add(new String[] {pointer, "the answer to '" + c.question() + "' is " + valueText(v.get())
          + ", which satisfies " + c.operator().jsonName() + " " + literals(c.values())});
      return facts;
    }
  }

  private static String name(String dimension) {
    return DimensionResult.TOTAL.equals(dimension) ? "the total" : "'" + dimension + "'";
  }

  private static String shown(Rational value, DimensionResult r) {
    if (r != null && r.displayScore().isPresent()) {
      String display = r.displayScore().get().toPlainString();
      return value.isTerminatingDecimal() && value.toString().equals(display)
          ? display : display + " (exactly " + value + ")";
    }
    return value.toString();
  }

  private static String words(Operator op) {
    switch (op) {
      case EQ:
        return "equal to";
      case NE:
        return "not equal to";
      case LT:
        return "below";
      case LE:
        return "at most";
      case GT:
        return "above";
      default:
        return "at least";
    }
  }



  private static String describeTest(Quantifier c) {
    return c.state().map(st -> "is " + st.jsonName())
        .orElseGet(() -> c.operator().orElseThrow().jsonName() + " " + literals(c.values()));
  }

  private static String bounds(Quantifier c) {
    String least = c.atLeast().map(v -> "at least " + v).orElse("");
    String most = c.atMost().map(v -> "at most " + v).orElse("");
    return " (required: " + (least.isEmpty() ? most : most.isEmpty() ? least : least + " and " + most) + ")";
  }

  private static String stateText(AnswerState s) {
    switch (s) {
      case DONT_KNOW:
        return "answered \"don't know\"";
      case NOT_APPLICABLE:
        return "answered \"not applicable\"";
      case NOT_ANSWERED:
        return "not answered";
      default:
        return "answered";
    }
  }

  private static String valueText(AnswerValue v) {
    switch (v.kind()) {
      case STRING:
        return "'" + v.asString() + "'";
      case STRINGS:
        return v.asOptions().stream().map(o -> "'" + o + "'").collect(Collectors.joining(", ", "[", "]"));
      case BOOLEAN:
        return v.asBoolean() ? "yes" : "no";
      default:
        return v.asNumber().toPlainString();
    }
  }

  private static String literals(List<Literal> values) {
    List<String> texts = values.stream().map(RuleEngine::literal).collect(Collectors.toList());
    return texts.size() == 1 ? texts.get(0) : String.join(", ", texts);
  }

  private static String literal(Literal l) {
    switch (l.kind()) {
      case TEXT:
        return "'" + l.text() + "'";
      case NUMBER:
        return l.number().toPlainString();
      default:
        return String.valueOf(l.bool());
    }
  }

  /** A short description of a condition, for negated facts. */
  static String describe(Condition c) {
    return c.accept(new Condition.Visitor<String>() {
      @Override
      public String visitAll(AllOf a) {
        return a.parts().stream().map(RuleEngine::describe).collect(Collectors.joining(" and ", "(", ")"));
      }

      @Override
      public String visitAny(AnyOf a) {
        return a.parts().stream().map(RuleEngine::describe).collect(Collectors.joining(" or ", "(", ")"));
      }

      @Override
      public String visitNot(Not n) {
        return "not " + describe(n.part());
      }

      @Override
      public String visitAnswerIs(AnswerIs a) {
        return "question '" + a.question() + "' is " + stateText(a.state());
      }

      @Override
      public String visitAnswerComparison(AnswerComparison a) {
        return "the answer to '" + a.question() + "' " + a.operator().jsonName() + " "
            + (a.operator() == Operator.IN ? "[" + literals(a.values()) + "]" : literals(a.values()));
      }

      @Override
      public String visitQuantifier(Quantifier q) {
        return "questions " + q.questions() + " satisfy " + describeTest(q) + bounds(q);
      }

      @Override
      public String visitMeasure(MeasureComparison m) {
        return "the " + m.measure().jsonName() + " of " + name(m.dimension()) + " is "
            + words(m.operator()) + " " + m.value().toPlainString();
      }

      @Override
      public String visitScorable(ScorableIs c) {
        return name(c.dimension()) + (c.scorable() ? " has a score" : " is not scorable");
      }

      @Override
      public String visitBand(BandIs b) {
        return "the band of " + name(b.dimension()) + " " + b.operator().jsonName() + " " + b.bands();
      }
    });
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
      List<String[]> reasons = null;
      if (explain) {
        if (evaluation == null) {
          evaluation = new Evaluation(response, visible, byId(results));
        }
        reasons = evaluation.eval(rule.when(), "/rules/" + i + "/when");
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
          for (String[] f : reasons) {
            b.addReason(Reason.of(rule.id(), f[0], f[1]));
          }
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
