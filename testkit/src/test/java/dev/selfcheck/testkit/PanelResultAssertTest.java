package dev.selfcheck.testkit;

import static dev.selfcheck.testkit.SelfcheckAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.panel.PanelAnalysis;
import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.panel.PanelResult.AgendaReason;
import dev.selfcheck.scoring.ScoringEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The panel assertions on a hand-made panel: what they accept and how they fail. */
class PanelResultAssertTest {

  private static final Questionnaire QUESTIONNAIRE = Fixtures.questionnaire("panel-testkit.yaml");

  private static PanelResult panel(String... answers) {
    List<Response> responses = new java.util.ArrayList<>();
    for (int i = 0; i < answers.length; i++) {
      responses.add(Fixtures.response(QUESTIONNAIRE, "r" + (i + 1), "q1", answers[i]));
    }
    return PanelAnalysis.create().analyze(ScoringEngine.create().compile(QUESTIONNAIRE), responses);
  }

  @Test
  void should_pass_when_the_panel_is_as_stated() {
    // GIVEN steps 0, 2, 4 (scores 0, 50, 100) and nobody answering q2
    PanelResult result = panel("a", "c", "e");
    // WHEN / THEN
    assertThat(result).hasRespondents(3).hasKnowledgeGap("q2")
        .agendaContains("q1", AgendaReason.SPREAD_OF_TWO_STEPS, AgendaReason.BOTH_ENDS)
        .agendaDoesNotContain("q2").hasIntervalAlpha("0").hasOrdinalAlpha("0").hasGroups(PanelAnalysis.NO_GROUP);  // one unit: alpha 0
    assertThat(result).distribution("d1").hasN(3).hasMean("50").hasMedian("50").hasMin("0").hasMax("100")
        .hasQuartiles("25", "75").hasVariance("2500").hasStandardDeviation("50").hasBandCount("low", 1);
    assertThat(result).question("q1").isShownTo(3).hasAnswered(3).hasCount("c", 1).hasRange(4)
        .hasMedianStep("2").hasInterquartileRange("2").hasRwg("0").hasLowAgreement();
    assertThat(result).combined().dimension("d1").hasScore("50");
  }

  @Test
  void should_name_the_dimension_and_both_values_when_a_statistic_differs() {
    PanelResult result = panel("a", "c", "e");
    thenThrownBy(() -> assertThat(result).distribution("d1").hasMedian("25"))
        .hasMessage("Expected dimension 'd1' of the panel to have median 25, but it has 50");
    thenThrownBy(() -> assertThat(result).question("q1").hasRwg("1"))
        .hasMessage("Expected question 'q1' to have r_wg 1, but it has 0");
    thenThrownBy(() -> assertThat(result).agendaContains("q1", AgendaReason.YES_AND_NO))
        .hasMessage("Expected the agenda to list question 'q1' for [YES_AND_NO], but it is listed for "
            + "[SPREAD_OF_TWO_STEPS, BOTH_ENDS, LOW_AGREEMENT]");
    thenThrownBy(() -> assertThat(result).hasNoKnowledgeGaps())
        .hasMessage("Expected the panel to have no knowledge gaps, but nobody answered [q2]");
  }

  @Test
  void should_fail_when_a_panel_agrees_but_low_agreement_is_expected() {
    PanelResult result = panel("c", "c", "c");
    assertThat(result).question("q1").hasRwg("1");
    thenThrownBy(() -> assertThat(result).question("q1").hasLowAgreement())
        .hasMessage("Expected question 'q1' to have low agreement, but its r_wg is 1");
    thenThrownBy(() -> assertThat(result).hasIntervalAlpha("1"))
        .hasMessage("Expected the panel to have interval alpha 1, but it has none");
  }
}
