package dev.selfcheck.surveyjs.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The supported subset of SurveyJS expressions as a syntax tree, and its parser: variables
 * {@code {name}}, texts, numbers, {@code true}/{@code false}, arrays, the comparisons ({@code =},
 * {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=} and their word forms), {@code contains},
 * {@code notcontains}, {@code anyof}, {@code allof}, {@code noneof}, postfix {@code empty} and
 * {@code notempty}, {@code !}/{@code negate}, {@code and}/{@code &&}, {@code or}/{@code ||} and
 * parentheses, with SurveyJS's precedence (or below and below comparison). Function calls,
 * arithmetic, {@code null} and anything else are refused with a reason: an expression is data to be
 * read, never code to be run.
 */
sealed interface Expression {

  /** The longest expression read, in characters. */
  int MAX_LENGTH = 10_000;
  /** The deepest nesting read. */
  int MAX_DEPTH = 64;

  /** A question's value: {@code {name}}. */
  record Variable(String name) implements Expression {}

  /** A text ({@link String}), a number ({@link BigDecimal}) or a boolean ({@link Boolean}). */
  record Constant(Object value) implements Expression {}

  /** An array of constants: {@code ['a', 'b']}. */
  record Array(List<Constant> items) implements Expression {}

  /** {@code negate}, {@code empty} or {@code notempty} of an operand. */
  record Unary(String operator, Expression operand) implements Expression {}

  /** A binary operator by its SurveyJS name ({@code and}, {@code equal}, {@code anyof}, ...). */
  record Binary(String operator, Expression left, Expression right) implements Expression {}

  /** Parentheses, kept so that a chain of {@code and} is flattened only as written. */
  record Group(Expression inner) implements Expression {}

  /** Why an expression is not read: outside the subset, or not well formed. */
  final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * Parses an expression.
   *
   * @param text the expression
   * @return its tree
   * @throws Refused with the reason when the text lies outside the subset
   */
  static Expression parse(String text) throws Refused {
    if (text.length() > MAX_LENGTH) {
      throw new Refused("longer than " + MAX_LENGTH + " characters");
    }
    Parser parser = new Parser(text);
    Expression e = parser.or(0);
    parser.skipSpace();
    if (parser.pos < text.length()) {
      throw new Refused("unexpected '" + text.charAt(parser.pos) + "' at position " + (parser.pos + 1));
    }
    return e;
  }

  /** A recursive-descent parser over the text. */
  final class Parser {
    private static final Map<String, String> COMPARISONS = Map.ofEntries(
        Map.entry("<=", "lessorequal"), Map.entry("lessorequal", "lessorequal"),
        Map.entry(">=", "greaterorequal"), Map.entry("greaterorequal", "greaterorequal"),
        Map.entry("==", "equal"), Map.entry("=", "equal"), Map.entry("equal", "equal"),
        Map.entry("!=", "notequal"), Map.entry("<>", "notequal"), Map.entry("notequal", "notequal"),
        Map.entry("<", "less"), Map.entry("less", "less"), Map.entry(">", "greater"),
        Map.entry("greater", "greater"), Map.entry("*=", "contains"), Map.entry("contains", "contains"),
        Map.entry("contain", "contains"), Map.entry("notcontains", "notcontains"),
        Map.entry("notcontain", "notcontains"), Map.entry("anyof", "anyof"), Map.entry("allof", "allof"),
        Map.entry("noneof", "noneof"));

    private final String text;
    private int pos;

    private Parser(String text) {
      this.text = text;
    }

    private Expression or(int depth) throws Refused {
      Expression left = and(depth);
      while (symbol("||") || word("or")) {
        left = new Binary("or", left, and(depth));
      }
      return left;
    }

    private Expression and(int depth) throws Refused {
      Expression left = comparison(depth);
      while (symbol("&&") || word("and")) {
        left = new Binary("and", left, comparison(depth));
      }
      return left;
    }

    private Expression comparison(int depth) throws Refused {
      Expression left = unary(depth);
      String op = comparisonOperator();
      return op == null ? left : new Binary(op, left, unary(depth));
    }

    private String comparisonOperator() {
      skipSpace();
      for (String symbol : List.of("<=", ">=", "==", "!=", "<>", "*=", "=", "<", ">")) {
        if (text.startsWith(symbol, pos)) {
          pos += symbol.length();
          return COMPARISONS.get(symbol);
        }
      }
      int start = pos;
      String w = peekWord();
      if (w != null && COMPARISONS.containsKey(w)) {
        pos = start + w.length();
        return COMPARISONS.get(w);
      }
      return null;
    }

