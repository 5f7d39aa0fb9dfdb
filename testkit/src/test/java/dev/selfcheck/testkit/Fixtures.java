package dev.selfcheck.testkit;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.ScoringEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The rules example of docs/rules.md, copied into the test resources, and its documented response. */
final class Fixtures {

  static final String DIR = "/dev/selfcheck/testkit/";
  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();

  private Fixtures() {}

  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(DIR + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Questionnaire questionnaire() {
    return CODEC.readQuestionnaire(text("rules-example.yaml"), DocumentFormat.YAML).orElseThrow();
  }

  static Response response() {
    return CODEC.readResponse(text("rules-example-response.json"), DocumentFormat.JSON).orElseThrow();
  }

  /** @return the documented assessment: management 25/3 (8.3, start), monitoring not scorable, … */
  static Assessment assessment() {
    return ScoringEngine.create().compile(questionnaire()).score(response());
  }

  static Questionnaire questionnaire(String name) {
    return CODEC.readQuestionnaire(text(name), DocumentFormat.YAML).orElseThrow();
  }

  /** @return a response of a respondent with one answer (an option value) */
  static Response response(Questionnaire questionnaire, String respondentId, String questionId, String option) {
    return Response.builder().questionnaireId(questionnaire.id()).questionnaireVersion(questionnaire.version())
        .respondent(dev.selfcheck.core.Respondent.builder().id(respondentId).build())
        .putAnswer(questionId, dev.selfcheck.core.Answer.of(dev.selfcheck.core.AnswerValue.option(option))).build();
  }
}
