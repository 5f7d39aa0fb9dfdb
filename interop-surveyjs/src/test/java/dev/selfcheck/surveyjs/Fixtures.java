package dev.selfcheck.surveyjs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;

/** Reads the test resources. */
final class Fixtures {

  private Fixtures() {}

  static String read(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A questionnaire of the test resources, which must read without findings. */
  static Questionnaire questionnaire(String resource) {
    return QuestionnaireCodec.create().readQuestionnaire(read(resource), DocumentFormat.YAML).orElseThrow();
  }
}
