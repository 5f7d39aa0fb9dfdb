package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.answers;
import static dev.selfcheck.scoring.Fixtures.band;
import static dev.selfcheck.scoring.Fixtures.compile;
import static dev.selfcheck.scoring.Fixtures.dec;
import static dev.selfcheck.scoring.Fixtures.exact;
import static dev.selfcheck.scoring.Fixtures.dim;
import static dev.selfcheck.scoring.Fixtures.level;
import static dev.selfcheck.scoring.Fixtures.multiple;
import static dev.selfcheck.scoring.Fixtures.number;
import static dev.selfcheck.scoring.Fixtures.questionnaire;
import static dev.selfcheck.scoring.Fixtures.recommendation;
import static dev.selfcheck.scoring.Fixtures.settings;
import static dev.selfcheck.scoring.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.groups.Tuple.tuple;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rule;
import dev.selfcheck.core.ScorableIs;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules over answers and results. The questionnaire: A = {q1 0…4, q2 0…4, q3 yes 1 / no 0},
 * B = {q4 number, thresholds 0 → 0, 10 → 2, 20 → 4; q5 multiple choice 1, 1, 2}, C = {q6 0…4}
 * needing every answer; bands low [0, 2), mid [2, 3), high [3, 4].
 *
 * <p>The usual response: q1 = o4 (3), q2 = o2 (1), q3 yes (1), q4 = 15 (2), q5 = [o1, o3] (3), q6
 * not answered. So A = 5/3 (1.67, low), B = 5/2 (mid), C not scorable, total = (5/3 + 5/2) / 2 =
 * 25/12 (2.08, mid), completion of the total 5/6.
 */
class RulesTest {

  private static Questionnaire questionnaire(Rule... rules) {
    return Fixtures.questionnaire()
        .addDimensions(dim("A", level("q1"), level("q2"), yesNo("q3", "1", "0")))
        .addDimensions(dim("B",
            number("q4", ItemScoring.builder()
                .addThreshold(ItemScoring.Threshold.of(dec("0"), dec("0")))
                .addThreshold(ItemScoring.Threshold.of(dec("10"), dec("2")))
                .addThreshold(ItemScoring.Threshold.of(dec("20"), dec("4"))).build()),
            multiple("q5", ItemScoring.builder().build(), "1", "1", "2")))
        .addDimensions(dim("C").addQuestions(level("q6"))
            .scoring(settings().minAnsweredShare(BigDecimal.ONE).build()).build())
        .addBands(band("low", "0", "2"), band("mid", "2", "3"), band("high", "3", true, "4", true))
        .addRecommendations(recommendation("recA", 1), recommendation("recB", 5),
            recommendation("recC", 5), recommendation("recD", 0))
        .addRules(rules)
        .build();
  }

  private static Fixtures.Answers usual() {
    return answers().option("q1", "o4").option("q2", "o2").yes("q3").number("q4", "15")
        .options("q5", "o1", "o3");
  }

  private static Rule rule(String id, Condition when, String... recommend) {
    return Rule.builder().id(id).when(when).addRecommend(recommend).build();
  }

  private static Assessment score(Fixtures.Answers answers, Rule... rules) {
    Questionnaire q = questionnaire(rules);
    then(q.validate()).as("the questionnaire of the test is valid").noneMatch(f -> f.isError());
    return compile(q).score(answers.response());
  }

  /** Scores with one rule r1 → recA and returns recA if it fired. */
  private static Optional<FiredRecommendation> fire(Condition when, Fixtures.Answers answers) {
    Assessment a = score(answers, rule("r1", when, "recA"));
    return a.recommendations().stream().filter(f -> f.recommendation().id().equals("recA")).findFirst();
  }

  private static List<String> facts(Optional<FiredRecommendation> fired) {
    return fired.orElseThrow(() -> new AssertionError("recA did not fire")).reasons().stream()
        .map(Reason::fact).toList();
  }

  private static Condition eq(String question, String option) {
    return Condition.answer(question, Operator.EQ, Literal.of(option));
  }

  private static Condition score(String dimension, Operator op, String value) {
    return MeasureComparison.of(MeasureComparison.Measure.SCORE, dimension, op, dec(value));
  }

  // ------------------------------------------------------------------ answers

