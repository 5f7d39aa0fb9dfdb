package dev.selfcheck.core;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The building blocks of conditions: operators, quantifiers, band and measure conditions, ids. */
class ConditionModelTest {

  @ParameterizedTest(name = "{0} holds for -1, 0, 1: {1} {2} {3}")
  @CsvSource({
      "EQ, false, true, false",
      "NE, true, false, true",
      "LT, true, false, false",
      "LE, true, true, false",
      "GT, false, false, true",
      "GE, false, true, true",
      "IN, false, false, false",
      "CONTAINS, false, false, false"})
  void should_hold_for_the_comparisons_it_names_when_operator_is_applied(
      Operator operator, boolean below, boolean equal, boolean above) {
    // GIVEN comparison results below, equal and above

    // WHEN
    List<Boolean> holds = List.of(operator.holds(-1), operator.holds(0), operator.holds(1));

    // THEN
    then(holds).containsExactly(below, equal, above);
  }

  @Test
  void should_name_the_ordering_operators_when_asked() {
    // GIVEN
    List<Operator> all = Arrays.asList(Operator.values());

    // WHEN
    List<Operator> ordering = all.stream().filter(Operator::isOrdering).toList();

    // THEN
    then(ordering).containsExactly(Operator.LT, Operator.LE, Operator.GT, Operator.GE);
  }

  @Test
  void should_find_each_constant_by_its_document_name_when_name_is_known() {
    // GIVEN / WHEN / THEN
    then(Arrays.stream(Operator.values()).map(o -> Operator.fromJsonName(o.jsonName())))
        .containsExactlyElementsOf(Arrays.stream(Operator.values()).map(Optional::of).toList());
    then(Operator.fromJsonName("contains")).contains(Operator.CONTAINS);
    then(Operator.fromJsonName("EQ")).isEmpty();
    then(MeasureComparison.Measure.fromJsonName("completion")).contains(MeasureComparison.Measure.COMPLETION);
    then(MeasureComparison.Measure.fromJsonName("score")).contains(MeasureComparison.Measure.SCORE);
    then(MeasureComparison.Measure.fromJsonName("band")).isEmpty();
    then(ItemScoring.Multiple.fromJsonName("share")).contains(ItemScoring.Multiple.SHARE);
    then(ItemScoring.Multiple.fromJsonName("sum")).contains(ItemScoring.Multiple.SUM);
    then(ItemScoring.Multiple.fromJsonName("max")).isEmpty();
  }

  @Test
  void should_round_trip_every_document_name_when_enums_are_looked_up() {
    // GIVEN / WHEN / THEN every constant is found by its own document name, and nothing by a Java name
    for (QuestionType t : QuestionType.values()) {
      then(QuestionType.fromJsonName(t.jsonName())).contains(t);
    }
    for (Aggregation a : Aggregation.values()) {
      then(Aggregation.fromJsonName(a.jsonName())).contains(a);
    }
    for (AnswerState s : AnswerState.values()) {
      then(AnswerState.fromJsonName(s.jsonName())).contains(s);
    }
    for (MissingPolicy m : MissingPolicy.values()) {
      then(MissingPolicy.fromJsonName(m.jsonName())).contains(m);
    }
    then(QuestionType.fromJsonName("YES_NO")).isEmpty();
    then(Aggregation.fromJsonName("WEIGHTED_MEAN")).isEmpty();
    then(AnswerState.fromJsonName("DONT_KNOW")).isEmpty();
    then(MissingPolicy.fromJsonName("COUNT_AS")).isEmpty();
    then(List.of(Aggregation.SHARE_MEETING.jsonName(), MissingPolicy.COUNT_AS.jsonName(),
        ItemScoring.Multiple.SHARE.jsonName(), QuestionType.MULTIPLE_CHOICE.jsonName(),
        AnswerState.NOT_APPLICABLE.jsonName()))
        .containsExactly("shareMeeting", "countAs", "share", "multipleChoice", "notApplicable");
  }

