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
import static org.assertj.core.api.BDDAssertions.thenThrownBy;
import static org.assertj.core.api.BDDAssertions.tuple;

import dev.selfcheck.core.ConditionProgramTest.ArrayFacts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The condition program's edges: defaults of {@link ConditionProgram.Facts}, look-ups, results at
 * their boundaries and the traces of all, any and not.
 */
class ConditionProgramFactsTest {

  /** Facts that hold answers only (every answer missing) and keep the defaults for results. */
  private static final class NoResults implements ConditionProgram.Facts {
    @Override
    public boolean visible(int question) {
      return true;
    }

    @Override
    public AnswerState state(int question) {
      return AnswerState.NOT_ANSWERED;
    }

    @Override
    public int choice(int question) {
      return -1;
    }

    @Override
    public AnswerValue value(int question) {
      throw new IllegalStateException("not answered");
    }
  }

  private static Questionnaire withRules(Rule... rules) {
    return questionnaire()
        .addDimension(Fixtures.dimension("d1")
            .addQuestions(yesNo("a"), yesNo("b"))
            .addBands(band("low", "0", "50"), band("high", "50", "100"))
            .build())
        .addRecommendations(recommendation("r"))
        .addRules(rules)
        .build();
  }

  private static boolean[] holds(ConditionProgram program, ConditionProgram.Facts facts) {
    boolean[] holds = new boolean[program.ruleCount()];
    for (int i = 0; i < holds.length; i++) {
      holds[i] = program.holds(i, facts);
    }
    return holds;
  }

  @Test
  void should_hold_no_results_when_facts_keep_the_defaults() {
    // GIVEN
    ConditionProgram.Facts facts = new NoResults();
    ConditionProgram program = withRules(rule("notScorable", ScorableIs.of("d1", false), "r"),
        rule("scorable", ScorableIs.of("d1", true), "r")).conditions();

    // WHEN
    boolean[] holds = holds(program, facts);

    // THEN
    then(facts.scorable(0)).isFalse();
    then(facts.band(0)).isEqualTo(-1);
    thenThrownBy(() -> facts.compareScore(0, 0)).isInstanceOf(UnsupportedOperationException.class);
    thenThrownBy(() -> facts.compareCompletion(0, 0))
        .isInstanceOf(UnsupportedOperationException.class);
    then(holds).containsExactly(true, false);
  }

  @Test
  void should_find_questions_dimensions_and_the_total_when_looked_up_by_id() {
    // GIVEN d1 holding d2, with the total after both
    Questionnaire questionnaire = questionnaire()
        .addDimension(Fixtures.dimension("d1").addQuestions(yesNo("a"))
            .addDimensions(Fixtures.dimension("d2", yesNo("b"))).build())
        .build();

    // WHEN
    ConditionProgram program = ConditionProgram.of(questionnaire);

    // THEN
    then(program.questionnaire()).isSameAs(questionnaire);
    then(program.dimensionIndex("d1")).isZero();
    then(program.dimensionIndex("d2")).isEqualTo(1);
    then(program.dimensionIndex("total")).isEqualTo(2);
    then(program.dimensionIndex("nope")).isEqualTo(-1);
    then(program.totalIndex()).isEqualTo(2);
    then(program.questionIndex("b")).isEqualTo(1);
    then(program.questionIndex("nope")).isEqualTo(-1);
  }

  @Test
  void should_tell_whether_any_question_has_a_visibility_condition_when_asked() {
    // GIVEN
    Questionnaire without = questionnaireWith(yesNo("a"), yesNo("b"));
    Questionnaire with = questionnaireWith(yesNo("a"),
        shownWhen(yesNo("b"), Condition.answerIs("a", AnswerState.ANSWERED)));

    // WHEN
    boolean none = without.conditions().anyVisibilityCondition();
    boolean some = with.conditions().anyVisibilityCondition();

    // THEN
    then(none).isFalse();
    then(some).isTrue();
  }

  @Test
  void should_point_into_a_nested_dimension_when_tracing_its_question() {
    // GIVEN b in d2 inside d1, shown when a is answered
    Questionnaire questionnaire = questionnaire()
        .addDimension(Fixtures.dimension("d1").addQuestions(yesNo("a"))
            .addDimensions(Fixtures.dimension("d2",
                shownWhen(yesNo("b"), Condition.answerIs("a", AnswerState.ANSWERED))))
            .build())
        .build();
    ConditionProgram program = questionnaire.conditions();

    // WHEN
    ConditionProgram.Trace trace = program.traceVisibility(1, new NoResults());

    // THEN
    then(trace.steps()).extracting(ConditionProgram.Step::pointer, ConditionProgram.Step::holds)
        .containsExactly(tuple("/dimensions/0/dimensions/0/questions/0/visibleWhen", false));
  }

