package dev.selfcheck.testkit;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Finding;
import dev.selfcheck.scenarios.Scenario;
import dev.selfcheck.scenarios.ScenarioRunner;
import dev.selfcheck.scenarios.ScenarioSuite;
import dev.selfcheck.scenarios.SuiteResult;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.InvalidDocumentException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Reading scenario files and running them. */
class ScenarioSuiteTest {

  @Test
  void should_read_every_scenario_when_the_file_is_valid() {
    // GIVEN
    String resource = Fixtures.DIR + "rules-example.scenarios.yaml";
    // WHEN
    DecodeResult<ScenarioSuite> read = ScenarioSuite.readResource(resource);
    // THEN
    then(read.findings()).isEmpty();
    ScenarioSuite suite = read.orElseThrow();
    then(suite.name()).isEqualTo("rules-example.scenarios.yaml");
    then(suite.source()).isEqualTo("classpath:" + resource);
    then(suite.questionnaire().id()).isEqualTo("rules-example");
    then(suite.scenarios()).extracting(Scenario::name)
        .containsExactly("the documented response", "everything at its best", "everything at its worst");
    Scenario documented = suite.scenarios().get(0);
    then(documented.line()).hasValue(4);
    then(documented.response().answer("budget").orElseThrow().value().orElseThrow().asOption()).isEqualTo("0");
    then(documented.response().stateOf("mon1")).isEqualTo(AnswerState.DONT_KNOW);
    then(documented.response().stateOf("mon2")).isEqualTo(AnswerState.NOT_ANSWERED);
    then(documented.expectations()).hasSize(13);
  }

  @Test
  void should_answer_the_other_questions_by_the_default_when_a_default_is_given() {
    // GIVEN
    ScenarioSuite suite = ScenarioSuite.load(Fixtures.DIR + "rules-example.scenarios.yaml");
    // WHEN
    Scenario worst = suite.scenarios().get(2);
    // THEN the lowest answers, and no default answer to the question it hides
    then(worst.response().answer("strategyExists").orElseThrow().value().orElseThrow().asBoolean()).isFalse();
    then(worst.response().answer("staffShare").orElseThrow().value().orElseThrow().asNumber()).isZero();
    then(worst.response().answer("channels").orElseThrow().value().orElseThrow().asOptions()).isEmpty();
    then(worst.response().answer("complaintAudit")).isEmpty();
  }

  @Test
  void should_pass_every_scenario_when_the_expectations_hold() {
    // GIVEN
    ScenarioSuite suite = ScenarioSuite.load(Fixtures.DIR + "rules-example.scenarios.yaml");
    // WHEN
    SuiteResult result = ScenarioRunner.run(suite);
    // THEN
    then(result.failed()).isEmpty();
    then(result.passed()).isTrue();
    then(result.summary()).isEqualTo("rules-example.scenarios.yaml: 3 scenarios, 3 passed, 0 failed");
  }

  @Test
  void should_name_scenario_expectation_line_expected_and_actual_when_a_scenario_fails() {
    // GIVEN
    ScenarioSuite suite = ScenarioSuite.load(Fixtures.DIR + "failing.scenarios.yaml");
    // WHEN
    SuiteResult result = ScenarioRunner.run(suite);
    // THEN
    then(result.passed()).isFalse();
    then(result.outcomes().get(0).failures()).containsExactly(
        "/scenarios/0/expect/dimensions/management/score (line 7): Expected dimension 'management' to have"
            + " score 21, but it has 100, band 'exemplary'",
        "/scenarios/0/expect/dimensions/management/band (line 7): Expected dimension 'management' to be in"
            + " band 'start', but it is in band 'exemplary' with score 100, band 'exemplary'",
        "/scenarios/0/expect/recommends/0 (line 8): Expected the assessment to recommend"
            + " 'rec.strategyWorkshop', but it recommends ['rec.audit']");
    then(result.report()).startsWith("scenario 'wrong expectations' (classpath:" + Fixtures.DIR
        + "failing.scenarios.yaml line 3) failed 3 of 3 expectations:\n  - /scenarios/0/expect")
        .endsWith("failing.scenarios.yaml: 1 scenarios, 0 passed, 1 failed");
  }

