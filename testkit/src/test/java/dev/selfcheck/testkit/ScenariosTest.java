package dev.selfcheck.testkit;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.scenarios.Scenario;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Scenario files as JUnit 5 dynamic tests. */
class ScenariosTest {

  @TestFactory
  Stream<DynamicTest> scenarios() {
    return Scenarios.from(Fixtures.DIR + "rules-example.scenarios.yaml");
  }

  @Test
  void should_make_one_test_per_scenario_pointing_at_its_line_when_the_file_loads() {
    // GIVEN
    String resource = Fixtures.DIR + "rules-example.scenarios.yaml";
    // WHEN
    List<DynamicTest> tests = Scenarios.from(resource).collect(Collectors.toList());
    // THEN
    then(tests).extracting(DynamicTest::getDisplayName)
        .containsExactly("the documented response", "everything at its best", "everything at its worst");
    then(tests.get(1).getTestSourceUri()).hasValueSatisfying(uri ->
        then(uri.toString()).isEqualTo("classpath:" + resource + "?line=24"));
  }

  @Test
  void should_fail_with_the_report_when_a_scenario_fails() {
    // GIVEN
    DynamicTest test = Scenarios.from(Fixtures.DIR + "failing.scenarios.yaml").findFirst().orElseThrow();
    // WHEN
    Throwable failure = catchThrowable(() -> test.getExecutable().execute());
    // THEN
    then(failure).isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("scenario 'wrong expectations' (classpath:" + Fixtures.DIR
            + "failing.scenarios.yaml line 3) failed 3 of 3 expectations:")
        .hasMessageContaining("Expected dimension 'management' to have score 21, but it has 100");
  }

  @Test
  void should_give_one_failing_test_listing_the_findings_when_the_file_does_not_load() {
    // GIVEN
    List<DynamicTest> tests = Scenarios.from(Fixtures.DIR + "broken.scenarios.yaml").collect(Collectors.toList());
    // WHEN
    Throwable failure = catchThrowable(() -> tests.get(0).getExecutable().execute());
    // THEN
    then(tests).hasSize(1);
    then(failure).isInstanceOf(AssertionError.class).hasMessageStartingWith("the scenario file classpath:" + Fixtures.DIR
        + "broken.scenarios.yaml does not load:\n"
        + "  ERROR TST-0007 at '/scenarios/0/answers/noSuchQuestion' (line 5, column 23): question"
        + " 'noSuchQuestion' is not in the questionnaire\n");
  }
}
