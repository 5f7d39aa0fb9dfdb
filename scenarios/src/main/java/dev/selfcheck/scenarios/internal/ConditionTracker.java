package dev.selfcheck.scenarios.internal;

import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Rational;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/*
 * Evaluates a rule's condition tree over one response and its assessment, the way the engine does
 * (docs/rules.md), but without short-circuits: every part of an all/any is evaluated, so that the
 * coverage of every sub-condition is known, not only of the first part that decides. Answer
 * conditions see hidden questions as not answered and compare with AnswerComparison.matches;
 * score, completion and band conditions read the assessment's DimensionResults and are false for
 * a dimension that is not scorable. The result of the whole tree is cross-checked against the
 * engine by the caller.
 */
/** Evaluates conditions for coverage, reporting the value of every node by its JSON Pointer. */
public final class ConditionTracker {

  private final Questionnaire questionnaire;
  private final Response response;
  private final Set<String> visible;
  private final Assessment assessment;

  /**
   * A tracker for one response.
   *
   * @param questionnaire the questionnaire
   * @param response the response
   * @param assessment the response's assessment
   */
  public ConditionTracker(Questionnaire questionnaire, Response response, Assessment assessment) {
    this.questionnaire = questionnaire;
    this.response = response;
    this.visible = new HashSet<>(questionnaire.visibleQuestions(response));
    this.assessment = assessment;
  }

  /**
   * Evaluates a condition and every part of it.
   *
   * @param condition the condition
   * @param pointer its JSON Pointer in the questionnaire document
   * @param record receives the pointer and value of every node, parts before their parent
   * @return the value of the condition
   */
  public boolean evaluate(Condition condition, String pointer, BiConsumer<String, Boolean> record) {
    boolean value;
    if (condition instanceof AllOf) {
      value = true;
      List<Condition> parts = ((AllOf) condition).parts();
      for (int i = 0; i < parts.size(); i++) {
        value &= evaluate(parts.get(i), pointer + "/all/" + i, record);
      }
    } else if (condition instanceof AnyOf) {
      value = false;
      List<Condition> parts = ((AnyOf) condition).parts();
      for (int i = 0; i < parts.size(); i++) {
        value |= evaluate(parts.get(i), pointer + "/any/" + i, record);
      }
    } else if (condition instanceof Not) {
      value = !evaluate(((Not) condition).part(), pointer + "/not", record);
    } else {
      value = leaf(condition);
    }
    record.accept(pointer, value);
    return value;
  }

  private boolean leaf(Condition c) {
    if (c instanceof AnswerIs) {
      return state(((AnswerIs) c).question()) == ((AnswerIs) c).state();
    }
    if (c instanceof AnswerComparison) {
      AnswerComparison a = (AnswerComparison) c;
      Optional<Question> q = questionnaire.question(a.question());
      Optional<AnswerValue> v = value(a.question());
      return q.isPresent() && v.isPresent() && a.matches(questionnaire, q.get(), v.get());
    }
    if (c instanceof Quantifier) {
      Quantifier quantifier = (Quantifier) c;
      long count = quantifier.questions().stream().filter(id -> leaf(quantifier.testFor(id))).count();
      return quantifier.atLeast().orElse(0) <= count && count <= quantifier.atMost().orElse(Integer.MAX_VALUE);
    }
    if (c instanceof MeasureComparison) {
      MeasureComparison m = (MeasureComparison) c;
      Optional<DimensionResult> d = scorable(m.dimension());
      if (d.isEmpty()) {
        return false;
      }
      Rational measured = m.measure() == MeasureComparison.Measure.SCORE
          ? d.get().score().orElseThrow() : d.get().completion();
      return m.operator().holds(measured.compareTo(m.value()));
    }
    if (c instanceof ScorableIs) {
      ScorableIs s = (ScorableIs) c;
      return assessment.dimension(s.dimension()).map(DimensionResult::scorable).orElse(false) == s.scorable();
    }
    if (c instanceof BandIs) {
      BandIs b = (BandIs) c;
      Optional<String> band = scorable(b.dimension()).flatMap(DimensionResult::band).map(x -> x.id());
      if (band.isEmpty()) {
        return false;
      }
      return b.operator() == Operator.NE ? !b.bands().contains(band.get()) : b.bands().contains(band.get());
    }
    throw new IllegalArgumentException("unknown condition " + c);
  }

