package dev.selfcheck.analysis;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.MissingPolicy;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rule;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.core.Conversion;
import dev.selfcheck.core.Rounding;
import dev.selfcheck.core.ScoringSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/*
 * Random questionnaires and responses made to probe the analysis: few questions of every type,
 * every aggregation, missing policy, normalisation, rescale and clamp, bands with and without gaps,
 * and rules whose conditions mix answers, states, quantifiers, scores, completion and bands with
 * numbers chosen near and beyond the ends of what can be reached, so that rules that never or
 * always fire, contradictions and redundancy come up often. Everything derives from one seed:
 * a failure is reproduced by its seed. Questionnaires that core validation rejects are drawn again.
 */
/** Random valid questionnaires and responses to them, from a seed. */
final class RandomModels {

  private static final String[] SCORE_VALUES = {"-10", "0", "1", "2", "8", "25", "50", "75", "100", "150"};
  private static final Operator[] ORDERED = {Operator.EQ, Operator.NE, Operator.LT, Operator.LE,
      Operator.GT, Operator.GE};

  private final Random random;
  private final List<Question> questions = new ArrayList<>();
  private final List<String> dimensionIds = new ArrayList<>();
  private final Map<String, List<String>> bandIds = new LinkedHashMap<>();
  private int counter;

  private RandomModels(long seed) {
    this.random = new Random(seed);
  }

  /** @return a questionnaire without validation errors, drawn from the seed */
  static Questionnaire questionnaire(long seed) {
    RandomModels m = new RandomModels(seed);
    while (true) {
      Questionnaire q = m.draw();
      if (q.validate().stream().noneMatch(Finding::isError)) {
        return q;
      }
    }
  }

  private Questionnaire draw() {
    questions.clear();
    dimensionIds.clear();
    bandIds.clear();
    counter = 0;
    List<Dimension> dims = new ArrayList<>();
    int top = 1 + random.nextInt(3);
    for (int i = 0; i < top; i++) {
      dims.add(dimension(1));
    }
    List<Band> bands = chance(0.8) ? bands("total") : List.of();
    bandIds.put("total", bands.stream().map(Band::id).toList());
    for (String d : dimensionIds) {
      bandIds.putIfAbsent(d, bandIds.get("total"));
    }
    Questionnaire.Builder b = Models.questionnaire("random").addAllDimensions(dims).addAllBands(bands)
        .scoring(chance(0.5) ? Optional.of(settings()) : Optional.empty());
    for (int i = 0; i < 3; i++) {
      b.addRecommendations(Recommendation.builder().id("rec" + i).title(Models.text("r"))
          .text(Models.text("r")).build());
    }
    int rules = 2 + random.nextInt(5);
    for (int i = 0; i < rules; i++) {
      List<String> recs = new ArrayList<>(List.of("rec" + random.nextInt(3)));
      if (chance(0.3)) {
        recs.add("rec" + ((Integer.parseInt(recs.get(0).substring(3)) + 1) % 3));
      }
      b.addRules(Rule.builder().id("rule" + i).when(condition(2)).recommend(recs).build());
    }
    return b.build();
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  // ------------------------------------------------------------------ structure

  private Dimension dimension(int depth) {
    String id = "d" + counter++;
    dimensionIds.add(id);
    Dimension.Builder b = Dimension.builder().id(id).label(Models.text(id))
        .weight(pick(List.of(dec("1"), dec("1"), dec("2"), dec("0.5"), dec("0"))));
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      b.addQuestions(question());
    }
    if (depth < 2 && chance(0.3)) {
      b.addDimensions(dimension(depth + 1));
    }
    if (chance(0.5)) {
      b.scoring(settings());
    }
    if (chance(0.2)) {
      List<Band> own = bands(id);
      b.bands(own);
      bandIds.put(id, own.stream().map(Band::id).toList());
    }
    return b.build();
  }

