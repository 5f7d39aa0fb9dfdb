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
  WRONG_QUESTIONNAIRE("RSP-0001", Severity.ERROR),
  /** The response is for another version of the questionnaire. */
  WRONG_VERSION("RSP-0002", Severity.ERROR),
  /** An answer names a question that does not exist. */
  UNKNOWN_QUESTION("RSP-0003", Severity.ERROR),
  /** An answer's value does not fit the question's type. */
  WRONG_ANSWER_TYPE("RSP-0004", Severity.ERROR),
  /** A choice answer names an option the question does not offer. */
  UNKNOWN_OPTION("RSP-0005", Severity.ERROR),
  /** A number answer is below the question's minimum. */
  NUMBER_BELOW_MIN("RSP-0006", Severity.ERROR),
  /** A number answer is above the question's maximum. */
  NUMBER_ABOVE_MAX("RSP-0007", Severity.ERROR),
  /** "Don't know" is not offered by the question. */
  DONT_KNOW_NOT_ALLOWED("RSP-0008", Severity.ERROR),
  /** "Not applicable" is not offered by the question. */
  NOT_APPLICABLE_NOT_ALLOWED("RSP-0009", Severity.ERROR),
  /** A question is answered although its visibility condition hides it. */
  ANSWER_TO_HIDDEN_QUESTION("RSP-0010", Severity.WARNING),
  /** A multiple-choice answer names one option twice. */
  DUPLICATE_OPTION_IN_ANSWER("RSP-0011", Severity.ERROR),
  /** A required, visible question is not answered. */
  REQUIRED_QUESTION_NOT_ANSWERED("RSP-0012", Severity.WARNING),
  /** The response was submitted before it was started. */
  SUBMITTED_BEFORE_STARTED("RSP-0013", Severity.WARNING);

  private static final MessageBundle BUNDLE =
      MessageBundle.of(name -> ResponseProblem.class.getResourceAsStream(name), "findings");

  private final String code;
  private final Severity severity;

  ResponseProblem(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  /** @return the catalog's texts, {@code findings*.properties} beside this class */
  @Override
  public MessageBundle bundle() {
    return BUNDLE;
  }
}
