package dev.selfcheck.samples.boot;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.scoring.ScoringEngine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The running application, called over HTTP on 127.0.0.1 as a client would. */
class SampleHostTest {

  @Test
  void should_return_the_assessment_json_when_a_response_is_posted() throws Exception {
    // GIVEN the application on a free port, and a response of the fictional town of Lindenfeld
    String expected = ScoringEngine.create().compile(Flagship.questionnaire())
        .score(Flagship.sampleResponse()).toJson();
    try (ConfigurableApplicationContext app = SpringApplication.run(
        SampleHost.class, "--server.port=0", "--server.address=127.0.0.1")) {
      URI uri = URI.create("http://127.0.0.1:"
          + app.getEnvironment().getProperty("local.server.port") + "/assessments");
      HttpClient client = HttpClient.newHttpClient();
      // WHEN
      HttpResponse<String> scored = client.send(post(uri, Flagship.sampleResponseDocuments().get(0)),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> refused = client.send(post(uri, "{\"formatVersion\": \"1.0\"}"),
          HttpResponse.BodyHandlers.ofString());
      // THEN Spring's own ObjectMapper wrote the assessment's canonical JSON, not {}
      then(scored.statusCode()).isEqualTo(200);
      ObjectMapper json = new ObjectMapper();
      then(json.readTree(scored.body())).isEqualTo(json.readTree(expected));
      then(json.readTree(scored.body()).path("dimensions").size()).isGreaterThan(7);
      then(refused.statusCode()).isEqualTo(400);
    }
  }

  private static HttpRequest post(URI uri, String json) {
    return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
  }
}
