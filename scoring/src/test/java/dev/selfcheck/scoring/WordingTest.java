package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.answers;
import static dev.selfcheck.scoring.Fixtures.compile;
import static dev.selfcheck.scoring.Fixtures.dec;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Rule;
import dev.selfcheck.core.ScorableIs;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The one wording of reasons and conditions, in its labelled form: questions named by their texts,
 * options, bands and dimensions by their labels, as a report shows why a recommendation applies.
 * The questionnaire is the one of {@link RulesSpecificationTest} (questions "Question q1" …, options
 * "option 1" …, dimensions "Dimension A", "Dimension B", bands "low", "high").
 */
@Tag("issue-12")
class WordingTest {

  private static final Questionnaire PLAIN = RulesSpecificationTest.questionnaire();

  /** The reasons of recommendation "rec" when one rule with the condition fires, labelled. */
  private static List<String> reasons(Condition when, Fixtures.Answers answers, Locale locale) {
    Questionnaire q = RulesSpecificationTest.questionnaire(
        Rule.builder().id("r").when(when).addRecommend("rec").build());
    Wording wording = Wording.of(locale, q);
    return compile(q).score(answers.response()).recommendations().stream()
        .flatMap(f -> f.reasons().stream()).map(wording::reason).toList();
  }

  private static List<String> reasons(Condition when, Fixtures.Answers answers) {
    return reasons(when, answers, Locale.ENGLISH);
  }

  private static Condition measure(MeasureComparison.Measure m, String dimension, Operator op, String value) {
    return MeasureComparison.of(m, dimension, op, dec(value));
  }

  @Test
  void should_name_questions_and_options_by_their_texts_when_a_questionnaire_is_given() {
    // GIVEN the usual response: q1 = o3, q2 = o4, q3 yes, q4 = 12
    Fixtures.Answers usual = RulesSpecificationTest.usual();
    // WHEN / THEN
    then(reasons(Condition.answer("q1", Operator.LE, Literal.of("o3")), usual))
        .containsExactly("“Question q1”: option 3 (at most “option 3”)");
    then(reasons(Condition.answer("q3", Operator.EQ, Literal.of(true)), usual))
        .containsExactly("“Question q3”: yes");
    then(reasons(Condition.answer("q4", Operator.GT, dec("10")), usual))
        .containsExactly("“Question q4”: 12 (above 10)");
    then(reasons(Condition.answerIs("q2", AnswerState.NOT_ANSWERED), answers().option("q1", "o3")))
        .containsExactly("“Question q2”: not answered");
    then(reasons(Quantifier.builder().addQuestions("q1", "q2").atLeast(1).operator(Operator.GE)
        .addValue(Literal.of("o3")).build(), usual))
        .containsExactly("“Question q1”; “Question q2”: at least “option 3” (2 of 2)");
  }

  @Test
  void should_name_dimensions_and_bands_by_their_labels_when_a_questionnaire_is_given() {
    // GIVEN the usual response: A = 2 (shown 2.0, band high), B = 2
    Fixtures.Answers usual = RulesSpecificationTest.usual();
    // WHEN / THEN
    then(reasons(measure(MeasureComparison.Measure.SCORE, "A", Operator.GE, "0"), usual))
        .containsExactly("Dimension A: Score 2.0 (at least 0)");
    then(reasons(measure(MeasureComparison.Measure.COMPLETION, "A", Operator.LE, "0.7"),
        answers().option("q1", "o3").yes("q3").number("q4", "12")))
        .containsExactly("Dimension A: Completion 67 % (at most 70 %)");
    then(reasons(ScorableIs.of("total", true), usual)).containsExactly("Total: has a score");
    then(reasons(ScorableIs.of("B", false), answers().option("q1", "o3")))
        .containsExactly("Dimension B: not scorable");
    then(reasons(BandIs.of("A", Operator.IN, List.of("high")), usual)).containsExactly("Dimension A: Band high");
  }

  @Test
  void should_say_what_a_negated_condition_requires_when_a_questionnaire_is_given() {
    // GIVEN negations of conditions that are false for the usual response
    Fixtures.Answers usual = RulesSpecificationTest.usual();
    List<Condition> negated = List.of(
        Condition.all(Condition.answerIs("q1", AnswerState.NOT_APPLICABLE),
            Condition.answerIs("q2", AnswerState.DONT_KNOW)),
        Condition.answerIn("q1", List.of(Literal.of("o1"), Literal.of("o2"))),
        Quantifier.builder().addQuestions("q1", "q2").atMost(0).operator(Operator.GE)
            .addValue(Literal.of("o1")).build(),
        measure(MeasureComparison.Measure.SCORE, "total", Operator.LT, "1.5"),
        measure(MeasureComparison.Measure.COMPLETION, "A", Operator.LT, "0.5"),
        BandIs.of("total", Operator.NE, List.of("high")));
    List<String> expected = List.of(
        "(“Question q1”: not applicable and “Question q2”: don't know)",
        "“Question q1”: one of “option 1”, “option 2”",
        "“Question q1”; “Question q2”: at least “option 1”",
        "Total: Score below 1.5",
        "Dimension A: Completion below 50 %",
        "Total: Band not high");
    // WHEN / THEN
    for (int i = 0; i < negated.size(); i++) {
      then(reasons(Condition.not(negated.get(i)), usual)).as(expected.get(i))
          .containsExactly("not so: " + expected.get(i));
    }
  }

  @Test
  void should_word_in_german_when_the_reader_is_german() {
    // GIVEN the usual response
    Fixtures.Answers usual = RulesSpecificationTest.usual();
    // WHEN / THEN German words and quotes, decimal commas; the questionnaire's English texts as a fallback
    then(reasons(measure(MeasureComparison.Measure.SCORE, "A", Operator.GE, "0"), usual, Locale.GERMAN))
        .containsExactly("Dimension A: Punktwert 2,0 (mindestens 0)");
    then(reasons(Condition.answerIs("q2", AnswerState.DONT_KNOW), usual.dontKnow("q2"), Locale.GERMAN))
        .containsExactly("„Question q2“: weiß nicht");
  }

  @Test
  void should_name_ids_as_they_are_when_no_questionnaire_is_given() {
    // GIVEN
    Wording english = Wording.of(Locale.ENGLISH);
    Wording labelled = Wording.of(Locale.ENGLISH, PLAIN);
    AnswerValue option = AnswerValue.option("o2");
    // WHEN / THEN
    then(english.answer("q1", option)).isEqualTo("'o2'");
    then(labelled.answer("q1", option)).isEqualTo("option 2");
    then(english.state(AnswerState.DONT_KNOW)).isEqualTo("answered \"don't know\"");
    then(labelled.state(AnswerState.DONT_KNOW)).isEqualTo("don't know");
    then(english.condition(Condition.answer("q4", Operator.GE, dec("10.50"))))
        .isEqualTo("the answer to 'q4' ge 10.50");
    then(labelled.condition(Condition.answer("q4", Operator.GE, dec("10.50"))))
        .isEqualTo("“Question q4”: at least 10.5");
    then(english.percent(Rational.of(1, 3))).isEqualTo("33 %");
  }
}
