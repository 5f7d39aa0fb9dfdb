package dev.selfcheck.core;

import static dev.selfcheck.core.Fixtures.choice;
import static dev.selfcheck.core.Fixtures.questionnaire;
import static dev.selfcheck.core.Fixtures.recommendation;
import static dev.selfcheck.core.Fixtures.rule;
import static dev.selfcheck.core.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.ConditionProgramTest.ArrayFacts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The condition program's conditional terms, counts and named conditions, evaluated directly over
 * hand-written facts: which level states each, where it points, when a term holds, what a count
 * counts, and that a reference decides as the named condition does.
 */
class ConditionProgramTermsTest {

  private static final Question SCALE_A =
      choice("a", QuestionType.ORDINAL_SCALE, "none", "some", "most", "all").build();
  private static final Question SCALE_B =
      choice("b", QuestionType.ORDINAL_SCALE, "none", "some", "most", "all").build();

  /** A worst answer in a or b: the flag the term and the rule share by name. */
  private static final Condition ANY_WORST = Condition.any(
      Condition.answer("a", Operator.EQ, Literal.of("none")),
      Condition.answer("b", Operator.EQ, Literal.of("none")));

  private static Term term(String id, Condition when, String add) {
    return Term.builder().id(id).when(when).add(new BigDecimal(add)).build();
  }

  private static ItemCount atLeastMost(String id, String... questions) {
    return ItemCount.builder().id(id).test(Quantifier.builder().addQuestions(questions).atLeast(1)
        .operator(Operator.GE).addValues(Literal.of("most")).build()).build();
  }

  /** d1 (a, b) with a term and a count; d2 (c) with a count; the total with a term. */
  private static Questionnaire instrument() {
    return questionnaire()
        .putNamedCondition("anyWorst", ANY_WORST)
        .addDimension(Dimension.builder().id("d1").label(Fixtures.text("One"))
            .addQuestions(SCALE_A, SCALE_B)
            .scoring(ScoringSettings.builder()
                .addTerm(term("worst", Condition.named("anyWorst"), "-1.5"))
                .addCount(atLeastMost("high", "a", "b")).build())
            .build())
        .addDimension(Dimension.builder().id("d2").label(Fixtures.text("Two"))
            .addQuestion(yesNo("c"))
            .scoring(ScoringSettings.builder()
                .addCount(ItemCount.builder().id("yes").test(Quantifier.builder().addQuestions("c")
                    .atLeast(1).operator(Operator.EQ).addValues(Literal.of(true)).build()).build())
                .build())
            .build())
        .scoring(ScoringSettings.builder()
            .addTerm(term("bonus", Condition.answer("c", Operator.EQ, Literal.of(true)), "2"))
            .build())
        .addRecommendations(recommendation("r"))
        .addRules(rule("flagged", Condition.named("anyWorst"), "r"))
        .build();
  }

  @Test
  void should_number_terms_and_counts_by_level_and_point_at_them() {
    // WHEN
    ConditionProgram program = instrument().conditions();
    // THEN terms: d1's, then the total's (index 2, after the two dimensions)
    then(program.termCount()).isEqualTo(2);
    then(program.term(0).id()).isEqualTo("worst");
    then(program.termDimension(0)).isEqualTo(program.dimensionIndex("d1"));
    then(program.termPointer(0)).isEqualTo("/dimensions/0/scoring/terms/0");
    then(program.term(1).id()).isEqualTo("bonus");
    then(program.termDimension(1)).isEqualTo(2);
    then(program.termPointer(1)).isEqualTo("/scoring/terms/0");
    // and counts: d1's, then d2's
    then(program.countCount()).isEqualTo(2);
    then(program.count(0).id()).isEqualTo("high");
    then(program.countDimension(0)).isEqualTo(program.dimensionIndex("d1"));
    then(program.count(1).id()).isEqualTo("yes");
    then(program.countDimension(1)).isEqualTo(program.dimensionIndex("d2"));
  }

