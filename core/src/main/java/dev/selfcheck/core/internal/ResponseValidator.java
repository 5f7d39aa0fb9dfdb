package dev.selfcheck.core.internal;

import static dev.selfcheck.core.JsonPointer.append;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.MessageBundle;
import dev.selfcheck.core.ConditionProgram;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.ResponseProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/*
 * Checks a response against its questionnaire. Visibility is computed first, by evaluating each
 * question's condition over the answers as conditions see them: an answer to a hidden question
 * counts as not answered. Questions on a visibility cycle (which questionnaire validation reports
 * as an error) are treated as hidden, so evaluation always terminates.
 */
/** Checks a response against a questionnaire, and computes visibility. */
public final class ResponseValidator {

  private final Questionnaire questionnaire;
  private final Response response;
  private final Map<String, Question> questions;
  private final ConditionProgram conditions;
  /** The response's answers as the condition program reads them. */
  private final ConditionProgram.Facts facts;

  private ResponseValidator(Questionnaire questionnaire, Response response) {
    this.questionnaire = questionnaire;
    this.response = response;
    this.questions = questionnaire.questionsById();
    this.conditions = questionnaire.conditions();
    this.facts = conditions.answers(response);
  }

  /**
   * Validates a response.
   *
   * @param questionnaire the questionnaire
   * @param response the response
   * @return the findings
   */
  public static List<Finding> validate(Questionnaire questionnaire, Response response) {
    return new ResponseValidator(questionnaire, response).run();
  }

  /**
   * Computes the visible questions.
   *
   * @param questionnaire the questionnaire
   * @param response the response
   * @return the visible question ids in document order
   */
  public static List<String> visibleQuestions(Questionnaire questionnaire, Response response) {
    ResponseValidator v = new ResponseValidator(questionnaire, response);
    List<String> out = new ArrayList<>(v.questions.size());
    for (Question q : v.questions.values()) {
      if (v.isVisible(q)) {
        out.add(q.id());
      }
    }
    return out;
  }

  private boolean isVisible(Question q) {
    return q.visibleWhen().isEmpty() || facts.visible(conditions.questionIndex(q.id()));
  }

  private List<Finding> run() {
    List<Finding> findings = new ArrayList<>();
    if (!response.questionnaireId().equals(questionnaire.id())) {
      findings.add(ResponseProblem.WRONG_QUESTIONNAIRE.at(
          "/questionnaire/id", response.questionnaireId(), questionnaire.id()));
      return findings;
    }
    // Build metadata does not make another version (SemVer precedence ignores it).
    if (response.questionnaireVersion().compareTo(questionnaire.version()) != 0) {
      findings.add(ResponseProblem.WRONG_VERSION.at("/questionnaire/version",
          response.questionnaireVersion(), questionnaire.id(), questionnaire.version()));
    }
    if (response.startedAt().isPresent() && response.submittedAt().isPresent()
        && response.submittedAt().get().isBefore(response.startedAt().get())) {
      findings.add(ResponseProblem.SUBMITTED_BEFORE_STARTED.at(
          "/submittedAt", response.submittedAt().get(), response.startedAt().get()));
    }
    for (Map.Entry<String, Answer> e : response.answers().entrySet()) {
      answer(e.getKey(), e.getValue(), findings);
    }
    for (Question q : questions.values()) {
      if (q.required() && isVisible(q) && response.stateOf(q.id()) == AnswerState.NOT_ANSWERED) {
        findings.add(ResponseProblem.REQUIRED_QUESTION_NOT_ANSWERED.at("/answers", q.id()));
      }
    }
    return List.copyOf(findings);
  }

  /** The pointer of an answer; built only when there is something to report. */
  private static String at(String id) {
    return append("/answers", id);
  }

