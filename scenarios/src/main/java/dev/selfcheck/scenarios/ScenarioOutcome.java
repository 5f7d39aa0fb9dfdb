package dev.selfcheck.scenarios;

import dev.selfcheck.scoring.Assessment;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What running one {@link Scenario} gave: its assessment and the expectations it did not meet.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ScenarioOutcome {

  ScenarioOutcome() {}

  /** @return the scenario */
  public abstract Scenario scenario();

  /** @return the assessment of the scenario's response */
  public abstract Assessment assessment();

  /**
   * The expectations not met, each with its place in the scenario file and why, such as
   * {@code "/scenarios/2/expect/dimensions/management/score (line 31): Expected dimension
   * 'management' to have score 21, but it has 250/3 (displayed 83), band 'exemplary'"}.
   *
   * @return the failures, empty if the scenario passed
   */
  public abstract List<String> failures();

  /** @return whether every expectation was met */
  public boolean passed() {
    return failures().isEmpty();
  }

  /**
   * The outcome in words: a first line naming the scenario and where it is written, then one line
   * per failure.
   *
   * @param source where the suite was read from
   * @return the report
   */
  public String report(String source) {
    String where = source + scenario().line().stream().mapToObj(l -> " line " + l).findFirst().orElse("");
    if (passed()) {
      return "scenario '" + scenario().name() + "' (" + where + ") passed";
    }
    return "scenario '" + scenario().name() + "' (" + where + ") failed "
        + failures().size() + " of " + scenario().expectations().size() + " expectations:"
        + failures().stream().map(f -> "\n  - " + f.replace("\n", "\n    ")).collect(Collectors.joining());
  }

  @Override
  public String toString() {
    return "ScenarioOutcome[scenario=" + scenario().name() + ", failures=" + failures() + "]";
  }

  /**
   * An outcome.
   *
   * @param scenario the scenario
   * @param assessment its assessment
   * @param failures the failures
   * @return the outcome
   */
  public static ScenarioOutcome of(Scenario scenario, Assessment assessment, List<String> failures) {
    return ImmutableScenarioOutcome.builder().scenario(scenario).assessment(assessment)
        .failures(failures).build();
  }
}
