package dev.selfcheck.core;

import static dev.selfcheck.core.Fixtures.choice;
import static dev.selfcheck.core.Fixtures.chosen;
import static dev.selfcheck.core.Fixtures.dimension;
import static dev.selfcheck.core.Fixtures.question;
import static dev.selfcheck.core.Fixtures.questionnaire;
import static dev.selfcheck.core.Fixtures.response;
import static dev.selfcheck.core.Fixtures.scale;
import static dev.selfcheck.core.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.then;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Looking things up in a questionnaire, a response and a text. */
class ModelLookupTest {

  /** d1 (q1 on scale agree, d2 (q2 with own options, d3 (q3))), d4 (q4 on an unknown scale). */
  private static final Questionnaire NESTED = questionnaire()
      .addScale(scale("agree", "1", "2", "3").allowDontKnow(true).build())
      .addScale(scale("level", "low", "high").allowNotApplicable(true).build())
      .addDimension(dimension("d1")
          .addQuestion(question("q1", QuestionType.ORDINAL_SCALE).scale("agree").build())
          .addDimension(dimension("d2")
              .addQuestion(choice("q2", QuestionType.SINGLE_CHOICE, "a", "b").build())
              .addDimension(dimension("d3", yesNo("q3")))
              .build())
          .build())
      .addDimension(dimension("d4", question("q4", QuestionType.ORDINAL_SCALE).scale("nope").build()))
      .build();

  @Test
  void should_walk_dimensions_and_questions_depth_first_when_all_are_listed() {
    // GIVEN the nested questionnaire

    // WHEN
    List<String> dimensions = NESTED.allDimensions().map(Dimension::id).toList();
    List<String> questions = NESTED.allQuestions().map(Question::id).toList();

    // THEN
    then(dimensions).containsExactly("d1", "d2", "d3", "d4");
    then(questions).containsExactly("q1", "q2", "q3", "q4");
    then(NESTED.questionsById().keySet()).containsExactly("q1", "q2", "q3", "q4");
    then(NESTED.dimensionsById().keySet()).containsExactly("d1", "d2", "d3", "d4");
  }

  @Test
  void should_find_nested_elements_by_id_when_they_exist() {
    // GIVEN the nested questionnaire

    // WHEN / THEN
    then(NESTED.question("q3")).map(Question::type).contains(QuestionType.YES_NO);
    then(NESTED.question("d3")).isEmpty();
    then(NESTED.dimension("d3")).map(d -> d.questions().get(0).id()).contains("q3");
    then(NESTED.dimension("q3")).isEmpty();
    then(NESTED.scale("level")).map(s -> s.options().size()).contains(2);
    then(NESTED.scale("nope")).isEmpty();
    then(NESTED.scale("level").orElseThrow().option("high")).map(AnswerOption::value).contains("high");
    then(NESTED.scale("level").orElseThrow().option("medium")).isEmpty();
  }

  @Test
  void should_keep_the_first_when_ids_are_duplicated() {
    // GIVEN two questions q1, the first a yes/no question (an invalid questionnaire)
    Questionnaire questionnaire = questionnaire()
        .addDimension(dimension("d1", yesNo("q1")))
        .addDimension(dimension("d1", question("q1", QuestionType.TEXT).build()))
        .build();

    // WHEN
    Question q1 = questionnaire.question("q1").orElseThrow();
    Dimension d1 = questionnaire.dimension("d1").orElseThrow();

    // THEN
    then(q1.type()).isEqualTo(QuestionType.YES_NO);
    then(d1).isSameAs(questionnaire.dimensions().get(0));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"q1, '1, 2, 3'", "q2, 'a, b'", "q3, ''", "q4, ''"})
  void should_take_options_from_scale_else_question_when_options_are_asked(String questionId, String expected) {
    // GIVEN the nested questionnaire
    Question question = NESTED.question(questionId).orElseThrow();

    // WHEN
    List<String> options = NESTED.optionsOf(question).stream().map(AnswerOption::value).toList();

    // THEN
    then(String.join(", ", options)).isEqualTo(expected);
  }

  @Test
  void should_resolve_options_when_question_is_not_part_of_the_questionnaire() {
    // GIVEN questions built apart from the questionnaire
    Question onScale = question("x", QuestionType.ORDINAL_SCALE).scale("level").build();
    Question ownOptions = choice("y", QuestionType.SINGLE_CHOICE, "k").build();

    // WHEN
    List<AnswerOption> fromScale = NESTED.optionsOf(onScale);
    List<AnswerOption> own = NESTED.optionsOf(ownOptions);

    // THEN
    then(fromScale).extracting(AnswerOption::value).containsExactly("low", "high");
    then(own).extracting(AnswerOption::value).containsExactly("k");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "scale allows don't know, agree, , , true, false",
      "scale allows not applicable, level, , , false, true",
      "question overrides scale, agree, false, true, false, true",
      "no scale, , , , false, false",
      "unknown scale, nope, , , false, false",
      "question allows both, , true, true, true, true"})
  void should_take_allowances_from_question_else_scale_when_asked(String description, String scaleId,
      Boolean dontKnow, Boolean notApplicable, boolean expectedDontKnow, boolean expectedNotApplicable) {
    // GIVEN
    Question.Builder builder = question("x", QuestionType.ORDINAL_SCALE);
    if (scaleId != null) {
      builder.scale(scaleId);
    }
    if (dontKnow != null) {
      builder.allowDontKnow(dontKnow);
    }
    if (notApplicable != null) {
      builder.allowNotApplicable(notApplicable);
    }
    Question question = builder.build();

    // WHEN
    boolean allowsDontKnow = NESTED.allowsDontKnow(question);
    boolean allowsNotApplicable = NESTED.allowsNotApplicable(question);

    // THEN
    then(allowsDontKnow).isEqualTo(expectedDontKnow);
    then(allowsNotApplicable).isEqualTo(expectedNotApplicable);
  }

  @Test
  void should_report_states_and_sorted_ids_when_response_is_asked() {
    // GIVEN
    Response response = response().putAnswer("q2", chosen("a")).putAnswer("q1", Answer.dontKnow()).build();

    // WHEN / THEN
    then(response.stateOf("q1")).isEqualTo(AnswerState.DONT_KNOW);
    then(response.stateOf("q2")).isEqualTo(AnswerState.ANSWERED);
    then(response.stateOf("q3")).isEqualTo(AnswerState.NOT_ANSWERED);
    then(response.answer("q2")).map(a -> a.value().orElseThrow().asOption()).contains("a");
    then(response.answer("q3")).isEmpty();
    then(response.answeredQuestionIds()).containsExactly("q1", "q2");
  }

  @ParameterizedTest(name = "in {0} else {1}: ''{2}''")
  @CsvSource({"de, en, Strategie", "fr, en, strategy", "fr, it, ''"})
  void should_fall_back_when_text_lacks_the_language(String language, String fallback, String expected) {
    // GIVEN
    LocalizedText text = LocalizedText.of(Map.of("en", "strategy", "de", "Strategie"));

    // WHEN
    String shown = text.in(language, fallback);

    // THEN
    then(shown).isEqualTo(expected);
    then(text.in("fr")).isEmpty();
    then(text.in("de")).contains("Strategie");
    then(text.languages()).containsExactlyInAnyOrder("en", "de");
  }
}