  private void answer(String id, Answer answer, List<Finding> findings) {
    Question q = questions.get(id);
    if (q == null) {
      findings.add(ResponseProblem.UNKNOWN_QUESTION.at(at(id), questionnaire.id(), id));
      return;
    }
    if (answer.state() == AnswerState.DONT_KNOW && !questionnaire.allowsDontKnow(q)) {
      findings.add(ResponseProblem.DONT_KNOW_NOT_ALLOWED.at(append(at(id), "state"), id));
    }
    if (answer.state() == AnswerState.NOT_APPLICABLE && !questionnaire.allowsNotApplicable(q)) {
      findings.add(ResponseProblem.NOT_APPLICABLE_NOT_ALLOWED.at(append(at(id), "state"), id));
    }
    Optional<AnswerValue> value = answer.value();
    if (value.isPresent()) {
      value(q, value.get(), id, findings);
    }
    if (answer.state() != AnswerState.NOT_ANSWERED && !isVisible(q)) {
      findings.add(ResponseProblem.ANSWER_TO_HIDDEN_QUESTION.at(at(id), id));
    }
  }

  private static AnswerValue.Kind expectedKind(QuestionType type) {
    switch (type) {
      case SINGLE_CHOICE:
      case ORDINAL_SCALE:
        return AnswerValue.Kind.STRING;
      case MULTIPLE_CHOICE:
        return AnswerValue.Kind.STRINGS;
      case YES_NO:
        return AnswerValue.Kind.BOOLEAN;
      case NUMBER:
        return AnswerValue.Kind.NUMBER;
      case TEXT:
        return AnswerValue.Kind.STRING;
      default:
        throw new AssertionError(type);
    }
  }

  private static MessageBundle.Localized describe(AnswerValue.Kind kind) {
    switch (kind) {
      case STRING:
        return text("part.aText");
      case STRINGS:
        return text("part.aListOfOptionValues");
      case BOOLEAN:
        return text("part.trueOrFalse");
      case NUMBER:
        return text("part.aNumber");
      default:
        throw new AssertionError(kind);
    }
  }

  /** A part of a message with words of its own, from the catalog's texts. */
  private static MessageBundle.Localized text(String key) {
    return ResponseProblem.WRONG_ANSWER_TYPE.bundle().localized(key);
  }

  private static boolean offers(List<AnswerOption> options, String value) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).value().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static String offered(List<AnswerOption> options) {
    return options.stream().map(AnswerOption::value).collect(Collectors.joining(", "));
  }

  private void value(Question q, AnswerValue v, String id, List<Finding> findings) {
    AnswerValue.Kind expected = expectedKind(q.type());
    if (v.kind() != expected) {
      findings.add(ResponseProblem.WRONG_ANSWER_TYPE.at(
          append(at(id), "value"), q.id(), q.type().jsonName(), describe(expected), describe(v.kind())));
      return;
    }
    switch (q.type()) {
      case SINGLE_CHOICE:
      case ORDINAL_SCALE: {
        List<AnswerOption> options = questionnaire.optionsOf(q);
        if (!offers(options, v.asOption())) {
          findings.add(ResponseProblem.UNKNOWN_OPTION.at(
              append(at(id), "value"), q.id(), v.asOption(), offered(options)));
        }
        break;
      }
      case MULTIPLE_CHOICE: {
        List<AnswerOption> options = questionnaire.optionsOf(q);
        String p = append(at(id), "value");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < v.asOptions().size(); i++) {
          String chosen = v.asOptions().get(i);
          if (!offers(options, chosen)) {
            findings.add(ResponseProblem.UNKNOWN_OPTION.at(append(p, i), q.id(), chosen, offered(options)));
          } else if (!seen.add(chosen)) {
            findings.add(ResponseProblem.DUPLICATE_OPTION_IN_ANSWER.at(append(p, i), chosen, q.id()));
          }
        }
        break;
      }
      case NUMBER: {
        String p = append(at(id), "value");
        q.min().filter(min -> v.asNumber().compareTo(min) < 0).ifPresent(min -> findings.add(
            ResponseProblem.NUMBER_BELOW_MIN.at(p, v.asNumber(), min, q.id())));
        q.max().filter(max -> v.asNumber().compareTo(max) > 0).ifPresent(max -> findings.add(
            ResponseProblem.NUMBER_ABOVE_MAX.at(p, v.asNumber(), max, q.id())));
        break;
      }
      default:
        break;
    }
  }
}
