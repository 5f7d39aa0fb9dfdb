package dev.selfcheck.scenarios;

import dev.selfcheck.core.FindingType;
import dev.selfcheck.core.Severity;
import org.apiguardian.api.API;

/**
 * The kinds of {@link dev.selfcheck.core.Finding} that reading a scenario file can report, with
 * their stable codes ({@code TST-nnnn}); the message catalog of the scenario module.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ScenarioProblem implements FindingType {
  /** The file cannot be read or is not well-formed JSON or YAML. */
  MALFORMED_FILE("TST-0001", Severity.ERROR, "the scenario file cannot be read: %s"),
  /** A required member is missing. */
  MISSING_MEMBER("TST-0002", Severity.ERROR, "member '%s' is required here"),
  /** A member that the format does not know. */
  UNKNOWN_MEMBER("TST-0003", Severity.ERROR, "unknown member '%s' (expected one of %s)"),
  /** A value of the wrong kind. */
  WRONG_TYPE("TST-0004", Severity.ERROR, "expected %s, found %s"),
  /** The questionnaire named by the suite cannot be found. */
  QUESTIONNAIRE_NOT_FOUND("TST-0005", Severity.ERROR, "questionnaire %s not found"),
  /** The questionnaire named by the suite does not load without errors. */
  QUESTIONNAIRE_INVALID("TST-0006", Severity.ERROR, "questionnaire %s is not valid: %s"),
  /** An answer names a question the questionnaire does not have. */
  UNKNOWN_QUESTION("TST-0007", Severity.ERROR, "question '%s' is not in the questionnaire"),
  /** An answer does not fit its question. */
  ANSWER_DOES_NOT_FIT("TST-0008", Severity.ERROR, "the answer to '%s' (a %s question) does not fit: %s"),
  /** An expectation names a dimension the questionnaire does not have. */
  UNKNOWN_DIMENSION(
      "TST-0009", Severity.ERROR, "dimension '%s' is not in the questionnaire (its dimensions: %s)"),
  /** An expectation names a band the dimension does not have. */
  UNKNOWN_BAND("TST-0010", Severity.ERROR, "'%s' has no band '%s' (its bands: %s)"),
  /** An expectation names a recommendation the questionnaire does not have. */
  UNKNOWN_RECOMMENDATION(
      "TST-0011", Severity.ERROR, "recommendation '%s' is not in the questionnaire"),
  /** A number is not written as an exact number. */
  NOT_A_NUMBER("TST-0012", Severity.ERROR,
      "'%s' is not an exact number: write an integer, a decimal such as 62.5 or a fraction such as 250/3"),
  /** An unknown way to answer the questions a scenario leaves out. */
  UNKNOWN_DEFAULT("TST-0013", Severity.ERROR,
      "unknown default '%s': use notAnswered, dontKnow, notApplicable, lowest, highest or {option: value}"),
  /** Two scenarios of one suite have the same name. */
  DUPLICATE_SCENARIO("TST-0014", Severity.ERROR, "scenario name '%s' is already used at %s"),
  /** An answer state that the question does not allow. */
  STATE_NOT_ALLOWED("TST-0015", Severity.ERROR, "question '%s' does not allow the answer '%s'"),
  /** A member appears twice in one object. */
  DUPLICATE_MEMBER("TST-0016", Severity.ERROR, "member '%s' appears twice");

  private final String code;
  private final Severity severity;
  private final String template;

  ScenarioProblem(String code, Severity severity, String template) {
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
