package dev.selfcheck.scenarios;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What running a {@link ScenarioSuite} gave: one {@link ScenarioOutcome} per scenario.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class SuiteResult {

  SuiteResult() {}

  /** @return the suite that ran */
  public abstract ScenarioSuite suite();

  /** @return the outcomes, in the order of the scenarios */
  public abstract List<ScenarioOutcome> outcomes();

  /** @return whether every scenario passed */
  public boolean passed() {
    return outcomes().stream().allMatch(ScenarioOutcome::passed);
  }

  /** @return the outcomes of the scenarios that failed */
  public List<ScenarioOutcome> failed() {
    return outcomes().stream().filter(o -> !o.passed()).collect(Collectors.toList());
  }

  /**
   * The result in words: one line per scenario (with its failures) and a summary line such as
   * {@code "opening.yaml: 12 scenarios, 11 passed, 1 failed"}.
   *
   * @return the report
   */
  public String report() {
    StringBuilder sb = new StringBuilder();
    for (ScenarioOutcome o : outcomes()) {
      sb.append(o.report(suite().source())).append('\n');
    }
    return sb.append(summary()).toString();
  }

  /** @return one line: the suite's name and how many scenarios passed and failed */
  public String summary() {
    return suite().name() + ": " + outcomes().size() + " scenarios, "
        + (outcomes().size() - failed().size()) + " passed, " + failed().size() + " failed";
  }

  @Override
  public String toString() {
    return "SuiteResult[suite=" + suite().name() + ", scenarios=" + outcomes().size() + ", failed="
        + failed().size() + "]";
  }

  /**
   * A result.
   *
   * @param suite the suite
   * @param outcomes the outcomes
   * @return the result
   */
  public static SuiteResult of(ScenarioSuite suite, List<ScenarioOutcome> outcomes) {
    return ImmutableSuiteResult.builder().suite(suite).outcomes(outcomes).build();
  }
}
