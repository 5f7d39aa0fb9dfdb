package dev.selfcheck.analysis;

import dev.selfcheck.core.FindingType;
import dev.selfcheck.core.MessageBundle;
import dev.selfcheck.core.Severity;
import org.apiguardian.api.API;

/**
 * The kinds of {@link dev.selfcheck.core.Finding} that {@link QuestionnaireAnalysis} reports, with
 * their stable codes ({@code ANA-nnnn}) and message templates; the message catalog of the analysis
 * module. Messages are formatted with the root locale.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum AnalysisProblem implements FindingType {
  /** A question is not scored and no rule, nor the visibility of a question that counts, refers to it. */
  UNUSED_QUESTION("ANA-0001", Severity.WARNING),
  /** A scored question has weight 0 and no rule refers to it. */
  INFORMATION_ONLY_QUESTION("ANA-0002", Severity.INFO),
  /** A question's visibility condition can never hold. */
  NEVER_SHOWN("ANA-0003", Severity.WARNING),
  /** Retired, never reported: a required question that its condition can hide is skip logic (see ANA-0006). */
  REQUIRED_BUT_HIDEABLE("ANA-0004", Severity.ERROR),
  /** A visibility condition refers to a question that comes later in the document. */
  VISIBILITY_DEPENDS_ON_LATER_QUESTION("ANA-0005", Severity.WARNING),
  /** A required question's visibility condition can never hold, so the question can never be answered. */
  REQUIRED_NEVER_SHOWN("ANA-0006", Severity.ERROR),
  /** A dimension has weight 0, so it and everything below it add nothing to its parent. */
  ZERO_WEIGHT_DIMENSION("ANA-0010", Severity.WARNING),
  /** Every scored question and sub-dimension of a dimension has weight 0. */
  ALL_WEIGHTS_ZERO("ANA-0011", Severity.WARNING),
  /** A dimension can never have a score. */
  NEVER_SCORABLE("ANA-0012", Severity.WARNING),
  /** Scores between two bands of one list lie in no band. */
  BAND_GAP("ANA-0020", Severity.WARNING),
  /** A score that some response reaches lies in no band. */
  SCORE_WITHOUT_BAND("ANA-0021", Severity.WARNING),
  /** No dimension that uses a band can score in it. */
  UNREACHABLE_BAND("ANA-0022", Severity.WARNING),
  /** A rule's condition can never hold. */
  RULE_NEVER_FIRES("ANA-0030", Severity.ERROR),
  /** A rule's condition holds for every response. */
  RULE_ALWAYS_FIRES("ANA-0031", Severity.WARNING),
  /** The parts of an "all" can never hold together. */
  CONTRADICTORY_CONDITION("ANA-0032", Severity.ERROR),
  /** A part of an "all" or "any" changes nothing. */
  REDUNDANT_CONDITION("ANA-0033", Severity.WARNING),
  /** Whenever a rule fires, another rule fires too and recommends the same. */
  REDUNDANT_RULE("ANA-0034", Severity.WARNING),
  /** A rule's condition holds for every response in which the dimensions it tests can be scored. */
  RULE_FIRES_WHENEVER_SCORABLE("ANA-0035", Severity.WARNING);

  private static final MessageBundle BUNDLE =
      MessageBundle.of(name -> AnalysisProblem.class.getResourceAsStream(name), "findings");

  private final String code;
  private final Severity severity;

  AnalysisProblem(String code, Severity severity) {
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
