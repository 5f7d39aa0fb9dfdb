package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/*
 * Random but valid responses, the same sequence for the same seed and questionnaire.
 *
 * Each response gets a "maturity" between 0 and 1 that skews its answers (low options, "no",
 * small numbers for an immature municipality), so that a batch spreads over all bands, and a
 * "gap rate" for unanswered questions. Per question: left out (never when required), "don't
 * know" or "not applicable" (only when the question allows it), otherwise a value of its type
 * within its options or bounds. Answers to questions that the other answers hide are removed
 * at the end; that changes no visibility, because conditions already treat an answer to a
 * hidden question as not given.
 */
/** Generates random responses that are valid for a questionnaire, deterministic for a seed. */
final class ResponseGenerator {

  private static final List<String> ROLES = List.of("mayor's office", "integration office",
      "social services", "human resources", "economic development", "citizens' office");
  private static final List<String> TEXTS = List.of("See the council decision of 2024.",
      "Planned for next year.", "Only in the central office.", "Discussed in the workshop.");

  private final Questionnaire questionnaire;
  private final List<Question> questions;
  private final SplittableRandom random;
  private long count;

  ResponseGenerator(Questionnaire questionnaire, long seed) {
    this.questionnaire = questionnaire;
    this.questions = questionnaire.allQuestions().collect(java.util.stream.Collectors.toList());
    this.random = new SplittableRandom(seed);
  }

  /** @return the next response */
  Response next() {
    count++;
    double maturity = random.nextDouble();
    double gapRate = random.nextDouble() * 0.15;
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Question q : questions) {
      double roll = random.nextDouble();
      if (!q.required() && roll < gapRate) {
        continue;
      }
      if (roll < gapRate + 0.04 && questionnaire.allowsDontKnow(q)) {
        answers.put(q.id(), Answer.dontKnow());
      } else if (roll >= gapRate + 0.04 && roll < gapRate + 0.07 && questionnaire.allowsNotApplicable(q)) {
        answers.put(q.id(), Answer.notApplicable());
      } else {
        Answer answer = answer(q, maturity);
        if (answer != null) {
          answers.put(q.id(), answer);
        }
      }
    }
    Response draft = response(answers);
    Set<String> visible = new HashSet<>(questionnaire.visibleQuestions(draft));
    if (answers.keySet().retainAll(visible)) {
      return response(answers);
    }
    return draft;
  }

  private Response response(Map<String, Answer> answers) {
    return Response.builder()
        .questionnaireId(questionnaire.id())
        .questionnaireVersion(questionnaire.version())
        .respondent(Respondent.builder()
            .id(String.format(java.util.Locale.ROOT, "generated-%06d", count))
            .role(ROLES.get((int) ((count - 1) % ROLES.size())))
            .build())
        .answers(answers)
        .build();
  }

  /** A value of the question's type, skewed by maturity; null for a choice without options. */
  private Answer answer(Question q, double maturity) {
    List<AnswerOption> options = questionnaire.optionsOf(q);
    AnswerValue value;
    switch (q.type()) {
      case SINGLE_CHOICE:
      case ORDINAL_SCALE:
        if (options.isEmpty()) {
          return null;
        }
        value = AnswerValue.option(options.get(skewedIndex(options.size(), maturity)).value());
        break;
      case MULTIPLE_CHOICE:
        if (options.isEmpty()) {
          return null;
        }
        List<String> chosen = new ArrayList<>();
        for (AnswerOption o : options) {
          if (random.nextDouble() < 0.15 + 0.7 * maturity) {
            chosen.add(o.value());
          }
        }
        if (chosen.isEmpty()) {
          chosen.add(options.get(random.nextInt(options.size())).value());
        }
        value = AnswerValue.options(chosen);
        break;
      case YES_NO:
        value = AnswerValue.bool(random.nextDouble() < 0.1 + 0.8 * maturity);
        break;
      case NUMBER:
        value = AnswerValue.number(number(q, maturity));
        break;
      case TEXT:
        value = AnswerValue.text(TEXTS.get(random.nextInt(TEXTS.size())));
        break;
      default:
        throw new AssertionError(q.type());
    }
    Answer.Builder answer = Answer.builder().value(value);
    if (random.nextDouble() < 0.03) {
      answer.comment(TEXTS.get(random.nextInt(TEXTS.size())));
    }
    return answer.build();
  }

  /** An index near {@code maturity * (n - 1)}, spread by about one option. */
  private int skewedIndex(int n, double maturity) {
    double centre = maturity * (n - 1) + (random.nextDouble() - 0.5) * 2.0;
    return (int) Math.max(0, Math.min(n - 1, Math.round(centre)));
  }

  /** A number within the question's bounds (0 to 100 where it has none), skewed by maturity. */
  private BigDecimal number(Question q, double maturity) {
    BigDecimal min = q.min().orElse(q.max().map(max -> max.subtract(BigDecimal.valueOf(100)).min(BigDecimal.ZERO))
        .orElse(BigDecimal.ZERO));
    BigDecimal max = q.max().orElse(min.add(BigDecimal.valueOf(100)));
    double share = Math.max(0, Math.min(1, maturity + (random.nextDouble() - 0.5) * 0.4));
    BigDecimal span = max.subtract(min);
    int scale = span.compareTo(BigDecimal.TEN) >= 0 ? 0 : 2;
    BigDecimal value = min.add(span.multiply(BigDecimal.valueOf(share))).setScale(scale, RoundingMode.DOWN);
    return value.max(min).min(max).stripTrailingZeros();
  }
}
