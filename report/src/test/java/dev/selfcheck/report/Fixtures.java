package dev.selfcheck.report;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The report test fixtures, loaded from {@code src/test/resources}: a seven-field questionnaire
 * with a response, and a hostile variant whose every text tries to inject markup.
 */
final class Fixtures {

  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();

  private Fixtures() {}

  /** A questionnaire, its scorer and a response, loaded together. */
  record Loaded(Questionnaire questionnaire, Scorer scorer, Response response) {

    /** @return a builder with questionnaire, assessment, response and improvements set */
    Report.Builder fullReport() {
      return Report.builder().questionnaire(questionnaire).assessment(scorer.score(response))
          .response(response).improvements(scorer.improvements(response));
    }
  }

  static Loaded sevenFields() {
    return load("seven-fields.yaml", "seven-fields-response.json");
  }

  static Loaded hostile() {
    return load("hostile.yaml", "hostile-response.json");
  }

  static Loaded load(String questionnaireFile, String responseFile) {
    Questionnaire questionnaire = valid(CODEC.readQuestionnaire(resource(questionnaireFile)));
    Response response = valid(CODEC.readResponse(resource(responseFile)));
    return new Loaded(questionnaire, ScoringEngine.create().compile(questionnaire), response);
  }

  static String text(String file) {
    try {
      return Files.readString(resource(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path resource(String file) {
    URL url = Fixtures.class.getResource("/" + file);
    if (url == null) {
      throw new IllegalStateException("no test resource " + file);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T valid(DecodeResult<T> result) {
    if (!result.isValid() || !result.warnings().isEmpty()) {
      throw new IllegalStateException("fixture has findings: " + result.findings());
    }
    return result.orElseThrow();
  }
}
