package dev.selfcheck.benchmarks;

import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.nio.charset.StandardCharsets;

/**
 * Loads and validates the flagship questionnaire once and exits (status 0 if valid, 1 if not):
 * what the CLI's {@code validate} command does on a cold JVM, without the command-line parsing.
 * {@code run.sh} times whole runs of it.
 */
public final class ColdValidate {

  private ColdValidate() {}

  /**
   * Validates.
   *
   * @param args none
   */
  public static void main(String[] args) {
    boolean valid = QuestionnaireCodec.create()
        .readQuestionnaire(Flagship.questionnaireDocument().getBytes(StandardCharsets.UTF_8),
            DocumentFormat.YAML)
        .isValid();
    System.exit(valid ? 0 : 1);
  }
}