  @Test
  void should_compare_kind_and_value_when_literals_are_compared() {
    // GIVEN
    Literal two = Literal.of(new BigDecimal("2"));
    Literal twoScaled = Literal.of(new BigDecimal("2.00"));

    // WHEN / THEN
    then(two).isEqualTo(twoScaled).hasSameHashCodeAs(twoScaled);
    then(two).isNotEqualTo(Literal.of("2")).isNotEqualTo(Literal.of(new BigDecimal("3"))).isNotEqualTo("2");
    then(Literal.of("a")).isEqualTo(Literal.of("a")).hasSameHashCodeAs(Literal.of("a"));
    then(Literal.of(true)).isNotEqualTo(Literal.of(false));
    then(Literal.of("a").hashCode()).isEqualTo("a".hashCode());
    then(Literal.of(true).toString()).isEqualTo("Literal{boolean=true}");
    then(twoScaled.toString()).isEqualTo("Literal{number=2.00}");
    then(catchThrowable(() -> Literal.of(true).text())).isInstanceOf(IllegalStateException.class)
        .hasMessage("literal is a BOOLEAN, not a TEXT: Literal{boolean=true}");
    then(catchThrowable(() -> Literal.of("yes").bool())).isInstanceOf(IllegalStateException.class)
        .hasMessage("literal is a TEXT, not a BOOLEAN: Literal{text=yes}");
  }

  @Test
  void should_apply_defaults_when_scale_response_and_settings_are_built_bare() {
    // GIVEN
    AnswerScale scale = AnswerScale.builder().id("s").build();
    Response response = Response.builder().questionnaireId("q").questionnaireVersion(SemanticVersion.parse("1.0.0"))
        .build();

    // WHEN / THEN
    then(scale.allowDontKnow()).isFalse();
    then(scale.allowNotApplicable()).isFalse();
    then(response.formatVersion()).isEqualTo("1.0");
    then(ScoringSettings.empty()).isEqualTo(ScoringSettings.builder().build());
    then(ScoringSettings.empty().aggregation()).isEmpty();
    then(Respondent.builder().id("r1").build().role()).isEmpty();
    then(Link.builder().href("https://example.org").build().label()).isEmpty();
  }

  @Test
  void should_differ_in_hash_when_answer_values_differ() {
    // GIVEN
    List<AnswerValue> values = List.of(AnswerValue.number(BigDecimal.ONE), AnswerValue.number(BigDecimal.TEN),
        AnswerValue.option("a"), AnswerValue.options(List.of("a")), AnswerValue.bool(true));

    // WHEN
    long distinct = values.stream().mapToInt(AnswerValue::hashCode).distinct().count();

    // THEN
    then(distinct).isEqualTo(values.size());
    then(AnswerValue.option("a").hashCode()).isEqualTo(AnswerValue.Kind.STRING.hashCode() * 31 + "a".hashCode());
  }

  // ---------------------------------------------------------------- invariants checked at construction

