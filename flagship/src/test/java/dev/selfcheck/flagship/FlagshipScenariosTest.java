package dev.selfcheck.flagship;

import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;

import dev.selfcheck.core.Dimension;
import dev.selfcheck.testkit.RuleCoverage;
import dev.selfcheck.testkit.ScenarioRunner;
import dev.selfcheck.testkit.ScenarioSuite;
import dev.selfcheck.testkit.Scenarios;
import dev.selfcheck.testkit.SuiteResult;
import java.io.IOException;
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

  private static final List<String> SUITES = Stream.of("management", "opening", "access", "work",
          "participation", "cohesion", "communication")
      .map(field -> "/dev/selfcheck/flagship/scenarios/" + field + ".yaml")
      .collect(Collectors.toList());

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
    then(results).allSatisfy(r -> then(r.passed()).as(r.report()).isTrue());
    coverage.assertAtLeast(1.0);
    then(coverage.rules()).hasSize(Flagship.questionnaire().rules().size());
    then(coverage.recommendationsNeverFired()).isEmpty();
    then(coverage.recommendationsFired()).hasSize(49);
    then(fields).hasSize(7);
    then(coverage.bandsNotReached(fields)).isEmpty();
    then(coverage.bands().stream().filter(b -> fields.contains(b.dimension()))
        .mapToInt(b -> b.reached().size()).sum()).isEqualTo(28);
  }
}
