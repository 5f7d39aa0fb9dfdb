package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.answers;
import static dev.selfcheck.scoring.Fixtures.band;
import static dev.selfcheck.scoring.Fixtures.compile;
import static dev.selfcheck.scoring.Fixtures.dec;
import static dev.selfcheck.scoring.Fixtures.dim;
import static dev.selfcheck.scoring.Fixtures.level;
import static dev.selfcheck.scoring.Fixtures.number;
import static dev.selfcheck.scoring.Fixtures.recommendation;
import static dev.selfcheck.scoring.Fixtures.settings;
import static dev.selfcheck.scoring.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.groups.Tuple.tuple;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Rule;
import dev.selfcheck.core.ScorableIs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The facts that rules give as reasons, word for word, and when rules fire. The questionnaire:
 * A = {q1, q2 levels 0…4, q3 yes 1 / no 0}, B = {q4 number, thresholds 0 → 0, 10 → 2}, decimals 1,
 * bands low [0, 2), high [2, 4]. The usual response: q1 = o3 (2), q2 = o4 (3), q3 yes (1), q4 = 12
 * (2): A = 2, B = 2, total 2.
 */
class RulesSpecificationTest {

  static Questionnaire questionnaire(Rule... rules) {
    return Fixtures.questionnaire()
        .addDimensions(dim("A", level("q1"), level("q2"), yesNo("q3", "1", "0")))
        .addDimensions(dim("B", number("q4", ItemScoring.builder()
            .addThreshold(ItemScoring.Threshold.of(dec("0"), dec("0")))
            .addThreshold(ItemScoring.Threshold.of(dec("10"), dec("2"))).build())))
        .scoring(settings().decimals(1).build())
        .addBands(band("low", "0", "2"), band("high", "2", true, "4", true))
        .addRecommendations(recommendation("rec", 1))
        .addRules(rules)
        .build();
  }

  static Fixtures.Answers usual() {
    return answers().option("q1", "o3").option("q2", "o4").yes("q3").number("q4", "12");
  }

  /** The facts of recommendation "rec" when one rule with the condition fires; empty if it does not. */
  private static List<String> facts(Condition when, Fixtures.Answers answers) {
    Questionnaire q = questionnaire(Rule.builder().id("r").when(when).addRecommend("rec").build());
    then(q.validate()).as("the questionnaire of the test is valid").noneMatch(Finding::isError);
    Assessment a = compile(q).score(answers.response());
    return a.recommendations().stream().flatMap(f -> f.reasons().stream()).map(Reason::fact).toList();
  }

