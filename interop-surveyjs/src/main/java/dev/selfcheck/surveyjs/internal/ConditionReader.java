package dev.selfcheck.surveyjs.internal;

import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.surveyjs.internal.Expression.Array;
import dev.selfcheck.surveyjs.internal.Expression.Binary;
import dev.selfcheck.surveyjs.internal.Expression.Constant;
import dev.selfcheck.surveyjs.internal.Expression.Group;
import dev.selfcheck.surveyjs.internal.Expression.Refused;
import dev.selfcheck.surveyjs.internal.Expression.Unary;
import dev.selfcheck.surveyjs.internal.Expression.Variable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a SurveyJS {@code visibleIf} into condition data, with SurveyJS's meaning: {@code !=} is true
 * for an empty answer (so it reads as "not equal"), {@code notempty} holds for "don't know" too,
 * ordering on choices is by value (read only where it agrees with the options' order). The groups
 * {@link ConditionWriter} writes for "answered" and "answered and not equal" read back as
 * {@code is answered} and {@code ne}.
 */
final class ConditionReader {

  private final Map<String, Asked> questions;

  ConditionReader(Map<String, Asked> questions) {
    this.questions = questions;
  }

  Condition read(String text) throws Refused {
    return condition(Expression.parse(text));
  }

  private Condition condition(Expression e) throws Refused {
    if (e instanceof Group g) {
      return condition(g.inner());
    }
    if (e instanceof Binary b && (b.operator().equals("and") || b.operator().equals("or"))) {
      List<Expression> operands = new ArrayList<>();
      flatten(b, b.operator(), operands);
      if (b.operator().equals("and")) {
        Condition guarded = guardedGroup(operands);
        if (guarded != null) {
          return guarded;
        }
      }
      List<Condition> parts = new ArrayList<>();
      for (Expression operand : operands) {
        parts.add(condition(operand));
      }
      return b.operator().equals("and") ? Condition.all(parts.toArray(Condition[]::new))
          : Condition.any(parts.toArray(Condition[]::new));
    }
    if (e instanceof Unary u) {
      if (u.operator().equals("negate")) {
        return Condition.not(condition(u.operand()));
      }
      String name = variable(u.operand());
      Asked q = asked(name);
      if (u.operator().equals("empty")) {
        return Condition.answerIs(name, AnswerState.NOT_ANSWERED);
      }
      return q.dontKnow() ? Condition.not(Condition.answerIs(name, AnswerState.NOT_ANSWERED))
          : Condition.answerIs(name, AnswerState.ANSWERED);
    }
    if (e instanceof Binary b) {
      return comparison(b);
    }
    throw new Refused(e instanceof Variable v ? "{" + v.name() + "} alone is no condition; compare it"
        : "a constant alone is no condition");
  }

  private static void flatten(Expression e, String operator, List<Expression> into) {
    if (e instanceof Binary b && b.operator().equals(operator)) {
      flatten(b.left(), operator, into);
      flatten(b.right(), operator, into);
    } else {
      into.add(e);
    }
  }

  /**
   * The groups that stand for one condition of ours: {@code {q} notempty and {q} != v} is
   * {@code ne}; with "don't know" offered, {@code {q} noneof ['dontknow']} joins the group, and
   * without {@code !=} the group is {@code is answered}. Null when the operands are no such group.
   */
  private Condition guardedGroup(List<Expression> operands) throws Refused {
    if (operands.size() < 2 || operands.size() > 3
        || !(operands.get(0) instanceof Unary u) || !u.operator().equals("notempty")
        || !(u.operand() instanceof Variable v) || !questions.containsKey(v.name())) {
      return null;
    }
    Asked q = questions.get(v.name());
    int next = 1;
    if (q.dontKnow()) {
      if (!(operands.get(1) instanceof Binary b) || !b.operator().equals("noneof")
          || !(b.left() instanceof Variable w) || !w.name().equals(v.name())
          || !(b.right() instanceof Array a) || a.items().size() != 1
          || !Asked.DONT_KNOW.equals(a.items().get(0).value())) {
        return null;
      }
      next = 2;
    }
    if (next == operands.size()) {
      return Condition.answerIs(v.name(), AnswerState.ANSWERED);
    }
    if (next + 1 == operands.size() && operands.get(next) instanceof Binary b && b.operator().equals("notequal")
        && b.left() instanceof Variable w && w.name().equals(v.name()) && b.right() instanceof Constant c
        && !Asked.DONT_KNOW.equals(c.value())) {
      return Condition.answer(v.name(), Operator.NE, literal(q, c));
    }
    return null;
  }

  private Condition comparison(Binary b) throws Refused {
    String name = variable(b.left());
    Asked q = asked(name);
    String op = b.operator();
    switch (op) {
      case "equal":
      case "notequal": {
        Constant c = constant(b.right());
        Condition eq = q.dontKnow() && Asked.DONT_KNOW.equals(c.value())
            ? Condition.answerIs(name, AnswerState.DONT_KNOW)
            : Condition.answer(name, Operator.EQ, literal(q, c));
        if (q.type() == QuestionType.MULTIPLE_CHOICE && eq instanceof AnswerComparison) {
          throw new Refused("'=' compares a checkbox with one value; use contains or anyof");
        }
        return op.equals("equal") ? eq : Condition.not(eq);
      }
      case "less":
      case "lessorequal":
      case "greater":
      case "greaterorequal":
        return ordering(name, q, op, constant(b.right()));
      case "contains":
      case "notcontains": {
        if (q.type() != QuestionType.MULTIPLE_CHOICE) {
          throw new Refused("contains is read for checkbox questions only");
        }
        Condition contains = containsOne(name, q, constant(b.right()));
        return op.equals("contains") ? contains : Condition.not(contains);
      }
      case "anyof":
      case "noneof":
      case "allof": {
        if (!(b.right() instanceof Array a) || a.items().isEmpty()) {
          throw new Refused(op + " needs a list of values, such as ['a', 'b']");
        }
        Condition c = op.equals("allof") ? allOf(name, q, a) : anyOf(name, q, a);
        return op.equals("noneof") ? Condition.not(c) : c;
      }
      default:
        throw new Refused("the operator '" + op + "' is not supported");
    }
  }

  private Condition ordering(String name, Asked q, String op, Constant c) throws Refused {
    Operator operator = switch (op) {
      case "less" -> Operator.LT;
      case "lessorequal" -> Operator.LE;
      case "greater" -> Operator.GT;
      default -> Operator.GE;
    };
    if (q.type() == QuestionType.NUMBER) {
      return Condition.answer(name, operator, literal(q, c));
    }
    if (q.orderedByNumber() && c.value() instanceof BigDecimal n && q.options().contains(Json.numberText(n))) {
      return Condition.answer(name, operator, Literal.of(Json.numberText(n)));
    }
    throw new Refused("'" + op + "' on {" + name + "} compares values, which agrees with the"
        + " order of its options only for ascending numeric options and one of their values");
  }

  private Condition anyOf(String name, Asked q, Array a) throws Refused {
    if (q.type() == QuestionType.MULTIPLE_CHOICE) {
      List<Condition> parts = new ArrayList<>();
      for (Constant c : a.items()) {
        parts.add(containsOne(name, q, c));
      }
      return parts.size() == 1 ? parts.get(0) : Condition.any(parts.toArray(Condition[]::new));
    }
    List<Literal> values = new ArrayList<>();
    boolean dontKnow = false;
    for (Constant c : a.items()) {
      if (q.dontKnow() && Asked.DONT_KNOW.equals(c.value())) {
        dontKnow = true;
      } else {
        values.add(literal(q, c));
      }
    }
    Condition dk = Condition.answerIs(name, AnswerState.DONT_KNOW);
    if (values.isEmpty()) {
      return dk;
    }
    Condition in = Condition.answerIn(name, values);
    return dontKnow ? Condition.any(in, dk) : in;
  }

  private Condition allOf(String name, Asked q, Array a) throws Refused {
    if (q.type() != QuestionType.MULTIPLE_CHOICE) {
      throw new Refused("allof is read for checkbox questions only");
    }
    List<Condition> parts = new ArrayList<>();
    for (Constant c : a.items()) {
      parts.add(containsOne(name, q, c));
    }
    return parts.size() == 1 ? parts.get(0) : Condition.all(parts.toArray(Condition[]::new));
  }

  private Condition containsOne(String name, Asked q, Constant c) throws Refused {
    if (q.dontKnow() && Asked.DONT_KNOW.equals(c.value())) {
      return Condition.answerIs(name, AnswerState.DONT_KNOW);
    }
    return Condition.answer(name, Operator.CONTAINS, literal(q, c));
  }

  /** A constant as a literal that fits the question's answers. */
  private static Literal literal(Asked q, Constant c) throws Refused {
    Object v = c.value();
    switch (q.type()) {
      case YES_NO:
        if (v instanceof Boolean bool) {
          return Literal.of(bool.booleanValue());
        }
        throw new Refused("a boolean question compares with true or false");
      case NUMBER:
        if (v instanceof BigDecimal n) {
          return Literal.of(n);
        }
        throw new Refused("a number question compares with a number");
      case TEXT:
        return Literal.of(v instanceof BigDecimal n ? Json.numberText(n) : String.valueOf(v));
      default:
        if (v instanceof BigDecimal n) {
          return Literal.of(Json.numberText(n));
        }
        if (v instanceof String s) {
          return Literal.of(s);
        }
        throw new Refused("a choice question compares with a choice value");
    }
  }

  private static Constant constant(Expression e) throws Refused {
    if (e instanceof Constant c) {
      return c;
    }
    throw new Refused("a question is compared with a constant only");
  }

  private static String variable(Expression e) throws Refused {
    if (e instanceof Variable v) {
      return v.name();
    }
    if (e instanceof Group g) {
      return variable(g.inner());
    }
    throw new Refused("the left side of a comparison must be a question, such as {q1}");
  }

  private Asked asked(String name) throws Refused {
    Asked q = questions.get(name);
    if (q == null) {
      throw new Refused("{" + name + "} names no question that is read");
    }
    return q;
  }
}
