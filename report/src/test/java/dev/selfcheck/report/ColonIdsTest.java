package dev.selfcheck.report;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.Rational;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A questionnaire whose ids contain ':' (as published flag names do), end to end: loaded, scored
 * (by id and through the bound fast path), written as JSON and read back, and reported; with a
 * dimension written with {@code "bands": []} that has no band while its sub-dimension keeps the
 * questionnaire's.
 */
@Tag("issue-16")
class ColonIdsTest {

  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();
  private static final Fixtures.Loaded LOADED = Fixtures.load("colon-ids.yaml", "colon-ids-response.json");

  /** What the English report shows for a score in no band. */
  private static final String NO_BAND = "no band";

  private static Assessment assessment() {
    return LOADED.scorer().score(LOADED.response());
  }

  @Test
  void should_score_and_fire_rules_by_ids_with_colons_when_the_questionnaire_is_loaded() {
    // GIVEN item:1 yes, item:2 no, item:3 yes
    // WHEN
    Assessment assessment = assessment();

    // THEN scale:risk 50 lies in band:high, scale:plain has no band, its part scale:sub has one
    then(assessment.findings()).isEmpty();
    then(assessment.dimension("scale:risk").orElseThrow().score()).hasValue(Rational.of(50));
    then(assessment.dimension("scale:risk").orElseThrow().band()).map(Band::id).hasValue("band:high");
    then(assessment.dimension("scale:plain").orElseThrow().score()).hasValue(Rational.of(100));
    then(assessment.dimension("scale:plain").orElseThrow().band()).isEmpty();
    then(assessment.dimension("scale:sub").orElseThrow().band()).map(Band::id).hasValue("band:high");
    then(LOADED.scorer().model().bandOf("scale:plain", Rational.of(100))).isEmpty();
    then(LOADED.scorer().model().bandOf("scale:sub", Rational.of(100))).map(Band::id).hasValue("band:high");
    then(assessment.total().band()).map(Band::id).hasValue("band:high");
    then(assessment.recommendations()).extracting(r -> r.recommendation().id()).containsExactly("flag:risk");
    then(assessment.recommendations().get(0).rules()).containsExactly("rule:risk");
  }

  @Test
  void should_give_the_same_assessment_when_the_response_is_read_bound() throws Exception {
    // GIVEN the response as one line of JSON
    String line = Files.readString(Fixtures.resource("colon-ids-response.json"), StandardCharsets.UTF_8)
        .replace("\n", "");

    // WHEN
    Assessment bound = LOADED.scorer().score(CODEC.responseReader(LOADED.questionnaire()).readBound(line)
        .orElseThrow());

    // THEN
    then(bound.toCompactJson()).isEqualTo(assessment().toCompactJson())
        .contains("{\"id\":\"scale:plain\",\"score\":\"100\",\"completion\":\"1\"}");
  }

  @Test
  void should_write_the_ids_unchanged_and_read_them_back_when_the_assessment_is_json() {
    // GIVEN
    Assessment assessment = assessment();

    // WHEN
    String json = assessment.toJson();
    Assessment read = CODEC.readAssessment(json, LOADED.questionnaire()).orElseThrow();

    // THEN
    then(json).contains("\"scale:risk\"", "\"band:high\"", "\"flag:risk\"", "\"rule:risk\"", "\"item:1\"");
    then(read.toJson()).isEqualTo(json);
    then(read.dimension("scale:plain").orElseThrow().band()).isEmpty();
  }

  @Test
  void should_point_at_the_answer_with_an_unescaped_colon_when_a_hidden_question_is_answered() {
    // GIVEN item:1 no, so item:2 is hidden, and item:2 answered all the same
    Response response = Response.builder().from(LOADED.response())
        .putAnswer("item:1", Answer.of(AnswerValue.bool(false))).build();

    // WHEN
    Assessment assessment = LOADED.scorer().score(response);

    // THEN ':' needs no escaping in a JSON Pointer
    then(assessment.findings()).extracting(Finding::code, Finding::pointer)
        .containsExactly(org.assertj.core.api.BDDAssertions.tuple("RSP-0010", "/answers/item:2"));
    then(assessment.recommendations()).isEmpty();
  }

  @Test
  void should_show_the_ids_in_the_reports_and_no_band_for_the_dimension_without_bands() {
    // GIVEN
    Report report = LOADED.fullReport().locale("en").build();

    // WHEN
    Document html = Jsoup.parse(report.toHtml());
    String markdown = report.toMarkdown();

    // THEN the fields link to their sections by id, the card of the flag is there
    then(html.select("a.field-name").eachAttr("href")).containsExactly("#field-scale:risk", "#field-scale:plain");
    then(html.getElementById("field-scale:risk")).isNotNull();
    then(html.getElementById("rec-flag:risk")).isNotNull();
    then(html.select("li.field-bar .band-chip").eachText()).containsExactly("High", NO_BAND);
    then(markdown).contains("Follow up", "Reported as a number");
  }
}
