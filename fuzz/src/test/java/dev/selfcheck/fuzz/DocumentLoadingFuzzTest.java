package dev.selfcheck.fuzz;

import static dev.selfcheck.fuzz.FuzzChecks.checkDecodeResult;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets for reading documents: arbitrary bytes always give a {@code DecodeResult} whose
 * findings carry pointers, never an exception and never a hang.
 *
 * <p>Without {@code JAZZER_FUZZ} the targets replay their seeds in
 * {@code src/test/resources/dev/selfcheck/fuzz/DocumentLoadingFuzzTestInputs/<method>/}; see
 * {@code docs/reliability.md} for the fuzzing command.
 */
class DocumentLoadingFuzzTest {

  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();
  private static final Questionnaire MUNICIPAL_MINI = FuzzChecks.example("municipal-mini.yaml");

  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void questionnaireJson(byte[] document) {
    checkDecodeResult(CODEC.readQuestionnaire(document, DocumentFormat.JSON));
  }

  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void questionnaireYaml(byte[] document) {
    checkDecodeResult(CODEC.readQuestionnaire(document, DocumentFormat.YAML));
  }

  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void response(byte[] document) {
    checkDecodeResult(CODEC.readResponse(document, DocumentFormat.JSON));
    checkDecodeResult(CODEC.readResponse(document, DocumentFormat.YAML));
  }

  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void assessment(byte[] document) {
    checkDecodeResult(CODEC.readAssessment(document, MUNICIPAL_MINI));
  }
}
