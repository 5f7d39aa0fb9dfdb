package dev.selfcheck.scoring;

import dev.selfcheck.core.FindingType;
import dev.selfcheck.core.MessageBundle;
import dev.selfcheck.core.Severity;
import org.apiguardian.api.API;

/**
 * The kinds of {@link dev.selfcheck.core.Finding} that scoring adds to an {@link Assessment}, with
 * their stable codes ({@code SCO-nnnn}); the message catalog of the scoring module.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ScoringProblem implements FindingType {
  /** A dimension has no score. */
  NOT_SCORABLE("SCO-0001", Severity.WARNING),
  /** The total has no score. */
  TOTAL_NOT_SCORABLE("SCO-0002", Severity.WARNING),
  /** An answer could not be scored and was left out. */
  ANSWER_NOT_SCORED("SCO-0003", Severity.WARNING),
  /** A score lies in none of the bands. */
  NO_BAND("SCO-0004", Severity.WARNING);

  private static final MessageBundle BUNDLE =
      MessageBundle.of(name -> ScoringProblem.class.getResourceAsStream(name), "findings");

  private final String code;
  private final Severity severity;

  ScoringProblem(String code, Severity severity) {
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
