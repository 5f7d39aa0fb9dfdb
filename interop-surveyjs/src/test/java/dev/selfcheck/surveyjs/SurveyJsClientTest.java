package dev.selfcheck.surveyjs;

import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.testkit.QuestionnaireShape;
import dev.selfcheck.testkit.SelfcheckArbitraries;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the export promises, checked by SurveyJS's own form library: {@code survey-core}, pinned in
 * {@code src/test/node/package-lock.json}, loads the exported survey into a {@code Model} (pages,
 * questions and their types as the mapping table says), a respondent enters answer sets (survey-core
 * evaluates every {@code visibleIf} itself), and the questions it shows are exactly the ones our
 * visibility says are visible; its {@code survey.data} imports into the same response.
 *
 * <p>Needs Node.js and {@code npm ci} in {@code interop-surveyjs/src/test/node}; without them the
 * tests are skipped, except under {@code CI=true}, where {@code .ci/run} installs them and they must
 * run.
 */
class SurveyJsClientTest {

  private static final Path NODE_DIR = Path.of("src/test/node").toAbsolutePath();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static String node;

  @BeforeAll
  static void findNodeAndSurveyCore() {
    String message = null;
    node = onPath("node");
    if (node == null) {
      message = "no node on the PATH: the SurveyJS client test needs Node.js 20+";
    } else if (!Files.isDirectory(NODE_DIR.resolve("node_modules/survey-core"))) {
      message = "survey-core is not installed: run `npm ci` in interop-surveyjs/src/test/node";
    }
    if (message != null && "true".equals(System.getenv("CI"))) {
      fail("CI=true, so the SurveyJS client test must run, but " + message);
    }
    Assumptions.assumeTrue(message == null, message);
  }

  @Test
  void should_load_the_pages_and_question_types_of_the_mapping_table_when_survey_core_reads_the_export()
      throws IOException {
    // GIVEN
    Questionnaire q = Fixtures.questionnaire("selfcheck/mappable.yaml");
    // WHEN
    JsonNode result = surveyCore(q, List.of());
    // THEN
    then(result.path("jsonErrors").isEmpty()).as("survey-core's jsonErrors: %s", result.path("jsonErrors")).isTrue();
    then(names(result.path("pages"), "name")).containsExactly("basics", "conditions");
    List<String> loaded = new ArrayList<>();
    result.path("pages").forEach(p -> p.path("questions").forEach(x -> loaded.add(x.path("name").asString()
        + ":" + x.path("type").asString())));
    then(loaded).containsExactlyElementsOf(q.allQuestions().map(x -> x.id() + ":" + surveyJsType(x)).toList());
  }

  @Test
  void should_show_the_questions_our_visibility_shows_when_a_respondent_answers_the_mapping_table()
      throws IOException {
    Questionnaire q = Fixtures.questionnaire("selfcheck/mappable.yaml");
    List<Response> responses = List.of(
        response(q, Map.of("meets", Answer.of(AnswerValue.bool(true)), "format", Answer.dontKnow(),
            "tools", Answer.of(AnswerValue.options(List.of("board"))), "size", Answer.of(AnswerValue.number(new BigDecimal("8"))),
            "climate", Answer.of(AnswerValue.option("2")))),
        response(q, Map.of("meets", Answer.of(AnswerValue.bool(false)), "format", Answer.of(AnswerValue.option("online")),
            "notes", Answer.of(AnswerValue.text("nothing")), "size", Answer.of(AnswerValue.number(new BigDecimal("2.5"))))),
        response(q, Map.of("meets", Answer.of(AnswerValue.bool(true)), "format", Answer.of(AnswerValue.option("hybrid")),
            "climate", Answer.of(AnswerValue.option("3")), "tools", Answer.dontKnow(),
            "size", Answer.of(AnswerValue.number(new BigDecimal("40"))))),
        response(q, Map.of()));
    agree(q, responses);
  }

