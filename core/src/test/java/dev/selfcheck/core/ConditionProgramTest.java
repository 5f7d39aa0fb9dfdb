package dev.selfcheck.core;

import static dev.selfcheck.core.Fixtures.band;
import static dev.selfcheck.core.Fixtures.choice;
import static dev.selfcheck.core.Fixtures.literal;
import static dev.selfcheck.core.Fixtures.questionnaire;
import static dev.selfcheck.core.Fixtures.questionnaireWith;
import static dev.selfcheck.core.Fixtures.recommendation;
import static dev.selfcheck.core.Fixtures.rule;
import static dev.selfcheck.core.Fixtures.shownWhen;
import static dev.selfcheck.core.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.tuple;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The condition program, evaluated directly over hand-written facts. */
class ConditionProgramTest {

  /** Facts held in arrays: answers by question index, results by dimension index. */
  static final class ArrayFacts implements ConditionProgram.Facts {
    final ConditionProgram program;
    final byte[] memo;
    final AnswerState[] states;
    final int[] choices;
    final AnswerValue[] values;
    final boolean[] scorable;
    final BigDecimal[] scores;
    final BigDecimal[] completions;
    final int[] bands;

    ArrayFacts(ConditionProgram program, int dimensions) {
      this.program = program;
      int n = program.questionCount();
      memo = new byte[n];
      states = new AnswerState[n];
      Arrays.fill(states, AnswerState.NOT_ANSWERED);
      choices = new int[n];
      Arrays.fill(choices, -1);
      values = new AnswerValue[n];
      scorable = new boolean[dimensions];
      scores = new BigDecimal[dimensions];
      completions = new BigDecimal[dimensions];
      bands = new int[dimensions];
      Arrays.fill(bands, -1);
    }

    ArrayFacts choose(String question, int option) {
      int q = program.questionIndex(question);
      states[q] = AnswerState.ANSWERED;
      choices[q] = option;
      return this;
    }

    ArrayFacts answer(String question, AnswerValue value) {
      int q = program.questionIndex(question);
      states[q] = AnswerState.ANSWERED;
      choices[q] = -1;
      values[q] = value;
      return this;
    }

    ArrayFacts result(String dimension, String score, String completion, int band) {
      int d = program.dimensionIndex(dimension);
      scorable[d] = true;
      scores[d] = new BigDecimal(score);
      completions[d] = new BigDecimal(completion);
      bands[d] = band;
      return this;
    }

    @Override
    public boolean visible(int question) {
      return program.visible(question, this, memo);
    }

    @Override
    public AnswerState state(int question) {
      return states[question];
    }

    @Override
    public int choice(int question) {
      return choices[question];
    }

    @Override
    public AnswerValue value(int question) {
      return values[question];
    }

    @Override
    public boolean scorable(int dimension) {
      return scorable[dimension];
    }

    @Override
    public int compareScore(int dimension, int number) {
      return scores[dimension].compareTo(program.numbers().get(number));
    }

    @Override
    public int compareCompletion(int dimension, int number) {
      return completions[dimension].compareTo(program.numbers().get(number));
    }

    @Override
    public int band(int dimension) {
      return bands[dimension];
    }
  }

  private static final Question SCALE =
      choice("s", QuestionType.ORDINAL_SCALE, "never", "rarely", "often", "always").build();

