package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.answers;
import static dev.selfcheck.scoring.Fixtures.compile;
import static dev.selfcheck.scoring.Fixtures.dec;
import static dev.selfcheck.scoring.Fixtures.dim;
import static dev.selfcheck.scoring.Fixtures.exact;
import static dev.selfcheck.scoring.Fixtures.level;
import static dev.selfcheck.scoring.Fixtures.questionnaire;
import static dev.selfcheck.scoring.Fixtures.result;
import static dev.selfcheck.scoring.Fixtures.settings;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conditional terms ({@code scoring.terms}): the constant is added to the node's aggregate when its
 * condition holds, and the parent adds up the score with the term, whatever path the evaluator
 * takes for the sums.
 */
class TermSpecificationTest {

  @ParameterizedTest(name = "q1 = {0}, q2 = {1}: child {2}, parent {3}")
  @CsvSource({
      // the term -1.5 is added when q1 is at its worst option o5 (score 4)
      "o1, o2, 1, 2",      // no term: child 0 + 1 = 1; parent 1 + q3 (1) = 2
      "o5, o2, 3.5, 4.5",  // term: child 4 + 1 - 1.5 = 3.5; parent 3.5 + 1 = 4.5
      "o5, o5, 6.5, 7.5"})
  void should_pass_the_score_with_its_term_to_the_parent(String q1, String q2, String child,
      String parent) {
    // GIVEN a parent weighted sum of the child c (a weighted sum with a term) and the question q3
    Term worst = Term.builder().id("worst").add(dec("-1.5"))
        .when(Condition.answer("q1", Operator.EQ, Literal.of("o5"))).build();
    Questionnaire q = questionnaire().addDimensions(dim("p")
        .scoring(settings().aggregation(Aggregation.WEIGHTED_SUM).build())
        .addDimensions(dim("c").addQuestions(level("q1"), level("q2"))
            .scoring(settings().aggregation(Aggregation.WEIGHTED_SUM).addTerm(worst).build())
            .build())
        .addQuestions(level("q3"))
        .build()).build();
    // WHEN
    var a = compile(q).score(answers().option("q1", q1).option("q2", q2).option("q3", "o2")
        .response());
    // THEN
    then(result(a, "c").score()).contains(exact(child));
    then(result(a, "c").terms()).containsExactlyElementsOf(
        child.equals("1") ? java.util.List.of() : java.util.List.of("worst"));
    then(result(a, "p").score()).contains(exact(parent));
  }
}
