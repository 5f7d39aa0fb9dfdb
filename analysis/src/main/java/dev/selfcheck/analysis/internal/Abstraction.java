package dev.selfcheck.analysis.internal;

import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.ConditionReference;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Rule;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.ScoringModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/*
 * The abstract domain of one questionnaire, and the compilation of its conditions into formulas.
 *
 * Variables. Every question has one variable for its *raw* answer: what the response holds,
 * whether or not the question is shown. Raw answers are independent of each other: any
 * combination is a response. Its cells are the answer states the question allows ("not answered"
 * always; "don't know" and "not applicable" where allowed) and the answer values, grouped so that
 * every condition of the questionnaire treats the values of one cell alike: each option of a choice
 * question; yes and no; for a number question, each number named in a condition and the open
 * intervals between them, within the question's min and max; for a text, each text named and "any
 * other text"; for a multiple-choice question, each subset of the options that conditions name
 * (with more than MAX_NAMED_OPTIONS named, conditions on it are left opaque).
 * Each cell carries a representative value, and atoms are decided by core's own
 * AnswerComparison.matches on that value, so the comparison semantics are the library's, not a copy.
 *
 * Visibility. Conditions see a hidden question as not answered. An atom p on question q therefore
 * compiles to (visible(q) and p(raw q)) or (not visible(q) and p(not answered)), where visible(q)
 * is q's own visibility condition compiled the same way. This keeps the correlation between a
 * question's visibility and the answers it depends on, so "x is no, and the follow-up that is only
 * shown after yes is 4" is found to be impossible. A visibility cycle (an error core reports) is cut
 * with an opaque variable.
 *
 * Results. Each dimension (and the total) has a score variable: "not scorable" if it may be, and
 * the interval of scores it may reach (ScoreRanges), cut at every number that score conditions
 * name and at every band end. Band conditions are decided on the representative score with the
 * same first-band-wins rule as the engine. Completion has a variable over [0, 1] cut the same way.
 * Score variables are independent of each other and of the answers: an over-approximation, so a
 * formula that is unsatisfiable here is unsatisfiable for every real response, while a satisfiable
 * one proves nothing (and is never reported).
 */
/** The abstract domain of a questionnaire and the compilation of its conditions into formulas. */
final class Abstraction {

  private static final String TOTAL = "total";
  private static final int MAX_NAMED_OPTIONS = 10;

  private final Questionnaire questionnaire;
  /** The named conditions being compiled (a reference to one of them again is a cycle). */
  private final java.util.Set<String> expanding = new java.util.HashSet<>();
  private final Map<String, Question> questions;
  private final Variables variables = new Variables();
  private final Set<String> opaqueVisibility;
  private final Map<String, Set<BigDecimal>> numbers = new HashMap<>();
  private final Map<String, Set<String>> texts = new HashMap<>();
  private final Map<String, Set<String>> options = new HashMap<>();
  private final Map<String, Set<BigDecimal>> scoreNumbers = new HashMap<>();
  private final Map<String, Set<BigDecimal>> completionNumbers = new HashMap<>();
  private final Map<String, Variable> answerVariables = new HashMap<>();
  private final Map<String, Variable> scoreVariables = new HashMap<>();
  private final Map<String, Variable> completionVariables = new HashMap<>();
  private final Map<String, Formula> visibility = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();
  private ScoreRanges ranges;

  /**
   * The domain of a questionnaire.
   *
   * @param questionnaire the questionnaire
   * @param opaqueVisibility ids of questions whose visibility conditions have errors: their
   *     visibility is not modelled
   */
  Abstraction(Questionnaire questionnaire, Set<String> opaqueVisibility) {
    this.questionnaire = questionnaire;
    this.questions = questionnaire.questionsById();
    this.opaqueVisibility = Set.copyOf(opaqueVisibility);
    questionnaire.allQuestions().forEach(q -> q.visibleWhen().ifPresent(this::collect));
    questionnaire.rules().stream().map(Rule::when).forEach(this::collect);
  }

  Questionnaire questionnaire() {
    return questionnaire;
  }

  int variableCount() {
    return variables.size();
  }

  /**
   * Lets score, completion and band conditions be modelled; until this is called (or when the
   * scoring model cannot be trusted) they are opaque.
   *
   * @param ranges the score ranges of every dimension and the total
   */
  void useScores(ScoreRanges ranges) {
    this.ranges = ranges;
  }

  // ------------------------------------------------------------------ numbers named in conditions

  private void collect(Condition condition) {
    condition.walk("", (c, p) -> {
      if (c instanceof AnswerComparison a) {
        literals(a.question(), a.values());
      } else if (c instanceof Quantifier q) {
        q.questions().forEach(id -> literals(id, q.values()));
      } else if (c instanceof MeasureComparison m) {
        (m.measure() == MeasureComparison.Measure.SCORE ? scoreNumbers : completionNumbers)
            .computeIfAbsent(m.dimension(), d -> new TreeSet<>()).add(m.value());
      }
    });
  }

