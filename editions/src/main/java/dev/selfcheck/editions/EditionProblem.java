package dev.selfcheck.editions;

import dev.selfcheck.core.FindingType;
import dev.selfcheck.core.MessageBundle;
import dev.selfcheck.core.Severity;
import org.apiguardian.api.API;

/**
 * The kinds of {@link dev.selfcheck.core.Finding} that {@link VersionDiff} reports, with their
 * stable codes ({@code EDI-nnnn}) and message templates; the message catalog of the editions
 * module. Pointers point into the newer questionnaire document.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum EditionProblem implements FindingType {
  /** The newer version's number raises a smaller part than its changes call for. */
  VERSION_TOO_SMALL("EDI-0001", Severity.ERROR),
  /** The newer version changes the questionnaire, but its number is not higher than the older one's. */
  VERSION_NOT_LATER("EDI-0002", Severity.ERROR),
  /** A migration plan starts from another questionnaire or version than the one it is prepared with. */
  PLAN_FROM_OTHER_VERSION("EDI-0010", Severity.ERROR),
  /** A migration plan leads to another questionnaire or version than the one it is prepared with. */
  PLAN_TO_OTHER_VERSION("EDI-0011", Severity.ERROR),
  /** A step reads a question the older version does not have. */
  UNKNOWN_OLD_QUESTION("EDI-0012", Severity.ERROR),
  /** A step writes a question the newer version does not have. */
  UNKNOWN_NEW_QUESTION("EDI-0013", Severity.ERROR),
  /** A question of the older version is neither read by a step nor retired: its answers would be lost silently. */
  ANSWERS_NOT_ACCOUNTED_FOR("EDI-0014", Severity.ERROR),
  /** Two steps write the same question of the newer version. */
  QUESTION_WRITTEN_TWICE("EDI-0015", Severity.ERROR),
  /** A step turns an answer the older version accepts into one the newer version rejects. */
  INVALID_ANSWER_PRODUCED("EDI-0016", Severity.ERROR),
  /** A step maps an option the older question does not offer; the entry never applies. */
  UNKNOWN_OPTION_MAPPED("EDI-0017", Severity.WARNING),
  /** A rescale step reads a question that is not a number question. */
  RESCALE_OF_NON_NUMBER("EDI-0018", Severity.ERROR),
  /** A response to migrate answers another questionnaire or version than the plan starts from. */
  RESPONSE_OF_OTHER_VERSION("EDI-0020", Severity.ERROR);

  private static final MessageBundle BUNDLE =
      MessageBundle.of(name -> EditionProblem.class.getResourceAsStream(name), "findings");

  private final String code;
  private final Severity severity;

  EditionProblem(String code, Severity severity) {
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
