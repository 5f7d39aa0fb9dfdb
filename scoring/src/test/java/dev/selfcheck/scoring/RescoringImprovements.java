package dev.selfcheck.scoring;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.internal.CompiledQuestionnaire;
import dev.selfcheck.scoring.internal.ItemScorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/*
 * The test oracle of improvement potential, by trying answers: the finder as it was before gains
 * were read from the evaluation. For a dimension, every visible scored question below it is
 * answered, in turn, with each candidate answer and the response is scored again; the gain is the
 * change of the dimension's exact score. The plan to the next band is greedy over the same
 * re-scorings. Cost: (questions × candidates) re-scorings per step; a test oracle only.
 */
/** Finds improvements by rescoring the response per candidate answer (the oracle). */
final class RescoringImprovements {

  private final CompiledQuestionnaire compiled;

  /** @param compiled the compiled questionnaire */
  RescoringImprovements(CompiledQuestionnaire compiled) {
    this.compiled = compiled;
  }

  private Optional<Rational> scoreOf(Response r, String dimension) {
    Assessment a = compiled.score(r, false);
    return a.dimension(dimension).flatMap(DimensionResult::score);
  }

  private static Response with(Response r, String question, AnswerValue value) {
    Answer old = r.answers().get(question);
    Answer.Builder b = Answer.builder().value(value);
    if (old != null) {
      old.comment().ifPresent(b::comment);
      b.evidence(old.evidence());
    }
    return Response.builder().from(r).putAnswer(question, b.build()).build();
  }

  /**
   * Finds the improvement potential of one dimension.
   *
   * @param response the response
   * @param dimension a dimension id or the total's id
   * @return the potential
   */
  ImprovementPotential find(Response response, String dimension) {
    Assessment base = compiled.score(response, false);
    DimensionResult current = base.dimension(dimension)
        .orElseThrow(() -> new IllegalArgumentException("no dimension '" + dimension + "'"));
    Set<String> visible = new HashSet<>(compiled.questionnaire().visibleQuestions(response));
    Map<Question, ItemScorer> questions = compiled.scoredQuestionsUnder(dimension);
    Rational start = current.score().orElse(current.minScore());

    List<Improvement> best = new ArrayList<>();
    for (Map.Entry<Question, ItemScorer> e : questions.entrySet()) {
      if (!visible.contains(e.getKey().id())) {
        continue;
      }
      bestChange(response, dimension, e.getKey(), e.getValue(), start).ifPresent(best::add);
    }
    best.sort(Comparator.comparing(Improvement::gain).reversed());

    List<Band> bands = bandsOf(dimension);
    Optional<Band> next = nextBand(bands, current);
    List<Improvement> plan = new ArrayList<>();
    boolean reached = false;
    if (next.isPresent()) {
      Response r = response;
      Rational score = start;
      Set<String> changed = new HashSet<>();
      while (!reached) {
        Improvement step = null;
        for (Map.Entry<Question, ItemScorer> e : questions.entrySet()) {
          String id = e.getKey().id();
          if (!visible.contains(id) || changed.contains(id)) {
            continue;
          }
          Optional<Improvement> c = bestChange(r, dimension, e.getKey(), e.getValue(), score);
          if (c.isPresent() && (step == null || c.get().gain().compareTo(step.gain()) > 0)) {
            step = c.get();
          }
        }
        if (step == null) {
          break;
        }
        plan.add(step);
        changed.add(step.question());
        r = with(r, step.question(), step.betterAnswer().value().orElseThrow());
        score = step.scoreAfter();
        reached = score.compareTo(next.get().lower()) > 0
            || (score.compareTo(next.get().lower()) == 0 && next.get().lowerInclusive());
      }
      if (!reached) {
        plan.clear();
      }
    }
    return ImprovementPotential.builder()
        .dimension(dimension)
        .score(current.score())
        .band(current.band())
        .bestChanges(best)
        .nextBand(next)
        .planToNextBand(plan)
        .nextBandReachable(reached)
        .build();
  }

  private Optional<Improvement> bestChange(
      Response r, String dimension, Question q, ItemScorer scorer, Rational start) {
    Answer old = r.answers().get(q.id());
    AnswerValue current = old == null ? null : old.value().orElse(null);
    Improvement best = null;
    for (AnswerValue candidate : scorer.candidates(current)) {
      Optional<Rational> after = scoreOf(with(r, q.id(), candidate), dimension);
      if (after.isEmpty()) {
        continue;
      }
      Rational gain = after.get().minus(start);
      if (gain.signum() > 0 && (best == null || gain.compareTo(best.gain()) > 0)) {
        best = Improvement.builder()
            .question(q.id())
            .currentAnswer(Optional.ofNullable(old))
            .betterAnswer(Answer.of(candidate))
            .gain(gain)
            .scoreAfter(after.get())
            .build();
      }
    }
    return Optional.ofNullable(best);
  }

  private List<Band> bandsOf(String dimension) {
    return compiled.questionnaire().bandsOf(dimension);
  }

  /** The band with the smallest lower end above the current score (or the lowest band if none). */
  private static Optional<Band> nextBand(List<Band> bands, DimensionResult current) {
    Rational score = current.score().orElse(null);
    Band next = null;
    for (Band b : bands) {
      boolean above = score == null || score.compareTo(b.lower()) < 0
          || (score.compareTo(b.lower()) == 0 && !b.lowerInclusive());
      if (above && (next == null || b.lower().compareTo(next.lower()) < 0)) {
        next = b;
      }
    }
    return Optional.ofNullable(next);
  }
}
