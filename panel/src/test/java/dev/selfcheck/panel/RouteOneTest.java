package dev.selfcheck.panel;

import static dev.selfcheck.panel.Fixtures.analyze;
import static dev.selfcheck.panel.Fixtures.response;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.panel.PanelResult.Distribution;
import dev.selfcheck.scoring.Rational;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Route 1, score each then describe, with values worked by hand. Four respondents answer q1 with
 * the steps 0, 2, 2, 4 (scores 0, 50, 50, 100) and q2 with 3, 3, 3, 4 (75, 75, 75, 100); strategy
 * is the mean of q1 and q2 (weight 2): (0 + 150) / 3 = 50, (50 + 150) / 3 = 200/3, 200/3, 100.
 */
class RouteOneTest {

  static final List<dev.selfcheck.core.Response> FOUR = List.of(
      response("a", null, null, "q1=0", "q2=3"),
      response("b", null, null, "q1=2", "q2=3"),
      response("c", null, null, "q1=2", "q2=3"),
      response("d", null, null, "q1=4", "q2=4"));

  @Test
  void should_describe_the_scores_exactly_when_four_respondents_answer() {
    // WHEN
    PanelResult result = analyze(FOUR);
    // THEN sorted 50, 200/3, 200/3, 100
    Distribution strategy = result.dimensions().get(0);
    then(strategy.dimensionId()).isEqualTo("strategy");
    then(strategy.route()).isEqualTo(PanelResult.Route.SCORE_EACH_THEN_DESCRIBE);
    then(strategy.n()).isEqualTo(4);
    then(strategy.mean()).contains(Rational.of(425, 6));          // (50 + 400/3 + 100) / 4
    then(strategy.median()).contains(Rational.of(200, 3));
    then(strategy.min()).contains(Rational.of(50));
    then(strategy.max()).contains(Rational.of(100));
    // type 7: h = 3/4 → 50 + 3/4 · 50/3 = 62.5; h = 9/4 → 200/3 + 1/4 · 100/3 = 75
    then(strategy.lowerQuartile()).contains(Rational.of(125, 2));
    then(strategy.upperQuartile()).contains(Rational.of(75));
    // deviations from 425/6: −125/6, −25/6, −25/6, 175/6; squares sum 47500/36; / 3
    then(strategy.variance()).contains(Rational.of(47500, 108));
    then(strategy.standardDeviation()).contains(new BigDecimal("20.971762"));
    then(strategy.bands()).containsExactly(Map.entry("low", 0), Map.entry("high", 4));
  }

  @Test
  void should_weight_the_mean_when_respondents_have_weights() {
    // WHEN d counts three times: (50 + 400/3 + 300) / 6
    PanelResult result = PanelAnalysis.create().analyze(Fixtures.SCORER,
        Panel.of(Fixtures.SMALL, FOUR, Map.of("d", Rational.of(3))));
    // THEN
    then(result.dimensions().get(0).weightedMean()).contains(Rational.of(1450, 18));
    then(result.dimensions().get(0).mean()).contains(Rational.of(425, 6));
  }

  @Test
  void should_have_no_spread_when_one_respondent_answers() {
    // WHEN
    PanelResult result = analyze(FOUR.subList(0, 1));
    // THEN
    Distribution strategy = result.dimensions().get(0);
    then(strategy.n()).isEqualTo(1);
    then(List.of(strategy.mean(), strategy.median(), strategy.min(), strategy.max(),
        strategy.lowerQuartile(), strategy.upperQuartile())).allSatisfy(v -> then(v).contains(Rational.of(50)));
    then(strategy.variance()).isEmpty();
    then(strategy.standardDeviation()).isEmpty();
  }

  @Test
  void should_count_not_scorable_and_describe_nothing_when_everybody_says_dont_know() {
    // WHEN
    PanelResult result = analyze(List.of(response("a", null, null, "q1=?", "q2=?"),
        response("b", null, null, "q1=?", "q2=-")));
    // THEN
    Distribution strategy = result.dimensions().get(0);
    then(strategy.n()).isZero();
    then(strategy.notScorable()).isEqualTo(2);
    then(strategy.mean()).isEmpty();
    then(strategy.bands()).containsExactly(Map.entry("low", 0), Map.entry("high", 0));
  }
}
