package dev.selfcheck.editions.internal;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.JsonPointer;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/*
 * The answers a question accepts at its edges, and whether a version accepts one answer: the
 * version diff compares them across two versions, the migration check runs them through a plan.
 * Acceptance is the version's own response validation (Questionnaire.validate(Response)) of a
 * response holding that one answer; only errors at the answer count (an answer to a hidden
 * question and a required question left open are warnings).
 */
/** Answers at the edges of what a question accepts, and the version's verdict on one answer. */
public final class Answers {

  private Answers() {}

  /** Where an option of a question is in its document. */
  public interface OptionPlace {
    /**
     * @param q the questionnaire
     * @param question its question
     * @param value an option value
     * @return the option's pointer
     */
    String of(Questionnaire q, Question question, String value);
  }

  /**
   * An answer at the edge of what one version accepts, with its place and its words.
   *
   * @param answer the answer
   * @param pointer where it is decided in its document (the option, the question or its min/max)
   * @param words the answer in a few words ({@code option 'x'}, {@code dontKnow}, {@code number 5})
   */
  public record Sample(Answer answer, String pointer, String words) {}

  /**
   * The answers at the edges of what {@code question} accepts in {@code q}: each option alone,
   * yes and no, the ends of a number's range and the values just beyond the other version's ends
   * where this version has none, "don't know" and "not applicable" where allowed.
   *
   * @param q the questionnaire
   * @param question its question
   * @param other the question in the other version (for the ends of a number range), or the same
   * @param places where options are
   * @param pointer the question's pointer
   * @return the samples
   */
  public static List<Sample> samples(Questionnaire q, Question question, Question other, OptionPlace places,
      String pointer) {
    List<Sample> out = new ArrayList<>();
    QuestionType type = question.type();
    if (type.hasOptions()) {
      for (AnswerOption o : q.optionsOf(question)) {
        AnswerValue v = type == QuestionType.MULTIPLE_CHOICE
            ? AnswerValue.options(List.of(o.value())) : AnswerValue.option(o.value());
        out.add(new Sample(Answer.of(v), places.of(q, question, o.value()), "option '" + o.value() + "'"));
      }
    } else if (type == QuestionType.YES_NO) {
      out.add(new Sample(Answer.of(AnswerValue.bool(true)), pointer, "yes"));
      out.add(new Sample(Answer.of(AnswerValue.bool(false)), pointer, "no"));
    } else if (type == QuestionType.NUMBER) {
      number(question.min(), other.min().map(m -> m.subtract(BigDecimal.ONE)), pointer, "min", out);
      number(question.max(), other.max().map(m -> m.add(BigDecimal.ONE)), pointer, "max", out);
    }
    if (q.allowsDontKnow(question)) {
      out.add(new Sample(Answer.dontKnow(), pointer, "dontKnow"));
    }
    if (q.allowsNotApplicable(question)) {
      out.add(new Sample(Answer.notApplicable(), pointer, "notApplicable"));
    }
    return out;
  }

  private static void number(Optional<BigDecimal> end, Optional<BigDecimal> beyondOther, String pointer,
      String name, List<Sample> out) {
    Optional<BigDecimal> value = end.isPresent() ? end : beyondOther;
    value.ifPresent(v -> out.add(new Sample(Answer.of(AnswerValue.number(v)),
        end.isPresent() ? JsonPointer.append(pointer, name) : pointer, "number " + v.toPlainString())));
  }

  /**
   * What the version's response validation says against one answer alone: its first error at the
   * answer.
   *
   * @param q the questionnaire
   * @param questionId one of its question ids
   * @param answer an answer to it
   * @return the error, or empty when the version accepts the answer
   */
  public static Optional<Finding> rejection(Questionnaire q, String questionId, Answer answer) {
    Response r = Response.builder().questionnaireId(q.id()).questionnaireVersion(q.version())
        .putAnswer(questionId, answer).build();
    String at = JsonPointer.append("/answers", questionId);
    for (Finding f : q.validate(r)) {
      if (f.severity() == Severity.ERROR && JsonPointer.isWithin(f.pointer(), at)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * @param q the questionnaire
   * @param question its question
   * @param answer an answer to it
   * @return whether the version accepts the answer alone
   */
  public static boolean accepts(Questionnaire q, Question question, Answer answer) {
    return rejection(q, question.id(), answer).isEmpty();
  }
}
