package dev.selfcheck.docs;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.ScoringEngine;
import java.nio.file.Path;
import java.util.List;

/**
 * The example questionnaires and responses of docs/scoring.md and docs/rules.md, loaded and scored
 * as the documentation says. Shared by {@link ScoringExamplesTest}, {@link RulesExamplesTest} and
 * {@link AssessmentSchemaTest}.
 */
final class ExampleFiles {

  static final Path EXAMPLES = Path.of("examples");

  /** Every example questionnaire with its sample response. */
  static final List<String[]> PAIRS = List.of(
      new String[] {"scoring-example-1.yaml", "scoring-example-1-response.json"},
      new String[] {"scoring-example-2.yaml", "scoring-example-2-response.json"},
      new String[] {"scoring-example-3.yaml", "scoring-example-3-response.json"},
      new String[] {"scoring-example-4.json", "scoring-example-4-response.json"},
      new String[] {"screening-instrument.json", "screening-instrument-response.json"},
      new String[] {"weighted-index.yaml", "weighted-index-response.json"},
      new String[] {"rules-example.yaml", "rules-example-response.json"},
      new String[] {"zung-sds.yaml", "zung-sds-response.json"},
      new String[] {"quickdash.yaml", "quickdash-response.json"},
      new String[] {"promis-global-physical.yaml", "promis-global-physical-response.json"});

  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();

  private ExampleFiles() {}

  static Questionnaire questionnaire(String file) {
    return CODEC.readQuestionnaire(EXAMPLES.resolve(file)).orElseThrow();
  }

  static Response response(String file) {
    return CODEC.readResponse(EXAMPLES.resolve(file)).orElseThrow();
  }

  static Assessment score(String questionnaireFile, String responseFile) {
    return ScoringEngine.create().compile(questionnaire(questionnaireFile)).score(response(responseFile));
  }

  static Assessment score(String[] pair) {
    return score(pair[0], pair[1]);
  }
}
