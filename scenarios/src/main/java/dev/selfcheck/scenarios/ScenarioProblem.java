package dev.selfcheck.scenarios;

import dev.selfcheck.core.FindingType;
import dev.selfcheck.core.MessageBundle;
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
  MALFORMED_FILE("TST-0001", Severity.ERROR),
  /** A required member is missing. */
  MISSING_MEMBER("TST-0002", Severity.ERROR),
  /** A member that the format does not know. */
  UNKNOWN_MEMBER("TST-0003", Severity.ERROR),
  /** A value of the wrong kind. */
  WRONG_TYPE("TST-0004", Severity.ERROR),
  /** The questionnaire named by the suite cannot be found. */
  QUESTIONNAIRE_NOT_FOUND("TST-0005", Severity.ERROR),
  /** The questionnaire named by the suite does not load without errors. */
  QUESTIONNAIRE_INVALID("TST-0006", Severity.ERROR),
  /** An answer names a question the questionnaire does not have. */
  UNKNOWN_QUESTION("TST-0007", Severity.ERROR),
  /** An answer does not fit its question. */
  ANSWER_DOES_NOT_FIT("TST-0008", Severity.ERROR),
  /** An expectation names a dimension the questionnaire does not have. */
  UNKNOWN_DIMENSION("TST-0009", Severity.ERROR),
  /** An expectation names a band the dimension does not have. */
  UNKNOWN_BAND("TST-0010", Severity.ERROR),
  /** An expectation names a recommendation the questionnaire does not have. */
  UNKNOWN_RECOMMENDATION("TST-0011", Severity.ERROR),
  /** A number is not written as an exact number. */
  NOT_A_NUMBER("TST-0012", Severity.ERROR),
  /** An unknown way to answer the questions a scenario leaves out. */
  UNKNOWN_DEFAULT("TST-0013", Severity.ERROR),
  /** Two scenarios of one suite have the same name. */
  DUPLICATE_SCENARIO("TST-0014", Severity.ERROR),
  /** An answer state that the question does not allow. */
  STATE_NOT_ALLOWED("TST-0015", Severity.ERROR),
  /** A member appears twice in one object. */
  DUPLICATE_MEMBER("TST-0016", Severity.ERROR);

  private static final MessageBundle BUNDLE =
      MessageBundle.of(name -> ScenarioProblem.class.getResourceAsStream(name), "findings");

  private final String code;
  private final Severity severity;

  ScenarioProblem(String code, Severity severity) {
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
