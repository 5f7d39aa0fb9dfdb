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
  VERSION_NOT_LATER("EDI-0002", Severity.ERROR);

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
