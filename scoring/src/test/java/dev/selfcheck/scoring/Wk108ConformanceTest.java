package dev.selfcheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Band;
import dev.selfcheck.core.Questionnaire;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine reproduces the published results of the shared workload wk108 exactly: every
 * overall, dimension and criterion score (rounded half up to 2 decimals), every band, every
 * completion (4 decimals) and every fired rule, for 1000 generated responses and 12 edge cases
 * (exact thresholds, rounding ties, not-scorable dimensions). The expected files were checked with
 * exact rational arithmetic by their authors.
 */
class Wk108ConformanceTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void should_be_a_valid_questionnaire_when_wk108_is_written_as_data() {
    // GIVEN
    Questionnaire q = Wk108.questionnaire();
    // THEN
    then(q.validate()).isEmpty();
    then(q.allQuestions().count()).isEqualTo(108);
    then(q.rules()).hasSize(42);
  }

  @TestFactory
  Stream<DynamicTest> should_match_the_expected_results_when_scoring_the_wk108_responses()
      throws IOException {
    Assumptions.assumeTrue(Wk108.available(), "the shared workload is not beside the checkout");
    Scorer scorer = ScoringEngine.create().compile(Wk108.questionnaire());
    List<DynamicTest> tests = new ArrayList<>();
    for (String set : List.of("edge", "1k")) {
      List<String> responses = Files.readAllLines(Wk108.DIR.resolve("responses-" + set + ".jsonl"),
          StandardCharsets.UTF_8);
      List<String> expected = Files.readAllLines(Wk108.DIR.resolve("expected-" + set + ".jsonl"),
          StandardCharsets.UTF_8);
      then(responses).hasSameSizeAs(expected);
      tests.add(DynamicTest.dynamicTest(set + ": " + responses.size() + " responses", () -> {
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
          JsonNode in = JSON.readTree(responses.get(i));
          JsonNode want = JSON.readTree(expected.get(i));
          Assessment a = scorer.score(Wk108.response(in));
          String diff = compare(a, want);
          if (!diff.isEmpty()) {
            mismatches.add(in.get("id").asString() + ": " + diff);
          }
        }
        assertThat(mismatches).as("responses that differ from the expected results").isEmpty();
      }));
    }
    return tests.stream();
  }

  /** Describes every difference between an assessment and an expected line; empty if none. */
  static String compare(Assessment a, JsonNode want) {
    StringBuilder diff = new StringBuilder();
    check(diff, "overall", a.total().displayScore().orElse(null), want.get("overall"));
    check(diff, "overallBand", a.total().band().map(Band::id).orElse(null), want.get("overallBand"));
    for (Map.Entry<String, JsonNode> e : want.get("dimensions").properties()) {
      DimensionResult d = a.dimension(e.getKey()).orElseThrow();
      check(diff, e.getKey(), d.displayScore().orElse(null), e.getValue());
      check(diff, e.getKey() + ".band", d.band().map(Band::id).orElse(null),
          want.get("bands").get(e.getKey()));
      check(diff, e.getKey() + ".completion", d.completion().toBigDecimal(4),
          want.get("completion").get(e.getKey()));
    }
    for (Map.Entry<String, JsonNode> e : want.get("criteria").properties()) {
      check(diff, e.getKey(), a.dimension(e.getKey()).orElseThrow().displayScore().orElse(null),
          e.getValue());
    }
    List<String> rules = new ArrayList<>();
    a.recommendations().forEach(r -> rules.add(r.recommendation().id()));
    rules.sort(null);
    List<String> wantRules = new ArrayList<>();
    want.get("rules").forEach(r -> wantRules.add(r.asString()));
    if (!rules.equals(wantRules)) {
      diff.append(" rules ").append(rules).append(" != ").append(wantRules);
    }
    return diff.toString();
  }

  private static void check(StringBuilder diff, String what, Object actual, JsonNode expected) {
    boolean same;
    if (expected == null || expected.isNull()) {
      same = actual == null;
    } else if (actual instanceof BigDecimal) {
      same = ((BigDecimal) actual).compareTo(expected.decimalValue()) == 0;
    } else {
      same = actual != null && actual.toString().equals(expected.asString());
    }
    if (!same) {
      diff.append(' ').append(what).append('=').append(actual).append(" (expected ")
          .append(expected).append(')');
    }
  }
}
