package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.scenarios.RuleCoverage;
import dev.selfcheck.scenarios.ScenarioOutcome;
import dev.selfcheck.scenarios.ScenarioRunner;
import dev.selfcheck.scenarios.ScenarioSuite;
import dev.selfcheck.scenarios.SuiteResult;
import dev.selfcheck.schema.DecodeResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code selfcheck test}: runs scenario files and measures the coverage of the rule set. */
@Command(name = "test", sortOptions = false,
    header = "Run scenario files (given these answers, expect these scores, bands and recommendations) "
        + "and report the coverage of the rule set.",
    description = {
        "Without arguments the flagship's bundled scenario suite runs. All SCENARIOS must name the "
            + "same questionnaire for the coverage to be measured over them together. "
            + "docs/testing-rule-sets.md describes the scenario format.",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  every scenario passed and every --min-coverage is met",
        "  1  a scenario failed, a file is invalid, or coverage is below a --min-coverage",
        "  2  usage error"})
final class TestCommand implements Callable<Integer> {

  @ParentCommand
  private SelfcheckCommand root;

  @Mixin
  private LanguageOption language;

  @Spec
  private CommandSpec spec;

  @Option(names = "--generated", paramLabel = "N", defaultValue = "0",
      description = "Add N generated responses to the coverage (not to the pass/fail verdict).")
  private int generated;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed for --generated (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--min-coverage", paramLabel = "KIND=SHARE",
      description = "Fail below this share (0 to 1) of rules fired, condition nodes true or bands reached; "
          + "e.g. --min-coverage rules=1 --min-coverage bands=0.9. KIND: ${COMPLETION-CANDIDATES}.")
  private Map<RuleCoverage.Kind, Double> minCoverage = new LinkedHashMap<>();

  @Option(names = "--coverage-json", paramLabel = "FILE", description = "Write the coverage as JSON to FILE.")
  private String coverageJson;

  @Parameters(arity = "0..*", paramLabel = "SCENARIOS", description = "Scenario files (YAML or JSON).")
  private List<String> files = new ArrayList<>();

  @Override
  public Integer call() {
    minCoverage.forEach((kind, share) -> {
      if (share < 0 || share > 1) {
        throw new ParameterException(spec.commandLine(),
            "--min-coverage " + kind + " must be between 0 and 1, but was " + share);
      }
    });
    Io io = root.io();
    language.apply(io);
    List<SuiteResult> results = new ArrayList<>();
    boolean failed = false;
    List<DecodeResult<ScenarioSuite>> suites = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (files.isEmpty()) {
      for (String resource : Flagship.SCENARIO_RESOURCES) {
        suites.add(ScenarioSuite.readResource(resource));
        names.add(resource);
      }
    }
    for (String file : files) {
      suites.add(ScenarioSuite.read(io.resolve(file)));
      names.add(file);
    }
    for (int i = 0; i < suites.size(); i++) {
      DecodeResult<ScenarioSuite> suite = suites.get(i);
      if (!suite.isValid()) {
        io.out().println("INVALID  " + names.get(i));
        suite.findings().stream().map(f -> Findings.line(f, io.language())).forEach(io.out()::println);
        failed = true;
        continue;
      }
      SuiteResult result = ScenarioRunner.run(suite.orElseThrow());
      results.add(result);
      io.out().println(String.format(Locale.ROOT, "%-8s %s  (%s)",
          result.passed() ? "PASSED" : "FAILED", names.get(i), result.summary()));
      for (ScenarioOutcome outcome : result.failed()) {
        io.out().println(indent(outcome.report(names.get(i))));
      }
      failed |= !result.passed();
    }
    if (results.isEmpty()) {
      return 1;
    }
    String questionnaire = results.get(0).suite().questionnaire().id();
    if (results.stream().anyMatch(r -> !r.suite().questionnaire().equals(results.get(0).suite().questionnaire()))) {
      io.err().println("coverage not measured: the scenario files name different questionnaires");
      return 1;
    }
    RuleCoverage.Builder builder = RuleCoverage.builder(results.get(0).suite().questionnaire());
    results.forEach(builder::add);
    if (generated > 0) {  // the generator of `selfcheck generate`: no test framework at run time
      ResponseGenerator generator = new ResponseGenerator(results.get(0).suite().questionnaire(), seed);
      List<Response> responses = new ArrayList<>();
      for (int i = 0; i < generated; i++) {
        responses.add(generator.next());
      }
      builder.add(responses);
    }
    RuleCoverage coverage = builder.build();
    io.out().println();
    io.out().println("Coverage of the rule set of '" + questionnaire + "':");
    io.out().print(coverage.toTable());
    if (coverageJson != null) {
      Output.write(io, coverageJson, coverage.toJson() + "\n");
    }
    for (Map.Entry<RuleCoverage.Kind, Double> min : minCoverage.entrySet()) {
      try {
        coverage.assertAtLeast(min.getKey(), min.getValue());
      } catch (AssertionError e) {
        io.out().println("BELOW    " + e.getMessage());
        failed = true;
      }
    }
    return failed ? 1 : 0;
  }

  private static String indent(String text) {
    return "  " + text.strip().replace("\n", "\n  ");
  }
}