  @Test
  void should_fire_with_the_state_as_fact_when_the_answer_is_in_that_state() {
    // GIVEN
    Condition when = Condition.answerIs("q2", AnswerState.DONT_KNOW);
    // WHEN
    Optional<FiredRecommendation> fired = fire(when, usual().dontKnow("q2"));
    Optional<FiredRecommendation> notFired = fire(when, usual());
    // THEN
    then(facts(fired)).containsExactly("question 'q2' is answered \"don't know\"");
    then(fired.get().reasons()).extracting(Reason::rule, Reason::pointer)
        .containsExactly(tuple("r1", "/rules/0/when"));
    then(notFired).isEmpty();
  }

  @Test
  void should_see_a_hidden_question_as_not_answered_when_a_rule_asks_for_its_state() {
    // GIVEN q2 answered but never shown in this variant of the questionnaire
    Questionnaire base = questionnaire(rule("r1", Condition.answerIs("q2", AnswerState.NOT_ANSWERED), "recA"));
    Questionnaire q = Questionnaire.builder().from(base).dimensions(List.of(
        dim("A", level("q1"), dev.selfcheck.core.Question.builder().from(level("q2"))
            .visibleWhen(eq("q1", "o1")).build(), yesNo("q3", "1", "0")),
        base.dimensions().get(1), base.dimensions().get(2))).build();
    // WHEN
    Assessment a = compile(q).score(usual().response());
    // THEN
    then(a.recommends("recA")).isTrue();
  }

  @Test
  void should_fire_with_value_and_operator_as_fact_when_an_answer_comparison_holds() {
    // GIVEN comparisons of a choice by option order, a number, a yes/no, a multiple choice, a set
    // WHEN
    List<String> choice = facts(fire(Condition.answer("q1", Operator.GE, Literal.of("o3")), usual()));
    List<String> num = facts(fire(Condition.answer("q4", Operator.LT, dec("20")), usual()));
    List<String> bool = facts(fire(Condition.answer("q3", Operator.EQ, Literal.of(true)), usual()));
    List<String> contains = facts(fire(Condition.answer("q5", Operator.CONTAINS, Literal.of("o3")), usual()));
    List<String> in = facts(fire(Condition.answerIn("q1", List.of(Literal.of("o3"), Literal.of("o4"))), usual()));
    // THEN
    then(choice).containsExactly("the answer to 'q1' is 'o4', which satisfies ge 'o3'");
    then(num).containsExactly("the answer to 'q4' is 15, which satisfies lt 20");
    then(bool).containsExactly("the answer to 'q3' is yes, which satisfies eq true");
    then(contains).containsExactly("the answer to 'q5' is ['o1', 'o3'], which satisfies contains 'o3'");
    then(in).containsExactly("the answer to 'q1' is 'o4', which satisfies in 'o3', 'o4'");
  }

  @Test
  void should_not_fire_when_an_answer_comparison_fails_or_has_no_value() {
    // GIVEN q1 is o4; q6 is not answered; q2 is don't know
    // WHEN
    Optional<FiredRecommendation> above = fire(Condition.answer("q1", Operator.GE, Literal.of("o5")), usual());
    Optional<FiredRecommendation> ne = fire(Condition.answer("q6", Operator.NE, Literal.of("o1")), usual());
    Optional<FiredRecommendation> dontKnow = fire(eq("q2", "o2"), usual().dontKnow("q2"));
    // THEN
    then(above).isEmpty();
    then(ne).as("ne is false without a value").isEmpty();
    then(dontKnow).isEmpty();
  }

  // ------------------------------------------------------------------ codes and words

