package dev.selfcheck.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerScale;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.MissingPolicy;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rule;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.core.SemanticVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/*
 * Turns fuzzer bytes into questionnaires and responses through the public builders. Every choice
 * is a small integer taken from the provider, so the fuzzer can reach every combination; the
 * generator does not try to be valid: the caller skips what the builders or validate() reject.
 * Ids are numbered, so references (scales, conditions, rules) are picks among existing ids.
 */
/** Questionnaires and responses made from fuzzer input with the public builders. */
final class FuzzedModels {

  private static final String SCALE = "scale";
  private static final QuestionType[] TYPES = QuestionType.values();

  private final FuzzedDataProvider data;
  private final List<Question> questions = new ArrayList<>();
  private final List<String> dimensionIds = new ArrayList<>();
  private final List<String> bandIds = new ArrayList<>();
  private int dimensionCount;

  private FuzzedModels(FuzzedDataProvider data) {
    this.data = data;
  }

  /**
   * Builds a questionnaire, or nothing when a builder rejects the choices.
   *
   * @param data the fuzzer input
   * @return the questionnaire, not yet validated
   */
  static Optional<Questionnaire> questionnaire(FuzzedDataProvider data) {
    try {
      return Optional.of(new FuzzedModels(data).questionnaire());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /**
   * Builds a response to a questionnaire: each question unanswered, "don't know", "not
   * applicable", or answered with a value of its type.
   *
   * @param data the fuzzer input
   * @param questionnaire the questionnaire
   * @return the response, not yet validated, or nothing when a builder rejects the choices
   */
  static Optional<Response> response(FuzzedDataProvider data, Questionnaire questionnaire) {
    try {
      Response.Builder b = Response.builder()
          .questionnaireId(questionnaire.id())
          .questionnaireVersion(questionnaire.version());
      questionnaire.dimensions().stream().flatMap(Dimension::allQuestions).forEach(q -> {
        int kind = data.consumeInt(0, 5);
        if (kind == 1) {
          b.putAnswer(q.id(), Answer.dontKnow());
        } else if (kind == 2) {
          b.putAnswer(q.id(), Answer.notApplicable());
        } else if (kind > 2) {
          b.putAnswer(q.id(), Answer.of(value(data, questionnaire, q)));
        }
      });
      return Optional.of(b.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static AnswerValue value(FuzzedDataProvider data, Questionnaire questionnaire, Question q) {
    List<AnswerOption> options = q.scale()
        .flatMap(id -> questionnaire.scales().stream().filter(s -> s.id().equals(id)).findFirst())
        .map(AnswerScale::options).orElse(q.options());
    switch (q.type()) {
      case YES_NO:
        return AnswerValue.bool(data.consumeBoolean());
      case NUMBER:
        return AnswerValue.number(BigDecimal.valueOf(data.consumeInt(-10, 130), data.consumeInt(0, 2)));
      case TEXT:
        return AnswerValue.text(data.consumeString(20));
      case MULTIPLE_CHOICE:
        List<String> picked = new ArrayList<>();
        for (AnswerOption o : options) {
          if (data.consumeBoolean()) {
            picked.add(o.value());
          }
        }
        return AnswerValue.options(picked);
      default:
        return AnswerValue.option(options.isEmpty() ? "none" : choose(data, options).value());
    }
  }

  private Questionnaire questionnaire() {
    Questionnaire.Builder b = Questionnaire.builder()
        .id("fuzzed")
        .version(SemanticVersion.parse("1.0.0"))
        .defaultLocale("en")
        .title(text("A fuzzed questionnaire"));
    if (data.consumeBoolean()) {
      b.addScale(AnswerScale.builder().id(SCALE).options(options(""))
          .allowDontKnow(data.consumeBoolean()).allowNotApplicable(data.consumeBoolean()).build());
    }
    int fields = data.consumeInt(1, 3);
    for (int i = 0; i < fields; i++) {
      b.addDimension(dimension(data.consumeInt(0, 2)));
    }
    settings().ifPresent(b::scoring);
    List<Band> bands = bands("total");
    b.bands(bands);
    int recommendations = data.consumeInt(0, 3);
    for (int i = 1; i <= recommendations; i++) {
      b.addRecommendation(Recommendation.builder().id("rec" + i).title(text("Recommendation " + i))
          .text(text("Do thing " + i)).build());
      if (data.consumeBoolean()) {
        b.addRule(Rule.builder().id("rule" + i).when(condition(2, true)).addRecommend("rec" + i).build());
      }
    }
    return b.build();
  }

  private Dimension dimension(int depth) {
    String id = "d" + ++dimensionCount;
    dimensionIds.add(id);
    Dimension.Builder b = Dimension.builder().id(id).label(text("Dimension " + id))
        .weight(BigDecimal.valueOf(data.consumeInt(0, 3)));
    settings().ifPresent(b::scoring);
    if (data.consumeBoolean()) {
      b.bands(bands(id));
    }
    int count = data.consumeInt(1, 4);
    for (int i = 0; i < count; i++) {
      b.addQuestion(question());
    }
    int children = depth == 0 ? 0 : data.consumeInt(0, 2);
    for (int i = 0; i < children; i++) {
      b.addDimension(dimension(depth - 1));
    }
    return b.build();
  }

  private Question question() {
    String id = "q" + (questions.size() + 1);
    QuestionType type = TYPES[data.consumeInt(0, TYPES.length - 1)];
    Question.Builder b = Question.builder().id(id).type(type).text(text("Question " + id))
        .weight(BigDecimal.valueOf(data.consumeInt(0, 3)))
        .required(data.consumeBoolean());
    if (type != QuestionType.SINGLE_CHOICE && type != QuestionType.ORDINAL_SCALE || !data.consumeBoolean()) {
      b.allowDontKnow(data.consumeBoolean()).allowNotApplicable(data.consumeBoolean());
    }
    switch (type) {
      case SINGLE_CHOICE:
      case ORDINAL_SCALE:
        if (data.consumeBoolean()) {
          b.scale(SCALE);
        } else {
          b.options(options("o"));
        }
        b.reversed(data.consumeBoolean());
        break;
      case MULTIPLE_CHOICE:
        b.options(options("m")).scoring(ItemScoring.builder()
            .multiple(data.consumeBoolean() ? ItemScoring.Multiple.SHARE : ItemScoring.Multiple.SUM)
            .cap(data.consumeBoolean() ? Optional.of(number(0, 200)) : Optional.empty())
            .build());
        break;
      case YES_NO:
        if (data.consumeBoolean()) {
          b.scoring(ItemScoring.builder().yes(number(-50, 150)).no(number(-50, 150)).build());
        }
        break;
      case NUMBER:
        b.min(number(-10, 10)).max(number(50, 120));
        ItemScoring.Builder scoring = ItemScoring.builder();
        int steps = data.consumeInt(1, 4);
        boolean points = data.consumeBoolean();
        for (int i = 0; i < steps; i++) {
          BigDecimal at = BigDecimal.valueOf(30L * i + data.consumeInt(0, 29));
          if (points) {
            scoring.addPoint(ItemScoring.Point.of(at, number(-20, 120)));
          } else {
            scoring.addThreshold(ItemScoring.Threshold.of(at, number(-20, 120)));
          }
        }
        b.scoring(scoring.build());
        break;
      default:
        break;
    }
    if (!questions.isEmpty() && data.consumeInt(0, 3) == 0) {
      b.visibleWhen(condition(1, false));
    }
    Question question = b.build();
    questions.add(question);
    return question;
  }

  private List<AnswerOption> options(String prefix) {
    int count = data.consumeInt(1, 5);
    List<AnswerOption> options = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      options.add(AnswerOption.of(prefix + i, text("option " + i), number(-20, 120)));
    }
    return options;
  }

  private Optional<ScoringSettings> settings() {
    if (data.consumeBoolean()) {
      return Optional.empty();
    }
    ScoringSettings.Builder b = ScoringSettings.builder();
    Aggregation aggregation = data.pickValue(Aggregation.values());
    b.aggregation(aggregation);
    if (aggregation == Aggregation.SHARE_MEETING) {
      b.threshold(number(0, 100));
    }
    MissingPolicy missing = data.pickValue(MissingPolicy.values());
    b.missing(missing);
    if (missing == MissingPolicy.COUNT_AS) {
      b.missingScore(number(0, 100));
    }
    if (data.consumeBoolean()) {
      b.normalize(data.consumeBoolean());
    }
    if (data.consumeBoolean()) {
      b.minAnsweredShare(BigDecimal.valueOf(data.consumeInt(0, 100), 2));
    }
    if (data.consumeBoolean()) {
      b.decimals(data.consumeInt(0, 10));
    }
    return Optional.of(b.build());
  }

  /** Consecutive bands from 0 to 100, or none. */
  private List<Band> bands(String owner) {
    int count = data.consumeInt(0, 4);
    List<Band> bands = new ArrayList<>();
    int lower = 0;
    for (int i = 0; i < count; i++) {
      boolean last = i == count - 1;
      int upper = last ? 100 : Math.min(99, lower + data.consumeInt(1, 40));
      if (upper <= lower) {
        break;
      }
      String id = owner + ".b" + (i + 1);
      bands.add(Band.builder().id(id).label(text("band " + (i + 1)))
          .lower(BigDecimal.valueOf(lower)).upper(BigDecimal.valueOf(upper)).upperInclusive(last).build());
      bandIds.add(id);
      lower = upper;
    }
    return bands;
  }

  private Condition condition(int depth, boolean inRule) {
    int kind = data.consumeInt(0, depth == 0 ? 3 : 6);
    switch (kind) {
      case 0: {
        Question q = pick(questions);
        return AnswerIs.of(q.id(), data.pickValue(AnswerState.values()));
      }
      case 1: {
        Question q = pick(questions);
        return AnswerComparison.of(q.id(), data.pickValue(Operator.values()), List.of(literal(q)));
      }
      case 2:
        if (inRule) {
          return MeasureComparison.of(data.pickValue(MeasureComparison.Measure.values()), measured(),
              data.pickValue(Operator.values()), number(0, 100));
        }
        return AnswerIs.of(pick(questions).id(), AnswerState.ANSWERED);
      case 3:
        if (inRule && !bandIds.isEmpty()) {
          return BandIs.of(measured(), data.pickValue(Operator.values()), List.of(pick(bandIds)));
        }
        return ScorableIs.of(inRule ? measured() : pick(dimensionIds), data.consumeBoolean());
      case 4:
        return AllOf.of(List.of(condition(depth - 1, inRule), condition(depth - 1, inRule)));
      case 5:
        return AnyOf.of(List.of(condition(depth - 1, inRule), condition(depth - 1, inRule)));
      default:
        return Not.of(condition(depth - 1, inRule));
    }
  }

  private String measured() {
    return data.consumeBoolean() ? "total" : pick(dimensionIds);
  }

  private Literal literal(Question q) {
    switch (q.type()) {
      case NUMBER:
        return Literal.of(number(-10, 130));
      case YES_NO:
        return Literal.of(data.consumeBoolean());
      case TEXT:
        return Literal.of(data.consumeBoolean() ? "a" : "b");
      default:
        List<AnswerOption> options = q.options();
        return Literal.of(options.isEmpty() ? "0" : pick(options).value());
    }
  }

  private BigDecimal number(int min, int max) {
    return BigDecimal.valueOf(data.consumeInt(min, max));
  }

  private <T> T pick(List<T> list) {
    if (list.isEmpty()) {
      throw new IllegalStateException("nothing to pick");
    }
    return list.get(data.consumeInt(0, list.size() - 1));
  }

  private static <T> T choose(FuzzedDataProvider data, List<T> list) {
    return list.get(data.consumeInt(0, list.size() - 1));
  }

  private static LocalizedText text(String en) {
    return LocalizedText.of("en", en);
  }
}
