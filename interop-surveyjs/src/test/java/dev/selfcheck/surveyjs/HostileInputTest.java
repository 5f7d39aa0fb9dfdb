package dev.selfcheck.surveyjs;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import org.junit.jupiter.api.Test;

/** Hostile surveys and results give findings within the limits, never exceptions. */
class HostileInputTest {

  @Test
  void should_report_not_json_when_the_json_is_nested_too_deep() {
    Conversion<Questionnaire> c = SurveyJs.importSurvey("[".repeat(100_000) + "]".repeat(100_000));
    then(c.value()).isEmpty();
    then(c.findings()).extracting(f -> f.code()).containsExactly("SJS-0001");
  }

  @Test
  void should_refuse_the_expression_when_it_is_nested_too_deep_or_too_long() {
    String deep = "(".repeat(2_000) + "{a} = 1" + ")".repeat(2_000);
    String longOne = "{a} = 1" + " or {a} = 1".repeat(2_000);
    Conversion<Questionnaire> c = SurveyJs.importSurvey("""
        {"elements": [{"type": "boolean", "name": "a"},
          {"type": "boolean", "name": "b", "visibleIf": "%s"},
          {"type": "boolean", "name": "c", "visibleIf": "%s"}]}""".formatted(deep, longOne));
    then(c.losses()).extracting(l -> l.finding().code(), Loss::source).containsExactly(
        org.assertj.core.groups.Tuple.tuple("SJS-0010", ""),
        org.assertj.core.groups.Tuple.tuple("SJS-0004", "/elements/1/visibleIf"),
        org.assertj.core.groups.Tuple.tuple("SJS-0004", "/elements/2/visibleIf"));
    then(c.losses().get(1).finding().message()).contains("nested deeper than 64");
    then(c.losses().get(2).finding().message()).contains("longer than 10000 characters").hasSizeLessThan(400);
  }

  @Test
  void should_read_panels_nested_as_deep_as_the_json_allows() {
    String survey = "{\"elements\": [" + "{\"type\": \"panel\", \"elements\": [".repeat(90)
        + "{\"type\": \"boolean\", \"name\": \"deep\"}" + "]}".repeat(90) + "]}";
    Conversion<Questionnaire> c = SurveyJs.importSurvey(survey);
    then(c.value().orElseThrow().question("deep")).isPresent();
  }

  @Test
  void should_report_a_rating_range_too_large_to_expand() {
    Conversion<Questionnaire> c = SurveyJs.importSurvey("""
        {"elements": [{"type": "rating", "name": "r", "rateMin": 0, "rateMax": 1e9}]}""");
    then(c.findings()).extracting(f -> f.code()).contains("SJS-0008");
    then(c.value().orElseThrow().question("r").orElseThrow().options()).isEmpty();
  }

  @Test
  void should_report_result_values_that_do_not_fit_and_names_that_are_no_questions() {
    Questionnaire q = SurveyJs.importSurvey("""
        {"elements": [{"type": "radiogroup", "name": "a", "choices": ["x", "y"]},
                      {"type": "boolean", "name": "b"}]}""").value().orElseThrow();
    Conversion<dev.selfcheck.core.Response> r = SurveyJs.importResult(q, """
        {"a": "z", "b": "yes", "total": 3}""");
    then(r.losses()).extracting(l -> l.finding().code(), Loss::source, Loss::target).containsExactly(
        org.assertj.core.groups.Tuple.tuple("SJS-0202", "/a", "/answers/a"),
        org.assertj.core.groups.Tuple.tuple("SJS-0202", "/b", "/answers/b"),
        org.assertj.core.groups.Tuple.tuple("SJS-0201", "/total", "/answers"));
    then(r.value().orElseThrow().answers()).isEmpty();
  }
}
