package dev.selfcheck.samples.jpms;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.ScoringEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InaccessibleObjectException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The host on the module path, called over HTTP on 127.0.0.1. */
class AssessmentServerTest {

  private static AssessmentServer server;

  @BeforeAll
  static void start() throws IOException {
    server = AssessmentServer.start(0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void should_answer_with_the_assessment_json_when_a_response_is_posted() throws IOException {
    // GIVEN the sample response of the fictional town
    String response = Flagship.sampleResponseDocuments().get(0);
    // WHEN
    Reply reply = post(response);
    // THEN it is the assessment that the library gives directly
    Questionnaire questionnaire = Flagship.questionnaire();
    String expected = ScoringEngine.create().compile(questionnaire).score(QuestionnaireCodec.create()
        .readResponse(response, DocumentFormat.JSON, questionnaire).orElseThrow()).toJson();
    then(reply.status()).isEqualTo(200);
    then(reply.type()).startsWith("application/json");
    then(reply.body()).isEqualTo(expected);
    then(QuestionnaireCodec.create().readAssessment(reply.body(), questionnaire).isValid()).isTrue();
  }

  @Test
  void should_list_the_findings_when_a_response_does_not_fit_the_questionnaire() throws IOException {
    // GIVEN an answer to a question the flagship does not have
    String response = "{\"$schema\": \"https://selfcheck.dev/schemas/1.0/response.schema.json\","
        + " \"formatVersion\": \"1.0\","
        + " \"questionnaire\": {\"id\": \"welcoming-municipality\", \"version\": \"1.0.0\"},"
        + " \"answers\": {\"no.such.question\": {\"value\": true}}}";
    // WHEN
    Reply reply = post(response);
    // THEN
    then(reply.status()).isEqualTo(422);
    then(reply.body()).contains("/answers/no.such.question");
  }

  @Test
  void should_run_as_named_modules_when_started_from_the_module_path() {
    // GIVEN
    // WHEN
    Module host = AssessmentServer.class.getModule();
    Module flagship = Flagship.class.getModule();
    // THEN
    then(host.getName()).isEqualTo("dev.selfcheck.samples.jpms");
    then(flagship.getName()).isEqualTo("dev.selfcheck.flagship");
    then(host.canRead(flagship)).isTrue();
  }

  @Test
  void should_hide_the_internal_packages_when_the_host_reads_the_library() throws ClassNotFoundException {
    // GIVEN the selfcheck modules in the host's layer
    Module host = AssessmentServer.class.getModule();
    List<String> internal = new ArrayList<>();
    List<String> visible = new ArrayList<>();
    // WHEN
    for (Module module : host.getLayer().modules()) {
      if (!module.getName().startsWith("dev.selfcheck.") || module == host) {
        continue;
      }
      for (String pkg : module.getPackages()) {
        if (pkg.endsWith(".internal")) {
          internal.add(pkg);
          if (module.isExported(pkg, host) || module.isOpen(pkg, host)) {
            visible.add(pkg);
          }
        }
      }
    }
    Class<?> engineInside = Class.forName("dev.selfcheck.scoring.internal.CompiledQuestionnaire");
    Throwable reflection = catchThrowable(() -> engineInside.getDeclaredConstructors()[0].setAccessible(true));
    // THEN
    then(internal).contains("dev.selfcheck.core.internal", "dev.selfcheck.scoring.internal",
        "dev.selfcheck.schema.internal");
    then(visible).isEmpty();
    then(reflection).isInstanceOf(InaccessibleObjectException.class);
  }

  private static Reply post(String json) throws IOException {
    HttpURLConnection connection = (HttpURLConnection)
        new URL("http://127.0.0.1:" + server.port() + "/assessments").openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setRequestProperty("Content-Type", "application/json");
    try (OutputStream out = connection.getOutputStream()) {
      out.write(json.getBytes(StandardCharsets.UTF_8));
    }
    int status = connection.getResponseCode();
    try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
      return new Reply(status, connection.getContentType(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } finally {
      connection.disconnect();
    }
  }

  private record Reply(int status, String type, String body) {}
}
