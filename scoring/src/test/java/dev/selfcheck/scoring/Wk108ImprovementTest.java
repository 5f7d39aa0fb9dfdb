package dev.selfcheck.scoring;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Improvement potential on the wk108 questionnaire: plans reach the next band, with few changes. */
class Wk108ImprovementTest {

  private static final Scorer SCORER = ScoringEngine.create().compile(Wk108.questionnaire());

  private static Response apply(Response r, List<Improvement> changes) {
    Response.Builder b = Response.builder().from(r);
    for (Improvement i : changes) {
      b.putAnswer(i.question(), i.betterAnswer());
    }
    return b.build();
  }

  private static List<Response> firstResponses(int n) throws IOException {
    Assumptions.assumeTrue(Wk108.available(), "the shared workload is not beside the checkout");
    JsonMapper json = JsonMapper.builder().build();
    List<Response> out = new ArrayList<>();
    for (String line : Files.readAllLines(Wk108.DIR.resolve("responses-1k.jsonl"), StandardCharsets.UTF_8)) {
      out.add(Wk108.response(json.readTree(line)));
      if (out.size() == n) {
        break;
      }
    }
    return out;
  }

  @Test
  void should_reach_the_next_band_when_the_plan_is_applied() throws IOException {
    for (Response r : firstResponses(5)) {
      for (String d : List.of("d1", "d2", "d7", DimensionResult.TOTAL)) {
        // WHEN
        ImprovementPotential p = SCORER.improvements(r, d);
        // THEN
        if (p.nextBand().isEmpty()) {
          then(p.band().map(b -> b.id())).contains("leading");
          continue;
        }
        then(p.nextBandReachable()).as("%s of a wk108 response can always reach the next band", d).isTrue();
        DimensionResult after = SCORER.score(apply(r, p.planToNextBand())).dimension(d).orElseThrow();
        then(after.band()).isPresent();
        then(after.score().orElseThrow()).isEqualByComparingTo(
            p.planToNextBand().get(p.planToNextBand().size() - 1).scoreAfter());
        then(after.score().orElseThrow().compareTo(p.nextBand().get().lower())).isNotNegative();
      }
    }
  }

  @Test
  void should_list_single_changes_by_gain_with_exact_scores_when_asked_for_best_changes()
      throws IOException {
    // GIVEN
    Response r = firstResponses(1).get(0);
    // WHEN
    ImprovementPotential p = SCORER.improvements(r, "d2");
    // THEN
    then(p.bestChanges()).isNotEmpty();
    Rational before = p.score().orElseThrow();
    Rational previousGain = null;
    for (Improvement i : p.bestChanges()) {
      then(i.gain().signum()).isPositive();
      then(i.scoreAfter()).isEqualTo(before.plus(i.gain()));
      then(SCORER.score(apply(r, List.of(i))).dimension("d2").orElseThrow().score())
          .contains(i.scoreAfter());
      if (previousGain != null) {
        then(i.gain().compareTo(previousGain)).isNotPositive();
      }
      previousGain = i.gain();
    }
  }

  @Test
  void should_need_no_more_changes_than_the_fewest_possible_when_gains_are_independent()
      throws IOException {
    // GIVEN a criterion of wk108 with 6 questions, all answered 0 ("not at all")
    Response.Builder b = Response.builder().questionnaireId("wk108")
        .questionnaireVersion(Wk108.questionnaire().version());
    for (int i = 1; i <= 6; i++) {
      b.putAnswer(String.format(java.util.Locale.ROOT, "q%03d", i), Answer.of(AnswerValue.option("0")));
    }
    Response r = b.build();
    // WHEN
    ImprovementPotential p = SCORER.improvements(r, "d1c1");
    // THEN the plan is as short as the shortest set found by brute force over all answer combinations
    then(p.nextBandReachable()).isTrue();
    then(p.planToNextBand()).hasSize(fewestChangesToReach(r, p.nextBand().get().lower()));
  }

  /** Brute force: the fewest questions of d1c1 (q001..q006) to change so that d1c1 ≥ lower. */
  private static int fewestChangesToReach(Response r, java.math.BigDecimal lower) {
    int best = Integer.MAX_VALUE;
    int[] levels = new int[6];
    int combinations = (int) Math.pow(5, 6);
    for (int c = 0; c < combinations; c++) {
      int x = c;
      int changed = 0;
      Response.Builder b = Response.builder().from(r);
      for (int i = 0; i < 6; i++) {
        levels[i] = x % 5;
        x /= 5;
        if (levels[i] != 0) {
          changed++;
          b.putAnswer(String.format(java.util.Locale.ROOT, "q%03d", i + 1),
              Answer.of(AnswerValue.option(String.valueOf(levels[i]))));
        }
      }
      if (changed >= best) {
        continue;
      }
      Rational s = SCORER.score(b.build()).dimension("d1c1").orElseThrow().score().orElseThrow();
      if (s.compareTo(lower) >= 0) {
        best = changed;
      }
    }
    return best;
  }
}
