package dev.selfcheck.testkit;

import dev.selfcheck.core.Finding;
import dev.selfcheck.scenarios.ScenarioOutcome;
import dev.selfcheck.scenarios.ScenarioRunner;
import dev.selfcheck.scenarios.ScenarioSuite;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.net.URI;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a scenario file as JUnit 5 dynamic tests, one per scenario, in one line.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> scenarios() {
 *   return Scenarios.from("/dev/selfcheck/flagship/scenarios/opening.yaml");
 * }
 * }</pre>
 *
 * <p>Each test is named after its scenario and points at its line in the file, so an IDE jumps
 * to it. A failed scenario lists every expectation it missed with the JSON Pointer and line of the
 * expectation, the expected and the actual value. A file that does not load gives one failing test
 * that lists the findings (code, pointer, line, message) instead of a stack trace.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Scenarios {

  private Scenarios() {}

  /**
   * The dynamic tests of a scenario file on the class path.
   *
   * @param resource an absolute resource name
   * @return one test per scenario
   */
  public static Stream<DynamicTest> from(String resource) {
    return tests(ScenarioSuite.readResource(resource), "classpath:" + resource);
  }

  /**
   * The dynamic tests of a scenario file.
   *
   * @param file the file
   * @return one test per scenario
   */
  public static Stream<DynamicTest> from(Path file) {
    return tests(ScenarioSuite.read(file), file.toUri().toString());
  }

  /**
   * The dynamic tests of a suite.
   *
   * @param suite the suite
   * @return one test per scenario
   */
  public static Stream<DynamicTest> from(ScenarioSuite suite) {
    return tests(DecodeResult.of(suite, java.util.List.of()), null);
  }

  private static Stream<DynamicTest> tests(DecodeResult<ScenarioSuite> read, String uri) {
    if (!read.isValid()) {
      String findings = read.findings().stream().map(Finding::toString)
          .collect(Collectors.joining("\n  ", "\n  ", ""));
      return Stream.of(DynamicTest.dynamicTest("scenario file " + uri, source(uri, 0), () -> {
        throw new AssertionFailedError("the scenario file " + uri + " does not load:" + findings);
      }));
    }
    ScenarioSuite suite = read.orElseThrow();
    Scorer scorer = ScoringEngine.create().compile(suite.questionnaire());
    return suite.scenarios().stream().map(s -> DynamicTest.dynamicTest(s.name(),
        source(uri, s.line().orElse(0)), () -> {
          ScenarioOutcome outcome = ScenarioRunner.run(s, scorer);
          if (!outcome.passed()) {
            throw new AssertionFailedError(outcome.report(suite.source()));
          }
        }));
  }

  private static URI source(String uri, int line) {
    if (uri == null) {
      return null;
    }
    return URI.create(uri + (line > 0 ? "?line=" + line : ""));
  }
}