  static Stream<Arguments> invalidConditions() {
    return Stream.of(
        Arguments.of("quantifier without questions",
            (ThrowingCallable) () -> Quantifier.builder().atLeast(1).state(AnswerState.ANSWERED).build(),
            "a quantifier needs at least one question"),
        Arguments.of("quantifier without bounds",
            (ThrowingCallable) () -> Quantifier.builder().addQuestions("q1").state(AnswerState.ANSWERED).build(),
            "a quantifier needs atLeast, atMost or both"),
        Arguments.of("quantifier with state and comparison",
            (ThrowingCallable) () -> Quantifier.builder().addQuestions("q1").atMost(1).state(AnswerState.ANSWERED)
                .operator(Operator.EQ).addValues(Literal.of(true)).build(),
            "a quantifier tests either a state or a comparison, not both"),
        Arguments.of("quantifier with neither state nor comparison",
            (ThrowingCallable) () -> Quantifier.builder().addQuestions("q1").atLeast(1).build(),
            "a quantifier tests either a state or a comparison, not neither"),
        Arguments.of("quantifier whose comparison has two values for eq",
            (ThrowingCallable) () -> Quantifier.builder().addQuestions("q1").atLeast(1).operator(Operator.EQ)
                .addValues(Literal.of(true), Literal.of(false)).build(),
            "operator 'eq' takes exactly one value, got 2"),
        Arguments.of("band condition with an ordering operator",
            (ThrowingCallable) () -> BandIs.of("total", Operator.LT, List.of("low")),
            "operator 'lt' cannot compare bands; use eq, ne or in"),
        Arguments.of("band condition with contains",
            (ThrowingCallable) () -> BandIs.of("total", Operator.CONTAINS, List.of("low")),
            "operator 'contains' cannot compare bands; use eq, ne or in"),
        Arguments.of("band condition eq with two bands",
            (ThrowingCallable) () -> BandIs.of("total", Operator.EQ, List.of("low", "high")),
            "operator 'eq' takes exactly one band, got 2"),
        Arguments.of("band condition ne without band",
            (ThrowingCallable) () -> BandIs.of("total", Operator.NE, List.of()),
            "operator 'ne' takes exactly one band, got 0"),
        Arguments.of("band condition in without band",
            (ThrowingCallable) () -> BandIs.of("total", Operator.IN, List.of()),
            "operator 'in' takes at least one band, got 0"),
        Arguments.of("score compared with in",
            (ThrowingCallable) () -> MeasureComparison.of(MeasureComparison.Measure.SCORE, "total", Operator.IN,
                BigDecimal.ONE),
            "operator 'in' cannot compare a score"),
        Arguments.of("completion compared with contains",
            (ThrowingCallable) () -> MeasureComparison.of(MeasureComparison.Measure.COMPLETION, "total",
                Operator.CONTAINS, BigDecimal.ONE),
            "operator 'contains' cannot compare a completion"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidConditions")
  void should_throw_naming_the_problem_when_condition_is_built_invalid(
      String description, ThrowingCallable build, String message) {
    // GIVEN an invalid condition

    // WHEN
    Throwable thrown = catchThrowable(build);

    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  static Stream<Arguments> validConditions() {
    return Stream.of(
        Arguments.of((ThrowingCallable) () -> BandIs.of("total", Operator.EQ, List.of("low"))),
        Arguments.of((ThrowingCallable) () -> BandIs.of("total", Operator.NE, List.of("low"))),
        Arguments.of((ThrowingCallable) () -> BandIs.of("total", Operator.IN, List.of("low", "high"))),
        Arguments.of((ThrowingCallable) () -> MeasureComparison.of(MeasureComparison.Measure.SCORE, "total",
            Operator.GE, BigDecimal.ONE)),
        Arguments.of((ThrowingCallable) () -> Quantifier.builder().addQuestions("q1").atMost(0)
            .operator(Operator.IN).addValues(Literal.of("a"), Literal.of("b")).build()));
  }

  @ParameterizedTest
  @MethodSource("validConditions")
  void should_build_when_condition_is_valid(ThrowingCallable build) {
    // GIVEN a valid condition

    // WHEN
    Throwable thrown = catchThrowable(build);

    // THEN
    then(thrown).isNull();
  }

  @Test
  void should_test_each_question_alike_when_quantifier_is_applied_to_a_question() {
    // GIVEN
    Quantifier byState = Quantifier.builder().addQuestions("q1", "q2").atLeast(1).state(AnswerState.DONT_KNOW)
        .build();
    Quantifier byComparison = Quantifier.builder().addQuestions("q1", "q2").atLeast(1).operator(Operator.GE)
        .addValues(Literal.of(new BigDecimal("3"))).build();

    // WHEN
    Condition stateTest = byState.testFor("q2");
    Condition comparisonTest = byComparison.testFor("q2");

    // THEN
    then(stateTest).isEqualTo(AnswerIs.of("q2", AnswerState.DONT_KNOW));
    then(comparisonTest).isEqualTo(Condition.answer("q2", Operator.GE, new BigDecimal("3")));
  }

  // ---------------------------------------------------------------- ids

  @ParameterizedTest(name = "''{0}'' is an id: {1}, an option value: {2}")
  @CsvSource({
      "a, true, true",
      "q1.a_b-c, true, true",
      "0, false, true",
      "1a, false, true",
      "_a, false, true",
      "'a b', false, false",
      "'', false, false",
      "ä, false, false"})
  void should_tell_ids_and_option_values_when_text_is_checked(String text, boolean id, boolean optionValue) {
    // GIVEN a text

    // WHEN / THEN
    then(Ids.isId(text)).isEqualTo(id);
    then(Ids.isOptionValue(text)).isEqualTo(optionValue);
  }

  @Test
  void should_accept_128_characters_and_reject_129_when_id_or_option_value_is_long() {
    // GIVEN
    String longest = "a".repeat(128);
    String tooLong = "a".repeat(129);

    // WHEN / THEN
    then(Ids.isId(longest)).isTrue();
    then(Ids.isId(tooLong)).isFalse();
    then(Ids.isOptionValue(longest)).isTrue();
    then(Ids.isOptionValue(tooLong)).isFalse();
    then(Ids.isId(null)).isFalse();
    then(Ids.isOptionValue(null)).isFalse();
  }

  @ParameterizedTest(name = "''{0}'' is a language tag: {1}")
  @CsvSource({
      "en, true",
      "de-CH, true",
      "zh-Hant-TW, true",
      "gsw-abcdefgh-abcdefgh-abcdefgh, true",
      "gsw-abcdefgh-abcdefgh-abcdefgh-a1, false",
      "e, false",
      "EN, false",
      "en_US, false",
      "'', false"})
  void should_tell_language_tags_when_text_is_checked(String text, boolean expected) {
    // GIVEN a text

    // WHEN
    boolean tag = Ids.isLanguageTag(text);

    // THEN
    then(tag).isEqualTo(expected);
    then(Ids.isLanguageTag(null)).isFalse();
  }

  // ---------------------------------------------------------------- answer values

  @Test
  void should_compare_kind_and_value_when_answer_values_are_compared() {
    // GIVEN
    AnswerValue option = AnswerValue.option("a");
    AnswerValue sameText = AnswerValue.text("a");
    AnswerValue options = AnswerValue.options(List.of("a"));

    // WHEN / THEN
    then(option).isEqualTo(sameText).hasSameHashCodeAs(sameText);
    then(option).isNotEqualTo(options).isNotEqualTo(AnswerValue.option("b")).isNotEqualTo("a");
    then(AnswerValue.bool(true)).isNotEqualTo(AnswerValue.bool(false));
    then(AnswerValue.number(BigDecimal.TEN).hashCode()).isNotEqualTo(AnswerValue.text("10").hashCode());
    then(options.toString()).isEqualTo("AnswerValue{strings=[a]}");
    then(AnswerValue.number(new BigDecimal("2.5")).toString()).isEqualTo("AnswerValue{number=2.5}");
  }

  @Test
  void should_return_the_value_when_read_as_its_own_kind() {
    // GIVEN / WHEN / THEN
    then(AnswerValue.option("a").asOption()).isEqualTo("a");
    then(AnswerValue.text("free").asText()).isEqualTo("free");
    then(AnswerValue.options(List.of("a", "b")).asOptions()).containsExactly("a", "b");
    then(AnswerValue.bool(true).asBoolean()).isTrue();
    then(AnswerValue.bool(false).asBoolean()).isFalse();
    then(AnswerValue.number(BigDecimal.ONE).asNumber()).isEqualTo(BigDecimal.ONE);
    then(AnswerValue.number(BigDecimal.ONE).kind()).isEqualTo(AnswerValue.Kind.NUMBER);
  }

  @Test
  void should_throw_naming_both_kinds_when_answer_value_is_read_as_another_kind() {
    // GIVEN
    AnswerValue yes = AnswerValue.bool(true);

    // WHEN
    Throwable thrown = catchThrowable(yes::asNumber);

    // THEN
    then(thrown).isInstanceOf(IllegalStateException.class).hasMessage("answer value is BOOLEAN, not NUMBER");
  }
}