  private void literals(String questionId, List<Literal> values) {
    for (Literal l : values) {
      switch (l.kind()) {
        case NUMBER -> numbers.computeIfAbsent(questionId, q -> new TreeSet<>()).add(l.number());
        case TEXT -> {
          texts.computeIfAbsent(questionId, q -> new LinkedHashSet<>()).add(l.text());
          options.computeIfAbsent(questionId, q -> new LinkedHashSet<>()).add(l.text());
        }
        default -> { }
      }
    }
  }

  // ------------------------------------------------------------------ answer variables

  /**
   * The variable of a question's raw answer.
   *
   * @param questionId a question of the questionnaire
   * @return the variable
   */
  Variable answer(String questionId) {
    Variable v = answerVariables.get(questionId);
    if (v == null) {
      Question q = questions.get(questionId);
      v = variables.add(Variable.Kind.ANSWER, questionId, answerCells(q));
      answerVariables.put(questionId, v);
    }
    return v;
  }

  private List<Cell> answerCells(Question q) {
    List<Cell> cells = new ArrayList<>();
    switch (q.type()) {
      case SINGLE_CHOICE, ORDINAL_SCALE -> questionnaire.optionsOf(q).forEach(o -> cells.add(
          Cell.answer("is answered '" + o.value() + "'", AnswerState.ANSWERED,
              AnswerValue.option(o.value()))));
      case YES_NO -> {
        cells.add(Cell.answer("is answered yes", AnswerState.ANSWERED, AnswerValue.bool(true)));
        cells.add(Cell.answer("is answered no", AnswerState.ANSWERED, AnswerValue.bool(false)));
      }
      case NUMBER -> numberCells(q, cells);
      case TEXT -> {
        Set<String> named = texts.getOrDefault(q.id(), Set.of());
        named.forEach(t -> cells.add(Cell.answer("is answered \"" + t + "\"", AnswerState.ANSWERED,
            AnswerValue.text(t))));
        String other = "other";
        while (named.contains(other)) {
          other = other + "~";
        }
        cells.add(Cell.answer("is answered with another text", AnswerState.ANSWERED,
            AnswerValue.text(other)));
      }
      case MULTIPLE_CHOICE -> choiceSubsets(q, cells);
      default -> { }
    }
    if (questionnaire.allowsDontKnow(q)) {
      cells.add(Cell.answer("is answered \"don't know\"", AnswerState.DONT_KNOW, null));
    }
    if (questionnaire.allowsNotApplicable(q)) {
      cells.add(Cell.answer("is answered \"not applicable\"", AnswerState.NOT_APPLICABLE, null));
    }
    cells.add(Cell.answer("is not answered", AnswerState.NOT_ANSWERED, null));
    return cells;
  }

  private void numberCells(Question q, List<Cell> cells) {
    TreeSet<BigDecimal> points = new TreeSet<>();
    Optional<BigDecimal> min = q.min();
    Optional<BigDecimal> max = q.max();
    min.ifPresent(points::add);
    max.ifPresent(points::add);
    for (BigDecimal n : numbers.getOrDefault(q.id(), Set.of())) {
      if (min.map(m -> n.compareTo(m) >= 0).orElse(true) && max.map(m -> n.compareTo(m) <= 0).orElse(true)) {
        points.add(n);
      }
    }
    if (points.isEmpty()) {
      cells.add(number("is answered with any number", BigDecimal.ZERO));
      return;
    }
    if (min.isEmpty()) {
      cells.add(number("is answered with a number below " + points.first().toPlainString(),
          points.first().subtract(BigDecimal.ONE)));
    }
    BigDecimal previous = null;
    for (BigDecimal p : points) {
      if (previous != null) {
        cells.add(number("is answered with a number between " + previous.toPlainString() + " and "
            + p.toPlainString(), previous.add(p).divide(BigDecimal.valueOf(2))));
      }
      cells.add(number("is answered " + p.toPlainString(), p));
      previous = p;
    }
    if (max.isEmpty()) {
      cells.add(number("is answered with a number above " + points.last().toPlainString(),
          points.last().add(BigDecimal.ONE)));
    }
  }

  private static Cell number(String description, BigDecimal value) {
    return Cell.answer(description, AnswerState.ANSWERED, AnswerValue.number(value));
  }

