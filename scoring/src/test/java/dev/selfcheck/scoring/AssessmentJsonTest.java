package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.answers;
import static dev.selfcheck.scoring.Fixtures.choice;
import static dev.selfcheck.scoring.Fixtures.compile;
import static dev.selfcheck.scoring.Fixtures.dec;
import static dev.selfcheck.scoring.Fixtures.dim;
import static dev.selfcheck.scoring.Fixtures.en;
import static dev.selfcheck.scoring.Fixtures.level;
import static dev.selfcheck.scoring.Fixtures.settings;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rule;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The canonical JSON form of an assessment. */
class AssessmentJsonTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Texts with a quote, a backslash, a newline, a tab, a control character and U+2028. */
  private static final String AWKWARD = "say \"hi\"\\ now\nnext\tline\u0001end\u2028sep";

  /** d: q1 = 2 (0…4), q2 = 3, q3 (w 1) = 3 → (2 + 3 + 3) / 3 = 8/3; one recommendation fires. */
  private static Questionnaire questionnaire() {
    return Fixtures.questionnaire()
        .addDimensions(dim("d").label(en(AWKWARD)).addQuestions(level("q1"), level("q2"), level("q3"))
            .scoring(settings().decimals(3).build()).build())
        .addRecommendations(Recommendation.builder().id("rec").title(en(AWKWARD)).text(en("text"))
            .priority(2).addTags("workshop").build())
        .addRules(Rule.builder().id("r1").when(Condition.answerIs("q1", AnswerState.ANSWERED))
            .addRecommend("rec").build())
        .build();
  }

  private static Response response() {
    return Response.builder().from(answers().option("q1", "o3").option("q2", "o4").option("q3", "o4").response())
        .respondent(Respondent.builder().id("resp-1").role("integration \"office\"").build()).build();
  }

  private static String json() {
    return compile(questionnaire()).score(response()).toJson();
  }

  @Test
  void should_write_one_line_with_escapes_when_texts_contain_special_characters() {
    // GIVEN
    // WHEN
    String json = json();
    // THEN
    then(json).doesNotContain("\n", "\r", "\u2028", "\u0001")
        .contains("say \\\"hi\\\"\\\\ now\\nnext\\tline\\u0001end\\u2028sep")
        .startsWith("{\"questionnaire\":{\"id\":\"check\",\"version\":\"1.0.0\"},");
  }

  @Test
  void should_keep_exact_scores_as_strings_and_display_scores_as_numbers_when_parsed() {
    // GIVEN
    String json = json();
    // WHEN
    JsonNode root = JSON.readTree(json);
    // THEN (2 + 3 + 3) / 3 = 8/3, displayed with 3 decimals 2.667
    JsonNode d = root.get("dimensions").get(0);
    then(d.get("label").get("en").asString()).isEqualTo(AWKWARD);
    then(d.get("score").isString()).isTrue();
    then(d.get("score").asString()).isEqualTo("8/3");
    then(d.get("displayScore").isNumber()).isTrue();
    then(d.get("displayScore").decimalValue()).isEqualByComparingTo(dec("2.667"));
    then(d.get("counts").get("answered").asInt()).isEqualTo(3);
    then(d.get("contributions").get(0).get("share").asString()).isEqualTo("1/3");
    then(root.get("respondent").get("role").asString()).isEqualTo("integration \"office\"");
    then(root.get("recommendations").get(0).get("rules").get(0).asString()).isEqualTo("r1");
    then(root.get("recommendations").get(0).get("title").get("en").asString()).isEqualTo(AWKWARD);
    then(root.get("total").get("score").asString()).isEqualTo("8/3");
    then(root.get("findings").isArray()).isTrue();
  }

  @Test
  void should_write_the_same_bytes_when_equal_inputs_are_scored_on_two_threads() throws Exception {
    // GIVEN two scorers compiled from equal questionnaires
    Scorer first = compile(questionnaire());
    Scorer second = compile(questionnaire());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      // WHEN
      CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> first.score(response()).toJson(), pool);
      CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> second.score(response()).toJson(), pool);
      // THEN
      then(a.get().getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(b.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      then(a.get()).isEqualTo(json());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void should_write_a_terminating_decimal_plainly_when_the_score_has_one() {
    // GIVEN a one-option question scored 62.5
    Questionnaire q = Fixtures.questionnaire(dim("d", choice("q1", "62.5")));
    // WHEN
    JsonNode root = JSON.readTree(compile(q).score(answers().option("q1", "o1").response()).toJson());
    // THEN
    then(root.get("total").get("score").asString()).isEqualTo("62.5");
    then(root.get("total").get("displayScore").decimalValue()).isEqualByComparingTo(dec("62.50"));
    then(root.has("respondent")).isFalse();
  }

  @Test
  void should_mark_a_contribution_hidden_when_its_question_is_hidden_by_its_condition() {
    // GIVEN q2 is shown only when q1 is o5, and q1 is o1
    Question hidden = Question.builder().from(level("q2"))
        .visibleWhen(Condition.answer("q1", Operator.EQ, Literal.of("o5"))).build();
    Questionnaire q = Fixtures.questionnaire(dim("d", level("q1"), hidden));
    // WHEN
    JsonNode root = JSON.readTree(compile(q).score(answers().option("q1", "o1").response()).toJson());
    // THEN
    JsonNode contributions = root.get("dimensions").get(0).get("contributions");
    then(contributions.get(0).has("hidden")).as("visible q1").isFalse();
    then(contributions.get(1).get("hidden").asBoolean()).as("hidden q2").isTrue();
    then(contributions.get(1).get("state").asString()).isEqualTo("notAnswered");
  }
}