  @Test
  void should_give_codes_with_the_answer_and_exact_score_when_a_rule_fires() {
    // GIVEN A = 5/3 (display 1.67), q4 = 15
    Condition when = Condition.all(score("A", Operator.LT, "2"),
        Condition.answer("q4", Operator.GT, Literal.of(dec("10.5"))));
    // WHEN
    List<Reason> reasons = fire(when, usual()).orElseThrow().reasons();
    // THEN
    Reason score = reasons.get(0);
    then(score.code()).isEqualTo(Reason.Code.SCORE);
    then(score.dimension()).contains("A");
    then(score.value()).contains(exact("5/3"));
    then(score.displayScore()).contains(dec("1.67"));
    then(score.operator()).contains(Operator.LT);
    then(score.literals()).containsExactly(Literal.of(dec("2")));
    then(score.pointer()).isEqualTo("/rules/0/when/all/0");
    Reason answer = reasons.get(1);
    then(answer.code()).isEqualTo(Reason.Code.ANSWER_VALUE);
    then(answer.question()).contains("q4");
    then(answer.answer()).contains(dev.selfcheck.core.AnswerValue.number(dec("15")));
    then(reasons).extracting(r -> r.message(java.util.Locale.GERMAN)).containsExactly(
        "der Punktwert von „A“ ist 1,67 (genau 5/3), also unter 2",
        "die Antwort auf „q4“ ist 15 und erfüllt größer als 10,5");
    then(reasons).extracting(Reason::fact).containsExactly(
        "the score of 'A' is 1.67 (exactly 5/3), which is below 2",
        "the answer to 'q4' is 15, which satisfies gt 10.5");
  }

  @Test
  void should_render_english_when_the_locale_has_no_texts() {
    // GIVEN
    Reason reason = fire(eq("q1", "o4"), usual()).orElseThrow().reasons().get(0);
    // WHEN
    String japanese = reason.message(java.util.Locale.JAPANESE);
    // THEN
    then(japanese).isEqualTo(reason.fact()).isEqualTo("the answer to 'q1' is 'o4', which satisfies eq 'o4'");
  }

  // ------------------------------------------------------------------ logic

  @Test
  void should_state_what_did_not_hold_when_a_not_fires() {
    // GIVEN
    Condition when = Condition.not(eq("q1", "o1"));
    // WHEN
    Optional<FiredRecommendation> fired = fire(when, usual());
    Optional<FiredRecommendation> notFired = fire(Condition.not(eq("q1", "o4")), usual());
    // THEN
    then(fired.orElseThrow().reasons()).extracting(Reason::pointer, Reason::fact)
        .containsExactly(tuple("/rules/0/when", "it is not the case that the answer to 'q1' eq 'o1'"));
    then(notFired).isEmpty();
  }

  @Test
  void should_give_the_facts_of_every_part_when_all_parts_hold() {
    // GIVEN
    Condition when = Condition.all(Condition.answerIs("q6", AnswerState.NOT_ANSWERED),
        Condition.answer("q3", Operator.EQ, Literal.of(true)));
    // WHEN
    Optional<FiredRecommendation> fired = fire(when, usual());
    Optional<FiredRecommendation> notFired = fire(when, usual().no("q3"));
    // THEN
    then(fired.orElseThrow().reasons()).extracting(Reason::pointer).containsExactly(
        "/rules/0/when/all/0", "/rules/0/when/all/1");
    then(notFired).isEmpty();
  }

  @Test
  void should_give_the_facts_of_the_first_true_part_only_when_any_fires() {
    // GIVEN part 0 false, parts 1 and 2 true
    Condition when = Condition.any(eq("q1", "o1"), eq("q2", "o2"), Condition.answerIs("q6", AnswerState.NOT_ANSWERED));
    // WHEN
    Optional<FiredRecommendation> fired = fire(when, usual());
    Optional<FiredRecommendation> notFired = fire(Condition.any(eq("q1", "o1"), eq("q2", "o1")), usual());
    // THEN
    then(fired.orElseThrow().reasons()).extracting(Reason::pointer, Reason::fact).containsExactly(
        tuple("/rules/0/when/any/1", "the answer to 'q2' is 'o2', which satisfies eq 'o2'"));
    then(notFired).isEmpty();
  }

  // ------------------------------------------------------------------ quantifiers

  private static Quantifier.Builder of(String... questions) {
    return Quantifier.builder().addQuestions(questions);
  }

  @Test
  void should_name_the_passing_questions_when_a_comparison_quantifier_holds() {
    // GIVEN le o2 over q1 (o4: no), q2 (o2: yes), q6 (no value: no) → 1
    Quantifier atLeastOne = of("q1", "q2", "q6").atLeast(1).operator(Operator.LE).addValue(Literal.of("o2")).build();
    Quantifier atLeastTwo = of("q1", "q2", "q6").atLeast(2).operator(Operator.LE).addValue(Literal.of("o2")).build();
    // WHEN
    Optional<FiredRecommendation> fired = fire(atLeastOne, usual());
    Optional<FiredRecommendation> notFired = fire(atLeastTwo, usual());
    // THEN the documented form: "… satisfy le '1' (required: at least 2)"
    then(facts(fired)).containsExactly("1 of 3 questions ('q2') satisfy le 'o2' (required: at least 1)");
    then(notFired).isEmpty();
  }

