package dev.selfcheck.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/*
 * The one implementation of "does this condition hold".
 *
 * Compilation turns every visibility condition (per question), every rule condition (per rule)
 * and every conditional term's condition (per term, answers only, like visibility) into a tree of small nodes over indices: questions by their position in document order,
 * dimensions by their position in document order (parents first) with the total after them, the
 * numbers of score and completion comparisons by their position in numbers(). A comparison of a
 * single-choice, ordinal-scale or yes/no question is decided once per option (AnswerComparison's
 * semantics, evaluated at compile time), so evaluating it reads one array element. Evaluation
 * reads Facts only and allocates nothing; the trace evaluates every part (no short-circuit) and
 * records each node's value by its JSON Pointer.
 *
 * A reference to a named condition compiles the named condition in its place (its nodes point into
 * /conditions/<name>); an unknown name or a reference inside its own expansion (a cycle, which
 * validation reports) is false.
 *
 * Semantics: a question that is hidden is seen as not answered; a question whose visibility is
 * being decided while its own visibility is asked for (a cycle, which validation reports) is
 * hidden. Comparisons hold only for a question answered with a value. Score, completion, band and
 * scorability conditions are false in visibility conditions and for an unknown dimension; score,
 * completion and band conditions are false for a dimension that is not scorable.
 */
