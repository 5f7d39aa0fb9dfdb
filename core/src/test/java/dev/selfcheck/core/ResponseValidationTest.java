package dev.selfcheck.core;

import static dev.selfcheck.core.Fixtures.choice;
import static dev.selfcheck.core.Fixtures.chosen;
import static dev.selfcheck.core.Fixtures.chosenMany;
import static dev.selfcheck.core.Fixtures.error;
import static dev.selfcheck.core.Fixtures.number;
import static dev.selfcheck.core.Fixtures.question;
import static dev.selfcheck.core.Fixtures.questionnaireWith;
import static dev.selfcheck.core.Fixtures.response;
import static dev.selfcheck.core.Fixtures.scale;
import static dev.selfcheck.core.Fixtures.shownWhen;
import static dev.selfcheck.core.Fixtures.thenFindings;
import static dev.selfcheck.core.Fixtures.warning;
import static dev.selfcheck.core.Fixtures.yes;
import static dev.selfcheck.core.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.tuple;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ResponseValidationTest {

  /**
   * One question of each type: {@code sc} (1, 2, 3), {@code mc} (a, b, c), {@code os} on scale
   * {@code agree} (1 to 5, which allows don't know and not applicable), {@code os2} on the same scale
   * but allowing neither, {@code yn}, {@code num} (0 to 100), {@code txt}, and {@code hidden}, shown
   * only when {@code yn} is yes.
   */
  private static final Questionnaire QUESTIONNAIRE = questionnaireWith(
      b -> b.addScale(scale("agree", "1", "2", "3", "4", "5").allowDontKnow(true).allowNotApplicable(true).build()),
      choice("sc", QuestionType.SINGLE_CHOICE, "1", "2", "3").build(),
      choice("mc", QuestionType.MULTIPLE_CHOICE, "a", "b", "c").build(),
      question("os", QuestionType.ORDINAL_SCALE).scale("agree").build(),
      question("os2", QuestionType.ORDINAL_SCALE).scale("agree").allowDontKnow(false).allowNotApplicable(false)
          .build(),
      yesNo("yn"),
      question("num", QuestionType.NUMBER).min(BigDecimal.ZERO).max(new BigDecimal("100")).build(),
      question("txt", QuestionType.TEXT).build(),
      shownWhen(yesNo("hidden"), Condition.answer("yn", Operator.EQ, Literal.of(true))));

  private static List<Finding> validate(Map<String, Answer> answers) {
    return QUESTIONNAIRE.validate(response().putAllAnswers(answers).build());
  }

  private static List<Finding> validate(String questionId, Answer answer) {
    return validate(Map.of(questionId, answer));
  }

  private static OffsetDateTime time(String text) {
    return OffsetDateTime.parse(text);
  }

  @Test
  void should_report_nothing_when_every_answer_fits() {
    // GIVEN
    Map<String, Answer> answers = Map.of(
        "sc", chosen("2"), "mc", chosenMany("a", "c"), "os", Answer.dontKnow(), "os2", chosen("5"),
        "yn", yes(true), "num", number("100.00"), "txt", Answer.of(AnswerValue.text("fine")),
        "hidden", yes(false));

    // WHEN
    List<Finding> findings = validate(answers);

    // THEN
    then(findings).isEmpty();
  }

  // ---------------------------------------------------------------- questionnaire identity

  @Test
  void should_report_only_wrong_questionnaire_when_response_is_for_another_questionnaire() {
    // GIVEN a response that is also for another version and answers an unknown question
    Response response = response().questionnaireId("other").questionnaireVersion(SemanticVersion.of(9, 0, 0))
        .putAnswer("nope", yes(true)).build();

    // WHEN
    List<Finding> findings = QUESTIONNAIRE.validate(response);

    // THEN
    thenFindings(findings).containsExactly(error(ResponseProblem.WRONG_QUESTIONNAIRE, "/questionnaire/id"));
    then(findings.get(0).message()).isEqualTo("the response is for questionnaire 'other', not for 'check'");
  }

  @Test
  void should_report_wrong_version_naming_both_versions_when_versions_differ() {
    // GIVEN
    Response response = response().questionnaireVersion(SemanticVersion.parse("1.1.0-rc.1")).build();

    // WHEN
    List<Finding> findings = QUESTIONNAIRE.validate(response);

    // THEN
    thenFindings(findings).containsExactly(error(ResponseProblem.WRONG_VERSION, "/questionnaire/version"));
    then(findings.get(0).message()).isEqualTo(
        "the response is for version 1.1.0-rc.1 of questionnaire 'check', but this questionnaire is version 1.0.0");
  }

  // ---------------------------------------------------------------- answers

  @ParameterizedTest
  @CsvSource({"nope, /answers/nope", "a/b~c, /answers/a~1b~0c"})
  void should_report_unknown_question_with_escaped_pointer_when_answer_names_no_question(
      String questionId, String pointer) {
    // GIVEN
    Answer answer = yes(true);

    // WHEN
    List<Finding> findings = validate(questionId, answer);

    // THEN
    thenFindings(findings).containsExactly(error(ResponseProblem.UNKNOWN_QUESTION, pointer));
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        Arguments.of("sc", AnswerValue.bool(true)),
        Arguments.of("mc", AnswerValue.option("a")),
        Arguments.of("os", AnswerValue.number(BigDecimal.ONE)),
        Arguments.of("yn", AnswerValue.option("true")),
        Arguments.of("num", AnswerValue.text("5")),
        Arguments.of("txt", AnswerValue.options(List.of("free text"))));
  }

  @ParameterizedTest
  @MethodSource("wrongTypes")
  void should_report_wrong_answer_type_when_value_does_not_fit_question_type(String questionId, AnswerValue value) {
    // GIVEN
    Answer answer = Answer.of(value);

    // WHEN
    List<Finding> findings = validate(questionId, answer);

    // THEN
    thenFindings(findings).containsExactly(
        error(ResponseProblem.WRONG_ANSWER_TYPE, "/answers/" + questionId + "/value"));
  }

  @Test
  void should_name_expected_and_given_kind_when_answer_type_is_wrong() {
    // GIVEN
    Answer answer = Answer.of(AnswerValue.text("5"));

    // WHEN
    List<Finding> findings = validate("num", answer);

    // THEN
    then(findings).extracting(Finding::message)
        .containsExactly("question 'num' is of type number and takes a number, but the answer is a text");
  }

  @Test
  void should_name_expected_and_given_kind_in_german_when_answer_type_is_wrong() {
    // GIVEN
    Answer answer = Answer.of(AnswerValue.text("5"));

    // WHEN
    List<Finding> findings = validate("num", answer);

    // THEN
    then(findings).extracting(f -> f.message(Locale.GERMAN)).containsExactly(
        "die Frage „num“ hat den Typ number und nimmt eine Zahl, die Antwort ist aber ein Text");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "yn; question 'yn' is of type yesNo and takes true or false, but the answer is a list of option values",
      "mc; question 'mc' is of type multipleChoice and takes a list of option values, but the answer is true or"
          + " false"})
  void should_name_lists_and_booleans_when_answer_type_is_wrong(String questionId, String message) {
    // GIVEN a list answer to the yes/no question, a boolean answer to the multiple-choice question
    Answer answer = questionId.equals("yn") ? Answer.of(AnswerValue.options(List.of("a"))) : yes(true);

    // WHEN
    List<Finding> findings = validate(questionId, answer);

    // THEN
    then(findings).extracting(Finding::message).containsExactly(message);
  }

  @Test
  void should_accept_string_answers_when_choice_and_text_questions_both_take_strings() {
    // GIVEN JSON cannot tell an option value from a free text
    Map<String, Answer> answers =
        Map.of("sc", Answer.of(AnswerValue.text("3")), "txt", Answer.of(AnswerValue.option("1")));

    // WHEN
    List<Finding> findings = validate(answers);

    // THEN
    then(findings).isEmpty();
  }

  @Test
  void should_report_unknown_option_with_index_when_multiple_choice_answer_is_not_offered() {
    // GIVEN
    Answer answer = chosenMany("a", "z", "c", "y");

    // WHEN
    List<Finding> findings = validate("mc", answer);

    // THEN
    thenFindings(findings).containsExactly(
        error(ResponseProblem.UNKNOWN_OPTION, "/answers/mc/value/1"),
        error(ResponseProblem.UNKNOWN_OPTION, "/answers/mc/value/3"));
  }

  @Test
  void should_report_duplicate_option_when_multiple_choice_answer_repeats_it() {
    // GIVEN
    Answer answer = chosenMany("a", "b", "a");

    // WHEN
    List<Finding> findings = validate("mc", answer);

    // THEN
    thenFindings(findings).containsExactly(error(ResponseProblem.DUPLICATE_OPTION_IN_ANSWER, "/answers/mc/value/2"));
    then(findings.get(0).message()).isEqualTo("option 'a' is chosen more than once for question 'mc'");
  }

  @ParameterizedTest
  @CsvSource({
      "-0.01, RSP-0006",
      "100.001, RSP-0007",
      "0, ''",
      "0.00, ''",
      "100, ''",
      "1E+2, ''"})
  void should_check_number_range_inclusively_when_number_is_answered(String number, String expectedCode) {
    // GIVEN
    Answer answer = number(number);

    // WHEN
    List<Finding> findings = validate("num", answer);

    // THEN
    then(findings).extracting(Finding::code)
        .containsExactlyElementsOf(expectedCode.isEmpty() ? List.of() : List.of(expectedCode));
    then(findings).allMatch(f -> f.pointer().equals("/answers/num/value") && f.isError());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "os; 6; question 'os' offers no option '6' (offered: 1, 2, 3, 4, 5)",
      "sc; 4; question 'sc' offers no option '4' (offered: 1, 2, 3)"})
  void should_report_unknown_option_naming_offered_ones_when_choice_answer_is_not_offered(
      String questionId, String option, String message) {
    // GIVEN os takes its options from its scale, sc has its own
    Answer answer = chosen(option);

    // WHEN
    List<Finding> findings = validate(questionId, answer);

    // THEN
    thenFindings(findings).containsExactly(error(ResponseProblem.UNKNOWN_OPTION, "/answers/" + questionId + "/value"));
    then(findings.get(0).message()).isEqualTo(message);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "-5; NUMBER_BELOW_MIN; -5 is below the minimum 0 of question 'num'",
      "250; NUMBER_ABOVE_MAX; 250 is above the maximum 100 of question 'num'"})
  void should_name_value_and_bound_when_number_is_out_of_range(String number, ResponseProblem problem, String message) {
    // GIVEN
    Answer answer = number(number);

    // WHEN
    List<Finding> findings = validate("num", answer);

    // THEN
    thenFindings(findings).containsExactly(error(problem, "/answers/num/value"));
    then(findings.get(0).message()).isEqualTo(message);
  }

  // ---------------------------------------------------------------- don't know and not applicable

  @ParameterizedTest
  @CsvSource({
      "sc, DONT_KNOW, RSP-0008",
      "sc, NOT_APPLICABLE, RSP-0009",
      "os, DONT_KNOW, ''",
      "os, NOT_APPLICABLE, ''",
      "os2, DONT_KNOW, RSP-0008",
      "os2, NOT_APPLICABLE, RSP-0009"})
  void should_take_allowance_from_question_else_scale_when_state_is_not_a_value(
      String questionId, AnswerState state, String expectedCode) {
    // GIVEN sc has no setting and no scale, os inherits yes from its scale, os2 overrides it with no
    Answer answer = Answer.builder().state(state).build();

    // WHEN
    List<Finding> findings = validate(questionId, answer);

    // THEN
    thenFindings(findings).containsExactlyElementsOf(expectedCode.isEmpty()
        ? List.of()
        : List.of(tuple(expectedCode, Severity.ERROR, "/answers/" + questionId + "/state")));
  }

  @Test
  void should_allow_dont_know_when_question_overrides_a_scale_that_forbids_it() {
    // GIVEN
    Questionnaire questionnaire = questionnaireWith(
        b -> b.addScale(scale("agree", "1", "2").build()),
        question("q1", QuestionType.ORDINAL_SCALE).scale("agree").allowDontKnow(true).build());

    // WHEN
    List<Finding> findings = questionnaire.validate(response().putAnswer("q1", Answer.dontKnow()).build());

    // THEN
    then(findings).isEmpty();
  }

  // ---------------------------------------------------------------- visibility, completeness, times

  @Test
  void should_warn_and_keep_answer_when_question_is_hidden() {
    // GIVEN hidden is shown only when yn is yes
    Response response = response().putAnswer("yn", yes(false)).putAnswer("hidden", yes(true)).build();

    // WHEN
    List<Finding> findings = QUESTIONNAIRE.validate(response);

    // THEN
    thenFindings(findings).containsExactly(warning(ResponseProblem.ANSWER_TO_HIDDEN_QUESTION, "/answers/hidden"));
    then(response.answer("hidden")).contains(yes(true));
  }

  @Test
  void should_not_warn_when_hidden_question_carries_only_a_comment() {
    // GIVEN
    Response response = response()
        .putAnswer("hidden", Answer.builder().comment("we could not tell").build()).build();

    // WHEN
    List<Finding> findings = QUESTIONNAIRE.validate(response);

    // THEN
    then(findings).isEmpty();
  }

  @Test
  void should_warn_about_required_question_when_it_is_visible_and_not_answered() {
    // GIVEN q2 is required and visible, q3 is required but hidden
    Questionnaire questionnaire = questionnaireWith(
        yesNo("q1"),
        question("q2", QuestionType.YES_NO).required(true).build(),
        question("q3", QuestionType.YES_NO).required(true)
            .visibleWhen(Condition.answer("q1", Operator.EQ, Literal.of(true))).build());
    Response response = response().putAnswer("q1", yes(false))
        .putAnswer("q2", Answer.builder().comment("ask HR").build()).build();

    // WHEN
    List<Finding> findings = questionnaire.validate(response);

    // THEN
    thenFindings(findings).containsExactly(warning(ResponseProblem.REQUIRED_QUESTION_NOT_ANSWERED, "/answers"));
    then(findings.get(0).message()).isEqualTo("required question 'q2' is not answered");
  }

  @Test
  void should_accept_required_question_when_answered_dont_know() {
    // GIVEN
    Questionnaire questionnaire = questionnaireWith(
        question("q1", QuestionType.YES_NO).required(true).allowDontKnow(true).build());

    // WHEN
    List<Finding> findings = questionnaire.validate(response().putAnswer("q1", Answer.dontKnow()).build());

    // THEN
    then(findings).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "2026-03-01T10:00:00+02:00, 2026-03-01T07:59:59Z, true",
      "2026-03-01T10:00:00+02:00, 2026-03-01T08:30:00Z, false",
      "2026-03-01T10:00:00+02:00, 2026-03-01T10:00:00+02:00, false"})
  void should_compare_instants_when_submission_time_is_checked(String startedAt, String submittedAt, boolean reported) {
    // GIVEN
    Response response = response().startedAt(time(startedAt)).submittedAt(time(submittedAt)).build();

    // WHEN
    List<Finding> findings = QUESTIONNAIRE.validate(response);

    // THEN
    thenFindings(findings).containsExactlyElementsOf(reported
        ? List.of(warning(ResponseProblem.SUBMITTED_BEFORE_STARTED, "/submittedAt"))
        : List.of());
  }
}