  @Test
  void should_trust_the_memo_when_it_already_decided_a_question() {
    // GIVEN b is shown when a is answered, a is not; the memo says b is visible and a hidden
    ConditionProgram program = questionnaireWith(yesNo("a"),
        shownWhen(yesNo("b"), Condition.answerIs("a", AnswerState.ANSWERED))).conditions();
    byte[] memo = {ConditionProgram.HIDDEN, ConditionProgram.VISIBLE};

    // WHEN
    boolean a = program.visible(0, new NoResults(), memo);
    boolean b = program.visible(1, new NoResults(), memo);
    boolean bDecided = program.visible(1, new NoResults(), new byte[2]);

    // THEN
    then(a).isFalse();
    then(b).isTrue();
    then(bDecided).isFalse();
  }

  @Test
  void should_see_an_unknown_question_as_not_answered_when_a_condition_names_it() {
    // GIVEN
    ConditionProgram program = withRules(
        rule("notAnswered", Condition.answerIs("nope", AnswerState.NOT_ANSWERED), "r"),
        rule("answered", Condition.answerIs("nope", AnswerState.ANSWERED), "r"),
        rule("compared", Condition.answer("nope", Operator.NE, Literal.of(true)), "r"))
        .conditions();

    // WHEN
    boolean[] holds = holds(program, new NoResults());

    // THEN
    then(holds).containsExactly(true, false, false);
  }

  @Test
  void should_not_hold_when_a_choice_is_outside_the_options() {
    // GIVEN s is not "rarely", asked with every option index and one past the last
    Questionnaire questionnaire = questionnaireWith(
        choice("s", QuestionType.ORDINAL_SCALE, "never", "rarely", "often", "always").build(),
        shownWhen(yesNo("t"), Condition.answer("s", Operator.NE, literal("rarely"))));
    ConditionProgram program = questionnaire.conditions();
    int t = program.questionIndex("t");
    boolean[] visible = new boolean[5];

    // WHEN
    for (int o = 0; o < visible.length; o++) {
      visible[o] = program.visible(t, new ArrayFacts(program, 2).choose("s", o), new byte[2]);
    }

    // THEN
    then(visible).containsExactly(true, false, true, true, false);
  }

  @Test
  void should_compare_a_score_inclusively_when_it_is_exactly_at_the_number() {
    // GIVEN score of d1 at least 40, completion of d1 below 1
    ConditionProgram program = withRules(
        rule("atLeast", MeasureComparison.of(MeasureComparison.Measure.SCORE, "d1", Operator.GE,
            new BigDecimal("40")), "r"),
        rule("below", MeasureComparison.of(MeasureComparison.Measure.COMPLETION, "d1", Operator.LT,
            BigDecimal.ONE), "r")).conditions();

    // WHEN
    boolean[] atNumber = holds(program, new ArrayFacts(program, 2).result("d1", "40", "1", 0));
    boolean[] justBelow =
        holds(program, new ArrayFacts(program, 2).result("d1", "39.99", "0.99", 0));
    boolean[] notScorable = holds(program, new ArrayFacts(program, 2));

    // THEN
    then(atNumber).containsExactly(true, false);
    then(justBelow).containsExactly(false, true);
    then(notScorable).containsExactly(false, false);
  }

  @Test
  void should_decide_scorability_of_the_first_dimension_when_a_rule_asks() {
    // GIVEN
    ConditionProgram program = withRules(rule("scorable", ScorableIs.of("d1", true), "r"),
        rule("notScorable", ScorableIs.of("d1", false), "r")).conditions();

    // WHEN
    boolean[] scorable = holds(program, new ArrayFacts(program, 2).result("d1", "10", "1", 0));
    boolean[] notScorable = holds(program, new ArrayFacts(program, 2));

    // THEN
    then(scorable).containsExactly(true, false);
    then(notScorable).containsExactly(false, true);
  }