  private static Condition measure(MeasureComparison.Measure m, String dimension, Operator op, String value) {
    return MeasureComparison.of(m, dimension, op, dec(value));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "eq | 2 | the score of 'A' is 2.0 (exactly 2), which is equal to 2",
      "ne | 3 | the score of 'A' is 2.0 (exactly 2), which is not equal to 3",
      "lt | 3 | the score of 'A' is 2.0 (exactly 2), which is below 3",
      "le | 2 | the score of 'A' is 2.0 (exactly 2), which is at most 2",
      "gt | 1.5 | the score of 'A' is 2.0 (exactly 2), which is above 1.5",
      "ge | 2 | the score of 'A' is 2.0 (exactly 2), which is at least 2"})
  void should_word_the_operator_when_a_score_condition_holds(String op, String value, String fact) {
    // GIVEN
    Condition when = measure(MeasureComparison.Measure.SCORE, "A", Operator.fromJsonName(op).orElseThrow(), value);
    // WHEN
    List<String> facts = facts(when, usual());
    // THEN
    then(facts).containsExactly(fact);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"eq, 3", "ne, 2", "lt, 2", "le, 1.9", "gt, 2", "ge, 2.1"})
  void should_not_fire_when_a_score_condition_fails_by_its_operator(String op, String value) {
    // GIVEN
    Condition when = measure(MeasureComparison.Measure.SCORE, "A", Operator.fromJsonName(op).orElseThrow(), value);
    // WHEN
    List<String> facts = facts(when, usual());
    // THEN
    then(facts).isEmpty();
  }

  @Test
  void should_show_a_score_as_displayed_when_the_display_is_exact() {
    // GIVEN q1 = o2, q2 = o4, q3 yes: A = (1 + 3 + 1) / 3 = 5/3; q1 = o4, q2 = o1, q3 no: A = 1
    Condition when = measure(MeasureComparison.Measure.SCORE, "A", Operator.GE, "0");
    // WHEN
    List<String> third = facts(when, usual().option("q1", "o2"));
    List<String> one = facts(when, usual().option("q1", "o4").no("q3").option("q2", "o1"));
    // THEN 5/3 is shown 1.7 (exactly 5/3); (3 + 0 + 0) / 3 = 1 is shown 1.0 (exactly 1)
    then(third).containsExactly("the score of 'A' is 1.7 (exactly 5/3), which is at least 0");
    then(one).containsExactly("the score of 'A' is 1.0 (exactly 1), which is at least 0");
  }

  @Test
  void should_show_the_completion_as_a_fraction_when_a_completion_condition_holds() {
    // GIVEN q2 not answered: completion of A 2/3
    Condition when = measure(MeasureComparison.Measure.COMPLETION, "A", Operator.LE, "0.7");
    // WHEN
    List<String> facts = facts(when, answers().option("q1", "o3").yes("q3").number("q4", "12"));
    List<String> complete = facts(when, usual());
    // THEN
    then(facts).containsExactly("the completion of 'A' is 2/3, which is at most 0.7");
    then(complete).isEmpty();
  }

  @Test
  void should_say_what_did_not_hold_when_a_negated_condition_of_each_kind_fires() {
    // GIVEN negations of conditions that are false for the usual response
    Quantifier both = Quantifier.builder().addQuestions("q1", "q2").atLeast(1).atMost(2)
        .state(AnswerState.DONT_KNOW).build();
    Quantifier most = Quantifier.builder().addQuestions("q1", "q2").atMost(0)
        .operator(Operator.GE).addValue(Literal.of("o1")).build();
    List<Condition> negated = List.of(
        Condition.all(Condition.answerIs("q1", AnswerState.NOT_APPLICABLE), Condition.answerIs("q2", AnswerState.DONT_KNOW)),
        Condition.any(Condition.answerIs("q1", AnswerState.NOT_ANSWERED),
            Condition.answerIs("q2", AnswerState.NOT_APPLICABLE)),
        Condition.not(Condition.answerIs("q1", AnswerState.ANSWERED)),
        Condition.answerIn("q1", List.of(Literal.of("o1"), Literal.of("o2"))),
        Condition.answer("q4", Operator.GT, dec("20")),
        Condition.answer("q3", Operator.EQ, Literal.of(false)),
        both,
        most,
        measure(MeasureComparison.Measure.SCORE, "total", Operator.LT, "1.5"),
        ScorableIs.of("B", false),
        ScorableIs.of("total", false),
        BandIs.of("A", Operator.IN, List.of("low")),
        BandIs.of("total", Operator.NE, List.of("high")));
    // WHEN / THEN
    List<String> expected = List.of(
        "(question 'q1' is answered \"not applicable\" and question 'q2' is answered \"don't know\")",
        "(question 'q1' is not answered or question 'q2' is answered \"not applicable\")",
        "not question 'q1' is answered",
        "the answer to 'q1' in ['o1', 'o2']",
        "the answer to 'q4' gt 20",
        "the answer to 'q3' eq false",
        "questions [q1, q2] satisfy is dontKnow (required: at least 1 and at most 2)",
        "questions [q1, q2] satisfy ge 'o1' (required: at most 0)",
        "the score of the total is below 1.5",
        "'B' is not scorable",
        "the total is not scorable",
        "the band of 'A' in [low]",
        "the band of the total ne [high]");
    for (int i = 0; i < negated.size(); i++) {
      then(facts(Condition.not(negated.get(i)), usual())).as(expected.get(i))
          .containsExactly("it is not the case that " + expected.get(i));
    }
  }

  @Test
  void should_describe_a_scorable_condition_when_its_negation_fires() {
    // GIVEN B not scorable (q4 not answered)
    Condition when = Condition.not(ScorableIs.of("B", true));
    // WHEN
    List<String> facts = facts(when, answers().option("q1", "o3"));
    // THEN
    then(facts).containsExactly("it is not the case that 'B' has a score");
  }

  @Test
  void should_give_the_reason_under_its_pointer_when_a_rule_fires() {
    // GIVEN two rules, the second with a negation inside "all"
    Rule first = Rule.builder().id("r1").when(Condition.answerIs("q2", AnswerState.DONT_KNOW)).addRecommend("rec").build();
    Rule second = Rule.builder().id("r2").when(Condition.all(Condition.answerIs("q1", AnswerState.ANSWERED),
        Condition.not(Condition.answerIs("q3", AnswerState.NOT_ANSWERED)))).addRecommend("rec").build();
    Questionnaire q = questionnaire(first, second);
    // WHEN
    Assessment a = compile(q).score(usual().response());
    // THEN
    then(a.recommendations()).hasSize(1);
    then(a.recommendations().get(0).rules()).containsExactly("r2");
    then(a.recommendations().get(0).reasons()).extracting(Reason::rule, Reason::pointer, Reason::fact).containsExactly(
        tuple("r2", "/rules/1/when/all/0", "question 'q1' is answered"),
        tuple("r2", "/rules/1/when/all/1", "it is not the case that question 'q3' is not answered"));
  }

  @Test
  void should_fire_on_the_number_of_questions_when_a_quantifier_has_both_bounds() {
    // GIVEN between 1 and 2 of q1, q2, q3 answered
    Quantifier between = Quantifier.builder().addQuestions("q1", "q2", "q3").atLeast(1).atMost(2)
        .state(AnswerState.ANSWERED).build();
    // WHEN
    List<String> two = facts(between, answers().option("q1", "o3").option("q2", "o4"));
    List<String> three = facts(between, usual());
    List<String> none = facts(between, answers());
    // THEN
    then(two).containsExactly("2 of 3 questions ('q1', 'q2') satisfy is answered (required: at least 1 and at most 2)");
    then(three).isEmpty();
    then(none).isEmpty();
  }

  @Test
  void should_compare_numbers_and_booleans_when_the_answers_are_numbers_or_yes_no() {
    // GIVEN
    // WHEN
    List<String> number = facts(Condition.answer("q4", Operator.GE, dec("12")), usual());
    List<String> decimal = facts(Condition.answer("q4", Operator.LE, dec("12.5")), usual().number("q4", "12.25"));
    List<String> no = facts(Condition.answer("q3", Operator.NE, Literal.of(true)), usual().no("q3"));
    List<String> notLess = facts(Condition.answer("q4", Operator.LT, dec("12")), usual());
    // THEN
    then(number).containsExactly("the answer to 'q4' is 12, which satisfies ge 12");
    then(decimal).containsExactly("the answer to 'q4' is 12.25, which satisfies le 12.5");
    then(no).containsExactly("the answer to 'q3' is no, which satisfies ne true");
    then(notLess).isEmpty();
  }

  @Test
  void should_not_fire_a_band_or_completion_condition_when_the_dimension_is_not_scorable() {
    // GIVEN B not scorable (q4 not answered)
    // WHEN
    List<String> bandOfNotScorable = facts(BandIs.of("B", Operator.NE, List.of("high")), answers().option("q1", "o3"));
    List<String> completionOfNotScorable = facts(measure(MeasureComparison.Measure.COMPLETION, "B", Operator.GE, "0"),
        answers().option("q1", "o3"));
    // THEN
    then(bandOfNotScorable).isEmpty();
    then(completionOfNotScorable).isEmpty();
  }

  @Test
  void should_order_by_priority_when_one_rule_yields_two_recommendations() {
    // GIVEN a catalog with rec (priority 1) and rec2 (priority 3), both yielded by one rule
    Questionnaire q = Questionnaire.builder().from(questionnaire(Rule.builder().id("r")
            .when(Condition.answerIs("q1", AnswerState.ANSWERED)).addRecommend("rec", "rec2").build()))
        .addRecommendations(Recommendation.builder().id("rec2").title(Fixtures.en("Two")).text(Fixtures.en("t"))
            .priority(3).dimension("A").build())
        .build();
    // WHEN
    Assessment a = compile(q).score(usual().response());
    // THEN rec2 (priority 3) before rec (priority 1)
    then(a.recommendations()).extracting(f -> f.recommendation().id()).containsExactly("rec2", "rec");
    then(a.recommends("rec2")).isTrue();
    then(a.recommends("rec3")).isFalse();
  }
}
