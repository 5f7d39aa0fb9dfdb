package dev.selfcheck.panel;

import static dev.selfcheck.panel.Fixtures.analyze;
import static dev.selfcheck.panel.Fixtures.response;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.within;

import dev.selfcheck.panel.PanelResult.Agreement;
import dev.selfcheck.panel.PanelResult.QuestionSummary;
import dev.selfcheck.scoring.Rational;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answer states and agreement per question, per dimension and for the panel, worked by hand. */
class AgreementTest {

  @Test
  void should_measure_agreement_in_scale_steps_when_answers_spread() {
    // WHEN q1: steps 0, 2, 2, 4; q2: 3, 3, 3, 4 (A = 5, σ²_EU = (25 − 1) / 12 = 2)
    PanelResult result = analyze(RouteOneTest.FOUR);
    // THEN
    Agreement q1 = result.questions().get(0).agreement().orElseThrow();
    then(q1.steps()).isEqualTo(5);
    then(q1.n()).isEqualTo(4);
    then(q1.range()).isEqualTo(4);
    then(q1.median()).isEqualTo(Rational.of(2));
    then(q1.interquartileRange()).isEqualTo(Rational.ONE);       // 2.5 − 1.5
    then(q1.withinOneStep()).isEqualTo(Rational.of(1, 2));       // the two 2s
    then(q1.averageDeviation()).isEqualTo(Rational.ONE);         // (2 + 0 + 0 + 2) / 4
    then(q1.variance()).contains(Rational.of(8, 3));             // (4 + 0 + 0 + 4) / 3
    then(q1.rwg()).contains(Rational.ZERO);                      // 1 − 4/3 < 0, truncated
    then(q1.low()).isTrue();
    Agreement q2 = result.questions().get(1).agreement().orElseThrow();
    then(q2.interquartileRange()).isEqualTo(Rational.of(1, 4));  // 3.25 − 3
    then(q2.withinOneStep()).isEqualTo(Rational.ONE);
    then(q2.averageDeviation()).isEqualTo(Rational.of(1, 4));
    then(q2.variance()).contains(Rational.of(1, 4));
    then(q2.rwg()).contains(Rational.of(7, 8));                  // 1 − (1/4) / 2
    then(q2.low()).isFalse();
    // r_wg(J): m = (4/3 + 1/8) / 2 = 35/48, J = 2: 2 · 13/48 / (2 · 13/48 + 35/48) = 26/61
    then(result.dimensionAgreement().get(0).dimensionId()).isEqualTo("strategy");
    then(result.dimensionAgreement().get(0).items()).isEqualTo(2);
    then(result.dimensionAgreement().get(0).rwgJ()).contains(Rational.of(26, 61));
    then(result.dimensionAgreement().get(0).low()).isTrue();
    then(result.dimensionAgreement().get(1).rwgJ()).isEmpty();  // staff: no ordinal answers
  }

  @Test
  void should_leave_rwg_undefined_when_fewer_than_three_answer() {
    // WHEN
    PanelResult result = analyze(RouteOneTest.FOUR.subList(0, 2));
    // THEN
    Agreement q1 = result.questions().get(0).agreement().orElseThrow();
    then(q1.n()).isEqualTo(2);
    then(q1.variance()).contains(Rational.of(2));                // (1 + 1) / 1
    then(q1.rwg()).isEmpty();
    then(q1.low()).isFalse();
  }

  @Test
  void should_report_a_knowledge_gap_when_nobody_could_answer() {
    // WHEN q3: don't know, don't know, not applicable, unanswered
    PanelResult result = analyze(List.of(response("a", null, null, "q3=?", "q4=yes"),
        response("b", null, null, "q3=?", "q4=?"), response("c", null, null, "q3=-", "q4=no"),
        response("d", null, null)));
    // THEN
    QuestionSummary q3 = result.questions().get(2);
    then(q3.shown()).isEqualTo(4);
    then(q3.answered()).isZero();
    then(q3.dontKnow()).isEqualTo(2);
    then(q3.notApplicable()).isEqualTo(1);
    then(q3.missing()).isEqualTo(1);
    then(q3.dontKnowShare()).isEqualTo(Rational.of(1, 2));
    then(q3.notApplicableShare()).isEqualTo(Rational.of(1, 4));
    then(q3.missingShare()).isEqualTo(Rational.of(1, 4));
    then(q3.knowledgeGap()).isTrue();
    then(q3.agreement()).isEmpty();
    QuestionSummary q4 = result.questions().get(3);
    then(q4.knowledgeGap()).isFalse();
    then(q4.counts()).containsExactly(Map.entry("false", 1), Map.entry("true", 1));
  }

  @Test
  void should_match_an_independent_alpha_when_the_panel_disagrees() {
    // WHEN
    PanelResult result = analyze(RouteOneTest.FOUR);
    // THEN
    List<List<Integer>> units = List.of(List.of(0, 2, 2, 4), List.of(3, 3, 3, 4));
    then(result.alpha().units()).isEqualTo(2);
    then(result.alpha().pairableValues()).isEqualTo(8);
    then(result.alpha().interval().orElseThrow().doubleValue())
        .isCloseTo(PairwiseAlpha.interval(units), within(1e-12));
    then(result.alpha().ordinal().orElseThrow().doubleValue())
        .isCloseTo(PairwiseAlpha.ordinal(units), within(1e-12));
  }

  @Test
  void should_give_alpha_one_when_respondents_answer_identically() {
    // WHEN
    PanelResult result = analyze(List.of(response("a", null, null, "q1=1", "q2=4", "q3=2"),
        response("b", null, null, "q1=1", "q2=4", "q3=2"), response("c", null, null, "q1=1", "q2=4", "q3=2")));
    // THEN
    then(result.alpha().interval()).contains(Rational.ONE);
    then(result.alpha().ordinal()).contains(Rational.ONE);
    then(result.questions().get(0).agreement().orElseThrow().rwg()).contains(Rational.ONE);
    then(result.dimensionAgreement().get(0).rwgJ()).contains(Rational.ONE);
  }
}
