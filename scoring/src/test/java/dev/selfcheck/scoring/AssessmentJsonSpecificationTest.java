package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.answers;
import static dev.selfcheck.scoring.Fixtures.band;
import static dev.selfcheck.scoring.Fixtures.dec;
import static dev.selfcheck.scoring.Fixtures.dim;
import static dev.selfcheck.scoring.Fixtures.en;
import static dev.selfcheck.scoring.Fixtures.level;
import static dev.selfcheck.scoring.Fixtures.settings;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.MissingPolicy;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The exact text of {@link Assessment#toJson()} for a questionnaire that uses every member: a
 * respondent with role and group, a title in two languages, a hidden and an imputed contribution, a
 * dimension that is not scorable, a recommendation with dimension, tags and a reason, findings, and
 * characters that must be escaped. The expected text is the file
 * {@code specification/assessment.json}.
 */
class AssessmentJsonSpecificationTest {

  /**
   * d = {q1, q2 (shown only when q1 is o5), q3} counting missing answers as 0; e = {q4}; bands low
   * [0, 2), high [2, 4]. q1 = o4 (3), q2 = o2 (hidden), q3 and q4 not answered: d = (3 + 0) / 2 =
   * 1.5, e not scorable, total 1.5.
   */
  private static Questionnaire questionnaire() {
    Question shownLate = Question.builder().from(level("q2"))
        .visibleWhen(Condition.answer("q1", Operator.EQ, Literal.of("o5"))).build();
    return Fixtures.questionnaire()
        .title(LocalizedText.of(Map.of("en", "Check", "de", "Prüfung")))
        .addDimensions(dim("d").addQuestions(level("q1"), shownLate, level("q3"))
            .scoring(settings().missing(MissingPolicy.COUNT_AS).missingScore(dec("0")).build()).build())
        .addDimensions(dim("e", level("q4")))
        .addBands(band("low", "0", "2"), band("high", "2", true, "4", true))
        .addRecommendations(Recommendation.builder().id("rec").title(en("T\u0001\r")).text(en("x")).priority(2)
            .dimension("d").addTags("a", "b").build())
        .addRules(Rule.builder().id("r1").when(Condition.answerIs("q1", AnswerState.ANSWERED)).addRecommend("rec")
            .build())
        .build();
  }

  private static Response response(Respondent respondent) {
    return Response.builder().from(answers().option("q1", "o4").option("q2", "o2").response())
        .respondent(respondent).build();
  }

  private static String expected() throws IOException {
    try (InputStream in = AssessmentJsonSpecificationTest.class.getResourceAsStream("specification/assessment.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  @Test
  void should_write_every_member_in_its_fixed_order_when_an_assessment_uses_them_all() throws IOException {
    // GIVEN
    Response response = response(Respondent.builder().id("p").role("lead").group("g\u2029").build());
    // WHEN
    String json = ScoringEngine.create().compile(questionnaire()).score(response).toJson();
    // THEN
    then(json).isEqualTo(expected());
  }

  @Test
  void should_write_only_the_respondent_id_and_empty_lists_when_there_is_no_role_and_no_explanation() {
    // GIVEN
    Response response = response(Respondent.builder().id("p").build());
    // WHEN
    String json = ScoringEngine.builder().explanations(false).build().compile(questionnaire()).score(response)
        .toJson();
    // THEN
    then(json).startsWith("{\"questionnaire\":{\"id\":\"check\",\"version\":\"1.0.0\"},\"respondent\":{\"id\":\"p\"},");
    then(json).contains("\"counts\":{\"answered\":1,\"dontKnow\":0,\"notApplicable\":0,\"notAnswered\":2,\"hidden\":1},"
        + "\"contributions\":[]},\"dimensions\":[");
    then(json).contains("\"rules\":[\"r1\"],\"reasons\":[]}");
    then(json).doesNotContain("\"kind\"");
  }

  @Test
  void should_write_a_respondent_group_without_a_role_when_only_the_group_is_known() {
    // GIVEN
    Response response = response(Respondent.builder().id("p").group("g").build());
    // WHEN
    String json = ScoringEngine.create().compile(questionnaire()).score(response).toJson();
    // THEN
    then(json).contains("\"respondent\":{\"id\":\"p\",\"group\":\"g\"},\"total\":");
  }
}
