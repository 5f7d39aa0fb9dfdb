package dev.selfcheck.editions;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The versions of the small editions test questionnaire, read as a host reads them. */
final class Fixtures {

  /** The first version. */
  static final Questionnaire V1_0_0 = read("/editions-1.0.0.yaml");
  /** Words only: a question's text and an option's label. */
  static final Questionnaire V1_0_1 = read("/editions-1.0.1.yaml");
  /** Additive and scoring only: an option and a question added, a score and a weight changed. */
  static final Questionnaire V1_1_0 = read("/editions-1.1.0.yaml");
  /** Structural: an option, a state and a question gone, a range narrowed, a type changed. */
  static final Questionnaire V2_0_0 = read("/editions-2.0.0.yaml");

  private Fixtures() {}

  static Questionnaire read(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      return QuestionnaireCodec.create().readQuestionnaire(in, DocumentFormat.YAML).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
