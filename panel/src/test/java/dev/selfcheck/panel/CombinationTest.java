package dev.selfcheck.panel;

import static dev.selfcheck.panel.Fixtures.SCORER;
import static dev.selfcheck.panel.Fixtures.SMALL;
import static dev.selfcheck.panel.Fixtures.response;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Combination;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.Rational;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Route 2, combine answers then score once: each rule and its tie rule, worked by hand. */
class CombinationTest {

  private static PanelResult.Combined combine(List<Response> responses, PanelAnalysis.Builder builder) {
    return combine(responses, Map.of(), builder);
  }

  private static PanelResult.Combined combine(List<Response> responses, Map<String, Rational> weights,
      PanelAnalysis.Builder builder) {
    return builder.build().analyze(SCORER, Panel.of(SMALL, responses, weights)).combined();
  }

  private static String option(PanelResult.Combined c, String q) {
    return c.response().answer(q).orElseThrow().value().orElseThrow().asOption();
  }

  @Test
  void should_take_the_lower_middle_answer_when_the_median_of_an_even_number_is_asked() {
    // WHEN q1: steps 0, 2, 2, 4 → sorted middle pair 2, 2; q2: 3, 3, 3, 4 → 3
    PanelResult.Combined c = combine(RouteOneTest.FOUR, PanelAnalysis.builder());
    // THEN
    then(c.route()).isEqualTo(PanelResult.Route.COMBINE_THEN_SCORE);
    then(c.rules()).containsEntry("q1", Combination.MEDIAN).containsEntry("q4", Combination.MAJORITY)
        .containsEntry("q6", Combination.UNION).hasSize(6);
    then(option(c, "q1")).isEqualTo("2");
    then(option(c, "q2")).isEqualTo("3");
    // the engine scores the combined response: (50 + 2 · 75) / 3
    then(c.assessment().dimension("strategy").orElseThrow().score()).contains(Rational.of(200, 3));
    then(c.assessment()).isEqualTo(SCORER.score(c.response()));
  }

  @Test
  void should_round_halves_down_when_the_mean_lies_between_two_steps() {
    // GIVEN q1: steps 1, 2 (mean 3/2); q2: 3, 3, 3, 4 would be 13/4 → 3; q3: 0, 4 weighted 1 and 3 → 3
    List<Response> responses = List.of(response("a", null, null, "q1=1", "q3=0"),
        response("b", null, null, "q1=2", "q3=4"));
    // WHEN
    PanelResult.Combined c = combine(responses, Map.of("b", Rational.of(3)), PanelAnalysis.builder()
        .combine("q1", Combination.MEAN).combine("q3", Combination.WEIGHTED_MEAN));
    // THEN
    then(option(c, "q1")).isEqualTo("1");
    then(option(c, "q3")).isEqualTo("3");
  }

  @Test
  void should_pick_the_lowest_of_equally_frequent_answers_when_the_mode_is_asked() {
    // GIVEN q1: 0, 0, 4, 4
    List<Response> responses = List.of(response("a", null, null, "q1=4"), response("b", null, null, "q1=0"),
        response("c", null, null, "q1=4"), response("d", null, null, "q1=0"));
    // WHEN
    PanelResult.Combined mode = combine(responses, PanelAnalysis.builder().combine("q1", Combination.MODE));
    PanelResult.Combined min = combine(responses, PanelAnalysis.builder().combine("q1", Combination.MIN));
    PanelResult.Combined max = combine(responses, PanelAnalysis.builder().combine("q1", Combination.MAX));
    // THEN
    then(option(mode, "q1")).isEqualTo("0");
    then(option(min, "q1")).isEqualTo("0");
    then(option(max, "q1")).isEqualTo("4");
  }

  @Test
  void should_combine_yes_no_numbers_and_multiple_choice_when_their_rules_apply() {
    // GIVEN yes, no (a tie), numbers 10, 20, 40, options en+ar and uk
    List<Response> responses = List.of(response("a", null, null, "q4=yes", "q5=10", "q6=ar+en"),
        response("b", null, null, "q4=no", "q5=20", "q6=uk"), response("c", null, null, "q5=40"));
    // WHEN
    PanelResult.Combined majority = combine(responses, PanelAnalysis.builder().combine("q5", Combination.MEAN));
    PanelResult.Combined any = combine(responses, PanelAnalysis.builder().combine("q4", Combination.ANY));
    PanelResult.Combined all = combine(responses, PanelAnalysis.builder().combine("q4", Combination.ALL));
    // THEN
    then(majority.response().answer("q4").orElseThrow().value().orElseThrow().asBoolean()).isFalse();
    then(any.response().answer("q4").orElseThrow().value().orElseThrow().asBoolean()).isTrue();
    then(all.response().answer("q4").orElseThrow().value().orElseThrow().asBoolean()).isFalse();
    then(majority.response().answer("q5").orElseThrow().value().orElseThrow().asNumber())
        .isEqualByComparingTo(new BigDecimal("23.3333333333"));   // 70/3, rounded to 10 decimals
    then(any.response().answer("q5").orElseThrow().value().orElseThrow().asNumber())
        .isEqualByComparingTo("20");
    then(majority.response().answer("q6").orElseThrow().value().orElseThrow().asOptions())
        .containsExactly("en", "ar", "uk");                        // document order
  }

  @Test
  void should_keep_dont_know_when_nobody_answered() {
    // WHEN
    PanelResult.Combined c = combine(List.of(response("a", null, null, "q1=?"), response("b", null, null, "q1=-")),
        PanelAnalysis.builder());
    // THEN
    then(c.response().stateOf("q1")).isEqualTo(AnswerState.DONT_KNOW);
    then(c.response().answer("q3")).isEmpty();
  }

  @Test
  void should_use_the_lead_roles_answers_and_fall_back_to_all_when_the_lead_did_not_answer() {
    // GIVEN the integration office leads the strategy field
    List<Response> responses = List.of(response("a", "integration", null, "q1=4"),
        response("b", "mayor", null, "q1=0", "q2=1"), response("c", "mayor", null, "q1=0", "q2=1"));
    PanelAnalysis.Builder builder = PanelAnalysis.builder().leadRole("strategy", "integration")
        .combine("q1", Combination.LEAD_ROLE).combine("q2", Combination.LEAD_ROLE);
    // WHEN
    PanelResult result = builder.build().analyze(SCORER, Panel.of(SMALL, responses));
    // THEN
    then(option(result.combined(), "q1")).isEqualTo("4");
    then(option(result.combined(), "q2")).isEqualTo("1");
    then(result.findings()).extracting(Finding::code, Finding::pointer)
        .contains(org.assertj.core.groups.Tuple.tuple("PAN-0030", "/combination/q2"));
  }

  @Test
  void should_use_the_default_and_report_it_when_a_rule_does_not_fit() {
    // WHEN
    PanelResult result = PanelAnalysis.builder().combine("q4", Combination.UNION).build()
        .analyze(SCORER, Panel.of(SMALL, List.of(response("a", null, null, "q4=yes"))));
    // THEN
    then(result.combined().rules()).containsEntry("q4", Combination.MAJORITY);
    then(result.findings()).extracting(Finding::message).contains(
        "rule 'union' does not fit question 'q4' of type yesNo; its default rule 'majority' was used");
  }

  @Test
  void should_refuse_a_rule_for_an_unknown_question() {
    thenThrownBy(() -> PanelAnalysis.builder().combine("nope", Combination.MEAN).build()
        .analyze(SCORER, Panel.of(SMALL, List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nope'");
  }
}
