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
import java.util.concurrent.CountDownLatch;
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

  @Test
  void should_keep_each_assessment_its_own_results_when_it_is_read_after_later_responses_were_scored() {
    // GIVEN one thread that scores every response before reading any assessment
    Scorer scorer = compile(questionnaire());
    List<Response> responses = responses();
    List<Assessment> unread = responses.stream().map(scorer::score).toList();
    // WHEN each is read only now, and compared with one read at once
    List<String> late = unread.stream().map(Assessment::toJson).toList();
    List<String> atOnce = responses.stream().map(r -> scorer.score(r).toJson()).toList();
    // THEN
    then(late).isEqualTo(atOnce);
    then(late.stream().distinct().count()).as("the responses differ").isGreaterThan(100);
  }

  @Test
  void should_equal_an_assessment_built_with_the_same_parts_and_write_the_same_lines() {
    // GIVEN
    Scorer explaining = compile(questionnaire());
    Scorer plain = ScoringEngine.builder().explanations(false).build().compile(questionnaire());
    for (Response r : responses().subList(0, 200)) {
      for (Scorer scorer : List.of(explaining, plain)) {
        // WHEN
        Assessment view = scorer.score(r);
        Assessment built = Assessment.builder().from(scorer.score(r)).build();
        // THEN
        then(view).isEqualTo(built);
        then(built).isEqualTo(view);
        then(view.hashCode()).isEqualTo(built.hashCode());
        then(view.toString()).isEqualTo(built.toString());
        then(view.toJson()).isEqualTo(built.toJson());
        then(scorer.score(r).toCompactJson()).as("the compact line from the results")
            .isEqualTo(built.toCompactJson());
      }
    }
  }

  @Test
  void should_read_an_assessment_once_when_8_threads_read_it_first_at_the_same_time() throws Exception {
    // GIVEN assessments that nobody has read yet
    Scorer scorer = compile(questionnaire());
    List<Assessment> unread = responses().subList(0, 50).stream().map(scorer::score).toList();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (Assessment a : unread) {
        // WHEN every thread reads it at once
        CountDownLatch start = new CountDownLatch(1);
        List<Future<DimensionResult>> totals = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          totals.add(pool.submit(() -> {
            start.await();
            return a.total();
          }));
        }
        start.countDown();
        // THEN they all see the one result read once
        for (Future<DimensionResult> f : totals) {
          then(f.get()).isSameAs(a.total());
        }
      }
    } finally {
      pool.shutdown();
    }
  }
}
