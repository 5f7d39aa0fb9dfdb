package dev.selfcheck.core;

import static dev.selfcheck.core.Fixtures.dimension;
import static dev.selfcheck.core.Fixtures.question;
import static dev.selfcheck.core.Fixtures.questionnaireWith;
import static dev.selfcheck.core.Fixtures.text;
import static dev.selfcheck.core.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModelTest {

  static Stream<Arguments> nullArguments() {
    return Stream.of(
        Arguments.of("Question.id", (ThrowingCallable) () -> Question.builder().id(null)),
        Arguments.of("Question.type", (ThrowingCallable) () -> Question.builder().type(null)),
        Arguments.of("Dimension.label", (ThrowingCallable) () -> Dimension.builder().label(null)),
        Arguments.of("Questionnaire.version", (ThrowingCallable) () -> Questionnaire.builder().version(null)),
        Arguments.of("Questionnaire.addDimension",
            (ThrowingCallable) () -> Questionnaire.builder().addDimension((Dimension) null)),
        Arguments.of("Response.putAnswer", (ThrowingCallable) () -> Response.builder().putAnswer("q1", null)),
        Arguments.of("Band.lower", (ThrowingCallable) () -> Band.builder().lower(null)),
        Arguments.of("LocalizedText.of", (ThrowingCallable) () -> LocalizedText.of("en", null)),
        Arguments.of("Answer.of", (ThrowingCallable) () -> Answer.of(null)),
        Arguments.of("AnswerValue.option", (ThrowingCallable) () -> AnswerValue.option(null)),
        Arguments.of("AnswerValue.options", (ThrowingCallable) () -> AnswerValue.options(java.util.Arrays.asList("a", null))),
        Arguments.of("Literal.of", (ThrowingCallable) () -> Literal.of((String) null)),
        Arguments.of("Condition.not", (ThrowingCallable) () -> Condition.not(null)),
        Arguments.of("Condition.answerIs", (ThrowingCallable) () -> Condition.answerIs("q1", null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullArguments")
  void should_throw_null_pointer_exception_when_null_is_passed(String where, ThrowingCallable call) {
    // GIVEN a call that passes null

    // WHEN
    Throwable thrown = catchThrowable(call);

    // THEN
    then(thrown).as(where).isInstanceOf(NullPointerException.class);
  }

  @Test
  void should_throw_naming_missing_attributes_when_required_attribute_is_not_set() {
    // GIVEN a question without id and text
    Question.Builder builder = Question.builder().type(QuestionType.YES_NO);

    // WHEN
    Throwable thrown = catchThrowable(builder::build);

    // THEN
    then(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("id").hasMessageContaining("text");
  }

  @Test
  void should_throw_naming_state_when_dont_know_answer_has_a_value() {
    // GIVEN
    Answer.Builder builder = Answer.builder().state(AnswerState.DONT_KNOW).value(AnswerValue.bool(true));

    // WHEN
    Throwable thrown = catchThrowable(builder::build);

    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DONT_KNOW")
        .hasMessageContaining("value");
  }

  @Test
  void should_throw_when_answered_answer_has_no_value() {
    // GIVEN
    Answer.Builder builder = Answer.builder().state(AnswerState.ANSWERED).comment("forgot the value");

    // WHEN
    Throwable thrown = catchThrowable(builder::build);

    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ANSWERED");
  }

  @Test
  void should_derive_state_when_answer_is_built_from_value_or_comment() {
    // GIVEN
    Answer withValue = Answer.of(AnswerValue.number(BigDecimal.TEN));
    Answer withComment = Answer.builder().comment("see the council decision").build();

    // WHEN
    List<AnswerState> states = List.of(withValue.state(), withComment.state(), Answer.dontKnow().state(),
        Answer.notApplicable().state());

    // THEN
    then(states).containsExactly(AnswerState.ANSWERED, AnswerState.NOT_ANSWERED, AnswerState.DONT_KNOW,
        AnswerState.NOT_APPLICABLE);
  }

  @Test
  void should_throw_when_localized_text_has_no_translation() {
    // GIVEN
    Map<String, String> none = Map.of();

    // WHEN
    Throwable thrown = catchThrowable(() -> LocalizedText.of(none));

    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("translations");
  }

  @Test
  void should_throw_naming_operator_when_in_has_no_values() {
    // GIVEN
    List<Literal> none = List.of();

    // WHEN
    Throwable thrown = catchThrowable(() -> Condition.answerIn("q1", none));

    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("operator 'in' takes at least one value, got 0");
  }

  @Test
  void should_throw_naming_operator_when_eq_has_two_values() {
    // GIVEN
    List<Literal> two = List.of(Literal.of("1"), Literal.of("2"));

    // WHEN
    Throwable thrown = catchThrowable(() -> AnswerComparison.of("q1", Operator.EQ, two));

    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("operator 'eq' takes exactly one value, got 2");
  }

  @Test
  void should_throw_when_all_or_any_has_no_parts() {
    // GIVEN no parts

    // WHEN
    Throwable all = catchThrowable(() -> Condition.all());
    Throwable any = catchThrowable(() -> Condition.any());

    // THEN
    then(all).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'all'");
    then(any).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'any'");
  }

  @Test
  void should_treat_numbers_as_equal_when_they_differ_only_in_scale() {
    // GIVEN
    Literal one = Literal.of(BigDecimal.ONE);
    Literal onePointZero = Literal.of(new BigDecimal("1.0"));

    // WHEN
    boolean equal = one.equals(onePointZero);

    // THEN
    then(equal).isTrue();
    then(one.hashCode()).isEqualTo(onePointZero.hashCode());
    then(Literal.of(new BigDecimal("0.00"))).isEqualTo(Literal.of(BigDecimal.ZERO))
        .hasSameHashCodeAs(Literal.of(BigDecimal.ZERO));
    then(one).isNotEqualTo(Literal.of(new BigDecimal("1.01"))).isNotEqualTo(Literal.of("1"));
  }

  @Test
  void should_throw_illegal_state_exception_when_literal_is_read_as_another_kind() {
    // GIVEN
    Literal text = Literal.of("3");

    // WHEN
    Throwable thrown = catchThrowable(text::number);

    // THEN
    then(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("TEXT");
  }

  @Test
  void should_return_unmodifiable_collections_when_model_is_built() {
    // GIVEN
    Questionnaire questionnaire = questionnaireWith(yesNo("q1"));
    Dimension dimension = questionnaire.dimensions().get(0);

    // WHEN
    List<ThrowingCallable> mutations = List.of(
        () -> questionnaire.dimensions().add(dimension),
        () -> questionnaire.locales().add("de"),
        () -> questionnaire.extensions().put("x", "1"),
        () -> dimension.questions().clear(),
        () -> questionnaire.title().translations().put("de", "Titel"),
        () -> AnswerValue.options(List.of("a")).asOptions().add("b"),
        () -> Answer.builder().addEvidence("doc").build().evidence().add("more"));

    // THEN
    then(mutations).allSatisfy(mutation ->
        then(catchThrowable(mutation)).isInstanceOf(UnsupportedOperationException.class));
  }

  @Test
  void should_copy_collections_when_caller_changes_them_after_building() {
    // GIVEN
    List<Question> questions = new ArrayList<>(List.of(yesNo("q1")));
    Map<String, String> translations = new HashMap<>(Map.of("en", "Title"));
    List<String> options = new ArrayList<>(List.of("a"));
    Dimension dimension = dimension("d1").addAllQuestions(questions).build();
    LocalizedText title = LocalizedText.of(translations);
    AnswerValue value = AnswerValue.options(options);

    // WHEN
    questions.add(question("q2", QuestionType.TEXT).build());
    translations.put("de", "Titel");
    options.add("b");

    // THEN
    then(dimension.questions()).extracting(Question::id).containsExactly("q1");
    then(title.languages()).containsExactly("en");
    then(value.asOptions()).containsExactly("a");
  }

  @Test
  void should_apply_defaults_when_optional_settings_are_not_set() {
    // GIVEN
    Question question = yesNo("q1");
    Band band = Fixtures.band("b", "0", "1");

    // WHEN
    List<Object> defaults = List.of(question.weight(), question.required(), band.lowerInclusive(),
        band.upperInclusive(), questionnaireWith(question).formatVersion());

    // THEN
    then(defaults).containsExactly(BigDecimal.ONE, false, true, false, "1.0");
    then(text("x").in("de", "en")).isEqualTo("x");
  }

  @Test
  void should_give_the_value_or_null_when_an_answer_has_a_value_or_not() {
    // GIVEN
    AnswerValue value = AnswerValue.number(new BigDecimal("2.5"));
    // WHEN
    AnswerValue present = Answer.of(value).valueOrNull();
    AnswerValue dontKnow = Answer.dontKnow().valueOrNull();
    AnswerValue notApplicable = Answer.notApplicable().valueOrNull();
    // THEN
    then(present).isEqualTo(value);
    then(dontKnow).isNull();
    then(notApplicable).isNull();
  }

  @Test
  void should_compare_by_option_order_when_the_first_option_is_chosen_or_named() {
    // GIVEN
    Question question = Fixtures.choice("q1", QuestionType.SINGLE_CHOICE, "a", "b", "c").build();
    Questionnaire questionnaire = questionnaireWith(question);
    AnswerValue first = AnswerValue.option("a");
    AnswerValue second = AnswerValue.option("b");
    // WHEN
    boolean firstBelowSecond = AnswerComparison.of("q1", Operator.LT, List.of(Literal.of("b")))
        .matches(questionnaire, question, first);
    boolean secondAboveFirst = AnswerComparison.of("q1", Operator.GT, List.of(Literal.of("a")))
        .matches(questionnaire, question, second);
    boolean againstANumber = AnswerComparison.of("q1", Operator.LE, List.of(Literal.of(BigDecimal.TEN)))
        .matches(questionnaire, question, first);
    // THEN
    then(firstBelowSecond).isTrue();
    then(secondAboveFirst).isTrue();
    then(againstANumber).as("an option has no order against a number").isFalse();
  }

  @Test
  void should_not_match_when_a_yes_no_answer_meets_an_operator_without_equality() {
    // GIVEN
    Question question = yesNo("q1");
    Questionnaire questionnaire = questionnaireWith(question);
    // WHEN
    boolean contains = AnswerComparison.of("q1", Operator.CONTAINS, List.of(Literal.of(true)))
        .matches(questionnaire, question, AnswerValue.bool(true));
    boolean less = AnswerComparison.of("q1", Operator.LT, List.of(Literal.of(true)))
        .matches(questionnaire, question, AnswerValue.bool(true));
    // THEN
    then(contains).isFalse();
    then(less).isFalse();
  }
}