  private ScoringSettings settings() {
    ScoringSettings.Builder s = ScoringSettings.builder();
    Aggregation a = pick(List.of(Aggregation.values()));
    s.aggregation(a);
    if (a == Aggregation.SHARE_MEETING) {
      s.threshold(pick(List.of(dec("0"), dec("1"), dec("25"), dec("50"))));
    }
    MissingPolicy m = pick(List.of(MissingPolicy.values()));
    s.missing(m);
    if (m == MissingPolicy.COUNT_AS) {
      s.missingScore(pick(List.of(dec("0"), dec("50"), dec("-5"))));
    }
    if ((a == Aggregation.WEIGHTED_MEAN || a == Aggregation.WEIGHTED_SUM) && chance(0.25)) {
      s.normalize(true);
    } else {
      s.normalize(false);
    }
    if (chance(0.2)) {
      s.minAnsweredShare(pick(List.of(dec("0"), dec("0.5"), dec("1"))));
    }
    if (chance(0.15)) {
      s.factor(pick(List.of(dec("2"), dec("-1"), dec("0.5"))));
    }
    if (chance(0.15)) {
      s.offset(pick(List.of(dec("10"), dec("-5"))));
    }
    if (chance(0.15)) {
      s.min(dec("0")).max(dec("50"));
    }
    if (chance(0.15)) {
      s.round(Rounding.of(pick(List.of(Rounding.Rule.values())), pick(List.of(0, 1))));
    }
    if (chance(0.1)) {
      s.addConvert(Conversion.of(dec("0"), dec("40"), java.util.Map.of()),
          Conversion.of(dec("1"), dec("10"), java.util.Map.of()),
          Conversion.of(dec("50"), dec("75"), java.util.Map.of()));
    }
    return s.build();
  }

  private List<Band> bands(String owner) {
    List<Band> bands = new ArrayList<>();
    BigDecimal lower = pick(List.of(dec("0"), dec("0"), dec("-10"), dec("10")));
    int k = 2 + random.nextInt(3);
    for (int i = 0; i < k; i++) {
      BigDecimal upper = lower.add(pick(List.of(dec("1"), dec("10"), dec("25"), dec("50"))));
      boolean last = i == k - 1;
      String id = owner + "b" + i;
      bands.add(Band.builder().id(id).label(Models.text(id)).lower(lower).upper(upper)
          .upperInclusive(last && chance(0.7)).build());
      lower = chance(0.15) ? upper.add(dec("5")) : upper;
    }
    return bands;
  }

