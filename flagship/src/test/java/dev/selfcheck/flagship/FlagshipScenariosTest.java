package dev.selfcheck.flagship;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;

import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Rule;
import dev.selfcheck.scenarios.RuleCoverage;
import dev.selfcheck.scenarios.Scenario;
import dev.selfcheck.scenarios.ScenarioRunner;
import dev.selfcheck.scenarios.ScenarioSuite;
import dev.selfcheck.scenarios.SuiteResult;
import dev.selfcheck.testkit.Scenarios;
import dev.selfcheck.testkit.SelfcheckArbitraries;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The flagship's scenario suites, one per field of action: each scenario as a test, and together
 * they fire every rule and recommendation and reach every band of every field.
 */
class FlagshipScenariosTest {

  private static final List<String> SUITES = Flagship.SCENARIO_RESOURCES;

  @TestFactory
  Stream<DynamicContainer> scenarios() {
    return SUITES.stream().map(suite -> dynamicContainer(suite, Scenarios.from(suite)));
  }

  @Test
  void should_fire_every_rule_and_reach_every_band_of_every_field_when_all_suites_run() throws IOException {
    // GIVEN
    SuiteResult[] results = SUITES.stream().map(ScenarioSuite::load).map(ScenarioRunner::run)
        .toArray(SuiteResult[]::new);
    List<String> fields = Flagship.questionnaire().dimensions().stream().map(Dimension::id)
        .collect(Collectors.toList());
    // WHEN
    RuleCoverage coverage = RuleCoverage.of(results);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/flagship-rule-coverage.txt"), coverage.toTable());
    Files.writeString(Path.of("target/flagship-rule-coverage.json"), coverage.toJson());
    // THEN
    then(Stream.of(results).filter(r -> !r.passed()).map(SuiteResult::report)).isEmpty();
    coverage.assertAtLeast(1.0);
    then(coverage.rules()).hasSize(Flagship.questionnaire().rules().size());
    then(coverage.recommendationsNeverFired()).isEmpty();
    then(coverage.recommendationsFired()).hasSize(49);
    then(fields).hasSize(7);
    then(coverage.bandsNotReached(fields)).isEmpty();
    then(coverage.bands().stream().filter(b -> fields.contains(b.dimension()))
        .mapToInt(b -> b.reached().size()).sum()).isEqualTo(28);
  }

  @Test
  void should_show_a_rule_that_never_fires_when_its_threshold_is_unreachable() {
    // GIVEN the flagship with a planted mistake: a score can never be below 0
    Questionnaire flagship = Flagship.questionnaire();
    Questionnaire planted = Questionnaire.builder().from(flagship).rules(flagship.rules().stream()
        .map(r -> !r.id().equals("rule.coh.fewEncounters") ? r : Rule.builder().from(r)
            .when(MeasureComparison.of(MeasureComparison.Measure.SCORE, "cohesion.encounters", Operator.LT,
                BigDecimal.ZERO)).build())
        .collect(Collectors.toList())).build();
    RuleCoverage.Builder builder = RuleCoverage.builder(planted);
    // WHEN the responses of all scenarios and 500 generated ones are measured
    SUITES.stream().map(ScenarioSuite::load)
        .forEach(s -> builder.add(s.scenarios().stream().map(Scenario::response).collect(Collectors.toList())));
    RuleCoverage coverage = builder.add(SelfcheckArbitraries.sampleResponses(planted, 500, 20_240_601L)).build();
    // THEN
    then(coverage.rulesNeverFired()).containsExactly("rule.coh.fewEncounters");
    then(coverage.recommendationsNeverFired()).containsExactly("rec.coh.encounterFormats");
    then(catchThrowable(() -> coverage.assertAtLeast(1.0))).hasMessageEndingWith(
        "Not covered:\n  rule rule.coh.fewEncounters");
  }
}
