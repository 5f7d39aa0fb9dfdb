package dev.selfcheck.surveyjs;

import dev.selfcheck.core.FindingType;
import dev.selfcheck.core.MessageBundle;
import dev.selfcheck.core.Severity;
import org.apiguardian.api.API;

/**
 * The kinds of {@link dev.selfcheck.core.Finding} in the loss reports of {@link SurveyJs}, with
 * their stable codes ({@code SJS-nnnn}) and message templates; the message catalog of the SurveyJS
 * interop module. {@code SJS-00nn} are found when a survey is read, {@code SJS-01nn} when a
 * questionnaire is written, {@code SJS-02nn} when results or responses are converted.
 *
 * @since 0.3
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public enum SurveyJsProblem implements FindingType {
  /** The input is not JSON, or not a JSON object; nothing is converted. */
  NOT_JSON("SJS-0001", Severity.ERROR),
  /** The survey has neither {@code pages} nor {@code elements}; nothing is converted. */
  NOT_A_SURVEY("SJS-0002", Severity.ERROR),
  /** A question of a type without counterpart (matrix, file, html, ...) is left out. */
  UNSUPPORTED_QUESTION_TYPE("SJS-0003", Severity.WARNING),
  /** An expression lies outside the parsed subset; the condition is left out, nothing is run. */
  EXPRESSION_NOT_CARRIED("SJS-0004", Severity.WARNING),
  /** Survey logic that would have to run (triggers, calculated values, enableIf, ...) is left out. */
  LOGIC_NOT_CARRIED("SJS-0005", Severity.WARNING),
  /** A property without counterpart (layout, texts of buttons, ...) is left out. */
  PROPERTY_IGNORED("SJS-0006", Severity.INFO),
  /** A page, panel or question name is not a valid id; the element is left out. */
  INVALID_NAME("SJS-0007", Severity.ERROR),
  /** A choice value is not a valid option value; the choice is left out. */
  INVALID_CHOICE("SJS-0008", Severity.WARNING),
  /** A {@code score} is not a number; the option has no score. */
  INVALID_SCORE("SJS-0009", Severity.WARNING),
  /** The survey names no questionnaire id or version; a default is used. */
  DEFAULT_IDENTITY("SJS-0010", Severity.INFO),
  /** A key of a locale object is not a language tag; that translation is left out. */
  INVALID_LOCALE("SJS-0011", Severity.WARNING),
  /** A rating without {@code rateValues} gets options from its range, each scored with its value. */
  RATING_VALUES_AS_SCORES("SJS-0012", Severity.INFO),
  /** Questions and panels are mixed in one container; the questions come first, then the panels. */
  ORDER_CHANGED("SJS-0013", Severity.INFO),
  /** A name is used twice; the second element is left out. */
  DUPLICATE_NAME("SJS-0014", Severity.ERROR),
  /** A member of the questionnaire has no counterpart in SurveyJS and is left out. */
  NOT_CARRIED("SJS-0101", Severity.WARNING),
  /** A shared scale is written into each question that uses it. */
  SCALE_INLINED("SJS-0102", Severity.INFO),
  /** A visibility condition has a part without counterpart in SurveyJS expressions; it is left out. */
  CONDITION_NOT_CARRIED("SJS-0103", Severity.WARNING),
  /** A member of a result names no question of the questionnaire; it is left out. */
  UNKNOWN_RESULT_NAME("SJS-0201", Severity.WARNING),
  /** A value of a result does not fit its question; it is left out. */
  RESULT_VALUE_INVALID("SJS-0202", Severity.WARNING),
  /** A part of a response has no counterpart in SurveyJS results and is left out. */
  ANSWER_NOT_CARRIED("SJS-0203", Severity.WARNING);

  private static final MessageBundle BUNDLE =
      MessageBundle.of(name -> SurveyJsProblem.class.getResourceAsStream(name), "findings");

  private final String code;
  private final Severity severity;

  SurveyJsProblem(String code, Severity severity) {
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
