package dev.selfcheck.samples.boot;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.ScoringEngine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** The running application, called over HTTP on 127.0.0.1 as a client would. */
class SampleHostTest {

  @Test
  void should_return_the_assessment_json_when_a_response_is_posted() throws Exception {
    // GIVEN the application on a free port, and a response of the fictional town of Lindenfeld
    Assessment assessment = ScoringEngine.create().compile(Flagship.questionnaire())
        .score(Flagship.sampleResponse());
    String expected = assessment.toJson();
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
      HttpResponse<String> band = client.send(post(uri.resolve("assessments/band"), scored.body()),
          HttpResponse.BodyHandlers.ofString());
      // THEN Spring's own JsonMapper wrote the assessment's canonical JSON, not {}
      then(scored.statusCode()).isEqualTo(200);
      JsonMapper json = JsonMapper.shared();
      then(json.readTree(scored.body())).isEqualTo(json.readTree(expected));
      then(json.readTree(scored.body()).path("dimensions").size()).isGreaterThan(7);
      then(refused.statusCode()).isEqualTo(400);
      // and read the assessment back through the module bean that knows the flagship
      then(band.statusCode()).isEqualTo(200);
      then(band.body()).isEqualTo(assessment.total().band().orElseThrow().id());
    }
  }

  private static HttpRequest post(URI uri, String json) {
    return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
  }
}
