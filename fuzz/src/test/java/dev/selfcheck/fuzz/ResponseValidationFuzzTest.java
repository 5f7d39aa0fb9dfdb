package dev.selfcheck.fuzz;

import static dev.selfcheck.fuzz.FuzzChecks.checkDecodeResult;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target for responses read against a fixed questionnaire: reading never throws, and a
 * response without errors is scored and its improvements computed without an exception.
 *
 * <p>The response picks its questionnaire by the id it names among the docs' examples and the
 * flagship; any other id is read against the first example.
 */
class ResponseValidationFuzzTest {

  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();
  private static final Map<String, Scorer> SCORERS = new LinkedHashMap<>();

  static {
    for (String name : List.of("scoring-example-1.yaml", "scoring-example-2.yaml", "scoring-example-3.yaml",
        "rules-example.yaml", "municipal-mini.yaml", "screening-instrument.json", "weighted-index.yaml")) {
      Questionnaire q = FuzzChecks.example(name);
      SCORERS.put(q.id(), ScoringEngine.create().compile(q));
    }
    Questionnaire flagship = Flagship.questionnaire();
    SCORERS.put(flagship.id(), ScoringEngine.create().compile(flagship));
  }

  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void responseAgainstQuestionnaire(byte[] document) {
    DocumentFormat format = FuzzChecks.sniff(document);
    DecodeResult<Response> plain = CODEC.readResponse(document, format);
    checkDecodeResult(plain);
    Scorer scorer = plain.value().map(r -> SCORERS.get(r.questionnaireId()))
        .orElse(SCORERS.values().iterator().next());
    DecodeResult<Response> checked = CODEC.readResponse(document, format, scorer.questionnaire());
    checkDecodeResult(checked);
    if (checked.isValid()) {
      Response response = checked.orElseThrow();
      scorer.score(response).toJson();
      scorer.improvements(response);
    }
  }
}