/**
 * The conditions of a questionnaire compiled once: decides whether a question is visible, whether
 * a rule's condition holds and whether a conditional term ({@link Term}) is added, over {@link Facts} that the caller supplies, and explains a
 * result with a {@link Trace} (every part's value, by JSON Pointer).
 *
 * <p>Scoring evaluates every condition through this program; hosts can use it too, for example to
 * show and hide questions live while a form is filled in, by implementing {@link Facts} over
 * their own answers. Questions are addressed by their index in {@link Questionnaire#allQuestions()}
 * order, dimensions by their index in {@link Questionnaire#allDimensions()} order with the total
 * at {@link #totalIndex()}.
 *
 * <pre>{@code
 * ConditionProgram program = questionnaire.conditions();        // compiled once
 * ConditionProgram.Facts facts = program.answers(response);    // after each change of the answers
 * boolean shown = facts.visible(program.questionIndex("q2"));
 * }</pre>
 *
 * <p><b>Threads and nulls.</b> A program is immutable and thread-safe; evaluation allocates
 * nothing (a trace allocates). No method accepts or returns null.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ConditionProgram {

  /** In a visibility memo: not decided yet. */
  public static final byte UNDECIDED = 0;
  /** In a visibility memo: being decided (asked again, the question is on a cycle: hidden). */
  public static final byte DECIDING = 1;
  /** In a visibility memo: visible. */
  public static final byte VISIBLE = 2;
  /** In a visibility memo: hidden. */
  public static final byte HIDDEN = 3;

  /**
   * What a program reads: the answers by question index and, for rule conditions, the results by
   * dimension index. Implementations answer from their own storage; the program never stores
   * facts.
   */
  public interface Facts {
    /**
     * Whether a question is visible. Implementations that hold no visibility of their own call
     * {@link ConditionProgram#visible(int, Facts, byte[])} with a memo they reset per evaluation.
     *
     * @param question a question index
     * @return whether it is visible
     */
    boolean visible(int question);

    /**
     * @param question a question index
     * @return the state of its answer as given (visibility is applied by the program)
     */
    AnswerState state(int question);

    /**
     * The chosen option of an answered single-choice or ordinal-scale question (its index in
     * {@link Questionnaire#optionsOf(Question)}), or 1 for yes and 0 for no of a yes/no question.
     *
     * @param question a question index, answered
     * @return the index, or -1 when the answer is held as a value
     */
    int choice(int question);

    /**
     * @param question a question index, answered, whose {@link #choice(int)} is -1
     * @return the answer's value
     */
    AnswerValue value(int question);

    /**
     * @param dimension a dimension index, or {@link ConditionProgram#totalIndex()}
     * @return whether it has a score; false unless overridden (answers only)
     */
    default boolean scorable(int dimension) {
      return false;
    }

    /**
     * Compares a scorable dimension's score with a number of the program.
     *
     * @param dimension a scorable dimension's index
     * @param number an index into {@link ConditionProgram#numbers()}
     * @return negative, zero or positive as the score is below, at or above the number
     */
    default int compareScore(int dimension, int number) {
      throw new UnsupportedOperationException("these facts hold no scores");
    }

    /**
     * Compares a scorable dimension's completion with a number of the program.
     *
     * @param dimension a scorable dimension's index
     * @param number an index into {@link ConditionProgram#numbers()}
     * @return negative, zero or positive as the completion is below, at or above the number
     */
    default int compareCompletion(int dimension, int number) {
      throw new UnsupportedOperationException("these facts hold no completion");
    }

    /**
     * @param dimension a scorable dimension's index
     * @return the index of its band in {@link Questionnaire#bandsOf(String)}, or -1 for none
     */
    default int band(int dimension) {
      return -1;
    }
  }

  /**
   * One node of a condition tree and its value in a trace.
   *
   * @param pointer the node's JSON Pointer in the questionnaire document
   * @param condition the node
   * @param holds whether it holds
   */
  public record Step(String pointer, Condition condition, boolean holds) {}

  /**
   * How a condition came out: the value of every node (every part evaluated, parents before their
   * parts, in document order) and the nodes that decided the result.
   */
  public static final class Trace {
    private final List<Step> steps;
    private final List<Step> deciding;
    private final Map<Step, List<String>> counted;

    Trace(List<Step> steps, List<Step> deciding, Map<Step, List<String>> counted) {
      this.steps = Collections.unmodifiableList(steps);
      this.deciding = Collections.unmodifiableList(deciding);
      this.counted = counted;
    }

    /** @return whether the condition holds */
    public boolean holds() {
      return steps.get(0).holds();
    }

    /** @return every node with its value, parents before their parts, in document order */
    public List<Step> steps() {
      return steps;
    }

    /**
     * The nodes that decided the result: for {@code all}, every part when it holds and the first
     * part that does not otherwise; for {@code any}, the first part that holds, or every part
     * when none does; a {@code not} and every other node decide by themselves.
     *
     * @return the deciding nodes, in document order
     */
    public List<Step> deciding() {
      return deciding;
    }

    /**
     * The questions that a quantifier counted: those of its questions whose test held.
     *
     * @param step a step of this trace whose condition is a {@link Quantifier}
     * @return the counted question ids, in the quantifier's order
     * @throws IllegalArgumentException if the step is not a quantifier's step of this trace
     */
    public List<String> counted(Step step) {
      List<String> ids = counted.get(step);
      if (ids == null) {
        throw new IllegalArgumentException("not a quantifier's step of this trace: "
            + step.pointer());
      }
      return ids;
    }
  }

  private final Questionnaire questionnaire;
  private final List<Question> questions;
  private final Map<String, Integer> questionIndex = new HashMap<>();
  private final Map<String, Integer> dimensionIndex = new HashMap<>();
  private final List<BigDecimal> numbers = new ArrayList<>();
  /** Per number: the dimension whose score it is compared with, or -1 for a completion. */
  private final List<Integer> scoreDimensions = new ArrayList<>();
  private final Map<String, Condition> byPointer = new HashMap<>();
  private final Node[] visibility;
  private final boolean anyVisibility;
  private final Node[] rules;
  /** The same conditions for evaluation: the nodes' tests, without the nodes around them. */
  private final Test[] visibilityTests;
  private final Test[] ruleTests;
  /** The conditional terms of every level (dimensions in order, then the total), in order. */
  private final List<Term> terms = new ArrayList<>();
  private final List<Integer> termDimensions = new ArrayList<>();
  private final List<String> termPointers = new ArrayList<>();
  private final Node[] termNodes;
  /** The counts of every level, numbered like the terms. */
  private final List<ItemCount> counts = new ArrayList<>();
  private final List<Integer> countDimensions = new ArrayList<>();
  private final Test[][] countTests;
  /** The named conditions being compiled (a reference to one of them is a cycle: false). */
  private final java.util.Set<String> expanding = new java.util.HashSet<>();

  private ConditionProgram(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
    this.questions = questionnaire.allQuestions().toList();
    for (int i = 0; i < questions.size(); i++) {
      questionIndex.putIfAbsent(questions.get(i).id(), i);
    }
    List<Dimension> dimensions = questionnaire.allDimensions().toList();
    for (int i = 0; i < dimensions.size(); i++) {
      dimensionIndex.putIfAbsent(dimensions.get(i).id(), i);
    }
    dimensionIndex.put(TOTAL, dimensions.size());
    Map<Question, String> pointers = new java.util.IdentityHashMap<>();
    pointers(questionnaire.dimensions(), "/dimensions", pointers);
    visibility = new Node[questions.size()];
    boolean any = false;
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      if (q.visibleWhen().isPresent()) {
        visibility[i] = compile(q.visibleWhen().get(),
            JsonPointer.append(pointers.get(q), "visibleWhen"), true);
        any = true;
      }
    }
    anyVisibility = any;
    visibilityTests = new Test[visibility.length];
    for (int i = 0; i < visibility.length; i++) {
      visibilityTests[i] = visibility[i] == null ? null : visibility[i].test;
    }
    List<Rule> rs = questionnaire.rules();
    rules = new Node[rs.size()];
    for (int i = 0; i < rs.size(); i++) {
      rules[i] = compile(rs.get(i).when(),
          JsonPointer.append(JsonPointer.append("/rules", i), "when"), false);
    }
    ruleTests = new Test[rules.length];
    for (int i = 0; i < rules.length; i++) {
      ruleTests[i] = rules[i].test;
    }
    Map<Dimension, String> dimensionPointers = new java.util.IdentityHashMap<>();
    dimensionPointers(questionnaire.dimensions(), "/dimensions", dimensionPointers);
    for (int d = 0; d <= dimensions.size(); d++) {
      java.util.Optional<ScoringSettings> own = d < dimensions.size()
          ? dimensions.get(d).scoring() : questionnaire.scoring();
      String base = JsonPointer.append(d < dimensions.size()
          ? JsonPointer.append(dimensionPointers.get(dimensions.get(d)), "scoring") : "/scoring",
          "terms");
      List<Term> own0 = own.map(ScoringSettings::terms).orElse(List.of());
      for (int i = 0; i < own0.size(); i++) {
        terms.add(own0.get(i));
        termDimensions.add(d);
        termPointers.add(JsonPointer.append(base, i));
      }
      for (ItemCount c : own.map(ScoringSettings::counts).orElse(List.of())) {
        counts.add(c);
        countDimensions.add(d);
      }
    }
    countTests = new Test[counts.size()][];
    for (int c = 0; c < countTests.length; c++) {
      countTests[c] = each(counts.get(c).test());
    }
    termNodes = new Node[terms.size()];
    for (int t = 0; t < termNodes.length; t++) {
      // a term sees answers only, like a visibility condition (validation reports the rest)
      termNodes[t] = compile(terms.get(t).when(), JsonPointer.append(termPointers.get(t), "when"),
          true);
    }
  }

  private static void dimensionPointers(List<Dimension> dims, String base,
      Map<Dimension, String> out) {
    for (int i = 0; i < dims.size(); i++) {
      String p = JsonPointer.append(base, i);
      out.put(dims.get(i), p);
      dimensionPointers(dims.get(i).dimensions(), JsonPointer.append(p, "dimensions"), out);
    }
  }

  private static final String TOTAL = "total";

  private static void pointers(List<Dimension> dims, String base, Map<Question, String> out) {
    for (int i = 0; i < dims.size(); i++) {
      Dimension d = dims.get(i);
      String p = JsonPointer.append(base, i);
      for (int j = 0; j < d.questions().size(); j++) {
        out.put(d.questions().get(j), JsonPointer.append(JsonPointer.append(p, "questions"), j));
      }
      pointers(d.dimensions(), JsonPointer.append(p, "dimensions"), out);
    }
  }

  /**
   * Compiles every condition of a questionnaire.
   *
   * @param questionnaire a questionnaire (validation findings are not required to be absent: an
   *     unknown question or dimension makes the conditions that name it false)
   * @return the program
   */
  public static ConditionProgram of(Questionnaire questionnaire) {
    return new ConditionProgram(questionnaire);
  }

  /** @return the questionnaire compiled */
  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** @return how many questions there are (the length of a visibility memo) */
  public int questionCount() {
    return visibility.length;
  }

  /** @return how many rules there are */
  public int ruleCount() {
    return rules.length;
  }

  /**
   * The conditional terms of every level, numbered in the order of the levels (dimensions in
   * {@link Questionnaire#allDimensions()} order, then the total) and within a level in document
   * order.
   *
   * @return how many terms there are
   */
  public int termCount() {
    return termNodes.length;
  }

  /**
   * @param term a term's number (see {@link #termCount()})
   * @return the term
   */
  public Term term(int term) {
    return terms.get(term);
  }

  /**
   * @param term a term's number
   * @return the index of the dimension (or the total) whose scoring states it
   */
  public int termDimension(int term) {
    return termDimensions.get(term);
  }

  /**
   * @param term a term's number
   * @return its JSON Pointer, such as {@code /dimensions/0/scoring/terms/1}
   */
  public String termPointer(int term) {
    return termPointers.get(term);
  }

  /**
   * Decides whether a term's condition holds (answers only: result conditions are false).
   *
   * @param term a term's number
   * @param facts the answers
   * @return whether the term is added
   */
  public boolean termHolds(int term, Facts facts) {
    return termNodes[term].test.test(facts);
  }

  /**
   * Evaluates a term's condition and every part of it.
   *
   * @param term a term's number
   * @param facts the answers
   * @return the trace, its steps pointing into the term's {@code when}
   */
  public Trace traceTerm(int term, Facts facts) {
    return trace(termNodes[term], facts);
  }

  /**
   * The counts of every level ({@link ScoringSettings#counts()}), numbered like the terms.
   *
   * @return how many counts there are
   */
  public int countCount() {
    return countTests.length;
  }

  /**
   * @param count a count's number (see {@link #countCount()})
   * @return the count
   */
  public ItemCount count(int count) {
    return counts.get(count);
  }

  /**
   * @param count a count's number
   * @return the index of the dimension (or the total) whose scoring states it
   */
  public int countDimension(int count) {
    return countDimensions.get(count);
  }

  /**
   * Counts the questions that pass a count's test (the test of a quantifier: a hidden question is
   * not answered).
   *
   * @param count a count's number
   * @param facts the answers
   * @return how many of its questions pass
   */
  public int countValue(int count, Facts facts) {
    int n = 0;
    for (Test t : countTests[count]) {
      if (t.test(facts)) {
        n++;
      }
    }
    return n;
  }

  /**
   * @param questionId a question id
   * @return its index (the first question with that id), or -1
   */
  public int questionIndex(String questionId) {
    return questionIndex.getOrDefault(questionId, -1);
  }

  /**
   * @param dimensionId a dimension id, or {@code "total"}
   * @return its index (the first dimension with that id), {@link #totalIndex()} for the total, or
   *     -1
   */
  public int dimensionIndex(String dimensionId) {
    return dimensionIndex.getOrDefault(dimensionId, -1);
  }

  /** @return the index of the total: the number of dimensions */
  public int totalIndex() {
    return dimensionIndex.get(TOTAL);
  }

  /** @return the numbers that score and completion conditions compare with, by index */
  public List<BigDecimal> numbers() {
    return Collections.unmodifiableList(numbers);
  }

  /**
   * The dimension whose score a number is compared with.
   *
   * @param number an index into {@link #numbers()}
   * @return the dimension's index, or -1 if the number is compared with a completion
   */
  public int scoreDimensionOf(int number) {
    return scoreDimensions.get(number);
  }

  /**
   * Finds a condition, or a part of one, by its JSON Pointer in the questionnaire document (as
   * {@link Condition#walk} names it), such as {@code /rules/2/when/any/1}.
   *
   * @param pointer a pointer
   * @return the visibility condition, rule condition or part there, or empty
   */
  public java.util.Optional<Condition> conditionAt(String pointer) {
    return java.util.Optional.ofNullable(byPointer.get(pointer));
  }

  /** @return whether any question has a visibility condition */
  public boolean anyVisibilityCondition() {
    return anyVisibility;
  }

  /**
   * The answers of a response as facts (no results: score, completion, band and scorability
   * conditions are false), deciding visibility with a memo of their own. Reading them is how
   * validation decides visibility, and how a host shows and hides questions while a form is
   * filled in: make new facts after each change of the answers.
   *
   * @param response a response to this program's questionnaire
   * @return facts over the response's answers; not thread-safe
   */
  public Facts answers(Response response) {
    byte[] memo = new byte[questions.size()];
    return new ResponseFacts(this, response) {
      @Override
      public boolean visible(int question) {
        return ConditionProgram.this.visible(question, this, memo);
      }
    };
  }

  /**
   * Facts whose answers are a response's (held as values, looked up by question id); which
   * questions are visible, and any results, are the subclass's to supply.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract static class ResponseFacts implements Facts {
    private final List<Question> questions;
    private final Response response;

    /**
     * @param program the program these facts are read by
     * @param response a response to the program's questionnaire
     */
    protected ResponseFacts(ConditionProgram program, Response response) {
      this.questions = program.questions;
      this.response = response;
    }

    @Override
    public AnswerState state(int question) {
      return response.stateOf(questions.get(question).id());
    }

    @Override
    public int choice(int question) {
      return -1;
    }

    @Override
    public AnswerValue value(int question) {
      return answer(questions.get(question).id());
    }

    /**
     * @param questionId an answered question's id
     * @return its answer's value
     */
    public AnswerValue answer(String questionId) {
      return response.answer(questionId).flatMap(Answer::value).orElseThrow();
    }
  }

  /**
   * Decides whether a question is visible, memoised: a question without a condition is visible;
   * a question asked for again while its own condition is decided (a visibility cycle) is hidden.
   *
   * @param question a question index
   * @param facts the answers
   * @param memo one entry per question, {@link #UNDECIDED} at the start of an evaluation; the
   *     program writes {@link #DECIDING}, {@link #VISIBLE} or {@link #HIDDEN}
   * @return whether the question is visible
   */
  public boolean visible(int question, Facts facts, byte[] memo) {
    byte known = memo[question];
    if (known >= VISIBLE) {
      return known == VISIBLE;
    }
    Test condition = visibilityTests[question];
    if (condition == null) {
      memo[question] = VISIBLE;
      return true;
    }
    if (known == DECIDING) {
      return false;
    }
    memo[question] = DECIDING;
    boolean v = condition.test(facts);
    memo[question] = v ? VISIBLE : HIDDEN;
    return v;
  }

  /**
   * Decides whether a rule's condition holds.
   *
   * @param rule a rule's index in {@link Questionnaire#rules()}
   * @param facts the answers and results
   * @return whether it holds
   */
  public boolean holds(int rule, Facts facts) {
    return ruleTests[rule].test(facts);
  }

  /**
   * Evaluates a rule's condition and every part of it.
   *
   * @param rule a rule's index in {@link Questionnaire#rules()}
   * @param facts the answers and results
   * @return the trace, its steps pointing into {@code /rules/<rule>/when}
   */
  public Trace trace(int rule, Facts facts) {
    return trace(rules[rule], facts);
  }

  /**
   * Evaluates a question's visibility condition and every part of it.
   *
   * @param question a question index whose question has a visibility condition
   * @param facts the answers
   * @return the trace, its steps pointing into the question's {@code visibleWhen}
   * @throws IllegalArgumentException if the question has no visibility condition
   */
  public Trace traceVisibility(int question, Facts facts) {
    Node n = visibility[question];
    if (n == null) {
      throw new IllegalArgumentException("question " + question + " has no visibility condition");
    }
    return trace(n, facts);
  }

  private static Trace trace(Node root, Facts facts) {
    List<Step> steps = new ArrayList<>();
    Map<Step, List<String>> counted = new java.util.IdentityHashMap<>();
    root.trace(facts, steps, counted);
    List<Step> deciding = new ArrayList<>();
    root.deciding(steps, deciding);
    return new Trace(steps, deciding, counted);
  }

  // ------------------------------------------------------------------ compilation

  private Node compile(Condition condition, String pointer, boolean forVisibility) {
    byPointer.put(pointer, condition);
    return condition.accept(new Condition.Visitor<Node>() {
      @Override
      public Node visitAll(AllOf c) {
        return new Junction(c, pointer, parts(c.parts(), JsonPointer.append(pointer, "all")), true);
      }

      @Override
      public Node visitAny(AnyOf c) {
        return new Junction(c, pointer, parts(c.parts(), JsonPointer.append(pointer, "any")), false);
      }

      @Override
      public Node visitNot(Not c) {
        return new Negation(c, pointer, compile(c.part(), JsonPointer.append(pointer, "not"),
            forVisibility));
      }

      @Override
      public Node visitAnswerIs(AnswerIs c) {
        return new Leaf(c, pointer, stateTest(c));
      }

      @Override
      public Node visitAnswerComparison(AnswerComparison c) {
        return new Leaf(c, pointer, comparison(c));
      }

      @Override
      public Node visitQuantifier(Quantifier c) {
        return new Leaf(c, pointer, new Count(each(c), c.atLeast().orElse(0),
            c.atMost().orElse(Integer.MAX_VALUE)));
      }

      @Override
      public Node visitMeasure(MeasureComparison c) {
        int d = dimensionIndex(c.dimension());
        if (d < 0 || forVisibility) {
          return new Leaf(c, pointer, Constant.FALSE);
        }
        int number = numbers.size();
        numbers.add(c.value());
        scoreDimensions.add(c.measure() == MeasureComparison.Measure.SCORE ? d : -1);
        return new Leaf(c, pointer, new Measure(d, number,
            c.measure() == MeasureComparison.Measure.SCORE, c.operator()));
      }

      @Override
      public Node visitScorable(ScorableIs c) {
        int d = dimensionIndex(c.dimension());
        return new Leaf(c, pointer, d < 0 || forVisibility ? Constant.FALSE
            : new Scorable(d, c.scorable()));
      }

      @Override
      public Node visitBand(BandIs c) {
        int d = dimensionIndex(c.dimension());
        if (d < 0 || forVisibility) {
          return new Leaf(c, pointer, Constant.FALSE);
        }
        boolean negated = c.operator() == Operator.NE;
        List<Band> own = questionnaire.bandsOf(c.dimension());
        boolean[] holds = new boolean[own.size()];
        for (int i = 0; i < holds.length; i++) {
          holds[i] = c.bands().contains(own.get(i).id()) != negated;
        }
        return new Leaf(c, pointer, new InBand(d, holds));
      }

      @Override
      public Node visitReference(ConditionReference c) {
        Condition named = questionnaire.namedConditions().get(c.name());
        if (named == null || !expanding.add(c.name())) {
          return new Leaf(c, pointer, Constant.FALSE);
        }
        try {
          return new Alias(c, pointer, compile(named,
              JsonPointer.append("/conditions", c.name()), forVisibility));
        } finally {
          expanding.remove(c.name());
        }
      }

      private Node[] parts(List<Condition> parts, String base) {
        Node[] out = new Node[parts.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = compile(parts.get(i), JsonPointer.append(base, i), forVisibility);
        }
        return out;
      }
    });
  }

  /** A quantifier's test, per question. */
  private Test[] each(Quantifier c) {
    Test[] each = new Test[c.questions().size()];
    for (int i = 0; i < each.length; i++) {
      Condition test = c.testFor(c.questions().get(i));
      each[i] = test instanceof AnswerIs a ? stateTest(a) : comparison((AnswerComparison) test);
    }
    return each;
  }

  private Test stateTest(AnswerIs c) {
    int q = questionIndex(c.question());
    if (q < 0) {
      return c.state() == AnswerState.NOT_ANSWERED ? Constant.TRUE : Constant.FALSE;
    }
    return new StateIs(q, c.state());
  }

  private Test comparison(AnswerComparison c) {
    int q = questionIndex(c.question());
    if (q < 0) {
      return Constant.FALSE;
    }
    Question question = questions.get(q);
    boolean[] byChoice;
    if (question.type() == QuestionType.SINGLE_CHOICE
        || question.type() == QuestionType.ORDINAL_SCALE) {
      List<AnswerOption> options = questionnaire.optionsOf(question);
      byChoice = new boolean[options.size()];
      for (int i = 0; i < byChoice.length; i++) {
        byChoice[i] = c.matches(questionnaire, question, AnswerValue.option(options.get(i).value()));
      }
    } else if (question.type() == QuestionType.YES_NO) {
      byChoice = new boolean[] {
          c.matches(questionnaire, question, AnswerValue.bool(false)),
          c.matches(questionnaire, question, AnswerValue.bool(true))};
    } else {
      byChoice = new boolean[0];
    }
    return new Compare(questionnaire, question, c, q, byChoice);
  }

  // ------------------------------------------------------------------ the nodes

  /**
   * A test over facts. An abstract class, not an interface: evaluating a rule calls tests of
   * several kinds from one place, and a virtual call is cheaper than an interface call there.
   */
  private abstract static class Test {
    abstract boolean test(Facts f);
  }


  /** A question's state as conditions see it: a hidden question is not answered. */
  private static AnswerState seen(Facts f, int q) {
    return f.visible(q) ? f.state(q) : AnswerState.NOT_ANSWERED;
  }

  private static final class Constant extends Test {
    static final Constant TRUE = new Constant(true);
    static final Constant FALSE = new Constant(false);
    private final boolean value;

    private Constant(boolean value) {
      this.value = value;
    }

    @Override
    boolean test(Facts f) {
      return value;
    }
  }

  private static final class StateIs extends Test {
    private final int question;
    private final AnswerState state;

    StateIs(int question, AnswerState state) {
      this.question = question;
      this.state = state;
    }

    @Override
    boolean test(Facts f) {
      return seen(f, question) == state;
    }
  }

  private static final class Compare extends Test {
    private final Questionnaire questionnaire;
    private final Question question;
    private final AnswerComparison c;
    private final int at;
    private final boolean[] byChoice;

    Compare(Questionnaire questionnaire, Question question, AnswerComparison c, int at,
        boolean[] byChoice) {
      this.questionnaire = questionnaire;
      this.question = question;
      this.c = c;
      this.at = at;
      this.byChoice = byChoice;
    }

    @Override
    boolean test(Facts f) {
      if (seen(f, at) != AnswerState.ANSWERED) {
        return false;
      }
      int o = f.choice(at);
      if (o >= 0) {
        return o < byChoice.length && byChoice[o];
      }
      return c.matches(questionnaire, question, f.value(at));
    }
  }

  private static final class Count extends Test {
    private final Test[] each;
    private final int least;
    private final int most;

    Count(Test[] each, int least, int most) {
      this.each = each;
      this.least = least;
      this.most = most;
    }

    Test[] each() {
      return each;
    }

    @Override
    boolean test(Facts f) {
      int n = 0;
      for (Test t : each) {
        if (t.test(f)) {
          n++;
        }
      }
      return least <= n && n <= most;
    }
  }

  private static final class Measure extends Test {
    private final int dimension;
    private final int number;
    private final boolean score;
    /** Bit 0, 1, 2: whether the operator holds for a comparison below, at, above the number. */
    private final int holds;

    Measure(int dimension, int number, boolean score, Operator op) {
      this.dimension = dimension;
      this.number = number;
      this.score = score;
      this.holds = (op.holds(-1) ? 1 : 0) | (op.holds(0) ? 2 : 0) | (op.holds(1) ? 4 : 0);
    }

    @Override
    boolean test(Facts f) {
      if (!f.scorable(dimension)) {
        return false;
      }
      int c = score ? f.compareScore(dimension, number) : f.compareCompletion(dimension, number);
      return (holds >>> (Integer.signum(c) + 1) & 1) != 0;
    }
  }

  private static final class Scorable extends Test {
    private final int dimension;
    private final boolean scorable;

    Scorable(int dimension, boolean scorable) {
      this.dimension = dimension;
      this.scorable = scorable;
    }

    @Override
    boolean test(Facts f) {
      return f.scorable(dimension) == scorable;
    }
  }

  private static final class InBand extends Test {
    private final int dimension;
    private final boolean[] holds;

    InBand(int dimension, boolean[] holds) {
      this.dimension = dimension;
      this.holds = holds;
    }

    @Override
    boolean test(Facts f) {
      if (!f.scorable(dimension)) {
        return false;
      }
      int b = f.band(dimension);
      return b >= 0 && b < holds.length && holds[b];
    }
  }

  /**
   * A node of a condition tree: its pointer, its test for evaluation (the same test whether or not
   * the node is traced) and its trace.
   */
  private abstract static class Node {
    final Condition condition;
    final String pointer;
    final Test test;

    Node(Condition condition, String pointer, Test test) {
      this.condition = condition;
      this.pointer = pointer;
      this.test = test;
    }

    /**
     * Evaluates this node and every part, adding their steps (this one first) and, for a
     * quantifier, the questions it counted; returns the value.
     */
    abstract boolean trace(Facts f, List<Step> steps, Map<Step, List<String>> counted);

    /** Adds the steps that decided this node's value (its step is steps.get(at)). */
    abstract void deciding(List<Step> steps, int at, List<Step> out);

    /** @return how many steps this node and its parts take */
    abstract int size();

    void deciding(List<Step> steps, List<Step> out) {
      deciding(steps, 0, out);
    }
  }

  private static final class Leaf extends Node {
    Leaf(Condition condition, String pointer, Test test) {
      super(condition, pointer, test);
    }

    @Override
    boolean trace(Facts f, List<Step> steps, Map<Step, List<String>> counted) {
      boolean v = test.test(f);
      Step step = new Step(pointer, condition, v);
      steps.add(step);
      if (test instanceof Count count) {
        List<String> ids = ((Quantifier) condition).questions();
        List<String> held = new ArrayList<>();
        for (int i = 0; i < count.each().length; i++) {
          if (count.each()[i].test(f)) {
            held.add(ids.get(i));
          }
        }
        counted.put(step, Collections.unmodifiableList(held));
      }
      return v;
    }

    @Override
    void deciding(List<Step> steps, int at, List<Step> out) {
      out.add(steps.get(at));
    }

    @Override
    int size() {
      return 1;
    }
  }

  /** The test of a {@code not}. */
  private static final class NotTest extends Test {
    private final Test part;

    NotTest(Test part) {
      this.part = part;
    }

    @Override
    boolean test(Facts f) {
      return !part.test(f);
    }
  }

  private static final class Negation extends Node {
    private final Node part;

    Negation(Condition condition, String pointer, Node part) {
      super(condition, pointer, new NotTest(part.test));
      this.part = part;
    }

    @Override
    boolean trace(Facts f, List<Step> steps, Map<Step, List<String>> counted) {
      int at = steps.size();
      steps.add(null);
      boolean v = !part.trace(f, steps, counted);
      steps.set(at, new Step(pointer, condition, v));
      return v;
    }

    @Override
    void deciding(List<Step> steps, int at, List<Step> out) {
      out.add(steps.get(at));
    }

    @Override
    int size() {
      return 1 + part.size();
    }
  }

  /**
   * A reference to a named condition: the named condition's node (its steps point into
   * {@code /conditions/<name>}), whose parts decide the reference's value.
   */
  private static final class Alias extends Node {
    private final Node part;

    Alias(Condition condition, String pointer, Node part) {
      super(condition, pointer, part.test);
      this.part = part;
    }

    @Override
    boolean trace(Facts f, List<Step> steps, Map<Step, List<String>> counted) {
      int at = steps.size();
      steps.add(null);
      boolean v = part.trace(f, steps, counted);
      steps.set(at, new Step(pointer, condition, v));
      return v;
    }

    @Override
    void deciding(List<Step> steps, int at, List<Step> out) {
      part.deciding(steps, at + 1, out);
    }

    @Override
    int size() {
      return 1 + part.size();
    }
  }

  /** The test of an {@code all} or {@code any}: stops at the first part that decides. */
  private static final class JunctionTest extends Test {
    private final Test[] parts;
    private final boolean all;

    JunctionTest(Node[] parts, boolean all) {
      this.parts = new Test[parts.length];
      for (int i = 0; i < parts.length; i++) {
        this.parts[i] = parts[i].test;
      }
      this.all = all;
    }

    @Override
    boolean test(Facts f) {
      for (Test p : parts) {
        if (p.test(f) != all) {
          return !all;
        }
      }
      return all;
    }
  }

  /** {@code all} (every part holds) or {@code any} (some part holds). */
  private static final class Junction extends Node {
    private final Node[] parts;
    private final boolean all;

    Junction(Condition condition, String pointer, Node[] parts, boolean all) {
      super(condition, pointer, new JunctionTest(parts, all));
      this.parts = parts;
      this.all = all;
    }

    @Override
    boolean trace(Facts f, List<Step> steps, Map<Step, List<String>> counted) {
      int at = steps.size();
      steps.add(null);
      boolean v = all;
      for (Node p : parts) {
        if (p.trace(f, steps, counted) != all) {
          v = !all;
        }
      }
      steps.set(at, new Step(pointer, condition, v));
      return v;
    }

    @Override
    void deciding(List<Step> steps, int at, List<Step> out) {
      boolean v = steps.get(at).holds();
      // all that holds / any that does not: every part decided; otherwise the first part whose
      // value is the junction's own.
      boolean every = v == all;
      int next = at + 1;
      for (Node p : parts) {
        if (every) {
          p.deciding(steps, next, out);
        } else if (steps.get(next).holds() == v) {
          p.deciding(steps, next, out);
          return;
        }
        next += p.size();
      }
    }

    @Override
    int size() {
      int n = 1;
      for (Node p : parts) {
        n += p.size();
      }
      return n;
    }
  }
}
