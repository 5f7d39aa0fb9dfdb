package dev.selfcheck.testkit.internal;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerScale;
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
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Rule;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.testkit.QuestionnaireShape;
import dev.selfcheck.testkit.internal.Blueprints.ConditionSpec;
import dev.selfcheck.testkit.internal.Blueprints.DimensionSpec;
import dev.selfcheck.testkit.internal.Blueprints.QuestionSpec;
import dev.selfcheck.testkit.internal.Blueprints.QuestionnaireSpec;
import dev.selfcheck.testkit.internal.Blueprints.RuleSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds a valid questionnaire from a blueprint (see {@link Blueprints}). */
public final class QuestionnaireBuilder {

  private static final String SCALE = "agreement";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Map<QuestionType, List<Operator>> OPERATORS = new EnumMap<>(QuestionType.class);

  static {
    List<Operator> ordered = List.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT,
        Operator.GE, Operator.IN);
    OPERATORS.put(QuestionType.SINGLE_CHOICE, ordered);
    OPERATORS.put(QuestionType.ORDINAL_SCALE, ordered);
    OPERATORS.put(QuestionType.NUMBER, List.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE,
        Operator.GT, Operator.GE));
    OPERATORS.put(QuestionType.MULTIPLE_CHOICE, List.of(Operator.CONTAINS));
    OPERATORS.put(QuestionType.YES_NO, List.of(Operator.EQ, Operator.NE));
    OPERATORS.put(QuestionType.TEXT, List.of(Operator.EQ, Operator.NE));
  }

  private final List<QuestionType> types;
  private final List<Question> questions = new ArrayList<>();
  private final List<String> dimensionIds = new ArrayList<>();
  private final Map<String, List<String>> bandIds = new LinkedHashMap<>();
  private final AnswerScale scale;
  private int dimensionCount;

  private QuestionnaireBuilder(QuestionnaireShape shape) {
    this.types = shape.questionTypes().stream().sorted().collect(Collectors.toList());
    List<AnswerOption> options = new ArrayList<>();
    for (int i = 0; i <= 4; i++) {
      options.add(AnswerOption.of(Integer.toString(i), text("level " + i), BigDecimal.valueOf(25L * i)));
    }
    this.scale = AnswerScale.builder().id(SCALE).label(text("agreement")).options(options)
        .allowDontKnow(true).allowNotApplicable(true).build();
  }

  /**
   * Builds a questionnaire.
   *
   * @param shape the shape the blueprint was generated for
   * @param spec the blueprint
   * @return a questionnaire without validation errors
   */
  public static Questionnaire build(QuestionnaireShape shape, QuestionnaireSpec spec) {
    return new QuestionnaireBuilder(shape).questionnaire(spec);
  }

  private static LocalizedText text(String en) {
    return LocalizedText.of(Map.of("en", en));
  }

  private Questionnaire questionnaire(QuestionnaireSpec spec) {
    Questionnaire.Builder b = Questionnaire.builder()
        .id("generated")
        .version(SemanticVersion.parse("1.0.0"))
        .defaultLocale("en")
        .title(text("A generated questionnaire"))
        .addScale(scale);
    List<DimensionSpec> fields = spec.fields();
    int forced = forced(fields.stream().map(DimensionSpec::weight).collect(Collectors.toList()));
    for (int i = 0; i < fields.size(); i++) {
      b.addDimension(dimension(fields.get(i), i == forced));
    }
    settings(spec.totalSettings()).ifPresent(b::scoring);
    List<Band> bands = spec.totalBands() ? bands("total", spec.bandCuts()) : List.of();
    b.bands(bands);
    List<String> shared = bands.stream().map(Band::id).collect(Collectors.toList());
    bandIds.put("total", shared);
    dimensionIds.forEach(d -> bandIds.putIfAbsent(d, shared));
    if (!spec.rules().isEmpty()) {
      List<String> recommendations = new ArrayList<>();
      for (int i = 1; i <= spec.recommendations(); i++) {
        String id = "rec" + i;
        recommendations.add(id);
        b.addRecommendation(Recommendation.builder().id(id).title(text("Recommendation " + i))
            .text(text("Do thing " + i)).build());
      }
      for (int i = 0; i < spec.rules().size(); i++) {
        RuleSpec r = spec.rules().get(i);
        b.addRule(Rule.builder()
            .id("rule" + (i + 1))
            .when(condition(r.when(), questions))
            .recommend(r.recommend().stream().map(p -> recommendations.get(p % recommendations.size()))
                .distinct().collect(Collectors.toList()))
            .build());
      }
    }
    return b.build();
  }

  /** @return the index of a weight to raise to 1 so that not all are zero, or -1 */
  private static int forced(List<Integer> weights) {
    return weights.stream().anyMatch(w -> w > 0) ? -1 : 0;
  }

  private Dimension dimension(DimensionSpec spec, boolean forceWeight) {
    String id = "d" + ++dimensionCount;
    dimensionIds.add(id);
    Dimension.Builder b = Dimension.builder().id(id).label(text("Dimension " + id))
        .weight(BigDecimal.valueOf(forceWeight ? Math.max(1, spec.weight()) : spec.weight()));
    settings(spec.settings()).ifPresent(b::scoring);
    if (spec.ownBands()) {
      List<Band> bands = bands(id, List.of(40, 30));
      b.bands(bands);
      bandIds.put(id, bands.stream().map(Band::id).collect(Collectors.toList()));
    }
    // Every dimension has a scored question of positive weight, so no weighted mean divides by zero.
    boolean needScored = true;
    for (int i = 0; i < spec.questions().size(); i++) {
      QuestionSpec q = spec.questions().get(i);
      QuestionType type = types.get(q.type() % types.size());
      boolean last = i == spec.questions().size() - 1;
      if (needScored && (type != QuestionType.TEXT && q.weight() > 0 || last)) {
        if (type == QuestionType.TEXT) {
          type = types.stream().filter(t -> t != QuestionType.TEXT).findFirst().orElseThrow();
        }
        b.addQuestion(question(q, type, true));
        needScored = false;
      } else {
        b.addQuestion(question(q, type, false));
      }
    }
    for (DimensionSpec child : spec.children()) {
      b.addDimension(dimension(child, true));
    }
    return b.build();
  }

  private Question question(QuestionSpec spec, QuestionType type, boolean forceWeight) {
    String id = "q" + (questions.size() + 1);
    Question.Builder b = Question.builder().id(id).type(type).text(text("Question " + id))
        .weight(BigDecimal.valueOf(forceWeight ? Math.max(1, spec.weight()) : spec.weight()))
        .required((spec.variant() & 1) == 1);
    boolean flavour = (spec.variant() & 4) == 4;
    switch (type) {
      case SINGLE_CHOICE:
      case ORDINAL_SCALE:
        if (spec.sharedScale()) {
          b.scale(SCALE);
        } else {
          b.options(options(spec.scores(), type == QuestionType.ORDINAL_SCALE ? "" : "o"))
              .allowDontKnow(spec.dontKnow()).allowNotApplicable(spec.notApplicable());
        }
        b.reversed((spec.variant() & 2) == 2);
        break;
      case MULTIPLE_CHOICE:
        b.options(options(spec.scores(), "m")).allowDontKnow(spec.dontKnow())
            .allowNotApplicable(spec.notApplicable())
            .scoring(ItemScoring.builder()
                .multiple(flavour ? ItemScoring.Multiple.SHARE : ItemScoring.Multiple.SUM)
                .cap(Optional.of(HUNDRED).filter(x -> !flavour && (spec.variant() & 2) == 2)).build());
        break;
      case YES_NO:
        b.allowDontKnow(spec.dontKnow()).allowNotApplicable(spec.notApplicable())
            .scoring(ItemScoring.builder().yes(BigDecimal.valueOf(flavour ? 0 : 100))
                .no(BigDecimal.valueOf(flavour ? 100 : spec.scores().get(0) / 2)).build());
        break;
      case NUMBER:
        b.allowDontKnow(spec.dontKnow()).allowNotApplicable(spec.notApplicable())
            .min(BigDecimal.ZERO).max(HUNDRED);
        ItemScoring.Builder scoring = ItemScoring.builder();
        List<Integer> scores = spec.scores();
        for (int i = 0; i < scores.size(); i++) {
          BigDecimal at = BigDecimal.valueOf(100L * i / (scores.size() - 1));
          BigDecimal score = BigDecimal.valueOf(scores.get(i));
          if (flavour) {
            scoring.addPoint(ItemScoring.Point.of(at, score));
          } else {
            scoring.addThreshold(ItemScoring.Threshold.of(at, score));
          }
        }
        b.scoring(scoring.build());
        break;
      default:
        b.allowDontKnow(spec.dontKnow()).allowNotApplicable(spec.notApplicable());
        break;
    }
    if (!questions.isEmpty()) {
      List<Question> earlier = List.copyOf(questions);
      b.visibleWhen(spec.visibleWhen().map(c -> condition(c, earlier)));
    }
    Question question = b.build();
    questions.add(question);
    return question;
  }

  private static List<AnswerOption> options(List<Integer> scores, String prefix) {
    List<AnswerOption> options = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      options.add(AnswerOption.of(prefix + i, text("option " + i), BigDecimal.valueOf(scores.get(i))));
    }
    return options;
  }

  /** @return settings by pick: 0 none, 1 sum, 2 minimum, 3 maximum, 4 share meeting, 5 count as, 6 normalised */
  private Optional<ScoringSettings> settings(int pick) {
    ScoringSettings.Builder b = ScoringSettings.builder();
    switch (pick) {
      case 1:
        return Optional.of(b.aggregation(Aggregation.WEIGHTED_SUM).missing(MissingPolicy.PRORATE)
            .normalize(false).build());
      case 2:
        return Optional.of(b.aggregation(Aggregation.MINIMUM).normalize(false).build());
      case 3:
        return Optional.of(b.aggregation(Aggregation.MAXIMUM).normalize(false)
            .minAnsweredShare(new BigDecimal("0.5")).build());
      case 4:
        return Optional.of(b.aggregation(Aggregation.SHARE_MEETING).threshold(BigDecimal.valueOf(50))
            .normalize(false).build());
      case 5:
        return Optional.of(b.aggregation(Aggregation.WEIGHTED_MEAN).missing(MissingPolicy.COUNT_AS)
            .missingScore(BigDecimal.ZERO).decimals(1).build());
      case 6:
        return Optional.of(b.aggregation(Aggregation.WEIGHTED_MEAN).missing(MissingPolicy.EXCLUDE)
            .normalize(true).build());
      default:
        return Optional.empty();
    }
  }

  /** @return consecutive bands from 0, each as wide as its cut, the last one up to 100 inclusive */
  private static List<Band> bands(String owner, List<Integer> cuts) {
    List<Band> bands = new ArrayList<>();
    int lower = 0;
    for (int i = 0; i <= cuts.size(); i++) {
      boolean last = i == cuts.size();
      int upper = last ? 100 : Math.min(lower + cuts.get(i), 99 - (cuts.size() - i - 1));
      if (!last && upper <= lower) {
        continue;
      }
      bands.add(Band.builder().id(owner + ".b" + (bands.size() + 1)).label(text("band " + (bands.size() + 1)))
          .lower(BigDecimal.valueOf(lower)).upper(BigDecimal.valueOf(upper)).upperInclusive(last).build());
      lower = upper;
    }
    return bands;
  }

  private Condition condition(ConditionSpec spec, List<Question> targets) {
    if (spec instanceof Blueprints.All) {
      return AllOf.of(((Blueprints.All) spec).parts().stream().map(p -> condition(p, targets))
          .collect(Collectors.toList()));
    }
    if (spec instanceof Blueprints.Any) {
      return AnyOf.of(((Blueprints.Any) spec).parts().stream().map(p -> condition(p, targets))
          .collect(Collectors.toList()));
    }
    if (spec instanceof Blueprints.Not) {
      return Not.of(condition(((Blueprints.Not) spec).part(), targets));
    }
    if (spec instanceof Blueprints.Is) {
      Blueprints.Is is = (Blueprints.Is) spec;
      return AnswerIs.of(targets.get(is.question() % targets.size()).id(), is.state());
    }
    if (spec instanceof Blueprints.Compare) {
      Blueprints.Compare c = (Blueprints.Compare) spec;
      Question q = targets.get(c.question() % targets.size());
      Operator op = pick(OPERATORS.get(q.type()), c.operator());
      List<Literal> values = new ArrayList<>();
      values.add(literal(q, c.literal(), c.number()));
      if (op == Operator.IN) {
        values.add(literal(q, c.literal() / 7 + 1, c.number()));
      }
      return AnswerComparison.of(q.id(), op, values.stream().distinct().collect(Collectors.toList()));
    }
    if (spec instanceof Blueprints.Count) {
      return count((Blueprints.Count) spec, targets);
    }
    return measure((Blueprints.Measure) spec);
  }

  private Condition count(Blueprints.Count spec, List<Question> targets) {
    Question first = targets.get(spec.questions().get(0) % targets.size());
    List<Question> candidates = spec.state().isPresent() ? targets : targets.stream()
        .filter(t -> t.type() == first.type() && optionValues(t).equals(optionValues(first)))
        .collect(Collectors.toList());
    List<String> ids = spec.questions().stream().map(p -> candidates.get(p % candidates.size()).id())
        .distinct().collect(Collectors.toList());
    int least = spec.least() % (ids.size() + 1);
    Quantifier.Builder b = Quantifier.builder().questions(ids).atLeast(least);
    if (spec.bothBounds()) {
      b.atMost(Math.min(ids.size(), least + spec.spread()));
    }
    if (spec.state().isPresent()) {
      b.state(spec.state().get());
    } else {
      b.operator(pick(OPERATORS.get(first.type()).stream().filter(o -> o != Operator.IN)
          .collect(Collectors.toList()), spec.operator())).addValue(literal(first, spec.literal(), spec.literal()));
    }
    return b.build();
  }

  private Condition measure(Blueprints.Measure spec) {
    List<String> all = new ArrayList<>(dimensionIds);
    all.add("total");
    String dimension = all.get(spec.dimension() % all.size());
    List<Operator> ordering = List.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT, Operator.GE);
    List<String> bands = bandIds.getOrDefault(dimension, List.of());
    switch (spec.kind()) {
      case 0:
        return MeasureComparison.of(MeasureComparison.Measure.SCORE, dimension,
            pick(ordering, spec.operator()), BigDecimal.valueOf(spec.value()));
      case 1:
        return MeasureComparison.of(MeasureComparison.Measure.COMPLETION, dimension,
            pick(ordering, spec.operator()), BigDecimal.valueOf(spec.value()).movePointLeft(2));
      default:
        if (spec.kind() == 2 || bands.isEmpty()) {
          return ScorableIs.of(dimension, spec.operator() % 2 == 0);
        }
        Operator op = pick(List.of(Operator.EQ, Operator.NE, Operator.IN), spec.operator());
        String band = bands.get(spec.band() % bands.size());
        return BandIs.of(dimension, op, op == Operator.IN && bands.size() > 1
            ? List.of(band, bands.get((spec.band() + 1) % bands.size())) : List.of(band));
    }
  }

  private List<String> optionValues(Question q) {
    List<AnswerOption> options = q.scale().isPresent() ? scale.options() : q.options();
    return options.stream().map(AnswerOption::value).collect(Collectors.toList());
  }

  private Literal literal(Question q, int pick, int number) {
    switch (q.type()) {
      case NUMBER:
        return Literal.of(BigDecimal.valueOf(number));
      case YES_NO:
        return Literal.of(pick % 2 == 0);
      case TEXT:
        return Literal.of(pick % 2 == 0 ? "a" : "b");
      default:
        List<String> values = optionValues(q);
        return Literal.of(values.get(pick % values.size()));
    }
  }

  private static <T> T pick(List<T> list, int pick) {
    return list.get(pick % list.size());
  }
}
