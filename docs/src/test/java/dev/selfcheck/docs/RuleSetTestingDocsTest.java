package dev.selfcheck.docs;

import static dev.selfcheck.testkit.SelfcheckAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.analysis.QuestionnaireAnalysis;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rule;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.scenarios.RuleCoverage;
import dev.selfcheck.scenarios.ScenarioRunner;
import dev.selfcheck.scenarios.ScenarioSuite;
import dev.selfcheck.scenarios.SuiteResult;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.testkit.QuestionnaireShape;
import dev.selfcheck.testkit.Scenarios;
import dev.selfcheck.testkit.SelfcheckArbitraries;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The Java code of docs/analysis.md and docs/testing-rule-sets.md, compiled and run. */
class RuleSetTestingDocsTest {


  @Test
  void should_find_nothing_in_the_flagship_when_analysing_it_as_the_docs_show() {
    Path file = Path.of("../flagship/src/main/resources/dev/selfcheck/flagship/welcoming-municipality.yaml");
    // tag::analysis[]
    Questionnaire questionnaire = QuestionnaireCodec.create().readQuestionnaire(file).orElseThrow();
    QuestionnaireAnalysis analysis = QuestionnaireAnalysis.of(questionnaire);
    List<Finding> findings = analysis.findings();      // the ANA-nnnn findings, in document order
    List<Finding> everything = analysis.allFindings(); // plus what questionnaire.validate() reports
    boolean failed = analysis.hasErrors();              // any ERROR among allFindings()
    // end::analysis[]
    then(findings).isEmpty();
    then(everything).isEmpty();
    then(failed).isFalse();
  }

  @Test
  void should_prove_that_the_planted_rule_never_fires_when_the_analysis_runs() {
    // GIVEN the flagship with a planted mistake: a score of this questionnaire is never below 0
    Questionnaire flagship = Flagship.questionnaire();
    Questionnaire planted = Questionnaire.builder().from(flagship).rules(flagship.rules().stream()
        .map(r -> !r.id().equals("rule.coh.fewEncounters") ? r : Rule.builder().from(r)
            .when(MeasureComparison.of(MeasureComparison.Measure.SCORE, "cohesion.encounters",
                Operator.LT, BigDecimal.ZERO)).build())
        .collect(Collectors.toList())).build();
    int index = flagship.rules().stream().map(Rule::id).collect(Collectors.toList())
        .indexOf("rule.coh.fewEncounters");
    // WHEN
    // tag::planted[]
    List<Finding> findings = QuestionnaireAnalysis.of(planted).findings();
    findings.forEach(System.err::println);
    // end::planted[]
    // THEN
    then(findings).singleElement().satisfies(f -> {
      then(f.code()).isEqualTo("ANA-0030");
      then(f.pointer()).isEqualTo("/rules/" + index + "/when");
      then(f.message()).contains("can never fire", "'cohesion.encounters' scores from 0 to 100");
    });
  }

  // tag::junit[]
  @TestFactory
  Stream<DynamicTest> scenarios() {
    return Scenarios.from("/dev/selfcheck/flagship/scenarios/management.yaml");
  }
  // end::junit[]

  @Test
  void should_pass_the_management_suite_when_run_without_junit() {
    Path file = Path.of("../flagship/src/main/resources/dev/selfcheck/flagship/scenarios/management.yaml");
    // tag::runner[]
    SuiteResult result = ScenarioRunner.run(ScenarioSuite.load(file));
    System.err.println(result.report());      // one line per scenario, its failures, a summary
    boolean ok = result.passed();
    // end::runner[]
    then(ok).as(result.report()).isTrue();
  }

  @Test
  void should_cover_every_rule_when_all_flagship_suites_run() {
    List<String> suites = Flagship.SCENARIO_RESOURCES;
    // tag::coverage[]
    SuiteResult[] results = suites.stream().map(ScenarioSuite::load).map(ScenarioRunner::run)
        .toArray(SuiteResult[]::new);
    RuleCoverage coverage = RuleCoverage.of(results);
    System.err.println(coverage.toTable());
    coverage.assertAtLeast(1.0);   // every rule fired at least once, else an AssertionError lists them
    // end::coverage[]
    then(coverage.rulesNeverFired()).isEmpty();
  }

  @Test
  void should_read_like_the_domain_when_asserting_on_the_rules_example() {
    Assessment assessment = ExampleFiles.score("rules-example.yaml", "rules-example-response.json");
    // tag::assertions[]
    assertThat(assessment).dimension("management").hasScore("25/3").hasDisplayScore("8.3")
        .isInBand("start").hasCompletion("1");
    assertThat(assessment).dimension("monitoring").isNotScorableBecause("no question");
    assertThat(assessment).total().isInBand("developing");
    assertThat(assessment).recommends("rec.dataBasics").firedBy("noMonitoring")
        .withReasonContaining("is not scorable");
    assertThat(assessment).doesNotRecommend("rec.audit");
    // end::assertions[]
  }

  // tag::arbitraries[]
  @Provide
  Arbitrary<Tuple2<Questionnaire, Response>> cases() {
    return SelfcheckArbitraries.questionnaires(QuestionnaireShape.builder().visibility(false).build())
        .flatMap(q -> SelfcheckArbitraries.responsesFor(q).map(r -> Tuple.of(q, r)));
  }
  // end::arbitraries[]

  @Property(tries = 20)
  void should_give_every_generated_response_a_total_when_the_docs_generate_cases(
      @ForAll("cases") Tuple2<Questionnaire, Response> c) {
    then(dev.selfcheck.scoring.ScoringEngine.create().compile(c.get1()).score(c.get2()).total().id())
        .isEqualTo("total");
  }
}
