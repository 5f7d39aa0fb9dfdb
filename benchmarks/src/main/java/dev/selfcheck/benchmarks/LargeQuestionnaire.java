package dev.selfcheck.benchmarks;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.core.SemanticVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated questionnaire of any size, and a response to it, from a fixed seed: {@code fields}
 * dimensions of {@code areas} sub-dimensions each, every sub-dimension with the same number of
 * questions (five-level scales, single choice, yes/no, numbers scored by thresholds, multiple
 * choice). The first question of each sub-dimension is a yes/no gate that two later questions are
 * visible under; the total and the fields are normalised to 0–100 with three bands each; every
 * third area needs half of its questions answered. The response answers most questions, leaning
 * low, with some "don't know" and some left open.
 */
final class LargeQuestionnaire {

  private static final long SEED = 20261207L;

  private final Random random = new Random(SEED);
  private int next;

  /**
   * Generates the questionnaire.
   *
   * @param fields top-level dimensions
   * @param areas sub-dimensions per field
   * @param perArea questions per sub-dimension (at least 3)
   * @return the questionnaire
   */
  Questionnaire questionnaire(int fields, int areas, int perArea) {
    Questionnaire.Builder b = Questionnaire.builder().id("large").version(SemanticVersion.of(1, 0, 0))
        .defaultLocale("en").title(en("A large self-assessment"))
        .scoring(ScoringSettings.builder().normalize(true).build())
        .bands(bands("total"));
    for (int f = 1; f <= fields; f++) {
      Dimension.Builder field = Dimension.builder().id("f" + f).label(en("Field " + f)).bands(bands("f" + f));
      for (int a = 1; a <= areas; a++) {
        Dimension.Builder area = Dimension.builder().id("f" + f + "a" + a).label(en("Area " + f + "." + a));
        if (a % 3 == 0) {
          area.scoring(ScoringSettings.builder().minAnsweredShare(new BigDecimal("0.5")).build());
        }
        String gate = null;
        for (int i = 0; i < perArea; i++) {
          Question q = question(i == 0, i == 1 || i == 2 ? gate : null);
          if (i == 0) {
            gate = q.id();
          }
          area.addQuestions(q);
        }
        field.addDimensions(area.build());
      }
      b.addDimensions(field.build());
    }
    return b.build();
  }

  private static List<Band> bands(String prefix) {
    return List.of(band(prefix + "-low", "0", "40", false), band(prefix + "-mid", "40", "70", false),
        band(prefix + "-high", "70", "100", true));
  }

  private static Band band(String id, String lower, String upper, boolean upperInclusive) {
    return Band.builder().id(id).label(en(id)).lower(new BigDecimal(lower)).upper(new BigDecimal(upper))
        .upperInclusive(upperInclusive).build();
  }

  private Question question(boolean gate, String visibleUnder) {
    String id = "q" + (++next);
    QuestionType type = gate ? QuestionType.YES_NO
        : List.of(QuestionType.ORDINAL_SCALE, QuestionType.ORDINAL_SCALE, QuestionType.SINGLE_CHOICE,
            QuestionType.YES_NO, QuestionType.NUMBER, QuestionType.MULTIPLE_CHOICE).get(random.nextInt(6));
    Question.Builder b = Question.builder().id(id).type(type).text(en("Question " + id))
        .allowDontKnow(true).weight(BigDecimal.valueOf(1 + random.nextInt(3)));
    switch (type) {
      case ORDINAL_SCALE:
      case SINGLE_CHOICE:
        for (int o = 0; o < 5; o++) {
          b.addOption(AnswerOption.of("o" + o, en("level " + o), BigDecimal.valueOf(o * 25)));
        }
        break;
      case MULTIPLE_CHOICE:
        for (int o = 0; o < 4; o++) {
          b.addOption(AnswerOption.of("m" + o, en("measure " + o), BigDecimal.valueOf(10 + 5 * o)));
        }
        b.scoring(ItemScoring.builder().multiple(ItemScoring.Multiple.SUM).cap(new BigDecimal("100")).build());
        break;
      case NUMBER:
        b.scoring(ItemScoring.builder()
            .addThreshold(ItemScoring.Threshold.of(new BigDecimal("0"), new BigDecimal("0")))
            .addThreshold(ItemScoring.Threshold.of(new BigDecimal("10"), new BigDecimal("50")))
            .addThreshold(ItemScoring.Threshold.of(new BigDecimal("50"), new BigDecimal("100")))
            .build());
        break;
      default:
        b.scoring(ItemScoring.builder().yes(new BigDecimal("100")).no(BigDecimal.ZERO).build());
    }
    if (visibleUnder != null) {
      b.visibleWhen(AnswerComparison.of(visibleUnder, Operator.EQ, List.of(Literal.of(true))));
    }
    return b.build();
  }

  /**
   * A response that answers most questions, leaning low.
   *
   * @param questionnaire the generated questionnaire
   * @return the response
   */
  Response response(Questionnaire questionnaire) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    questionnaire.allQuestions().forEach(q -> {
      int pick = random.nextInt(20);
      if (pick == 0) {
        answers.put(q.id(), Answer.dontKnow());
      } else if (pick > 2) {
        answers.put(q.id(), Answer.of(value(q)));
      }
    });
    return Response.builder().questionnaireId(questionnaire.id()).questionnaireVersion(questionnaire.version())
        .answers(answers).build();
  }

  private AnswerValue value(Question q) {
    switch (q.type()) {
      case ORDINAL_SCALE:
      case SINGLE_CHOICE:
        return AnswerValue.option("o" + Math.min(random.nextInt(4), random.nextInt(5)));
      case MULTIPLE_CHOICE: {
        List<String> chosen = new ArrayList<>();
        for (AnswerOption o : q.options()) {
          if (random.nextInt(3) == 0) {
            chosen.add(o.value());
          }
        }
        return AnswerValue.options(chosen);
      }
      case NUMBER:
        return AnswerValue.number(BigDecimal.valueOf(random.nextInt(60)));
      default:
        return AnswerValue.bool(random.nextInt(3) > 0);
    }
  }

  private static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }
}