  @ParameterizedTest(name = "generated questionnaire, seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void should_show_the_questions_our_visibility_shows_when_generated_answer_sets_are_entered(long seed)
      throws IOException {
    // GIVEN a generated questionnaire of the mappable subset and 25 generated responses
    Arbitrary<Questionnaire> generated = SelfcheckArbitraries.questionnaires(
            QuestionnaireShape.builder().rules(false).bands(false).variedScoring(false).build())
        .map(RoundTripPropertyTest::mappable);
    Questionnaire[] q = new Questionnaire[1];
    JqwikSession.run(() -> q[0] = generated.generator(1000).next(new Random(seed)).value());
    // THEN
    agree(q[0], SelfcheckArbitraries.sampleResponses(q[0], 25, seed));
  }

  /** survey-core shows what our visibility shows, and its data reads back as those answers. */
  private void agree(Questionnaire q, List<Response> responses) throws IOException {
    List<Response> entered = responses.stream().map(SurveyJsClientTest::withoutComments).toList();
    JsonNode result = surveyCore(q, entered);
    for (int i = 0; i < entered.size(); i++) {
      Response response = entered.get(i);
      JsonNode set = result.path("answerSets").get(i);
      List<String> visible = q.visibleQuestions(response);
      then(names(set.path("visible"), null)).as("questions survey-core shows for %s", response.answers())
          .containsExactlyElementsOf(visible);
      Conversion<Response> back = SurveyJs.importResult(q, JSON.writeValueAsString(set.path("data")));
      then(back.losses()).isEmpty();
      then(back.value().orElseThrow().answers()).as("survey.data %s", set.path("data"))
          .isEqualTo(response.answers().entrySet().stream().filter(e -> visible.contains(e.getKey()))
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
  }

  private static Response response(Questionnaire q, Map<String, Answer> answers) {
    return Response.builder().questionnaireId(q.id()).questionnaireVersion(q.version()).answers(answers).build();
  }

  /**
   * What a respondent enters in survey-core: values (numbers as typed, without trailing zeros) and
   * "don't know"; no comments, and no empty selection, for which SurveyJS keeps no value.
   */
  private static Response withoutComments(Response r) {
    Response.Builder b = Response.builder().questionnaireId(r.questionnaireId()).questionnaireVersion(r.questionnaireVersion());
    r.answers().forEach((id, a) -> {
      AnswerValue v = a.valueOrNull();
      if (v != null && v.kind() == AnswerValue.Kind.NUMBER) {
        // the respondent types the number; survey-core keeps its value, not how many zeros follow the point
        BigDecimal typed = v.asNumber().stripTrailingZeros();
        b.putAnswer(id, Answer.of(AnswerValue.number(typed.scale() < 0 ? typed.setScale(0) : typed)));
      } else if (v != null && !(v.kind() == AnswerValue.Kind.STRINGS && v.asOptions().isEmpty())) {
        b.putAnswer(id, Answer.of(v));
      } else if (a.state() == AnswerState.DONT_KNOW) {
        b.putAnswer(id, Answer.dontKnow());
      }
    });
    return b.build();
  }

  private static String surveyJsType(Question q) {
    return switch (q.type()) {
      case SINGLE_CHOICE -> "radiogroup";
      case MULTIPLE_CHOICE -> "checkbox";
      case ORDINAL_SCALE -> "rating";
      case YES_NO -> "boolean";
      case NUMBER -> "text";
      case TEXT -> "comment";
    };
  }

  private static List<String> names(JsonNode array, String member) {
    List<String> names = new ArrayList<>();
    array.forEach(n -> names.add(member == null ? n.asString() : n.path(member).asString()));
    return names;
  }

  private static JsonNode surveyCore(Questionnaire q, List<Response> responses) throws IOException {
    Conversion<String> survey = SurveyJs.exportSurvey(q);
    ObjectNode request = JSON.createObjectNode();
    request.set("survey", JSON.readTree(survey.value().orElseThrow()));
    ArrayNode sets = request.putArray("answerSets");
    for (Response r : responses) {
      Conversion<String> data = SurveyJs.exportResult(q, r);
      then(data.losses()).isEmpty();
      sets.add(JSON.readTree(data.value().orElseThrow()));
    }
    Path dir = Files.createTempDirectory("surveyjs");
    try {
      Path requestFile = dir.resolve("request.json");
      Path out = dir.resolve("result.json");
      Path err = dir.resolve("stderr.txt");
      Files.writeString(requestFile, JSON.writeValueAsString(request), StandardCharsets.UTF_8);
      Process process = new ProcessBuilder(node, "check-survey.mjs", requestFile.toString())
          .directory(NODE_DIR.toFile())
          .redirectOutput(out.toFile())
          .redirectError(err.toFile())
          .start();
      try {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          fail("survey-core did not finish within 120 s");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      then(process.exitValue()).as("exit code of check-survey.mjs; stderr:%n%s", Files.readString(err)).isZero();
      return JSON.readTree(Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  private static String onPath(String name) {
    String path = System.getenv("PATH");
    for (String entry : path == null ? new String[0] : path.split(File.pathSeparator)) {
      Path candidate = Path.of(entry, name);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
