package dev.selfcheck.surveyjs.internal;

import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.ConditionReference;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.ScorableIs;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a visibility condition as a SurveyJS expression with the same meaning, in the forms
 * {@link ConditionReader} reads back into the same condition: {@code ne} and {@code is answered}
 * get a {@code notempty} guard (SurveyJS's {@code !=} holds for an empty answer), {@code in} is
 * {@code anyof}, every part that is itself a group is put in parentheses.
 */
final class ConditionWriter implements Condition.Visitor<String> {

  /** Why a condition cannot be written. */
  static final class NotWritable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotWritable(String reason) {
      super(reason, null, false, false);
    }
  }

  private final Map<String, Asked> questions;

  ConditionWriter(Map<String, Asked> questions) {
    this.questions = questions;
  }

  /**
   * The expression.
   *
   * @throws NotWritable with the reason when a part has no counterpart
   */
  String write(Condition condition) {
    return condition.accept(this);
  }

  @Override
  public String visitAll(AllOf c) {
    return join(c.parts(), " and ");
  }

  @Override
  public String visitAny(AnyOf c) {
    return join(c.parts(), " or ");
  }

  private String join(List<Condition> parts, String operator) {
    return parts.stream().map(this::part).collect(Collectors.joining(operator));
  }

  /** A part of a group, in parentheses when it is a group itself. */
  private String part(Condition c) {
    String text = c.accept(this);
    boolean grouped = c instanceof AllOf || c instanceof AnyOf || text.contains(" and ") || text.contains(" or ");
    return grouped ? "(" + text + ")" : text;
  }

  @Override
  public String visitNot(Not c) {
    return "!(" + c.part().accept(this) + ")";
  }

  @Override
  public String visitAnswerIs(AnswerIs c) {
    Asked q = asked(c.question());
    String v = variable(c.question());
    return switch (c.state()) {
      case NOT_ANSWERED -> v + " empty";
      case ANSWERED -> q.writesDontKnow() ? v + " notempty and " + v + " noneof ['" + Asked.DONT_KNOW + "']"
          : v + " notempty";
      case DONT_KNOW -> {
        if (!q.writesDontKnow()) {
          throw new NotWritable("'" + c.question() + "' is written without a don't know item");
        }
        yield v + " anyof ['" + Asked.DONT_KNOW + "']";
      }
      case NOT_APPLICABLE -> throw new NotWritable("SurveyJS has no 'not applicable' answer");
    };
  }

  @Override
  public String visitAnswerComparison(AnswerComparison c) {
    Asked q = asked(c.question());
    String v = variable(c.question());
    switch (c.operator()) {
      case EQ:
        requireNotMultiple(q, c);
        return v + " = " + constant(q, c.value());
      case NE:
        requireNotMultiple(q, c);
        return v + " notempty and " + (q.writesDontKnow() ? v + " noneof ['" + Asked.DONT_KNOW + "'] and " : "")
            + v + " != " + constant(q, c.value());
      case IN:
        requireNotMultiple(q, c);
        return v + " anyof [" + c.values().stream().map(l -> constant(q, l)).collect(Collectors.joining(", "))
            + "]";
      case CONTAINS:
        if (q.type() != QuestionType.MULTIPLE_CHOICE) {
          throw new NotWritable("'contains' on '" + c.question() + "', which is no multiple choice question, never holds");
        }
        return v + " contains " + constant(q, c.value());
      default:
        if (q.type() != QuestionType.NUMBER && !(q.orderedByNumber() && c.value().kind() == Literal.Kind.TEXT
            && q.options().contains(c.value().text()))) {
          throw new NotWritable("'" + c.operator().jsonName() + "' on '" + c.question()
              + "' follows the order of its options, which SurveyJS compares by value");
        }
        String symbol = switch (c.operator()) {
          case LT -> "<";
          case LE -> "<=";
          case GT -> ">";
          default -> ">=";
        };
        return v + " " + symbol + " " + constant(q, c.value());
    }
  }

  private static void requireNotMultiple(Asked q, AnswerComparison c) {
    if (q.type() == QuestionType.MULTIPLE_CHOICE) {
      throw new NotWritable("'" + c.operator().jsonName() + "' on the multiple choice question '" + c.question()
          + "' never holds");
    }
  }

  @Override
  public String visitReference(ConditionReference c) {
    throw new NotWritable("the named condition '" + c.name() + "'");
  }

  @Override
  public String visitQuantifier(Quantifier c) {
    throw new NotWritable("counting answers (of, atLeast, atMost)");
  }

  @Override
  public String visitMeasure(MeasureComparison c) {
    throw new NotWritable("scores and completion of dimensions");
  }

  @Override
  public String visitScorable(ScorableIs c) {
    throw new NotWritable("scorability of dimensions");
  }

  @Override
  public String visitBand(BandIs c) {
    throw new NotWritable("bands");
  }

  private Asked asked(String id) {
    Asked q = questions.get(id);
    if (q == null) {
      throw new NotWritable("'" + id + "' names no question");
    }
    return q;
  }

  private static String variable(String id) {
    return "{" + id + "}";
  }

  /** A literal as a SurveyJS constant, written as the question's values are stored. */
  private static String constant(Asked q, Literal l) {
    switch (l.kind()) {
      case BOOLEAN:
        return Boolean.toString(l.bool());
      case NUMBER:
        return Json.numberText(l.number());
      default:
        String text = l.text();
        if (q.type().hasOptions() && Json.isNumberText(text)) {
          return text;
        }
        if (!text.contains("'")) {
          return "'" + text + "'";
        }
        if (!text.contains("\"")) {
          return "\"" + text + "\"";
        }
        throw new NotWritable("a text with both kinds of quotes");
    }
  }
}
