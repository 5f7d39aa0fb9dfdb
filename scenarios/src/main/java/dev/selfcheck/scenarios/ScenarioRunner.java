package dev.selfcheck.scenarios;

import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Runs scenario suites without JUnit, for tools such as the command-line {@code test} command:
 * scores each scenario's response and checks its expectations.
 *
 * <pre>{@code
 * SuiteResult result = ScenarioRunner.run(ScenarioSuite.load(Path.of("opening.yaml")));
 * System.err.println(result.report());
 * int exitCode = result.passed() ? 0 : 1;
 * }</pre>
 *
 * <p>Stateless and thread-safe. Problems of a response never throw (see {@link Scorer#score});
 * a failed expectation is an entry in {@link ScenarioOutcome#failures()}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScenarioRunner {

  private ScenarioRunner() {}

  /**
   * Runs a suite with the default engine.
   *
   * @param suite the suite
   * @return one outcome per scenario
   */
  public static SuiteResult run(ScenarioSuite suite) {
    return run(suite, ScoringEngine.create());
  }

  /**
   * Runs a suite with a configured engine.
   *
   * @param suite the suite
   * @param engine the engine that scores the responses
   * @return one outcome per scenario
   */
  public static SuiteResult run(ScenarioSuite suite, ScoringEngine engine) {
    Scorer scorer = engine.compile(suite.questionnaire());
    List<ScenarioOutcome> outcomes = new ArrayList<>();
    for (Scenario s : suite.scenarios()) {
      outcomes.add(run(s, scorer));
    }
    return SuiteResult.of(suite, outcomes);
  }

  /**
   * Runs one scenario.
   *
   * @param scenario the scenario
   * @param scorer a scorer compiled from the scenario's questionnaire
   * @return the outcome
   */
  public static ScenarioOutcome run(Scenario scenario, Scorer scorer) {
    Assessment assessment = scorer.score(scenario.response());
    List<String> failures = new ArrayList<>();
    for (Expectation e : scenario.expectations()) {
      e.check(assessment).ifPresent(why -> failures.add((e.pointer().isEmpty() ? e.description()
          : e.pointer() + e.line().stream().mapToObj(l -> " (line " + l + ")").findFirst().orElse(""))
          + ": " + why));
    }
    return ScenarioOutcome.of(scenario, assessment, failures);
  }
}