  private Optional<DimensionResult> scorable(String dimensionId) {
    return assessment.dimension(dimensionId).filter(DimensionResult::scorable);
  }

  private AnswerState state(String questionId) {
    return visible.contains(questionId) ? response.stateOf(questionId) : AnswerState.NOT_ANSWERED;
  }

  private Optional<AnswerValue> value(String questionId) {
    return state(questionId) == AnswerState.ANSWERED
        ? response.answer(questionId).flatMap(a -> a.value()) : Optional.empty();
  }

  /**
   * Describes a condition node in one line, for tables.
   *
   * @param c the condition
   * @return such as {@code answer mgmt.budget le "1"} or {@code any(3)}
   */
  public static String describe(Condition c) {
    if (c instanceof AllOf) {
      return "all of " + ((AllOf) c).parts().size();
    }
    if (c instanceof AnyOf) {
      return "any of " + ((AnyOf) c).parts().size();
    }
    if (c instanceof Not) {
      return "not";
    }
    if (c instanceof AnswerIs) {
      return "answer " + ((AnswerIs) c).question() + " is " + ((AnswerIs) c).state().jsonName();
    }
    if (c instanceof AnswerComparison) {
      AnswerComparison a = (AnswerComparison) c;
      return "answer " + a.question() + " " + a.operator().jsonName() + " " + literals(a.values());
    }
    if (c instanceof Quantifier) {
      Quantifier q = (Quantifier) c;
      return q.questions().size() + " questions" + q.atLeast().map(n -> " atLeast " + n).orElse("")
          + q.atMost().map(n -> " atMost " + n).orElse("") + " where "
          + q.state().map(s -> "is " + s.jsonName())
              .orElseGet(() -> q.operator().orElseThrow().jsonName() + " " + literals(q.values()));
    }
    if (c instanceof MeasureComparison) {
      MeasureComparison m = (MeasureComparison) c;
      return m.measure().jsonName() + " " + m.dimension() + " " + m.operator().jsonName() + " "
          + m.value().toPlainString();
    }
    if (c instanceof ScorableIs) {
      return "score " + ((ScorableIs) c).dimension() + " is "
          + (((ScorableIs) c).scorable() ? "scorable" : "notScorable");
    }
    BandIs b = (BandIs) c;
    return "band " + b.dimension() + " " + b.operator().jsonName() + " "
        + (b.bands().size() == 1 ? b.bands().get(0) : b.bands().toString());
  }

  private static String literals(List<dev.selfcheck.core.Literal> values) {
    List<String> shown = values.stream().map(l -> {
      switch (l.kind()) {
        case TEXT:
          return "\"" + l.text() + "\"";
        case NUMBER:
          return l.number().toPlainString();
        default:
          return Boolean.toString(l.bool()).toLowerCase(Locale.ROOT);
      }
    }).collect(java.util.stream.Collectors.toList());
    return shown.size() == 1 ? shown.get(0) : shown.toString();
  }

  /**
   * Lists every node of a condition tree with its pointer, parents before parts.
   *
   * @param c the condition
   * @param pointer its pointer
   * @param out receives pointer and node
   */
  public static void walk(Condition c, String pointer, Map<String, Condition> out) {
    out.put(pointer, c);
    if (c instanceof AllOf) {
      List<Condition> parts = ((AllOf) c).parts();
      for (int i = 0; i < parts.size(); i++) {
        walk(parts.get(i), pointer + "/all/" + i, out);
      }
    } else if (c instanceof AnyOf) {
      List<Condition> parts = ((AnyOf) c).parts();
      for (int i = 0; i < parts.size(); i++) {
        walk(parts.get(i), pointer + "/any/" + i, out);
      }
    } else if (c instanceof Not) {
      walk(((Not) c).part(), pointer + "/not", out);
    }
  }
}