  @Test
  void should_decide_band_conditions_by_the_band_index_when_it_is_at_either_end() {
    // GIVEN d1's bands low (index 0) and high (index 1); "in low" and "not in low"
    ConditionProgram program = withRules(
        rule("inLow", BandIs.of("d1", Operator.EQ, List.of("low")), "r"),
        rule("notInLow", BandIs.of("d1", Operator.NE, List.of("low")), "r")).conditions();

    // WHEN the band is the first, the last, past the last, none, or d1 is not scorable
    boolean[] first = holds(program, new ArrayFacts(program, 2).result("d1", "0", "1", 0));
    boolean[] last = holds(program, new ArrayFacts(program, 2).result("d1", "100", "1", 1));
    boolean[] pastLast = holds(program, new ArrayFacts(program, 2).result("d1", "100", "1", 2));
    boolean[] none = holds(program, new ArrayFacts(program, 2).result("d1", "-1", "1", -1));
    ArrayFacts unscorable = new ArrayFacts(program, 2).result("d1", "0", "1", 0);
    unscorable.scorable[0] = false;
    boolean[] notScorable = holds(program, unscorable);

    // THEN
    then(first).containsExactly(true, false);
    then(last).containsExactly(false, true);
    then(pastLast).containsExactly(false, false);
    then(none).containsExactly(false, false);
    then(notScorable).containsExactly(false, false);
  }

  @Test
  void should_hide_a_question_when_its_visibility_asks_for_a_band() {
    // GIVEN b shown when d1 is in low, and d1 is in low
    Questionnaire questionnaire = questionnaire()
        .addDimension(Fixtures.dimension("d1")
            .addQuestions(yesNo("a"),
                shownWhen(yesNo("b"), BandIs.of("d1", Operator.EQ, List.of("low"))))
            .addBands(band("low", "0", "50"), band("high", "50", "100"))
            .build())
        .build();
    ConditionProgram program = questionnaire.conditions();

    // WHEN
    boolean visible = program.visible(1,
        new ArrayFacts(program, 2).result("d1", "0", "1", 0), new byte[2]);

    // THEN
    then(visible).isFalse();
  }

  @Test
  void should_carry_the_values_of_nested_parts_up_when_tracing_any_all_and_not() {
    // GIVEN a is yes, b is no
    Condition aYes = Condition.answer("a", Operator.EQ, Literal.of(true));
    Condition bYes = Condition.answer("b", Operator.EQ, Literal.of(true));
    ConditionProgram program = withRules(
        rule("any", Condition.any(Condition.all(aYes, bYes), bYes,
            Condition.not(Condition.all(aYes, bYes))), "r"),
        rule("all", Condition.all(Condition.any(aYes, bYes), Condition.not(Condition.any(bYes))),
            "r"),
        rule("none", Condition.any(bYes, Condition.not(aYes)), "r")).conditions();
    ArrayFacts facts = new ArrayFacts(program, 2).choose("a", 1).choose("b", 0);

    // WHEN
    ConditionProgram.Trace any = program.trace(0, facts);
    ConditionProgram.Trace all = program.trace(1, facts);
    ConditionProgram.Trace none = program.trace(2, facts);

    // THEN the first part that holds decides an any, every part an all that holds
    then(any.steps()).extracting(ConditionProgram.Step::pointer, ConditionProgram.Step::holds)
        .containsExactly(tuple("/rules/0/when", true), tuple("/rules/0/when/any/0", false),
            tuple("/rules/0/when/any/0/all/0", true), tuple("/rules/0/when/any/0/all/1", false),
            tuple("/rules/0/when/any/1", false), tuple("/rules/0/when/any/2", true),
            tuple("/rules/0/when/any/2/not", false), tuple("/rules/0/when/any/2/not/all/0", true),
            tuple("/rules/0/when/any/2/not/all/1", false));
    then(any.deciding()).extracting(ConditionProgram.Step::pointer)
        .containsExactly("/rules/0/when/any/2");
    then(all.steps()).extracting(ConditionProgram.Step::pointer, ConditionProgram.Step::holds)
        .containsExactly(tuple("/rules/1/when", true), tuple("/rules/1/when/all/0", true),
            tuple("/rules/1/when/all/0/any/0", true), tuple("/rules/1/when/all/0/any/1", false),
            tuple("/rules/1/when/all/1", true), tuple("/rules/1/when/all/1/not", false),
            tuple("/rules/1/when/all/1/not/any/0", false));
    then(all.deciding()).extracting(ConditionProgram.Step::pointer)
        .containsExactly("/rules/1/when/all/0/any/0", "/rules/1/when/all/1");
    then(none.holds()).isFalse();
    then(none.deciding()).extracting(ConditionProgram.Step::pointer, ConditionProgram.Step::holds)
        .containsExactly(tuple("/rules/2/when/any/0", false), tuple("/rules/2/when/any/1", false));
    then(new boolean[] {any.holds(), all.holds(), none.holds()})
        .containsExactly(holds(program, facts));
  }
}
