package dev.selfcheck.surveyjs;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.tuple;

import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading SurveyJS surveys: what maps to which part of a questionnaire, and what is reported. */
class ImportSurveyTest {

  private final Conversion<Questionnaire> imported = SurveyJs.importSurvey(Fixtures.read("surveyjs/customer-feedback.json"));
  private final Questionnaire q = imported.value().orElseThrow();

  @Test
  void should_give_a_valid_questionnaire_when_a_survey_is_imported() {
    then(q.validate()).filteredOn(f -> f.isError()).isEmpty();
    then(q.id()).isEqualTo("survey");
    then(q.version()).hasToString("1.0.0");
    then(q.defaultLocale()).isEqualTo("en");
    then(q.locales()).containsExactly("de");
    then(q.title()).isEqualTo(LocalizedText.of(Map.of("en", "Customer feedback", "de", "Kundenfeedback")));
  }

  @Test
  void should_map_pages_to_dimensions_and_panels_to_sub_dimensions_when_a_survey_is_imported() {
    then(q.dimensions()).extracting(Dimension::id).containsExactly("recommendation", "usage");
    then(q.dimensions().get(1).dimensions()).extracting(Dimension::id).containsExactly("contact");
    then(q.allQuestions()).extracting(Question::id, Question::type).containsExactly(
        tuple("nps_score", QuestionType.ORDINAL_SCALE),
        tuple("disappointed_experience", QuestionType.TEXT),
        tuple("promoter_features", QuestionType.MULTIPLE_CHOICE),
        tuple("frequency", QuestionType.SINGLE_CHOICE),
        tuple("uses_mobile", QuestionType.YES_NO),
        tuple("team_size", QuestionType.NUMBER),
        tuple("age_check", QuestionType.TEXT),
        tuple("email", QuestionType.TEXT));
  }

  @Test
  void should_read_choices_with_scores_dont_know_and_required_when_a_survey_is_imported() {
    Question features = q.question("promoter_features").orElseThrow();
    then(features.options()).extracting(AnswerOption::value, AnswerOption::score).containsExactly(
        tuple("performance", Optional.of(BigDecimal.valueOf(2))),
        tuple("stability", Optional.of(BigDecimal.valueOf(2))),
        tuple("ui", Optional.of(BigDecimal.ONE)),
        tuple("price", Optional.empty()));
    then(features.options().get(2).label()).isEqualTo(LocalizedText.of(Map.of("en", "User interface", "de", "Oberfläche")));
    then(q.allowsDontKnow(features)).isTrue();
    then(q.question("frequency").orElseThrow().options()).extracting(AnswerOption::value).containsExactly("1", "2", "3");
    Question nps = q.question("nps_score").orElseThrow();
    then(nps.required()).isTrue();
    then(nps.options()).hasSize(11);
    then(nps.options().get(10).score()).contains(BigDecimal.TEN);
    Question team = q.question("team_size").orElseThrow();
    then(team.min()).contains(BigDecimal.ONE);
    then(team.max()).contains(BigDecimal.valueOf(10000));
  }

  @Test
  void should_read_visible_if_as_condition_data_when_it_lies_in_the_subset() {
    then(visibility("disappointed_experience")).contains(Condition.answer("nps_score", Operator.LE, Literal.of("5")));
    then(visibility("promoter_features")).contains(Condition.answer("nps_score", Operator.GE, Literal.of("9")));
    then(visibility("uses_mobile")).contains(Condition.all(
        Condition.answerIn("frequency", List.of(Literal.of("2"), Literal.of("3"))),
        // "don't know" is offered, and SurveyJS's notempty holds for it too
        Condition.not(Condition.answerIs("promoter_features", AnswerState.NOT_ANSWERED))));
    then(visibility("team_size")).contains(Condition.any(
        Condition.answer("uses_mobile", Operator.EQ, Literal.of(true)),
        Condition.not(Condition.answerIs("frequency", AnswerState.NOT_ANSWERED))));
    then(visibility("age_check")).isEmpty();
  }

  @Test
  void should_report_every_loss_with_pointers_on_both_sides_when_a_survey_is_imported() {
    then(imported.losses()).extracting(l -> l.finding().code(), Loss::source, Loss::target).containsExactlyInAnyOrder(
        tuple("SJS-0006", "/showProgressBar", ""),
        tuple("SJS-0005", "/calculatedValues", ""),
        tuple("SJS-0005", "/triggers", ""),
        tuple("SJS-0010", "", "/id"),
        tuple("SJS-0012", "/pages/0/elements/0", "/dimensions/0/questions/0/options"),
        tuple("SJS-0004", "/pages/1/elements/3/visibleIf", "/dimensions/1/questions/3"),
        tuple("SJS-0003", "/pages/1/elements/4", "/dimensions/1/questions/4"));
    then(imported.losses()).filteredOn(l -> l.finding().code().equals("SJS-0004"))
        .extracting(l -> l.finding().message())
        .containsExactly("the expression 'age({birthdate}) >= 18' lies outside the supported subset (the function"
            + " 'age' is never run); the condition is left out and nothing is run");
  }

  @Test
  void should_report_not_json_without_a_questionnaire_when_the_text_is_no_json() {
    Conversion<Questionnaire> c = SurveyJs.importSurvey("{\"pages\": [");
    then(c.value()).isEmpty();
    then(c.findings()).extracting(f -> f.code()).containsExactly("SJS-0001");
    then(SurveyJs.importSurvey("{\"title\": \"no pages\"}").findings()).extracting(f -> f.code())
        .containsExactly("SJS-0002");
  }

  @Test
  void should_leave_out_an_element_with_a_name_that_is_no_id() {
    Conversion<Questionnaire> c = SurveyJs.importSurvey("""
        {"elements": [{"type": "boolean", "name": "has strategy"}, {"type": "boolean", "name": "ok"},
                      {"type": "boolean", "name": "ok"}]}""");
    then(c.value().orElseThrow().allQuestions()).extracting(Question::id).containsExactly("ok");
    then(c.losses()).extracting(l -> l.finding().code(), Loss::source).contains(
        tuple("SJS-0007", "/elements/0/name"), tuple("SJS-0014", "/elements/2/name"));
  }

  private Optional<Condition> visibility(String id) {
    return q.question(id).orElseThrow().visibleWhen();
  }
}