  @Test
  void should_report_every_mistake_with_pointer_and_line_when_the_scenarios_are_wrong() {
    // GIVEN
    String resource = Fixtures.DIR + "broken.scenarios.yaml";
    // WHEN
    DecodeResult<ScenarioSuite> read = ScenarioSuite.readResource(resource);
    // THEN
    then(read.isValid()).isFalse();
    then(read.findings().stream().map(ScenarioSuiteTest::describe).collect(Collectors.toList())).containsExactly(
        "TST-0007 /scenarios/0/answers/noSuchQuestion line 5: question 'noSuchQuestion' is not in the questionnaire",
        "TST-0008 /scenarios/0/answers/strategyExists line 6: the answer to 'strategyExists' (a question of"
            + " type yesNo) does not fit: found a string (maybe), expected true or false",
        "TST-0015 /scenarios/0/answers/staffShare/is line 7: question 'staffShare' does not allow the answer 'dontKnow'",
        "TST-0008 /scenarios/0/answers/responsibility line 8: the answer to 'responsibility' (a question of type"
            + " ordinalScale) does not fit: question 'responsibility' offers no option '7' (offered: 0, 1, 2, 3, 4)",
        "TST-0010 /scenarios/0/expect/dimensions/management/band line 11: 'management' has no band 'brilliant'"
            + " (its bands: [start, developing, advanced, exemplary])",
        "TST-0012 /scenarios/0/expect/dimensions/management/score line 11: 'lots' is not an exact number: write"
            + " an integer, a decimal such as 62.5 or a fraction such as 250/3",
        "TST-0009 /scenarios/0/expect/dimensions/nowhere line 12: dimension 'nowhere' is not in the questionnaire"
            + " (its dimensions: [management, opening, monitoring])",
        "TST-0011 /scenarios/0/expect/recommends/0 line 13: recommendation 'rec.unknown' is not in the questionnaire",
        "TST-0003 /scenarios/0/expected line 14: unknown member 'expected' (expected one of [name, description,"
            + " defaults, answers, expect])",
        "TST-0014 /scenarios/1/name line 15: scenario name 'many mistakes' is already used at /scenarios/0");
  }

  @Test
  @Tag("issue-16")
  void should_name_the_question_type_when_a_text_question_has_no_answer_to_pick() {
    // GIVEN {pick: highest} on a free-text question
    String resource = Fixtures.DIR + "pick-text.scenarios.yaml";
    // WHEN
    DecodeResult<ScenarioSuite> read = ScenarioSuite.readResource(resource);
    // THEN
    then(read.findings().stream().map(ScenarioSuiteTest::describe).collect(Collectors.toList())).containsExactly(
        "TST-0008 /scenarios/0/answers/note/pick line 6: the answer to 'note' (a question of type text) does not"
            + " fit: a question of type text has no highest answer");
  }

  @Test
  void should_give_the_line_when_the_file_is_not_well_formed() {
    // GIVEN
    String resource = Fixtures.DIR + "malformed.scenarios.yaml";
    // WHEN
    DecodeResult<ScenarioSuite> read = ScenarioSuite.readResource(resource);
    // THEN
    then(read.findings()).singleElement().satisfies(f -> {
      then(f.code()).isEqualTo("TST-0001");
      then(f.pointer()).isEmpty();
      then(f.line()).hasValue(4);
      then(f.message()).startsWith("the scenario file cannot be read: ");
    });
  }

  @Test
  void should_name_the_questionnaire_when_it_is_not_found() {
    // GIVEN
    String text = "questionnaire: classpath:/no/such.yaml\nscenarios: []\n";
    // WHEN
    DecodeResult<ScenarioSuite> read = ScenarioSuite.read(text, DocumentFormat.YAML, "x.yaml");
    // THEN
    then(read.findings()).extracting(ScenarioSuiteTest::describe)
        .containsExactly("TST-0005 /questionnaire line 1: questionnaire classpath:/no/such.yaml not found");
  }

  @Test
  void should_report_an_unknown_default_and_a_duplicate_name_when_they_are_written() {
    // GIVEN
    String text = "questionnaire: classpath:" + Fixtures.DIR + "rules-example.yaml\n"
        + "defaults: average\n"
        + "scenarios:\n  - name: a\n  - name: a\n";
    // WHEN
    List<Finding> findings = ScenarioSuite.read(text, DocumentFormat.YAML, "x.yaml").findings();
    // THEN
    then(findings).extracting(ScenarioSuiteTest::describe).containsExactly(
        "TST-0013 /defaults line 2: unknown default 'average': use notAnswered, dontKnow, notApplicable,"
            + " lowest, highest or {option: value}",
        "TST-0014 /scenarios/1/name line 5: scenario name 'a' is already used at /scenarios/0");
  }

  @Test
  void should_throw_with_the_findings_when_a_broken_file_is_loaded() {
    // GIVEN
    String resource = Fixtures.DIR + "broken.scenarios.yaml";
    // WHEN
    Throwable thrown = catchThrowable(() -> ScenarioSuite.load(resource));
    // THEN
    then(thrown).isInstanceOf(InvalidDocumentException.class).hasMessageContaining("TST-0003");
    then(((InvalidDocumentException) thrown).findings()).hasSize(10);
  }

  private static String describe(Finding f) {
    return f.code() + " " + f.pointer() + " line " + f.line().orElse(0) + ": " + f.message();
  }
}
