package dev.selfcheck.panel;

import static dev.selfcheck.panel.Fixtures.response;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Combination;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.panel.PanelResult.RuleSource;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.ScoringEngine;
import dev.selfcheck.scoring.Scorer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Route 2 with the combination rules and lead roles the questionnaire writes (panel-rules.yaml):
 * the strategy field combines by its maximum, q2 by its own minimum, the staff field's lead role
 * is "integration" and q4 follows it; the caller's rules and lead roles override them.
 */
class DocumentRulesTest {

  static final Questionnaire RULES = Fixtures.read("/panel-rules.yaml");
  static final Scorer SCORER = ScoringEngine.create().compile(RULES);

  /** q1: steps 0, 2, 2, 4; q2: 3, 3, 3, 4; q4: the integration office yes, the mayor's office no thrice. */
  static final List<Response> PANEL = List.of(
      response("a", "integration", null, "q1=0", "q2=3", "q4=yes"),
      response("b", "mayor", null, "q1=2", "q2=3", "q4=no"),
      response("c", "mayor", null, "q1=2", "q2=3", "q4=no"),
      response("d", "mayor", null, "q1=4", "q2=4", "q4=no"));

  private static String option(PanelResult.Combined c, String q) {
    return c.response().answer(q).orElseThrow().value().orElseThrow().asOption();
  }

  private static boolean yes(PanelResult.Combined c, String q) {
    return c.response().answer(q).orElseThrow().value().orElseThrow().asBoolean();
  }

  @Test
  void should_combine_by_the_questionnaires_rules_when_the_caller_sets_none() {
    // WHEN
    PanelResult.Combined c = PanelAnalysis.create().analyze(SCORER, Panel.of(RULES, PANEL)).combined();
    // THEN q1 by the strategy field's max: 4; q2 by its own min: 3; q4 by the lead role: yes
    then(option(c, "q1")).isEqualTo("4");
    then(option(c, "q2")).isEqualTo("3");
    then(yes(c, "q4")).isTrue();
    then(c.rules()).containsExactly(
        java.util.Map.entry("q1", Combination.MAX), java.util.Map.entry("q2", Combination.MIN),
        java.util.Map.entry("q3", Combination.MEDIAN), java.util.Map.entry("q4", Combination.LEAD_ROLE),
        java.util.Map.entry("q5", Combination.MEDIAN), java.util.Map.entry("q6", Combination.UNION));
    then(c.sources()).containsExactly(
        java.util.Map.entry("q1", RuleSource.DOCUMENT), java.util.Map.entry("q2", RuleSource.DOCUMENT),
        java.util.Map.entry("q3", RuleSource.DEFAULT), java.util.Map.entry("q4", RuleSource.DOCUMENT),
        java.util.Map.entry("q5", RuleSource.DEFAULT), java.util.Map.entry("q6", RuleSource.DEFAULT));
    // strategy: (100 + 2 · 75) / 3; staff: q4 alone, yes = 100
    then(c.assessment().dimension("strategy").orElseThrow().score()).contains(Rational.of(250, 3));
    then(c.assessment().dimension("staff").orElseThrow().score()).contains(Rational.of(100));
  }

  @Test
  void should_combine_by_the_callers_rule_when_it_overrides_the_questionnaires() {
    // GIVEN
    Questionnaire questionnaire = RULES;
    Scorer scorer = SCORER;
    List<Response> responses = PANEL;
    // WHEN the caller asks for the median of q1 and the majority of q4
    // tag::documentRules[]
    PanelResult.Combined c = PanelAnalysis.builder()
        .combine("q1", Combination.MEDIAN)            // the caller's rule overrides the document's
        .combine("q4", Combination.MAJORITY)
        .build().analyze(scorer, Panel.of(questionnaire, responses)).combined();
    c.rules().get("q2");                              // MIN, written on q2 in the questionnaire
    c.sources().get("q2");                            // DOCUMENT
    c.sources().get("q1");                            // CALLER
    // end::documentRules[]
    // THEN q1: lower middle of 0, 2, 2, 4 = 2; q2 still the document's min; q4: one yes, three no
    then(option(c, "q1")).isEqualTo("2");
    then(option(c, "q2")).isEqualTo("3");
    then(yes(c, "q4")).isFalse();
    then(c.sources()).containsEntry("q1", RuleSource.CALLER).containsEntry("q2", RuleSource.DOCUMENT)
        .containsEntry("q4", RuleSource.CALLER);
    then(c.assessment().dimension("strategy").orElseThrow().score()).contains(Rational.of(200, 3));
  }

  @Test
  void should_follow_the_callers_lead_role_when_it_overrides_the_questionnaires() {
    // WHEN the caller names the mayor's office as the staff field's lead role
    PanelResult.Combined c = PanelAnalysis.builder().leadRole("staff", "mayor").build()
        .analyze(SCORER, Panel.of(RULES, PANEL)).combined();
    // THEN the document's rule (lead role) over the caller's role: the mayor's office says no
    then(c.rules()).containsEntry("q4", Combination.LEAD_ROLE);
    then(c.sources()).containsEntry("q4", RuleSource.DOCUMENT);
    then(yes(c, "q4")).isFalse();
  }

  @Test
  void should_name_each_rules_source_in_the_json() {
    // WHEN
    String json = PanelAnalysis.builder().combine("q1", Combination.MEDIAN).build()
        .analyze(SCORER, Panel.of(RULES, PANEL)).toJson();
    // THEN
    then(json).contains("\"ruleSources\":{\"q1\":\"caller\",\"q2\":\"document\",\"q3\":\"default\","
        + "\"q4\":\"document\",\"q5\":\"default\",\"q6\":\"default\"}");
  }
}
