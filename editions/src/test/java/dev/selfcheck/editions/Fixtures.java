package dev.selfcheck.editions;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

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

  /** Two questions that 2.0.0 merges, a list of languages that it splits. */
  static final Questionnaire MERGE_1 = read("/merge-1.0.0.yaml");
  /** The merged and split questions. */
  static final Questionnaire MERGE_2 = read("/merge-2.0.0.yaml");

  private Fixtures() {}

  /**
   * A response to a version: answers as "q=value", "q=a+b" (several options), "q=?" (don't know),
   * "q=-" (not applicable), "q=yes", "q=no", or a number.
   */
  static Response response(Questionnaire q, String... answers) {
    Response.Builder b = Response.builder().questionnaireId(q.id()).questionnaireVersion(q.version());
    for (String a : answers) {
      String id = a.substring(0, a.indexOf('='));
      String v = a.substring(a.indexOf('=') + 1);
      Question question = q.question(id).orElseThrow();
      b.putAnswer(id, switch (v) {
        case "?" -> Answer.dontKnow();
        case "-" -> Answer.notApplicable();
        default -> switch (question.type()) {
          case YES_NO -> Answer.of(AnswerValue.bool(v.equals("yes")));
          case NUMBER -> Answer.of(AnswerValue.number(new BigDecimal(v)));
          case MULTIPLE_CHOICE -> Answer.of(AnswerValue.options(List.of(v.split("\\+"))));
          default -> Answer.of(AnswerValue.option(v));
        };
      });
    }
    return b.build();
  }

  static Questionnaire read(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      return QuestionnaireCodec.create().readQuestionnaire(in, DocumentFormat.YAML).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
