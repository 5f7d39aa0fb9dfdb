package dev.selfcheck.core;

import static dev.selfcheck.core.Fixtures.questionnaireWith;
import static dev.selfcheck.core.Fixtures.shownWhen;
import static dev.selfcheck.core.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link Questionnaire#validate()} finds cycles among visibility conditions. */
class VisibilityCycleTest {

  private static Condition answered(String questionId) {
    return Condition.answerIs(questionId, AnswerState.ANSWERED);
  }

  @Test
  void should_follow_quantifiers_and_negations_when_looking_for_cycles() {
    // GIVEN q1 -> (quantifier over q3, q2) -> q2 -> not q1
    Questionnaire questionnaire = questionnaireWith(
        shownWhen(yesNo("q1"), Quantifier.builder().addQuestions("q3", "q2").atLeast(1)
            .state(AnswerState.ANSWERED).build()),
        shownWhen(yesNo("q2"), Condition.not(Condition.answer("q1", Operator.EQ, Literal.of(true)))),
        yesNo("q3"));

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    then(findings).extracting(Finding::pointer, Finding::message).containsExactly(
        tuple("/dimensions/0/questions/0/visibleWhen",
            "the visibility of question 'q1' depends on itself: q1 -> q2 -> q1"));
  }

  @Test
  void should_report_each_cycle_once_when_chains_lead_into_it_and_cycles_are_separate() {
    // GIVEN q1 <-> q2, q3 -> q1 (into the cycle), q4 <-> q5
    Questionnaire questionnaire = questionnaireWith(
        shownWhen(yesNo("q1"), answered("q2")),
        shownWhen(yesNo("q2"), Condition.any(answered("q1"), answered("q6"))),
        shownWhen(yesNo("q3"), answered("q1")),
        shownWhen(yesNo("q4"), Condition.all(answered("q5"), answered("q6"))),
        shownWhen(yesNo("q5"), answered("q4")),
        yesNo("q6"));

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    then(findings).allSatisfy(f -> then(f.is(QuestionnaireProblem.VISIBILITY_CYCLE)).isTrue());
    then(findings).extracting(Finding::message).containsExactly(
        "the visibility of question 'q1' depends on itself: q1 -> q2 -> q1",
        "the visibility of question 'q4' depends on itself: q4 -> q5 -> q4");
  }

  @Test
  void should_report_the_cycle_where_the_walk_meets_it_when_walk_starts_outside() {
    // GIVEN q1 -> q2 -> q3 -> q2: the walk from q1 meets the cycle at q2
    Questionnaire questionnaire = questionnaireWith(
        shownWhen(yesNo("q1"), answered("q2")),
        shownWhen(yesNo("q2"), answered("q3")),
        shownWhen(yesNo("q3"), answered("q2")));

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN
    then(findings).extracting(Finding::pointer, Finding::message).containsExactly(
        tuple("/dimensions/0/questions/1/visibleWhen",
            "the visibility of question 'q2' depends on itself: q2 -> q3 -> q2"));
  }

  @Test
  void should_ignore_result_conditions_and_unknown_questions_when_looking_for_cycles() {
    // GIVEN q1 names an unknown question; a rule-only condition names no question
    Questionnaire questionnaire = questionnaireWith(
        shownWhen(yesNo("q1"), Condition.any(answered("nope"), ScorableIs.of("total", true))),
        shownWhen(yesNo("q2"), answered("q1")));

    // WHEN
    List<Finding> findings = questionnaire.validate();

    // THEN only the two mistakes in q1's condition, no cycle
    then(findings).extracting(Finding::code).containsExactly(
        QuestionnaireProblem.UNKNOWN_QUESTION_IN_CONDITION.code(), QuestionnaireProblem.RULE_ONLY_CONDITION.code());
  }
}
