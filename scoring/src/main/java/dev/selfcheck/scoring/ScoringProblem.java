package dev.selfcheck.scoring;

import dev.selfcheck.core.FindingType;
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
  NOT_SCORABLE("SCO-0001", Severity.WARNING, "dimension '%s' is not scorable: %s"),
  /** The total has no score. */
  TOTAL_NOT_SCORABLE("SCO-0002", Severity.WARNING, "the total is not scorable: %s"),
  /** An answer could not be scored and was left out. */
  ANSWER_NOT_SCORED(
      "SCO-0003", Severity.WARNING, "the answer to question '%s' cannot be scored and is left out: %s"),
  /** A score lies in none of the bands. */
  NO_BAND("SCO-0004", Severity.WARNING, "the score %s of '%s' lies in none of its bands");

  private final String code;
  private final Severity severity;
  private final String template;

  ScoringProblem(String code, Severity severity, String template) {
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
