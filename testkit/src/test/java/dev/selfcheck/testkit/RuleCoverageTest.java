package dev.selfcheck.testkit;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.groups.Tuple.tuple;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.scenarios.RuleCoverage;
import dev.selfcheck.scenarios.ScenarioRunner;
import dev.selfcheck.scenarios.ScenarioSuite;
import dev.selfcheck.scenarios.SuiteResult;
import dev.selfcheck.scoring.Wording;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Coverage numbers on the rules example: 8 rules, 18 condition nodes, 4 bands for the total and each of 3 dimensions. */
class RuleCoverageTest {

  @Test
  void should_count_rules_conditions_and_bands_when_one_response_is_measured() {
    // GIVEN the documented response of docs/rules.md
    RuleCoverage.Builder builder = RuleCoverage.builder(Fixtures.questionnaire());
    // WHEN
    RuleCoverage coverage = builder.add(List.of(Fixtures.response())).build();
    // THEN
    then(coverage.responses()).isEqualTo(1);
    then(coverage.rulesNeverFired()).containsExactly("auditMissing");
    then(coverage.share(RuleCoverage.Kind.RULES)).isEqualTo(7 / 8.0);
    then(coverage.conditions()).hasSize(18);
    then(coverage.conditionsNeverTrue()).extracting(RuleCoverage.ConditionUse::pointer).containsExactly(
        "/rules/2/when/all/1/not", "/rules/7/when", "/rules/7/when/any/0", "/rules/7/when/any/1",
        "/rules/7/when/any/2");
    then(coverage.conditions().get(0)).isEqualTo(
        new RuleCoverage.ConditionUse("/rules/0/when", "noStrategy",
            "(the score of 'management' is below 50 or the answer to 'strategyExists' eq false)", 1, 0));
    then(coverage.bands()).extracting(RuleCoverage.BandUse::dimension)
        .containsExactly("total", "management", "opening", "monitoring");
    then(coverage.share(RuleCoverage.Kind.BANDS)).isEqualTo(3 / 16.0);
    then(coverage.recommendationsNeverFired()).containsExactly("rec.audit");
  }

  @Test
  void should_cover_every_rule_when_the_example_suite_is_measured() {
    // GIVEN
    SuiteResult result = ScenarioRunner.run(ScenarioSuite.load(Fixtures.DIR + "rules-example.scenarios.yaml"));
    // WHEN
    RuleCoverage coverage = RuleCoverage.of(result);
    // THEN
    then(coverage.responses()).isEqualTo(3);
    then(coverage.rulesNeverFired()).isEmpty();
    then(coverage.conditionsNeverTrue()).extracting(RuleCoverage.ConditionUse::condition)
        .containsExactly("the answer to 'complaintAudit' eq false");
    then(coverage.bandsNotReached(List.of("total", "management", "opening", "monitoring"))).containsExactly(
        java.util.Map.entry("total", List.of("advanced")),
        java.util.Map.entry("management", List.of("developing", "advanced")),
        java.util.Map.entry("opening", List.of("start")),
        java.util.Map.entry("monitoring", List.of("developing", "advanced")));
    then(coverage.recommendationsNeverFired()).isEmpty();
  }

  @Test
  void should_print_summary_rules_conditions_and_bands_when_a_table_is_asked_for() {
    // GIVEN
    RuleCoverage coverage = RuleCoverage.builder(Fixtures.questionnaire()).add(List.of(Fixtures.response())).build();
    // WHEN
    String table = coverage.toTable();
    // THEN
    then(table).startsWith("Rule coverage of 'rules-example' 1.0.0 over 1 responses\n"
            + "  rules              7 of    8   87.5%\n"
            + "  conditions        13 of   18   72.2%\n"
            + "  bands              3 of   16   18.8%\n"
            + "  recommendations    4 of    5   80.0%\n")
        .contains("rule               fired  recommends\n"
            + "noStrategy             1  rec.strategyWorkshop\n")
        .contains("auditMissing           0  rec.audit\n")
        .contains("conditions never true: 5\n  /rules/2/when/all/1/not  the answer to 'complaintHandling' ge '3'\n")
        .contains("management  [x] start  [ ] developing  [ ] advanced  [ ] exemplary\n");
  }