    private Expression unary(int depth) throws Refused {
      if (depth > MAX_DEPTH) {
        throw new Refused("nested deeper than " + MAX_DEPTH);
      }
      skipSpace();
      if (text.startsWith("!", pos) && !text.startsWith("!=", pos)) {
        pos++;
        return new Unary("negate", unary(depth + 1));
      }
      if (word("negate")) {
        return new Unary("negate", unary(depth + 1));
      }
      Expression operand = primary(depth);
      if (word("notempty")) {
        return new Unary("notempty", operand);
      }
      if (word("empty")) {
        return new Unary("empty", operand);
      }
      return operand;
    }

    private Expression primary(int depth) throws Refused {
      skipSpace();
      if (pos >= text.length()) {
        throw new Refused("the expression ends too early");
      }
      char c = text.charAt(pos);
      if (c == '(') {
        pos++;
        Expression inner = or(depth + 1);
        expect(')');
        return new Group(inner);
      }
      if (c == '{') {
        int close = text.indexOf('}', pos);
        if (close < 0) {
          throw new Refused("'{' without '}'");
        }
        String name = text.substring(pos + 1, close).trim();
        pos = close + 1;
        return new Variable(name);
      }
      if (c == '[') {
        pos++;
        List<Constant> items = new ArrayList<>();
        skipSpace();
        if (text.startsWith("]", pos)) {
          pos++;
          return new Array(items);
        }
        do {
          Expression item = primary(depth + 1);
          if (!(item instanceof Constant constant)) {
            throw new Refused("an array holds only texts, numbers and booleans");
          }
          items.add(constant);
        } while (symbol(","));
        expect(']');
        return new Array(items);
      }
      if (c == '\'' || c == '"') {
        int close = text.indexOf(c, pos + 1);
        if (close < 0) {
          throw new Refused("a text without its closing quote");
        }
        String value = text.substring(pos + 1, close);
        pos = close + 1;
        return new Constant(value);
      }
      if (Character.isDigit(c) || (c == '-' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
        int start = pos++;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
          pos++;
        }
        try {
          return new Constant(new BigDecimal(text.substring(start, pos)));
        } catch (NumberFormatException e) {
          throw new Refused("'" + text.substring(start, pos) + "' is not a number");
        }
      }
      String w = peekWord();
      if (w != null) {
        pos += w.length();
        switch (w) {
          case "true":
            return new Constant(Boolean.TRUE);
          case "false":
            return new Constant(Boolean.FALSE);
          case "null":
          case "undefined":
            throw new Refused("'" + w + "' is not supported; use empty or notempty");
          default:
            skipSpace();
            throw new Refused(text.startsWith("(", pos)
                ? "the function '" + w + "' is never run"
                : "'" + w + "' is neither a variable nor a constant");
        }
      }
      if ("+-*/%^".indexOf(c) >= 0) {
        throw new Refused("arithmetic ('" + c + "') is not supported");
      }
      throw new Refused("unexpected '" + c + "' at position " + (pos + 1));
    }

    private void expect(char c) throws Refused {
      skipSpace();
      if (pos >= text.length() || text.charAt(pos) != c) {
        skipSpace();
        if (pos < text.length() && "+-*/%^".indexOf(text.charAt(pos)) >= 0) {
          throw new Refused("arithmetic ('" + text.charAt(pos) + "') is not supported");
        }
        throw new Refused("'" + c + "' expected at position " + (pos + 1));
      }
      pos++;
    }

    private boolean symbol(String s) {
      skipSpace();
      if (text.startsWith(s, pos)) {
        pos += s.length();
        return true;
      }
      return false;
    }

    /** Consumes a keyword (any case) when the next word is exactly it. */
    private boolean word(String keyword) {
      skipSpace();
      String w = peekWord();
      if (keyword.equals(w)) {
        pos += w.length();
        return true;
      }
      return false;
    }

    /** The next word in lower case, without consuming it; null when no word follows. */
    private String peekWord() {
      skipSpace();
      int end = pos;
      while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
        end++;
      }
      if (end == pos || !Character.isLetter(text.charAt(pos))) {
        return null;
      }
      return text.substring(pos, end).toLowerCase(Locale.ROOT);
    }

    void skipSpace() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }
  }
}
