package dev.selfcheck.panel.internal;

import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scale steps of a scored choice question, as the engine ranks its options: step 0 is the
 * lowest item score, equal scores are one step, so A is the number of distinct item scores.
 *
 * @param stepOf the step of each scored option value, lowest first
 * @param count A, the number of steps
 * @param options the option values per step (in the engine's order within a step)
 */
public record Steps(Map<String, Integer> stepOf, int count, List<List<String>> options) {

  /**
   * @param model the scoring model
   * @param questionId a question id
   * @return the steps, or empty when the question has no scored options
   */
  public static Optional<Steps> of(ScoringModel model, String questionId) {
    List<AnswerOption> byScore = new ArrayList<>(model.optionsByScore(questionId));
    if (byScore.isEmpty()) {
      return Optional.empty();
    }
    java.util.Collections.reverse(byScore);  // lowest first
    Map<String, Integer> stepOf = new LinkedHashMap<>();
    List<List<String>> options = new ArrayList<>();
    Rational previous = null;
    for (AnswerOption o : byScore) {
      Rational score = model.optionScore(questionId, o.value()).orElseThrow();
      if (previous == null || score.compareTo(previous) != 0) {
        options.add(new ArrayList<>());
        previous = score;
      }
      stepOf.put(o.value(), options.size() - 1);
      options.get(options.size() - 1).add(o.value());
    }
    return Optional.of(new Steps(stepOf, options.size(), options.stream().map(List::copyOf).toList()));
  }
}