  @Test
  void should_word_every_condition_node_as_the_reasons_do_when_coverage_is_measured() {
    // GIVEN every node of every rule's condition, by its pointer, in the words of Wording (English, ids)
    Questionnaire questionnaire = Fixtures.questionnaire();
    Wording wording = Wording.of(Locale.ENGLISH);
    Map<String, String> expected = new LinkedHashMap<>();
    for (int i = 0; i < questionnaire.rules().size(); i++) {
      questionnaire.rules().get(i).when().walk("/rules/" + i + "/when",
          (node, pointer) -> expected.put(pointer, wording.condition(node)));
    }
    // WHEN
    RuleCoverage coverage = RuleCoverage.builder(questionnaire).add(List.of(Fixtures.response())).build();
    // THEN
    then(coverage.conditions()).extracting(RuleCoverage.ConditionUse::pointer, RuleCoverage.ConditionUse::condition)
        .containsExactlyElementsOf(expected.entrySet().stream()
            .map(e -> tuple(e.getKey(), e.getValue())).toList());
  }

  @Test
  void should_write_the_same_numbers_when_json_is_asked_for() {
    // GIVEN
    RuleCoverage coverage = RuleCoverage.builder(Fixtures.questionnaire()).add(List.of(Fixtures.response())).build();
    // WHEN
    JsonNode json = JsonMapper.builder().build().readTree(coverage.toJson());
    // THEN
    then(json.get("questionnaire").asString()).isEqualTo("rules-example");
    then(json.get("responses").asInt()).isEqualTo(1);
    then(json.at("/shares/rules/covered").asInt()).isEqualTo(7);
    then(json.at("/shares/rules/total").asInt()).isEqualTo(8);
    then(json.at("/shares/conditions/covered").asInt()).isEqualTo(13);
    then(json.at("/rules/7/id").asString()).isEqualTo("auditMissing");
    then(json.at("/rules/7/fired").asInt()).isZero();
    then(json.at("/conditions/0/pointer").asString()).isEqualTo("/rules/0/when");
    then(json.at("/conditions/1/condition").asString()).isEqualTo("the score of 'management' is below 50");
    then(json.at("/bands/1/notReached/0").asString()).isEqualTo("developing");
    then(json.at("/recommendationsNeverFired/0").asString()).isEqualTo("rec.audit");
  }

  @Test
  void should_list_what_never_fired_when_the_share_is_below_the_threshold() {
    // GIVEN
    RuleCoverage coverage = RuleCoverage.builder(Fixtures.questionnaire()).add(List.of(Fixtures.response())).build();
    // WHEN
    Throwable failure = catchThrowable(() -> coverage.assertAtLeast(1.0));
    Throwable bands = catchThrowable(() -> coverage.assertAtLeast(RuleCoverage.Kind.BANDS, 0.5));
    // THEN
    then(failure).isInstanceOf(AssertionError.class).hasMessage("Expected at least 100.0% of the rules of"
        + " 'rules-example' to be covered, but 87.5% are: 7 of 8 over 1 responses. Not covered:\n  rule auditMissing");
    then(bands).hasMessageStartingWith("Expected at least 50.0% of the bands of 'rules-example' to be covered,"
        + " but 18.8% are: 3 of 16 over 1 responses. Not covered:\n  total: start, advanced, exemplary\n");
    then(catchThrowable(() -> coverage.assertAtLeast(0.875))).isNull();
  }

  @Test
  void should_agree_with_the_engine_when_generated_responses_are_added() {
    // GIVEN
    RuleCoverage.Builder builder = RuleCoverage.builder(Fixtures.questionnaire());
    // WHEN every rule is evaluated by the testkit and cross-checked against the engine
    RuleCoverage coverage = builder.add(SelfcheckArbitraries.sampleResponses(Fixtures.questionnaire(), 200, 7)).build();
    // THEN
    then(coverage.responses()).isEqualTo(200);
    then(coverage.share(RuleCoverage.Kind.RULES)).isEqualTo(1.0);
  }
}
