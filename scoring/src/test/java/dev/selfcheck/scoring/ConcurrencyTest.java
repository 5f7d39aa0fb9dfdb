package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.answers;
import static dev.selfcheck.scoring.Fixtures.band;
import static dev.selfcheck.scoring.Fixtures.compile;
import static dev.selfcheck.scoring.Fixtures.dec;
import static dev.selfcheck.scoring.Fixtures.dim;
import static dev.selfcheck.scoring.Fixtures.level;
import static dev.selfcheck.scoring.Fixtures.recommendation;
import static dev.selfcheck.scoring.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One scorer, many threads. */
class ConcurrencyTest {

  private static final int RESPONSES = 2_000;
  private static final int THREADS = 8;

  private static Questionnaire questionnaire() {
    return Fixtures.questionnaire()
        .addDimensions(dim("A").weight(dec("2"))
            .addDimensions(dim("A1", level("q1"), level("q2", "3")))
            .addDimensions(dim("A2", yesNo("q3", "4", "0"), level("q4")))
            .build())
        .addDimensions(dim("B", level("q5"), level("q6", "0.5")))
        .addBands(band("low", "0", "2"), band("high", "2", true, "4", true))
        .addRecommendations(recommendation("rec", 1))
        .addRules(Rule.builder().id("r1").when(BandIs.of("A", Operator.EQ, List.of("low"))).addRecommend("rec")
            .build())
        .build();
  }

  private static List<Response> responses() {
    Random random = new Random(108);
    List<Response> out = new ArrayList<>();
    for (int i = 0; i < RESPONSES; i++) {
      Fixtures.Answers a = answers();
      for (String q : List.of("q1", "q2", "q4", "q5", "q6")) {
        int pick = random.nextInt(8);
        if (pick < 5) {
          a.option(q, "o" + (pick + 1));
        } else if (pick == 5) {
          a.dontKnow(q);
        } else if (pick == 6) {
          a.notApplicable(q);
        }
      }
      if (random.nextBoolean()) {
        a.yes("q3");
      }
      out.add(a.response());
    }
    return out;
  }

  @Test
  void should_give_the_single_threaded_assessments_when_one_scorer_is_used_from_8_threads() throws Exception {
    // GIVEN
    Scorer scorer = compile(questionnaire());
    List<Response> responses = responses();
    List<Assessment> expected = responses.stream().map(scorer::score).toList();
    List<String> expectedJson = expected.stream().map(Assessment::toJson).toList();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      // WHEN each thread scores (and writes) every response, starting at a different place
      List<Future<List<Object[]>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int start = t * RESPONSES / THREADS;
        futures.add(pool.submit(() -> {
          Object[][] mine = new Object[RESPONSES][];
          for (int k = 0; k < RESPONSES; k++) {
            int i = (start + k) % RESPONSES;
            Assessment a = scorer.score(responses.get(i));
            mine[i] = new Object[] {a, a.toJson()};
          }
          return List.of(mine);
        }));
      }
      // THEN
      for (Future<List<Object[]>> f : futures) {
        List<Object[]> got = f.get();
        for (int i = 0; i < RESPONSES; i++) {
          then(got.get(i)[0]).isEqualTo(expected.get(i));
          then(got.get(i)[1]).isEqualTo(expectedJson.get(i));
        }
      }
    } finally {
      pool.shutdown();
    }
    then(expected.stream().filter(a -> a.recommends("rec")).count()).as("the rule fires sometimes").isPositive();
  }
}