  private Question question() {
    String id = "q" + questions.size();
    Question.Builder b = Question.builder().id(id).text(Models.text(id))
        .weight(pick(List.of(dec("1"), dec("1"), dec("2"), dec("0.5"), dec("0"))));
    int kind = random.nextInt(20);
    QuestionType type = kind < 7 ? QuestionType.ORDINAL_SCALE : kind < 12 ? QuestionType.YES_NO
        : kind < 16 ? QuestionType.NUMBER : kind < 18 ? QuestionType.MULTIPLE_CHOICE
        : kind < 19 ? QuestionType.SINGLE_CHOICE : QuestionType.TEXT;
    b.type(type);
    switch (type) {
      case ORDINAL_SCALE, SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        boolean scored = type != QuestionType.SINGLE_CHOICE && chance(0.85);
        int n = 2 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
          BigDecimal score = scored ? pick(List.of(dec("0"), dec("1"), dec("2"), dec("25"),
              dec("50"), dec("100"), dec("-1"))) : null;
          b.addOptions(AnswerOption.of(String.valueOf(i), Models.text("o" + i), score));
        }
        if (type == QuestionType.ORDINAL_SCALE && scored && chance(0.15)) {
          b.reversed(true);
        }
        if (type == QuestionType.MULTIPLE_CHOICE) {
          ItemScoring.Builder s = ItemScoring.builder();
          if (chance(0.3)) {
            s.multiple(ItemScoring.Multiple.SHARE);
          } else if (chance(0.3)) {
            s.cap(pick(List.of(dec("1"), dec("50"))));
          }
          b.scoring(s.build());
        }
      }
      case YES_NO -> {
        if (chance(0.8)) {
          b.scoring(ItemScoring.builder().yes(pick(List.of(dec("1"), dec("100"), dec("0"))))
              .no(pick(List.of(dec("0"), dec("0"), dec("50")))).build());
        }
      }
      case NUMBER -> {
        if (chance(0.6)) {
          b.min(dec("0"));
        }
        if (chance(0.6)) {
          b.max(pick(List.of(dec("10"), dec("100"))));
        }
        if (chance(0.8)) {
          ItemScoring.Builder s = ItemScoring.builder();
          BigDecimal from = dec("0");
          int n = 2 + random.nextInt(2);
          boolean points = chance(0.4);
          for (int i = 0; i < n; i++) {
            BigDecimal score = pick(List.of(dec("0"), dec("1"), dec("50"), dec("100")));
            if (points) {
              s.addPoint(ItemScoring.Point.of(from, score));
            } else {
              s.addThreshold(ItemScoring.Threshold.of(from, score));
            }
            from = from.add(pick(List.of(dec("1"), dec("5"), dec("20"))));
          }
          b.scoring(s.build());
        }
      }
      default -> { }
    }
    if (type != QuestionType.TEXT) {
      b.allowDontKnow(chance(0.3));
      b.allowNotApplicable(chance(0.3));
    }
    if (!questions.isEmpty() && chance(0.3)) {
      b.visibleWhen(answerLeaf(questions));
    }
    b.required(chance(0.1));
    Question q = b.build();
    questions.add(q);
    return q;
  }

  // ------------------------------------------------------------------ conditions

  private Condition condition(int depth) {
    if (depth == 0 || chance(0.5)) {
      return leaf();
    }
    int kind = random.nextInt(5);
    if (kind == 4) {
      return Not.of(condition(depth - 1));
    }
    List<Condition> parts = new ArrayList<>();
    int n = 2 + random.nextInt(2);
    for (int i = 0; i < n; i++) {
      parts.add(chance(0.15) && !parts.isEmpty() ? parts.get(0) : condition(depth - 1));
    }
    return kind < 2 ? AllOf.of(parts) : AnyOf.of(parts);
  }

  private Condition leaf() {
    int kind = random.nextInt(20);
    List<String> results = new ArrayList<>(dimensionIds);
    results.add("total");
    String d = pick(results);
    if (kind < 8) {
      return answerLeaf(questions);
    }
    if (kind < 10) {
      List<String> ids = new ArrayList<>();
      int n = Math.min(questions.size(), 2 + random.nextInt(2));
      while (ids.size() < n) {
        String id = pick(questions).id();
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
      Quantifier.Builder q = Quantifier.builder().questions(ids)
          .state(pick(List.of(AnswerState.values())));
      if (chance(0.7)) {
        q.atLeast(random.nextInt(ids.size() + 1));
      } else {
        q.atMost(random.nextInt(ids.size() + 1));
      }
      return q.build();
    }
    if (kind < 15) {
      return MeasureComparison.of(MeasureComparison.Measure.SCORE, d, pick(List.of(ORDERED)),
          dec(pick(List.of(SCORE_VALUES))));
    }
    if (kind < 16) {
      return MeasureComparison.of(MeasureComparison.Measure.COMPLETION, d, pick(List.of(ORDERED)),
          pick(List.of(dec("0"), dec("0.5"), dec("1"))));
    }
    if (kind < 17 || bandIds.getOrDefault(d, List.of()).isEmpty()) {
      return ScorableIs.of(d, chance(0.5));
    }
    List<String> bands = bandIds.get(d);
    Operator op = pick(List.of(Operator.EQ, Operator.NE, Operator.IN));
    return BandIs.of(d, op, op == Operator.IN ? List.of(pick(bands), pick(bands)).stream().distinct().toList()
        : List.of(pick(bands)));
  }

  private Condition answerLeaf(List<Question> among) {
    Question q = pick(among);
    if (chance(0.25)) {
      return Condition.answerIs(q.id(), pick(List.of(AnswerState.values())));
    }
    switch (q.type()) {
      case ORDINAL_SCALE, SINGLE_CHOICE -> {
        List<String> options = q.options().stream().map(AnswerOption::value).toList();
        Operator op = pick(List.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT,
            Operator.GE, Operator.IN));
        return AnswerComparison.of(q.id(), op, op == Operator.IN
            ? List.of(Literal.of(pick(options)), Literal.of(pick(options)))
            : List.of(Literal.of(pick(options))));
      }
      case MULTIPLE_CHOICE -> {
        return Condition.answer(q.id(), Operator.CONTAINS, Literal.of(pick(q.options()).value()));
      }
      case YES_NO -> {
        return Condition.answer(q.id(), pick(List.of(Operator.EQ, Operator.NE)), Literal.of(chance(0.5)));
      }
      case NUMBER -> {
        return Condition.answer(q.id(), pick(List.of(ORDERED)), pick(numbers(q)));
      }
      default -> {
        return Condition.answer(q.id(), pick(List.of(Operator.EQ, Operator.NE)), Literal.of(pick(List.of("a", "b"))));
      }
    }
  }

  private static List<BigDecimal> numbers(Question q) {
    List<BigDecimal> values = new ArrayList<>(List.of(dec("-1"), dec("0"), dec("5"), dec("10"), dec("50"),
        dec("100"), dec("101")));
    q.scoring().ifPresent(s -> s.thresholds().forEach(t -> values.add(t.from())));
    return values;
  }

  // ------------------------------------------------------------------ responses

  /**
   * Random valid responses: every question not answered, "don't know" or "not applicable" where
   * allowed, or answered with a value it takes (numbers near the ends and the numbers conditions
   * name).
   *
   * @param questionnaire a questionnaire of this class
   * @param seed the seed
   * @param count how many
   * @return the responses
   */
  static List<Response> responses(Questionnaire questionnaire, long seed, int count) {
    Random random = new Random(seed);
    List<Response> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, Answer> answers = new LinkedHashMap<>();
      questionnaire.allQuestions().forEach(q -> answer(questionnaire, q, random)
          .ifPresent(a -> answers.put(q.id(), a)));
      out.add(Response.builder().questionnaireId(questionnaire.id())
          .questionnaireVersion(questionnaire.version()).answers(answers).build());
    }
    return out;
  }

  private static Optional<Answer> answer(Questionnaire questionnaire, Question q, Random random) {
    int roll = random.nextInt(10);
    if (roll < 2) {
      return Optional.empty();
    }
    if (roll < 3 && questionnaire.allowsDontKnow(q)) {
      return Optional.of(Answer.dontKnow());
    }
    if (roll < 4 && questionnaire.allowsNotApplicable(q)) {
      return Optional.of(Answer.notApplicable());
    }
    List<AnswerOption> options = questionnaire.optionsOf(q);
    AnswerValue v = switch (q.type()) {
      case ORDINAL_SCALE, SINGLE_CHOICE -> AnswerValue.option(options.get(random.nextInt(options.size())).value());
      case MULTIPLE_CHOICE -> {
        List<String> chosen = new ArrayList<>();
        for (AnswerOption o : options) {
          if (random.nextBoolean()) {
            chosen.add(o.value());
          }
        }
        if (chosen.isEmpty()) {
          chosen.add(options.get(0).value());
        }
        yield AnswerValue.options(chosen);
      }
      case YES_NO -> AnswerValue.bool(random.nextBoolean());
      case NUMBER -> {
        List<BigDecimal> candidates = new ArrayList<>(numbers(q));
        candidates.add(new BigDecimal(random.nextInt(2001) - 1000).movePointLeft(1));
        q.min().ifPresent(candidates::add);
        q.max().ifPresent(candidates::add);
        List<BigDecimal> fit = candidates.stream()
            .filter(x -> q.min().map(m -> x.compareTo(m) >= 0).orElse(true))
            .filter(x -> q.max().map(m -> x.compareTo(m) <= 0).orElse(true)).toList();
        yield AnswerValue.number(fit.get(random.nextInt(fit.size())));
      }
      default -> AnswerValue.text(List.of("a", "b", "zz").get(random.nextInt(3)));
    };
    return Optional.of(Answer.of(v));
  }
}