  @Test
  void should_count_answer_states_when_a_state_quantifier_has_bounds() {
    // GIVEN exactly one of q1, q2 is "don't know"; none of q1, q2, q3 is "don't know"
    Quantifier exactlyOne = of("q1", "q2").atLeast(1).atMost(1).state(AnswerState.DONT_KNOW).build();
    Quantifier none = of("q1", "q2", "q3").atMost(0).state(AnswerState.DONT_KNOW).build();
    // WHEN
    Optional<FiredRecommendation> one = fire(exactlyOne, usual().dontKnow("q2"));
    Optional<FiredRecommendation> two = fire(exactlyOne, usual().dontKnow("q1").dontKnow("q2"));
    Optional<FiredRecommendation> zero = fire(exactlyOne, usual());
    Optional<FiredRecommendation> noneHolds = fire(none, usual());
    Optional<FiredRecommendation> noneFails = fire(none, usual().dontKnow("q3"));
    // THEN
    then(facts(one)).containsExactly(
        "1 of 2 questions ('q2') satisfy is dontKnow (required: at least 1 and at most 1)");
    then(two).isEmpty();
    then(zero).isEmpty();
    then(facts(noneHolds)).containsExactly("0 of 3 questions satisfy is dontKnow (required: at most 0)");
    then(noneFails).isEmpty();
  }

  // ------------------------------------------------------------------ results

  @Test
  void should_compare_the_exact_score_and_show_both_forms_when_a_score_condition_holds() {
    // GIVEN A = 5/3 (1.67), total = 25/12 (2.08)
    // WHEN
    List<String> below = facts(fire(score("A", Operator.LT, "2"), usual()));
    List<String> total = facts(fire(score("total", Operator.GE, "2"), usual()));
    Optional<FiredRecommendation> notFired = fire(score("A", Operator.GE, "1.67"), usual());
    // THEN 5/3 = 1.666… is below 1.67 although shown as 1.67
    then(below).containsExactly("the score of 'A' is 1.67 (exactly 5/3), which is below 2");
    then(total).containsExactly("the score of the total is 2.08 (exactly 25/12), which is at least 2");
    then(notFired).isEmpty();
  }

  @Test
  void should_compare_the_completion_when_a_completion_condition_is_given() {
    // GIVEN 5 of 6 shown questions got a response
    Condition when = MeasureComparison.of(MeasureComparison.Measure.COMPLETION, "total", Operator.LT, BigDecimal.ONE);
    // WHEN
    List<String> fired = facts(fire(when, usual()));
    Optional<FiredRecommendation> complete = fire(when, usual().dontKnow("q6"));
    // THEN
    then(fired).containsExactly("the completion of the total is 5/6, which is below 1");
    then(complete).isEmpty();
  }

  @Test
  void should_be_false_when_a_result_condition_names_a_dimension_that_is_not_scorable() {
    // GIVEN C is not scorable (completion 0)
    // WHEN
    Optional<FiredRecommendation> lt = fire(score("C", Operator.LT, "100"), usual());
    Optional<FiredRecommendation> ne = fire(score("C", Operator.NE, "1"), usual());
    Optional<FiredRecommendation> completion = fire(MeasureComparison.of(
        MeasureComparison.Measure.COMPLETION, "C", Operator.LT, dec("0.5")), usual());
    Optional<FiredRecommendation> band = fire(BandIs.of("C", Operator.NE, List.of("low")), usual());
    // THEN
    then(lt).isEmpty();
    then(ne).isEmpty();
    then(completion).isEmpty();
    then(band).isEmpty();
  }

