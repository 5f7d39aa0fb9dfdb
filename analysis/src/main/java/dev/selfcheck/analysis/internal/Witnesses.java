package dev.selfcheck.analysis.internal;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/*
 * Concrete responses that back the findings saying "can": the responses that answer every scored
 * question with its lowest or its highest item score (scored with the real engine to find scores
 * that lie in no band).
 */
/** Concrete responses behind findings that claim something can happen. */
final class Witnesses {

  private Witnesses() {}

  /**
   * A response that answers every scored question with its lowest or highest item score.
   *
   * @param questionnaire the questionnaire
   * @param highest true for the highest scores
   * @return the response
   */
  static Response extreme(Questionnaire questionnaire, boolean highest) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    questionnaire.allQuestions().forEach(q -> extreme(questionnaire, q, highest)
        .ifPresent(v -> answers.putIfAbsent(q.id(), Answer.of(v))));
    return Response.builder().questionnaireId(questionnaire.id())
        .questionnaireVersion(questionnaire.version()).answers(answers).build();
  }

  private static Optional<AnswerValue> extreme(Questionnaire questionnaire, Question q, boolean highest) {
    if (ScoreRanges.itemRange(questionnaire, q).isEmpty()) {
      return Optional.empty();
    }
    ItemScoring s = q.scoring().orElse(ItemScoring.builder().build());
    List<AnswerOption> scored = questionnaire.optionsOf(q).stream()
        .filter(o -> o.score().isPresent()).toList();
    Comparator<AnswerOption> byScore = Comparator.comparing(o -> effective(q, scored, o));
    switch (q.type()) {
      case SINGLE_CHOICE, ORDINAL_SCALE -> {
        return Optional.of(AnswerValue.option(
            (highest ? scored.stream().max(byScore) : scored.stream().min(byScore)).orElseThrow().value()));
      }
      case YES_NO -> {
        boolean yesHigher = s.yes().orElseThrow().compareTo(s.no().orElseThrow()) >= 0;
        return Optional.of(AnswerValue.bool(highest == yesHigher));
      }
      case MULTIPLE_CHOICE -> {
        List<AnswerOption> all = questionnaire.optionsOf(q);
        if (s.multiple().orElse(ItemScoring.Multiple.SUM) == ItemScoring.Multiple.SHARE) {
          return Optional.of(AnswerValue.options(highest ? all.stream().map(AnswerOption::value).toList()
              : List.of(all.get(0).value())));
        }
        List<String> chosen = scored.stream()
            .filter(o -> effective(q, scored, o).signum() == (highest ? 1 : -1))
            .map(AnswerOption::value).toList();
        if (chosen.isEmpty()) {
          chosen = List.of((highest ? scored.stream().max(byScore) : scored.stream().min(byScore))
              .orElseThrow().value());
        }
        return Optional.of(AnswerValue.options(chosen));
      }
      case NUMBER -> {
        List<BigDecimal> candidates = new ArrayList<>();
        s.thresholds().forEach(t -> candidates.add(t.from()));
        s.points().forEach(p -> candidates.add(p.value()));
        q.min().ifPresent(candidates::add);
        q.max().ifPresent(candidates::add);
        List<BigDecimal> inRange = candidates.stream()
            .filter(x -> q.min().map(m -> x.compareTo(m) >= 0).orElse(true))
            .filter(x -> q.max().map(m -> x.compareTo(m) <= 0).orElse(true)).toList();
        Comparator<BigDecimal> byItemScore = Comparator.comparing(x -> numberScore(s, x));
        return (highest ? inRange.stream().max(byItemScore) : inRange.stream().min(byItemScore))
            .map(AnswerValue::number);
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private static Rational effective(Question q, List<AnswerOption> scored, AnswerOption o) {
    Rational r = Rational.of(o.score().orElseThrow());
    if (!q.reversed()) {
      return r;
    }
    Rational lo = scored.stream().map(x -> Rational.of(x.score().orElseThrow())).reduce(Rational::min).orElseThrow();
    Rational hi = scored.stream().map(x -> Rational.of(x.score().orElseThrow())).reduce(Rational::max).orElseThrow();
    return lo.plus(hi).minus(r);
  }

  /** The item score of a number, as docs/scoring.md defines it (only to choose a candidate). */
  private static Rational numberScore(ItemScoring s, BigDecimal answer) {
    Rational x = Rational.of(answer);
    if (!s.thresholds().isEmpty()) {
      Rational result = Rational.of(s.thresholds().get(0).score());
      for (ItemScoring.Threshold t : s.thresholds()) {
        if (x.compareTo(t.from()) >= 0) {
          result = Rational.of(t.score());
        }
      }
      return result;
    }
    List<ItemScoring.Point> points = s.points();
    if (x.compareTo(points.get(0).value()) <= 0) {
      return Rational.of(points.get(0).score());
    }
    for (int i = 1; i < points.size(); i++) {
      ItemScoring.Point a = points.get(i - 1);
      ItemScoring.Point b = points.get(i);
      if (x.compareTo(b.value()) <= 0) {
        Rational x0 = Rational.of(a.value());
        Rational y0 = Rational.of(a.score());
        return y0.plus(x.minus(x0).times(Rational.of(b.score()).minus(y0))
            .dividedBy(Rational.of(b.value()).minus(x0)));
      }
    }
    return Rational.of(points.get(points.size() - 1).score());
  }
}
