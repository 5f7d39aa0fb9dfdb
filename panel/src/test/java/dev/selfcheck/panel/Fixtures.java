package dev.selfcheck.panel;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.ScoringEngine;
import dev.selfcheck.scoring.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** The small test questionnaire and a short way to write its responses. */
final class Fixtures {

  static final Questionnaire SMALL = read("/panel-small.yaml");
  static final Scorer SCORER = ScoringEngine.create().compile(SMALL);

  private Fixtures() {}

  static Questionnaire read(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      return QuestionnaireCodec.create().readQuestionnaire(in, DocumentFormat.YAML).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A response of the small questionnaire: answers as "q1=3", "q4=yes", "q5=40", "q6=en+ar",
   * "q1=?" (don't know), "q1=-" (not applicable).
   */
  static Response response(String id, String role, String group, String... answers) {
    Respondent.Builder who = Respondent.builder().id(id);
    if (role != null) {
      who.role(role);
    }
    if (group != null) {
      who.group(group);
    }
    Response.Builder b = Response.builder().questionnaireId(SMALL.id())
        .questionnaireVersion(SMALL.version()).respondent(who.build());
    for (String a : answers) {
      String q = a.substring(0, a.indexOf('='));
      String v = a.substring(a.indexOf('=') + 1);
      b.putAnswer(q, answer(q, v));
    }
    return b.build();
  }

  private static Answer answer(String q, String v) {
    if (v.equals("?")) {
      return Answer.dontKnow();
    }
    if (v.equals("-")) {
      return Answer.notApplicable();
    }
    return switch (q) {
      case "q4" -> Answer.of(AnswerValue.bool(v.equals("yes")));
      case "q5" -> Answer.of(AnswerValue.number(new BigDecimal(v)));
      case "q6" -> Answer.of(AnswerValue.options(List.of(v.split("\\+"))));
      default -> Answer.of(AnswerValue.option(v));
    };
  }

  static PanelResult analyze(List<Response> responses) {
    return PanelAnalysis.create().analyze(SCORER, Panel.of(SMALL, responses));
  }
}