  private void choiceSubsets(Question q, List<Cell> cells) {
    List<String> offered = questionnaire.optionsOf(q).stream().map(AnswerOption::value).toList();
    List<String> named = new ArrayList<>(options.getOrDefault(q.id(), Set.of()));
    named.retainAll(offered);
    List<String> unnamed = offered.stream().filter(o -> !options.getOrDefault(q.id(), Set.of()).contains(o)).toList();
    for (int mask = 0; mask < 1 << named.size(); mask++) {
      List<String> chosen = new ArrayList<>();
      for (int i = 0; i < named.size(); i++) {
        if ((mask & 1 << i) != 0) {
          chosen.add(named.get(i));
        }
      }
      String description = chosen.isEmpty() ? "is answered with none of " + named
          : "is answered with " + chosen;
      if (chosen.isEmpty() && !unnamed.isEmpty()) {
        chosen.add(unnamed.get(0));
      }
      cells.add(Cell.answer(description, AnswerState.ANSWERED, AnswerValue.options(chosen)));
    }
  }

  // ------------------------------------------------------------------ visibility

  /**
   * The condition under which a question is shown, as a formula over raw answers.
   *
   * @param questionId a question id
   * @return the formula; TRUE for a question without a visibility condition
   */
  Formula visibility(String questionId) {
    Formula known = visibility.get(questionId);
    if (known != null) {
      return known;
    }
    Question q = questions.get(questionId);
    if (q == null || q.visibleWhen().isEmpty()) {
      return Formula.TRUE;
    }
    if (opaqueVisibility.contains(questionId) || !inProgress.add(questionId)) {
      Formula opaque = atomOf(variables.opaque("the visibility of '" + questionId + "'"), c -> c == 0);
      visibility.put(questionId, opaque);
      return opaque;
    }
    Formula f = compile(q.visibleWhen().get());
    inProgress.remove(questionId);
    visibility.put(questionId, f);
    return f;
  }

  /** An atom on what conditions see of a question: its raw answer if shown, else "not answered". */
  private Formula seen(String questionId, Predicate<Cell> test) {
    Question q = questions.get(questionId);
    if (q == null) {
      return opaque("an answer to unknown question '" + questionId + "'");
    }
    if (q.type() == QuestionType.MULTIPLE_CHOICE
        && options.getOrDefault(questionId, Set.of()).size() > MAX_NAMED_OPTIONS) {
      return opaque("an answer to '" + questionId + "', which has too many options named in conditions");
    }
    Variable v = answer(questionId);
    Formula raw = atomOf(v, i -> test.test(v.cells().get(i)));
    boolean hiddenHolds = test.test(v.cells().get(v.size() - 1));
    Formula visible = visibility(questionId);
    return hiddenHolds ? Formula.or(Formula.not(visible), raw) : Formula.and(visible, raw);
  }

  private Formula opaque(String what) {
    return atomOf(variables.opaque(what), c -> c == 0);
  }

  private static Formula atomOf(Variable v, java.util.function.IntPredicate holds) {
    BitSet bits = new BitSet(v.size());
    for (int i = 0; i < v.size(); i++) {
      if (holds.test(i)) {
        bits.set(i);
      }
    }
    return Formula.atom(v, bits);
  }

  // ------------------------------------------------------------------ results

  private Variable score(String dimension) {
    return scoreVariables.computeIfAbsent(dimension, d -> {
      ScoreRanges.Range r = ranges.of(d);
      List<Cell> cells = new ArrayList<>();
      if (r.mayNotScorable()) {
        cells.add(Cell.notScorable());
      }
      if (r.mayScorable()) {
        TreeSet<BigDecimal> cuts = new TreeSet<>(scoreNumbers.getOrDefault(d, Set.of()));
        for (Band b : bandsOf(d)) {
          cuts.add(b.lower());
          cuts.add(b.upper());
        }
        interval(r.lo(), r.hi(), cuts, cells, "is ");
      }
      return variables.add(Variable.Kind.SCORE, d, cells);
    });
  }

  private Variable completion(String dimension) {
    return completionVariables.computeIfAbsent(dimension, d -> {
      List<Cell> cells = new ArrayList<>();
      interval(Rational.ZERO, Rational.ONE, completionNumbers.getOrDefault(d, Set.of()), cells, "is ");
      return variables.add(Variable.Kind.COMPLETION, d, cells);
    });
  }

  /** Cuts [lo, hi] at the given numbers into points and the open intervals between them. */
  static void interval(Rational lo, Rational hi, Set<BigDecimal> cuts, List<Cell> cells,
      String verb) {
    List<Rational> points = new ArrayList<>();
    points.add(lo);
    for (BigDecimal c : cuts) {
      if (lo.compareTo(c) < 0 && hi.compareTo(c) > 0) {
        points.add(Rational.of(c));
      }
    }
    if (hi.compareTo(lo) > 0) {
      points.add(hi);
    }
    Rational two = Rational.of(2);
    for (int i = 0; i < points.size(); i++) {
      if (i > 0) {
        Rational a = points.get(i - 1);
        Rational b = points.get(i);
        cells.add(Cell.number(verb + "between " + a + " and " + b, a.plus(b).dividedBy(two)));
      }
      cells.add(Cell.number(verb + points.get(i), points.get(i)));
    }
  }