  @Test
  void should_add_a_term_exactly_when_its_named_condition_holds() {
    // GIVEN
    ConditionProgram program = instrument().conditions();
    // WHEN / THEN a at its worst (index 0): the term holds; a and b above it: it does not
    then(program.termHolds(0, new ArrayFacts(program, 3).choose("a", 0).choose("b", 3))).isTrue();
    then(program.termHolds(0, new ArrayFacts(program, 3).choose("a", 2).choose("b", 0))).isTrue();
    then(program.termHolds(0, new ArrayFacts(program, 3).choose("a", 1).choose("b", 2))).isFalse();
    then(program.termHolds(0, new ArrayFacts(program, 3))).isFalse();
    // the total's term reads the yes/no answer c
    then(program.termHolds(1, new ArrayFacts(program, 3).choose("c", 1))).isTrue();
    then(program.termHolds(1, new ArrayFacts(program, 3).choose("c", 0))).isFalse();
  }

  @Test
  void should_trace_a_term_through_the_named_condition() {
    // GIVEN
    ConditionProgram program = instrument().conditions();
    ArrayFacts facts = new ArrayFacts(program, 3).choose("a", 1).choose("b", 0);
    // WHEN
    ConditionProgram.Trace trace = program.traceTerm(0, facts);
    // THEN the reference, then the named condition's parts under /conditions/anyWorst
    then(trace.holds()).isTrue();
    then(trace.steps()).extracting(ConditionProgram.Step::pointer).containsExactly(
        "/dimensions/0/scoring/terms/0/when", "/conditions/anyWorst",
        "/conditions/anyWorst/any/0", "/conditions/anyWorst/any/1");
    then(trace.steps()).extracting(ConditionProgram.Step::holds)
        .containsExactly(true, true, false, true);
  }

  @Test
  void should_count_the_questions_that_pass_the_test() {
    // GIVEN
    ConditionProgram program = instrument().conditions();
    // WHEN / THEN "at or above most" among a and b
    then(program.countValue(0, new ArrayFacts(program, 3).choose("a", 2).choose("b", 3)))
        .isEqualTo(2);
    then(program.countValue(0, new ArrayFacts(program, 3).choose("a", 1).choose("b", 3)))
        .isEqualTo(1);
    then(program.countValue(0, new ArrayFacts(program, 3).choose("a", 0))).isZero();
    then(program.countValue(1, new ArrayFacts(program, 3).choose("c", 1))).isEqualTo(1);
    then(program.countValue(1, new ArrayFacts(program, 3).choose("c", 0))).isZero();
  }

  @Test
  void should_decide_a_rule_through_a_reference_as_the_named_condition() {
    // GIVEN
    ConditionProgram program = instrument().conditions();
    // WHEN / THEN
    then(program.holds(0, new ArrayFacts(program, 3).choose("a", 3).choose("b", 0))).isTrue();
    then(program.holds(0, new ArrayFacts(program, 3).choose("a", 3).choose("b", 3))).isFalse();
  }

  @Test
  void should_decide_false_for_an_unknown_name_and_for_a_cycle() {
    // GIVEN names that validation refuses: one unknown, two that refer to each other
    Questionnaire questionnaire = questionnaire()
        .putNamedCondition("loop", Condition.any(Condition.named("back"),
            Condition.answer("a", Operator.EQ, Literal.of("all"))))
        .putNamedCondition("back", Condition.named("loop"))
        .addDimension(Fixtures.dimension("d1", SCALE_A))
        .addRecommendations(recommendation("r"))
        .addRules(rule("unknown", Condition.named("nowhere"), "r"),
            rule("cycle", Condition.named("loop"), "r"))
        .build();
    ConditionProgram program = ConditionProgram.of(questionnaire);
    ArrayFacts facts = new ArrayFacts(program, 2).choose("a", 3);
    // WHEN / THEN the unknown name is false; the cycle is cut where it returns, so the rest decides
    then(program.holds(0, facts)).isFalse();
    then(program.holds(1, facts)).isTrue();
    then(program.holds(1, new ArrayFacts(program, 2).choose("a", 0))).isFalse();
    then(List.of(program.ruleCount())).containsExactly(2);
  }
}
