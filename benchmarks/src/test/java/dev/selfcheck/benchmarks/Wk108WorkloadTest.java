package dev.selfcheck.benchmarks;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.ScoringEngine;
import dev.selfcheck.scoring.Scorer;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The benchmark setup: the wk108 document loads, and what is timed is checked first. */
class Wk108WorkloadTest {

  private static void assumeWorkload() {
    Assumptions.assumeTrue(Files.isRegularFile(Wk108Workload.directory().resolve("expected-1k.jsonl")),
        "the shared workload is not beside the checkout");
  }

  @Test
  void should_load_108_questions_and_42_rules_when_the_wk108_document_is_read() {
    // GIVEN
    // WHEN
    Questionnaire q = Wk108Workload.questionnaire();
    // THEN
    then(q.validate()).isEmpty();
    then(q.allQuestions().count()).isEqualTo(108);
    then(q.rules()).hasSize(42);
  }

  @Test
  void should_keep_values_and_dont_know_and_leave_out_missing_when_a_wk108_line_is_converted() {
    // GIVEN
    String line = "{\"id\":\"resp-0000001\",\"answers\":{\"q001\":1,\"q002\":\"dk\",\"q004\":null}}";
    // WHEN
    Response r = Wk108Workload.response(Wk108Workload.responseDocument(line));
    // THEN
    then(r.respondent().orElseThrow().id()).isEqualTo("resp-0000001");
    then(r.answers()).containsOnlyKeys("q001", "q002");
    then(r.answers().get("q001").value().orElseThrow().asOption()).isEqualTo("1");
    then(r.stateOf("q002")).isEqualTo(AnswerState.DONT_KNOW);
  }

  @Test
  void should_match_every_expected_result_when_the_benchmark_scorers_score_the_workload() {
    assumeWorkload();
    // GIVEN
    Questionnaire q = Wk108Workload.questionnaire();
    for (boolean explain : new boolean[] {false, true}) {
      Scorer scorer = ScoringEngine.builder().explanations(explain).build().compile(q);
      // WHEN
      // THEN
      then(Wk108Workload.verify(scorer, "edge")).isEmpty();
      then(Wk108Workload.verify(scorer, "1k")).isEmpty();
    }
  }

  @Test
  void should_match_every_expected_result_when_the_workload_is_scored_on_answer_sheets() {
    assumeWorkload();
    // GIVEN
    Scorer scorer = ScoringEngine.create().compile(Wk108Workload.questionnaire());
    // WHEN
    // THEN
    then(Wk108Workload.verifySheet(scorer, "edge")).isEmpty();
    then(Wk108Workload.verifySheet(scorer, "1k")).isEmpty();
  }

  @Test
  void should_decode_option_numbers_dont_know_and_missing_when_a_line_is_decoded_for_a_sheet() {
    // GIVEN
    String line = "{\"id\":\"r\",\"answers\":{\"q001\":3,\"q002\":\"dk\",\"q004\":null}}";
    // WHEN
    byte[] answers = Wk108Workload.decode(line);
    // THEN
    then(answers).hasSize(108);
    then(answers[0]).isEqualTo((byte) 3);
    then(answers[1]).isEqualTo(Wk108Workload.DONT_KNOW);
    then(answers[2]).isEqualTo(Wk108Workload.MISSING);
    then(answers[3]).isEqualTo(Wk108Workload.MISSING);
  }

  @Test
  void should_report_differences_when_a_scorer_does_not_match() {
    assumeWorkload();
    // GIVEN a scorer of a questionnaire whose total rounds to no decimals
    Scorer wrong = ScoringEngine.builder().decimals(0).build().compile(Questionnaire.builder()
        .from(Wk108Workload.questionnaire()).scoring(java.util.Optional.empty()).build());
    // WHEN
    var mismatches = Wk108Workload.verify(wrong, "edge");
    // THEN
    then(mismatches).isNotEmpty();
    then(mismatches.get(0)).startsWith("edge-");
  }
}
