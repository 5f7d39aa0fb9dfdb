package dev.selfcheck.panel;

import dev.selfcheck.core.FindingType;
import dev.selfcheck.core.MessageBundle;
import dev.selfcheck.core.Severity;
import org.apiguardian.api.API;

/**
 * The kinds of {@link dev.selfcheck.core.Finding} that {@link Panel}, {@link PanelAnalysis} and
 * {@link PanelConsensus} report, with their stable codes ({@code PAN-nnnn}) and message templates; the message catalog of
 * the panel module. Pointers point into the panel as a document: {@code /responses/<index>} is
 * the response at that position, {@code /weights/<respondent id>} a respondent's weight; the
 * findings of {@link PanelConsensus#check} point into the consensus response document.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum PanelProblem implements FindingType {
  /** A response answers another questionnaire than the panel's; it is left out of the panel. */
  OTHER_QUESTIONNAIRE("PAN-0001", Severity.ERROR),
  /** A response answers another version of the panel's questionnaire; it is left out of the panel. */
  OTHER_VERSION("PAN-0002", Severity.ERROR),
  /** A response does not name its respondent (no {@code respondent} with an {@code id}); it is left out. */
  MISSING_RESPONDENT("PAN-0003", Severity.ERROR),
  /** Two responses name the same respondent id; the second is left out. */
  DUPLICATE_RESPONDENT("PAN-0004", Severity.ERROR),
  /** A weight is given for a respondent id that no response of the panel names. */
  WEIGHT_WITHOUT_RESPONDENT("PAN-0005", Severity.WARNING),
  /** A respondent's weight is zero or negative; the response is left out. */
  WEIGHT_NOT_POSITIVE("PAN-0006", Severity.ERROR),
  /** No response is left in the panel, so there is nothing to describe. */
  EMPTY_PANEL("PAN-0007", Severity.WARNING),
  /** A group is not shown on its own: below the minimum size, or it would let a smaller one be subtracted. */
  GROUP_FOLDED("PAN-0020", Severity.INFO),
  /** No respondent of a question's lead role answered it; the combination fell back to the median. */
  LEAD_ROLE_WITHOUT_ANSWER("PAN-0030", Severity.WARNING),
  /** A combination rule does not fit the question's type; the type's default rule was used. */
  RULE_DOES_NOT_FIT("PAN-0031", Severity.WARNING),
  /** The sum of a number question's answers lies below its minimum; the type's default rule was used. */
  SUM_BELOW_MIN("PAN-0032", Severity.WARNING),
  /** The sum of a number question's answers lies above its maximum; the type's default rule was used. */
  SUM_ABOVE_MAX("PAN-0033", Severity.WARNING),
  /** A consensus answers another questionnaire or version than the panel it is checked against. */
  CONSENSUS_OF_OTHER_PANEL("PAN-0040", Severity.ERROR),
  /** A consensus response's respondent does not have the role {@code consensus}. */
  CONSENSUS_ROLE("PAN-0041", Severity.WARNING),
  /** A response checked as a consensus records no consensus (no {@code consensus} member). */
  CONSENSUS_WITHOUT_RECORD("PAN-0042", Severity.ERROR),
  /** A member of the panel when the consensus was reached is no longer a member. */
  CONSENSUS_MEMBER_REMOVED("PAN-0043", Severity.WARNING),
  /** A member of the panel now was not a member when the consensus was reached. */
  CONSENSUS_MEMBER_ADDED("PAN-0044", Severity.WARNING),
  /** A member's answers changed after the consensus was reached (its fingerprint differs). */
  CONSENSUS_ANSWERS_CHANGED("PAN-0045", Severity.WARNING),
  /** The panel fingerprint of a consensus does not match its members: the record was altered. */
  CONSENSUS_FINGERPRINT_MISMATCH("PAN-0046", Severity.ERROR),
  /** An answer of a consensus does not record how it was reached. */
  CONSENSUS_ANSWER_WITHOUT_RECORD("PAN-0047", Severity.ERROR);

  private static final MessageBundle BUNDLE =
      MessageBundle.of(name -> PanelProblem.class.getResourceAsStream(name), "findings");

  private final String code;
  private final Severity severity;

  PanelProblem(String code, Severity severity) {
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