  /**
   * The bands that apply to a dimension or the total.
   *
   * @param dimension a dimension id or {@code "total"}
   * @return its own bands, else the questionnaire's
   */
  List<Band> bandsOf(String dimension) {
    return questionnaire.bandsOf(dimension);
  }

  /**
   * The first band (in document order) that contains a score, as the engine picks it.
   *
   * @param bands the bands
   * @param score the score
   * @return the band, or null
   */
  static Band bandOf(List<Band> bands, Rational score) {
    return ScoringModel.bandOf(bands, score).orElse(null);
  }

  private boolean knownDimension(String dimension) {
    return ranges != null && (TOTAL.equals(dimension) || questionnaire.dimension(dimension).isPresent());
  }

  /**
   * The formula "this dimension (or the total) has a score".
   *
   * @param dimension a dimension id or {@code "total"}
   * @return the formula, or empty when scores are not modelled (or the dimension is unknown)
   */
  Optional<Formula> scorable(String dimension) {
    if (!knownDimension(dimension)) {
      return Optional.empty();
    }
    Variable v = score(dimension);
    return Optional.of(atomOf(v, i -> v.cells().get(i).number().isPresent()));
  }

  // ------------------------------------------------------------------ conditions

  /**
   * Compiles a condition (of a rule or of a visibility condition) into a formula.
   *
   * @param condition the condition
   * @return the formula
   */
  Formula compile(Condition condition) {
    // a named condition is compiled in place of its reference (a cycle, which validation reports,
    // is opaque)
    return condition.accept(new Condition.Visitor<Formula>() {
      @Override
      public Formula visitAll(AllOf c) {
        return Formula.and(c.parts().stream().map(Abstraction.this::compile).toList());
      }

      @Override
      public Formula visitAny(AnyOf c) {
        return Formula.or(c.parts().stream().map(Abstraction.this::compile).toList());
      }

      @Override
      public Formula visitNot(Not c) {
        return Formula.not(compile(c.part()));
      }

      @Override
      public Formula visitAnswerIs(AnswerIs c) {
        return seen(c.question(), cell -> cell.state() == c.state());
      }

      @Override
      public Formula visitAnswerComparison(AnswerComparison c) {
        Question q = questions.get(c.question());
        return seen(c.question(), cell -> cell.value().isPresent()
            && c.matches(questionnaire, q, cell.value().get()));
      }

      @Override
      public Formula visitQuantifier(Quantifier c) {
        List<Formula> parts = c.questions().stream().map(id -> compile(c.testFor(id))).toList();
        return Formula.count(parts, c.atLeast().orElse(0), c.atMost().orElse(Integer.MAX_VALUE));
      }

      @Override
      public Formula visitMeasure(MeasureComparison c) {
        if (!knownDimension(c.dimension())) {
          return opaque("the " + c.measure().jsonName() + " of '" + c.dimension() + "'");
        }
        Operator op = c.operator();
        if (c.measure() == MeasureComparison.Measure.SCORE) {
          Variable v = score(c.dimension());
          return atomOf(v, i -> v.cells().get(i).number()
              .map(n -> op.holds(n.compareTo(c.value()))).orElse(false));
        }
        Variable s = score(c.dimension());
        Variable v = completion(c.dimension());
        return Formula.and(atomOf(s, i -> s.cells().get(i).number().isPresent()),
            atomOf(v, i -> op.holds(v.cells().get(i).number().orElseThrow().compareTo(c.value()))));
      }

      @Override
      public Formula visitScorable(ScorableIs c) {
        return scorable(c.dimension()).map(f -> c.scorable() ? f : Formula.not(f))
            .orElseGet(() -> opaque("whether '" + c.dimension() + "' is scorable"));
      }

      @Override
      public Formula visitReference(ConditionReference c) {
        Condition named = questionnaire.namedConditions().get(c.name());
        if (named == null || !expanding.add(c.name())) {
          return opaque("the condition '" + c.name() + "'");
        }
        try {
          return compile(named);
        } finally {
          expanding.remove(c.name());
        }
      }

      @Override
      public Formula visitBand(BandIs c) {
        if (!knownDimension(c.dimension())) {
          return opaque("the band of '" + c.dimension() + "'");
        }
        List<Band> bands = bandsOf(c.dimension());
        Variable v = score(c.dimension());
        return atomOf(v, i -> v.cells().get(i).number().map(n -> {
          Band b = bandOf(bands, n);
          if (b == null) {
            return false;
          }
          return c.operator() == Operator.NE ? !c.bands().contains(b.id()) : c.bands().contains(b.id());
        }).orElse(false));
      }
    });
  }
}