  @Test
  void should_fire_on_scorability_when_scorable_or_not_scorable_is_tested() {
    // GIVEN
    // WHEN
    List<String> notScorable = facts(fire(ScorableIs.of("C", false), usual()));
    List<String> scorable = facts(fire(ScorableIs.of("A", true), usual()));
    List<String> total = facts(fire(ScorableIs.of("total", true), usual()));
    Optional<FiredRecommendation> wrong = fire(ScorableIs.of("A", false), usual());
    Optional<FiredRecommendation> nowScorable = fire(ScorableIs.of("C", false), usual().option("q6", "o1"));
    // THEN
    then(notScorable).containsExactly(
        "'C' is not scorable: no question or sub-dimension has a score");
    then(scorable).containsExactly("'A' has a score");
    then(total).containsExactly("the total has a score");
    then(wrong).isEmpty();
    then(nowScorable).isEmpty();
  }

  @Test
  void should_test_the_band_when_a_band_condition_uses_eq_ne_or_in() {
    // GIVEN A is low, total is mid
    // WHEN
    List<String> eq = facts(fire(BandIs.of("A", Operator.EQ, List.of("low")), usual()));
    Optional<FiredRecommendation> eqOther = fire(BandIs.of("A", Operator.EQ, List.of("mid")), usual());
    List<String> ne = facts(fire(BandIs.of("A", Operator.NE, List.of("high")), usual()));
    Optional<FiredRecommendation> neSame = fire(BandIs.of("A", Operator.NE, List.of("low")), usual());
    List<String> in = facts(fire(BandIs.of("total", Operator.IN, List.of("mid", "high")), usual()));
    Optional<FiredRecommendation> inOther = fire(BandIs.of("total", Operator.IN, List.of("low", "high")), usual());
    // THEN
    then(eq).containsExactly("the band of 'A' is 'low'");
    then(eqOther).isEmpty();
    then(ne).containsExactly("the band of 'A' is 'low'");
    then(neSame).isEmpty();
    then(in).containsExactly("the band of the total is 'mid'");
    then(inOther).isEmpty();
  }

  // ------------------------------------------------------------------ merging and order

  @Test
  void should_list_a_recommendation_once_with_all_rules_and_reasons_when_several_rules_yield_it() {
    // GIVEN r1 → recA; r2 → recA, recB
    Rule r1 = rule("r1", Condition.answerIs("q6", AnswerState.NOT_ANSWERED), "recA");
    Rule r2 = rule("r2", score("A", Operator.LT, "2"), "recA", "recB");
    // WHEN
    Assessment a = score(usual(), r1, r2);
    // THEN
    FiredRecommendation recA = a.recommendations().stream()
        .filter(f -> f.recommendation().id().equals("recA")).findFirst().orElseThrow();
    then(a.recommendations()).extracting(f -> f.recommendation().id()).containsExactly("recB", "recA");
    then(recA.rules()).containsExactly("r1", "r2");
    then(recA.reasons()).extracting(Reason::rule, Reason::pointer).containsExactly(
        tuple("r1", "/rules/0/when"), tuple("r2", "/rules/1/when"));
  }

  @Test
  void should_order_by_priority_then_catalog_when_rules_fire_in_any_order() {
    // GIVEN catalog recA (1), recB (5), recC (5), recD (0); rules yield them in reverse
    Condition always = Condition.answerIs("q1", AnswerState.ANSWERED);
    Rule[] rules = {rule("rD", always, "recD"), rule("rC", always, "recC"), rule("rB", always, "recB"),
        rule("rA", always, "recA")};
    Rule[] reversed = {rules[3], rules[2], rules[1], rules[0]};
    // WHEN
    Assessment a = score(usual(), rules);
    Assessment b = score(usual(), reversed);
    // THEN priority 5 first (recB before recC, as in the catalog), then 1, then 0
    then(a.recommendations()).extracting(f -> f.recommendation().id())
        .containsExactly("recB", "recC", "recA", "recD");
    then(b.recommendations()).extracting(f -> f.recommendation().id())
        .containsExactly("recB", "recC", "recA", "recD");
  }

  @Test
  void should_fire_no_rule_when_the_response_is_for_another_questionnaire() {
    // GIVEN
    Questionnaire q = questionnaire(rule("r1", Condition.answerIs("q6", AnswerState.NOT_ANSWERED), "recA"));
    Response foreign = Response.builder().from(usual().response()).questionnaireId("other").build();
    // WHEN
    Assessment a = compile(q).score(foreign);
    // THEN
    then(a.recommendations()).isEmpty();
  }
}
