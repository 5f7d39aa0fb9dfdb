package dev.selfcheck.fuzz;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The same questionnaire and response give byte-identical assessment JSON, every run, thread and engine. */
class DeterminismTest {

  private static final int THREADS = 8;
  private static final int SCORINGS_PER_THREAD = 200;

  @Test
  void should_write_identical_json_when_one_scorer_scores_repeatedly() {
    // GIVEN
    Scorer scorer = ScoringEngine.create().compile(Flagship.questionnaire());
    Response response = Flagship.sampleResponse();
    String first = scorer.score(response).toJson();

    // WHEN
    Set<String> all = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      all.add(scorer.score(response).toJson());
    }

    // THEN
    then(all).containsExactly(first);
  }

  @Test
  void should_write_identical_json_when_threads_share_one_scorer() throws Exception {
    // GIVEN
    Scorer scorer = ScoringEngine.create().compile(Flagship.questionnaire());
    List<Response> responses = Flagship.sampleResponses();
    List<String> expected = new ArrayList<>();
    for (Response r : responses) {
      expected.add(scorer.score(r).toJson());
    }
    Set<String> seen = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    // WHEN
    List<Future<List<String>>> results = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          start.await();
          List<String> mismatches = new ArrayList<>();
          for (int i = 0; i < SCORINGS_PER_THREAD; i++) {
            int k = (offset + i) % responses.size();
            String json = scorer.score(responses.get(k)).toJson();
            seen.add(json);
            if (!json.equals(expected.get(k))) {
              mismatches.add(responses.get(k).respondent().map(Object::toString).orElse("#" + k));
            }
          }
          return mismatches;
        }));
      }
      start.countDown();
      // THEN
      for (Future<List<String>> f : results) {
        then(f.get(60, TimeUnit.SECONDS)).as("responses scored differently").isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    then(seen).containsExactlyInAnyOrderElementsOf(Set.copyOf(expected));
  }

  @Test
  void should_write_identical_json_when_separate_engines_score() {
    // GIVEN
    Questionnaire questionnaire = Flagship.questionnaire();

    for (Response response : Flagship.sampleResponses()) {
      // WHEN
      String one = ScoringEngine.create().compile(questionnaire).score(response).toJson();
      String other = ScoringEngine.builder().build().compile(questionnaire).score(response).toJson();

      // THEN
      then(other).isEqualTo(one);
    }
  }

  @Test
  void should_read_equal_questionnaires_when_the_flagship_yaml_is_read_twice() {
    // GIVEN
    String yaml = Flagship.questionnaireDocument();

    // WHEN
    Questionnaire one = QuestionnaireCodec.create().readQuestionnaire(yaml, DocumentFormat.YAML).orElseThrow();
    Questionnaire other = QuestionnaireCodec.create().readQuestionnaire(yaml, DocumentFormat.YAML).orElseThrow();

    // THEN
    then(other).isEqualTo(one).hasSameHashCodeAs(one);
    then(QuestionnaireCodec.create().writeQuestionnaire(other))
        .isEqualTo(QuestionnaireCodec.create().writeQuestionnaire(one));
  }
}
