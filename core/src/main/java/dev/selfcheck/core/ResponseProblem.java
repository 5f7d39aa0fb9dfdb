package dev.selfcheck.core;

import org.apiguardian.api.API;

/**
 * The kinds of {@link Finding} that {@link Questionnaire#validate(Response)} reports, with their
 * stable codes ({@code RSP-nnnn}) and message templates. This enum is the message catalog of the
 * core module's response checks.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ResponseProblem implements FindingType {
  /** The response is for another questionnaire. */
  WRONG_QUESTIONNAIRE(
      "RSP-0001", Severity.ERROR, "the response is for questionnaire '%s', not for '%s'"),
  /** The response is for another version of the questionnaire. */
  WRONG_VERSION(
      "RSP-0002", Severity.ERROR,
      "the response is for version %s of questionnaire '%s', but this questionnaire is version %s"),
  /** An answer names a question that does not exist. */
  UNKNOWN_QUESTION("RSP-0003", Severity.ERROR, "questionnaire '%s' has no question '%s'"),
  /** An answer's value does not fit the question's type. */
  WRONG_ANSWER_TYPE(
      "RSP-0004", Severity.ERROR,
      "question '%s' is of type %s and takes %s, but the answer is %s"),
  /** A choice answer names an option the question does not offer. */
  UNKNOWN_OPTION("RSP-0005", Severity.ERROR, "question '%s' offers no option '%s' (offered: %s)"),
  /** A number answer is below the question's minimum. */
  NUMBER_BELOW_MIN("RSP-0006", Severity.ERROR, "%s is below the minimum %s of question '%s'"),
  /** A number answer is above the question's maximum. */
  NUMBER_ABOVE_MAX("RSP-0007", Severity.ERROR, "%s is above the maximum %s of question '%s'"),
  /** "Don't know" is not offered by the question. */
  DONT_KNOW_NOT_ALLOWED(
      "RSP-0008", Severity.ERROR, "question '%s' does not offer \"don't know\""),
  /** "Not applicable" is not offered by the question. */
  NOT_APPLICABLE_NOT_ALLOWED(
      "RSP-0009", Severity.ERROR, "question '%s' does not offer \"not applicable\""),
  /** A question is answered although its visibility condition hides it. */
  ANSWER_TO_HIDDEN_QUESTION(
      "RSP-0010", Severity.WARNING,
      "question '%s' is hidden by its visibility condition; the answer is kept but not used"),
  /** A multiple-choice answer names one option twice. */
  DUPLICATE_OPTION_IN_ANSWER(
      "RSP-0011", Severity.ERROR, "option '%s' is chosen more than once for question '%s'"),
  /** A required, visible question is not answered. */
  REQUIRED_QUESTION_NOT_ANSWERED(
      "RSP-0012", Severity.WARNING, "required question '%s' is not answered"),
  /** The response was submitted before it was started. */
  SUBMITTED_BEFORE_STARTED(
      "RSP-0013", Severity.WARNING, "the response was submitted (%s) before it was started (%s)");

  private final String code;
  private final Severity severity;
  private final String template;

  ResponseProblem(String code, Severity severity, String template) {
    this.code = code;
    this.severity = severity;
    this.template = template;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String template() {
    return template;
  }
}
