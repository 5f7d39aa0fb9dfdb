package dev.selfcheck.testkit;

import dev.selfcheck.core.Finding;
import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.panel.PanelResult.AgendaItem;
import dev.selfcheck.panel.PanelResult.AgendaReason;
import dev.selfcheck.panel.PanelResult.DimensionAgreement;
import dev.selfcheck.panel.PanelResult.Distribution;
import dev.selfcheck.panel.PanelResult.QuestionSummary;
import dev.selfcheck.scenarios.AssessmentChecks;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Rational;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link PanelResult}: route 1 per dimension ({@link #distribution}), route 2's
 * assessment ({@link #combined}), each question ({@link #question}), agreement across the panel,
 * knowledge gaps, groups and the workshop agenda.
 *
 * <pre>{@code
 * assertThat(result).hasRespondents(8);
 * assertThat(result).distribution("d1").hasMedian("50");            // route 1: score each, then describe
 * assertThat(result).combined().dimension("d1").hasScore("50");     // route 2: combine, then score once
 * assertThat(result).agendaContains("q3", AgendaReason.BOTH_ENDS).hasKnowledgeGap("q9");
 * }</pre>
 *
 * <p>Failures name the part, the expected and the actual value, and what is there instead.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class PanelResultAssert extends AbstractAssert<PanelResultAssert, PanelResult> {

  PanelResultAssert(PanelResult actual) {
    super(actual, PanelResultAssert.class);
  }

  /**
   * @param expected the number of respondents analysed (members of the panel)
   * @return this
   */
  public PanelResultAssert hasRespondents(int expected) {
    isNotNull();
    if (actual.respondents() != expected) {
      failWithMessage("Expected the panel to have %s respondents, but it has %s", expected, actual.respondents());
    }
    return this;
  }

  /**
   * Route 1 (score each, then describe) of one dimension.
   *
   * @param dimensionId a dimension id, or {@code "total"}
   * @return assertions on its distribution
   */
  public DistributionAssert distribution(String dimensionId) {
    isNotNull();
    Optional<Distribution> d = actual.dimensions().stream().filter(x -> x.dimensionId().equals(dimensionId))
        .findFirst();
    if (d.isEmpty()) {
      failWithMessage("Expected the panel to describe dimension '%s', but it describes %s", dimensionId,
          actual.dimensions().stream().map(Distribution::dimensionId).toList());
    }
    return new DistributionAssert(d.get());
  }

  /** @return route 1 of the total */
  public DistributionAssert total() {
    return distribution(DimensionResult.TOTAL);
  }

  /**
   * Route 2 (combine answers, then score once): the engine's assessment of the combined response.
   *
   * @return assertions on it
   */
  public AssessmentAssert combined() {
    isNotNull();
    return new AssessmentAssert(actual.combined().assessment());
  }

  /**
   * @param questionId a question id
   * @return assertions on the question across the panel
   */
  public QuestionSummaryAssert question(String questionId) {
    isNotNull();
    Optional<QuestionSummary> q = actual.questions().stream().filter(x -> x.questionId().equals(questionId))
        .findFirst();
    if (q.isEmpty()) {
      failWithMessage("Expected the panel to summarise question '%s', but the questionnaire has no such question",
          questionId);
    }
    return new QuestionSummaryAssert(q.get());
  }

  /**
   * @param questionId a question id
   * @return this, if the question was shown to someone and nobody answered it
   */
  public PanelResultAssert hasKnowledgeGap(String questionId) {
    question(questionId).isKnowledgeGap();
    return this;
  }

  /** @return this, if every question shown to someone was answered by someone */
  public PanelResultAssert hasNoKnowledgeGaps() {
    isNotNull();
    List<String> gaps = actual.questions().stream().filter(QuestionSummary::knowledgeGap)
        .map(QuestionSummary::questionId).toList();
    if (!gaps.isEmpty()) {
      failWithMessage("Expected the panel to have no knowledge gaps, but nobody answered %s", gaps);
    }
    return this;
  }

  /**
   * Checks that a question is on the workshop agenda, for at least these reasons.
   *
   * @param questionId a question id
   * @param reasons reasons it must be listed for (none: any reason)
   * @return this
   */
  public PanelResultAssert agendaContains(String questionId, AgendaReason... reasons) {
    isNotNull();
    Optional<AgendaItem> item = item(questionId);
    if (item.isEmpty()) {
      failWithMessage("Expected the agenda to list question '%s', but it lists %s", questionId, agenda());
    } else if (!item.get().reasons().containsAll(Arrays.asList(reasons))) {
      failWithMessage("Expected the agenda to list question '%s' for %s, but it is listed for %s", questionId,
          Arrays.asList(reasons), item.get().reasons());
    }
    return this;
  }

  /**
   * @param questionId a question id
   * @return this, if the question is not on the agenda
   */
  public PanelResultAssert agendaDoesNotContain(String questionId) {
    isNotNull();
    item(questionId).ifPresent(i -> failWithMessage(
        "Expected the agenda not to list question '%s', but it is listed for %s", questionId, i.reasons()));
    return this;
  }

  /**
   * @param expected Krippendorff's alpha with the ordinal metric, exact
   * @return this
   */
  public PanelResultAssert hasOrdinalAlpha(String expected) {
    isNotNull();
    return exact("ordinal alpha", expected, actual.alpha().ordinal());
  }

  /**
   * @param expected Krippendorff's alpha with the interval metric, exact
   * @return this
   */
  public PanelResultAssert hasIntervalAlpha(String expected) {
    isNotNull();
    return exact("interval alpha", expected, actual.alpha().interval());
  }

  /**
   * @param dimensionId a dimension id, or {@code "total"}
   * @param expected its r_wg(J), exact
   * @return this
   */
  public PanelResultAssert hasRwgJ(String dimensionId, String expected) {
    isNotNull();
    Optional<Rational> rwgJ = actual.dimensionAgreement().stream().filter(d -> d.dimensionId().equals(dimensionId))
        .findFirst().flatMap(DimensionAgreement::rwgJ);
    return exact("r_wg(J) of '" + dimensionId + "'", expected, rwgJ);
  }

  /**
   * Checks the groups shown, in order ({@code "(other)"} for the folded ones).
   *
   * @param keys the group keys
   * @return this
   */
  public PanelResultAssert hasGroups(String... keys) {
    isNotNull();
    List<String> shown = actual.groups().stream().map(PanelResult.Group::key).toList();
    if (!shown.equals(List.of(keys))) {
      failWithMessage("Expected the panel to show groups %s, but it shows %s", List.of(keys), shown);
    }
    return this;
  }

  /**
   * @param code a finding code, such as {@code "PAN-0004"}
   * @return this, if the result has a finding with that code
   */
  public PanelResultAssert hasFinding(String code) {
    isNotNull();
    if (actual.findings().stream().noneMatch(f -> f.code().equals(code))) {
      failWithMessage("Expected the panel to have a finding %s, but it has %s", code,
          actual.findings().stream().map(Finding::code).toList());
    }
    return this;
  }

  private Optional<AgendaItem> item(String questionId) {
    return actual.agenda().stream().filter(i -> i.questionId().equals(questionId)).findFirst();
  }

  private List<String> agenda() {
    return actual.agenda().stream().map(i -> i.questionId() + " " + i.reasons()).toList();
  }

  private PanelResultAssert exact(String what, String expected, Optional<Rational> value) {
    Rational want = AssessmentChecks.exactNumber(expected);
    if (value.isEmpty() || value.get().compareTo(want) != 0) {
      failWithMessage("Expected the panel to have %s %s, but it has %s", what, want,
          value.map(Rational::toString).orElse("none"));
    }
    return this;
  }
}