  @Test
  void should_decide_a_choice_by_its_index_as_by_its_value_when_operators_compare() {
    // GIVEN every operator against "rarely", for every option chosen
    for (Operator op : List.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT,
        Operator.GE)) {
      Questionnaire questionnaire = questionnaireWith(SCALE,
          shownWhen(yesNo("t"), Condition.answer("s", op, literal("rarely"))));
      ConditionProgram program = ConditionProgram.of(questionnaire);
      int t = program.questionIndex("t");
      List<String> options = List.of("never", "rarely", "often", "always");
      for (int o = 0; o < options.size(); o++) {
        // WHEN
        boolean byIndex = program.visible(t, new ArrayFacts(program, 2).choose("s", o),
            new byte[2]);
        boolean byValue = program.visible(t,
            new ArrayFacts(program, 2).answer("s", AnswerValue.option(options.get(o))), new byte[2]);

        // THEN
        boolean expected = op.holds(Integer.compare(o, 1));
        then(byIndex).as("%s %s by index", options.get(o), op).isEqualTo(expected);
        then(byValue).as("%s %s by value", options.get(o), op).isEqualTo(expected);
      }
    }
  }

  @Test
  void should_see_a_hidden_question_as_not_answered_when_a_condition_reads_it() {
    // GIVEN b is shown when a is yes, c when b is yes; a is no, b is yes
    Questionnaire questionnaire = questionnaireWith(yesNo("a"),
        shownWhen(yesNo("b"), Condition.answer("a", Operator.EQ, Literal.of(true))),
        shownWhen(yesNo("c"), Condition.answer("b", Operator.EQ, Literal.of(true))),
        shownWhen(yesNo("d"), Condition.answerIs("b", AnswerState.NOT_ANSWERED)));
    ConditionProgram program = questionnaire.conditions();
    ArrayFacts facts = new ArrayFacts(program, 2).choose("a", 0).choose("b", 1);

    // WHEN
    boolean c = facts.visible(program.questionIndex("c"));
    boolean d = facts.visible(program.questionIndex("d"));

    // THEN
    then(c).isFalse();
    then(d).isTrue();
    then(facts.memo).containsExactly(ConditionProgram.VISIBLE, ConditionProgram.HIDDEN,
        ConditionProgram.HIDDEN, ConditionProgram.VISIBLE);
  }

  @Test
  void should_hide_a_question_when_its_visibility_depends_on_itself() {
    // GIVEN a cycle: x shown when y is answered, y shown when x is answered
    Questionnaire questionnaire = questionnaireWith(
        shownWhen(yesNo("x"), Condition.answerIs("y", AnswerState.ANSWERED)),
        shownWhen(yesNo("y"), Condition.not(Condition.answerIs("x", AnswerState.ANSWERED))));
    ConditionProgram program = questionnaire.conditions();
    ArrayFacts facts = new ArrayFacts(program, 2).choose("x", 1).choose("y", 1);

    // WHEN
    boolean x = facts.visible(0);

    // THEN y (asked while x is decided) sees x as hidden, so y is visible and x is too
    then(x).isTrue();
    then(facts.visible(1)).isTrue();
  }

  @Test
  void should_read_scores_completion_and_bands_when_a_rule_asks() {
    // GIVEN
    Questionnaire questionnaire = questionnaire()
        .addDimension(Fixtures.dimension("d1", yesNo("q1")))
        .addBands(band("low", "0", "50"), band("high", "50", "100"))
        .addRecommendations(recommendation("r"))
        .addRules(
            rule("score", Condition.all(
                MeasureComparison.of(MeasureComparison.Measure.SCORE, "d1", Operator.GE,
                    new BigDecimal("40")),
                MeasureComparison.of(MeasureComparison.Measure.COMPLETION, "total", Operator.LT,
                    BigDecimal.ONE)), "r"),
            rule("band", BandIs.of("d1", Operator.EQ, List.of("high")), "r"),
            rule("notScorable", ScorableIs.of("total", false), "r"),
            rule("unknown", ScorableIs.of("nope", false), "r"))
        .build();
    ConditionProgram program = questionnaire.conditions();
    ArrayFacts facts = new ArrayFacts(program, 2).result("d1", "40", "1", 0)
        .result("total", "40", "0.5", 0);

    // WHEN
    boolean[] holds = new boolean[program.ruleCount()];
    for (int i = 0; i < holds.length; i++) {
      holds[i] = program.holds(i, facts);
    }

    // THEN
    then(holds).containsExactly(true, false, false, false);
    then(program.numbers()).containsExactly(new BigDecimal("40"), BigDecimal.ONE);
    then(program.scoreDimensionOf(0)).isEqualTo(program.dimensionIndex("d1"));
    then(program.scoreDimensionOf(1)).as("a completion comparison").isEqualTo(-1);
  }

  @Test
  void should_make_result_conditions_false_when_they_decide_visibility() {
    // GIVEN a visibility condition that (against validation) asks whether d1 is not scorable
    Questionnaire questionnaire = questionnaireWith(
        shownWhen(yesNo("q"), ScorableIs.of("d1", false)));

    // WHEN
    boolean visible = questionnaire.conditions().visible(0,
        new ArrayFacts(questionnaire.conditions(), 2), new byte[1]);

    // THEN
    then(visible).isFalse();
  }

  @Test
  void should_trace_every_part_and_name_the_deciding_ones_when_a_rule_holds() {
    // GIVEN any(a is yes, not(b is yes), all(a is yes, b is answered)) with a yes and b yes
    Condition aYes = Condition.answer("a", Operator.EQ, Literal.of(true));
    Condition bYes = Condition.answer("b", Operator.EQ, Literal.of(true));
    Questionnaire questionnaire = questionnaire()
        .addDimension(Fixtures.dimension("d1", yesNo("a"), yesNo("b")))
        .addRecommendations(recommendation("r"))
        .addRules(rule("one", Condition.all(
            Condition.not(bYes),
            aYes), "r"),
            rule("two", Condition.any(Condition.not(bYes), aYes,
                Condition.all(aYes, Condition.answerIs("b", AnswerState.ANSWERED))), "r"))
        .build();
    ConditionProgram program = questionnaire.conditions();
    ArrayFacts facts = new ArrayFacts(program, 2).choose("a", 1).choose("b", 1);

    // WHEN
    ConditionProgram.Trace one = program.trace(0, facts);
    ConditionProgram.Trace two = program.trace(1, facts);

    // THEN every part is evaluated, parents first; the result agrees with holds
    then(one.holds()).isFalse().isEqualTo(program.holds(0, facts));
    then(one.steps()).extracting(ConditionProgram.Step::pointer, ConditionProgram.Step::holds)
        .containsExactly(tuple("/rules/0/when", false), tuple("/rules/0/when/all/0", false),
            tuple("/rules/0/when/all/0/not", true), tuple("/rules/0/when/all/1", true));
    then(one.deciding()).extracting(ConditionProgram.Step::pointer)
        .containsExactly("/rules/0/when/all/0");
    then(two.holds()).isTrue().isEqualTo(program.holds(1, facts));
    then(two.steps()).extracting(ConditionProgram.Step::pointer)
        .containsExactly("/rules/1/when", "/rules/1/when/any/0", "/rules/1/when/any/0/not",
            "/rules/1/when/any/1", "/rules/1/when/any/2", "/rules/1/when/any/2/all/0",
            "/rules/1/when/any/2/all/1");
    then(two.deciding()).extracting(ConditionProgram.Step::pointer, ConditionProgram.Step::condition)
        .containsExactly(tuple("/rules/1/when/any/1", aYes));
  }

  @Test
  void should_name_the_questions_a_quantifier_counted_when_tracing() {
    // GIVEN at least 2 of a, b, c answered yes, with a yes, b no and c yes
    Condition quantifier = Quantifier.builder().questions(List.of("a", "b", "c")).atLeast(2)
        .operator(Operator.EQ).addValues(Literal.of(true)).build();
    Questionnaire questionnaire = questionnaire()
        .addDimension(Fixtures.dimension("d1", yesNo("a"), yesNo("b"), yesNo("c")))
        .addRecommendations(recommendation("r"))
        .addRules(rule("one", quantifier, "r"))
        .build();
    ConditionProgram program = questionnaire.conditions();
    ArrayFacts facts = new ArrayFacts(program, 2).choose("a", 1).choose("b", 0).choose("c", 1);

    // WHEN
    ConditionProgram.Trace trace = program.trace(0, facts);

    // THEN
    then(trace.holds()).isTrue();
    then(trace.counted(trace.deciding().get(0))).containsExactly("a", "c");
  }

  @Test
  void should_point_into_the_question_when_tracing_visibility() {
    // GIVEN
    Questionnaire questionnaire = questionnaireWith(yesNo("a"),
        shownWhen(yesNo("b"), Condition.all(Condition.answerIs("a", AnswerState.ANSWERED),
            Condition.answerIs("a", AnswerState.DONT_KNOW))));
    ConditionProgram program = questionnaire.conditions();

    // WHEN
    ConditionProgram.Trace trace = program.traceVisibility(1, new ArrayFacts(program, 2));

    // THEN the first part that failed decided
    then(trace.holds()).isFalse();
    then(trace.deciding()).extracting(ConditionProgram.Step::pointer)
        .containsExactly("/dimensions/0/questions/1/visibleWhen/all/0");
  }

  @Test
  void should_walk_every_part_with_its_pointer_and_find_it_again_when_asked_by_pointer() {
    // GIVEN
    Condition aYes = Condition.answer("a", Operator.EQ, Literal.of(true));
    Condition when = Condition.any(Condition.not(aYes), Condition.all(aYes));
    Questionnaire questionnaire = questionnaire()
        .addDimension(Fixtures.dimension("d1", yesNo("a")))
        .addRecommendations(recommendation("r"))
        .addRules(rule("one", when, "r"))
        .build();
    List<String> pointers = new java.util.ArrayList<>();

    // WHEN
    when.walk("/rules/0/when", (c, p) -> pointers.add(p));

    // THEN
    then(pointers).containsExactly("/rules/0/when", "/rules/0/when/any/0",
        "/rules/0/when/any/0/not", "/rules/0/when/any/1", "/rules/0/when/any/1/all/0");
    then(pointers).allSatisfy(p -> then(questionnaire.conditions().conditionAt(p)).isPresent());
    then(questionnaire.conditions().conditionAt("/rules/0/when/any/1/all/0")).contains(aYes);
    then(questionnaire.conditions().conditionAt("/rules/0/when/any/2")).isEmpty();
  }
}
