package dev.selfcheck.schema;

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
import dev.selfcheck.core.Link;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.Metadata;
import dev.selfcheck.core.MissingPolicy;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rule;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.core.Conversion;
import dev.selfcheck.core.Rounding;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.core.SemanticVersion;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/*
 * Generators of valid questionnaires and of valid responses to them.
 *
 * A questionnaire is full of references: questions name scales, conditions name earlier questions
 * and their options, rules name recommendations, recommendations name dimensions. Generating the
 * model directly would need flatMap at every reference, which shrinks badly. So the generators
 * work in two steps. First they generate a *blueprint* (the records below) from plain jqwik
 * combinators: texts, numbers, flags, and for every reference an int "pick". Then one
 * deterministic function builds the model from the blueprint: it hands out unique ids (a
 * generated stem plus "_" plus a counter, so the part after the last "_" is unique), resolves each
 * pick modulo the number of possible targets (visibility conditions only see the questions before
 * theirs, in document order, so there are no cycles), chooses operators and literal kinds that fit
 * the target question, keeps sibling weights from summing to zero, lays bands out as consecutive
 * intervals, and completes scoring settings. Shrinking a pick towards 0 moves a reference to the
 * first possible target; shrinking a list removes elements, and the builder still yields a valid
 * questionnaire.
 *
 * Responses are generated for one given questionnaire, question by question, with values of the
 * kind and range that the question takes. Answers to questions that the response leaves hidden are
 * dropped, so that reading the response back gives no warnings about them.
 */
/** jqwik arbitraries for valid questionnaires and responses. */
final class ModelArbitraries {

  /** Bounds on the size of generated questionnaires. */
  record Sizes(int maxTopDimensions, int maxDepth, int maxSubDimensions, int maxQuestionsPerDimension) {
    Sizes {
      if (maxTopDimensions < 1 || maxDepth < 1 || maxDepth > 4 || maxSubDimensions < 0
          || maxQuestionsPerDimension < 1) {
        throw new IllegalArgumentException("unusable sizes: " + maxTopDimensions + ", " + maxDepth
            + ", " + maxSubDimensions + ", " + maxQuestionsPerDimension);
      }
    }
  }

  /** The sizes {@link #questionnaires()} uses: up to 3 top dimensions, 4 levels, 4 questions each. */
  static final Sizes DEFAULT_SIZES = new Sizes(3, 4, 2, 4);

  private static final String DEFAULT_LOCALE = "de";
  private static final String OTHER_LOCALE = "en";

  /** The operators the questionnaire validator accepts per question type. */
  private static final Map<QuestionType, List<Operator>> OPERATORS = new EnumMap<>(QuestionType.class);

  static {
    List<Operator> ordered = List.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT,
        Operator.GE, Operator.IN);
    OPERATORS.put(QuestionType.SINGLE_CHOICE, ordered);
    OPERATORS.put(QuestionType.ORDINAL_SCALE, ordered);
    OPERATORS.put(QuestionType.NUMBER, ordered);
    OPERATORS.put(QuestionType.MULTIPLE_CHOICE, List.of(Operator.CONTAINS));
    OPERATORS.put(QuestionType.YES_NO, List.of(Operator.EQ, Operator.NE));
    OPERATORS.put(QuestionType.TEXT, List.of(Operator.EQ, Operator.NE, Operator.IN));
  }

  /** Texts that tend to break writers and parsers. */
  private static final String[] AWKWARD_TEXTS = {
    "\"", "\\", "\\\"", "\n", "\r\n", "\r", "\t", "\u0000", "\u001f", "\u007f", "\u0085",
    "\u00a0", "\u2028", "\u2029", "\ufeff", "\ufffd", "\uffff", "😀", "👩‍👩‍👧", "𝄞", "ü", "ß", "日本語",
    "مرحبا", "'", "</script>", "${x}", "#", ": ", "- ", "---", "...", "null", "true", "~", "1.0",
    "0x1F", "&a", "*a", "!!str", "%", "@", "`", "|", ">", "{", "}", "[", "]", ",", " ", "  "
  };

  private static final JsonMapper CANONICAL = JsonMapper.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ModelArbitraries() {}

  // ------------------------------------------------------------------ public generators

  /** @return valid questionnaires of {@link #DEFAULT_SIZES} */
  static Arbitrary<Questionnaire> questionnaires() {
    return questionnaires(DEFAULT_SIZES);
  }

  /**
   * Valid questionnaires: {@code Questionnaire.validate()} and the codec's constraint checks find
   * nothing, not even warnings.
   *
   * @param sizes bounds on the number of dimensions, depth and questions
   * @return the arbitrary
   */
  static Arbitrary<Questionnaire> questionnaires(Sizes sizes) {
    Arbitrary<Header> header = Combinators.combine(
            stems(), versions(), Arbitraries.of(false, true), textSpecs(), textSpecs().optional(0.3),
            metadata(), extensions())
        .as(Header::new);
    Arbitrary<Body> body = Combinators.combine(
            scales().list().ofMaxSize(3),
            dimensions(sizes, sizes.maxDepth()).list().ofMinSize(1).ofMaxSize(sizes.maxTopDimensions()),
            scoringSettings().optional(0.4),
            bands(),
            recommendations().list().ofMaxSize(3),
            rules().list().ofMaxSize(3))
        .as(Body::new);
    return Combinators.combine(header, body).as(ModelArbitraries::build);
  }

  /**
   * Valid responses to a questionnaire: answers of the right kind to a subset of its questions,
   * "don't know" and "not applicable" only where allowed, no answers to hidden questions, and a
   * start no later than the submission.
   *
   * @param questionnaire a valid questionnaire
   * @return the arbitrary
   */
  static Arbitrary<Response> responsesFor(Questionnaire questionnaire) {
    List<Arbitrary<Optional<Map.Entry<String, Answer>>>> perQuestion = questionnaire.allQuestions()
        .map(q -> answersTo(questionnaire, q).map(a -> Map.entry(q.id(), a)).optional(0.7))
        .collect(Collectors.toList());
    Arbitrary<Map<String, Answer>> answers = Combinators.combine(perQuestion).as(entries -> {
      Map<String, Answer> map = new LinkedHashMap<>();
      entries.forEach(e -> e.ifPresent(x -> map.put(x.getKey(), x.getValue())));
      return map;
    });
    return Combinators.combine(respondents().optional(0.5), times(), answers, extensions())
        .as((respondent, times, answerMap, extensions) -> {
          Response draft = Response.builder()
              .questionnaireId(questionnaire.id())
              .questionnaireVersion(questionnaire.version())
              .respondent(respondent)
              .startedAt(times.get1())
              .submittedAt(times.get2())
              .answers(answerMap)
              .extensions(extensions)
              .build();
          // Hidden questions count as not answered in conditions, so dropping their answers
          // changes no question's visibility.
          Set<String> visible = new HashSet<>(questionnaire.visibleQuestions(draft));
          Map<String, Answer> kept = new LinkedHashMap<>();
          answerMap.forEach((id, a) -> {
            if (visible.contains(id) || a.state() == AnswerState.NOT_ANSWERED) {
              kept.put(id, a);
            }
          });
          return Response.builder().from(draft).answers(kept).build();
        });
  }

  /**
   * Texts of any Unicode characters (no lone surrogates), never empty: letters, quotes,
   * backslashes, control characters, line breaks, emoji and YAML syntax.
   *
   * @return the arbitrary
   */
  static Arbitrary<String> texts() {
    return texts(5);
  }

  private static Arbitrary<String> texts(int maxFragments) {
    Arbitrary<String> plain = Arbitraries.strings().alpha().numeric().withChars(' ')
        .ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> awkward = Arbitraries.of(AWKWARD_TEXTS);
    // Any code point but the surrogates, which are not characters.
    Arbitrary<String> anyCharacter = Arbitraries.integers().between(0, 0x10FFFF - 0x800)
        .map(cp -> Character.toString(cp >= 0xD800 ? cp + 0x800 : cp));
    Arbitrary<String> fragment = Arbitraries.frequencyOf(List.of(
        Tuple.of(6, plain), Tuple.of(3, awkward), Tuple.of(2, anyCharacter)));
    return fragment.list().ofMinSize(1).ofMaxSize(maxFragments).map(l -> String.join("", l));
  }

  /** @return JSON texts as the codec keeps them in extensions: sorted members, no spaces */
  static Arbitrary<String> canonicalJsonTexts() {
    return jsonValues(2).map(CANONICAL::writeValueAsString);
  }

  // ------------------------------------------------------------------ blueprints

  /** The parts of a questionnaire that refer to nothing. */
  private record Header(String stem, SemanticVersion version, boolean english, TextSpec title,
      Optional<TextSpec> description, Metadata metadata, Map<String, String> extensions) {}

  /** The parts of a questionnaire with references. */
  private record Body(List<ScaleSpec> scales, List<DimensionSpec> dimensions,
      Optional<ScoringSettings> scoring, BandsSpec bands, List<RecommendationSpec> recommendations,
      List<RuleSpec> rules) {}

  /** A text in the default locale and in English, which is used if the questionnaire declares it. */
  private record TextSpec(String de, String en) {}

  private record OptionSpec(String stem, TextSpec label, BigDecimal score,
      Map<String, String> extensions) {}

  /** The options of one list are all scored or none is (a partly scored list gives a warning). */
  private record ScaleSpec(String stem, Optional<TextSpec> label, List<OptionSpec> options,
      boolean numericValues, boolean scored, boolean allowDontKnow, boolean allowNotApplicable) {}

  private record DimensionHeader(String stem, TextSpec label, Optional<TextSpec> description,
      Optional<BigDecimal> weight) {}

  private record DimensionSpec(DimensionHeader header, List<QuestionSpec> questions,
      List<DimensionSpec> children, Optional<ScoringSettings> scoring, Optional<BandsSpec> bands,
      Map<String, String> extensions) {}

  private record QuestionHeader(QuestionType type, String stem, TextSpec text,
      Optional<TextSpec> help, Optional<BigDecimal> weight, boolean required) {}

  /** Options come from the scale picked, if there is a pick and a scale, else from the list. */
  private record ChoiceSpec(Optional<Integer> scale, List<OptionSpec> options, boolean numericValues,
      boolean scored, boolean reversed) {}

  private record NumberSpec(Optional<String> unit, Optional<BigDecimal> bound1,
      Optional<BigDecimal> bound2) {}

  private record QuestionSpec(QuestionHeader header, ChoiceSpec choice, NumberSpec number,
      Optional<Boolean> allowDontKnow, Optional<Boolean> allowNotApplicable,
      Optional<ConditionSpec> visibleWhen, Map<String, String> extensions,
      Optional<ItemScoringSpec> scoring) {}

  /**
   * Item scoring for every type that takes it; the question's type picks the parts that apply.
   * Steps are ascending: each step's value is the previous one plus a positive increment.
   */
  private record ItemScoringSpec(Optional<BigDecimal> yes, Optional<BigDecimal> no,
      BigDecimal firstStep, List<Tuple2<BigDecimal, BigDecimal>> steps, boolean points,
      Optional<ItemScoring.Multiple> multiple, Optional<BigDecimal> cap) {}

  private sealed interface ConditionSpec
      permits AllSpec, AnySpec, NotSpec, IsSpec, CompareSpec, QuantifierSpec, DimensionSpecCondition {}

  private record AllSpec(List<ConditionSpec> parts) implements ConditionSpec {}

  private record AnySpec(List<ConditionSpec> parts) implements ConditionSpec {}

  private record NotSpec(ConditionSpec part) implements ConditionSpec {}

  private record IsSpec(int question, AnswerState state) implements ConditionSpec {}

  /** The operator is picked among those the question's type takes; all values serve {@code in}. */
  private record CompareSpec(int question, int operator, List<LiteralSpec> values)
      implements ConditionSpec {}

  /**
   * A quantifier over up to 3 questions. It tests a state, or a comparison that every question
   * named must take: they share the first question's type and options. {@code bounds} picks
   * atLeast (0), atMost (1) or both (2).
   */
  private record QuantifierSpec(List<Integer> questions, int bounds, int least, int more,
      Optional<AnswerState> state, int operator, List<LiteralSpec> values) implements ConditionSpec {}

  /**
   * A rule-only condition on a dimension or the total: score (0), completion (1), scorable (2) or
   * band (3). The dimension pick one past the last dimension means the total.
   */
  private record DimensionSpecCondition(int kind, int dimension, int operator, BigDecimal value,
      boolean scorable, List<Integer> bands) implements ConditionSpec {}

  /** One literal of each kind; the question's type decides which one is used. */
  private record LiteralSpec(int option, BigDecimal number, boolean bool, String text) {}

  /** Bands from {@code start}, each as wide as its spec says, one after the other. */
  private record BandsSpec(BigDecimal start, boolean firstLowerExclusive, boolean lastUpperInclusive,
      List<BandSpec> bands) {}

  /** {@code boundary} picks who owns the upper end: the next band (0), this band (1) or none (2). */
  private record BandSpec(String stem, TextSpec label, Optional<TextSpec> text, BigDecimal width,
      int boundary) {}

  private record LinkSpec(String href, Optional<TextSpec> label) {}

  private record RecommendationSpec(String stem, TextSpec title, TextSpec text,
      Optional<TextSpec> rationale, Optional<Integer> dimension, int priority, List<LinkSpec> links,
      List<String> tags) {}

  private record RuleSpec(String stem, ConditionSpec when, List<Integer> recommend) {}

  // ------------------------------------------------------------------ blueprint generators

  /** @return id stems: a letter, then up to 11 of letters, digits, '_', '.', '-' */
  private static Arbitrary<String> stems() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('A', 'Z');
    Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .withCharRange('0', '9').withChars('_', '.', '-').ofMaxLength(11);
    return Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  private static Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, 1000);
  }

  /** @return decimals with 0 to 3 decimal places, trailing zeros included */
  private static Arbitrary<BigDecimal> decimals(long minUnscaled, long maxUnscaled) {
    return Combinators.combine(Arbitraries.longs().between(minUnscaled, maxUnscaled),
            Arbitraries.integers().between(0, 3))
        .as(BigDecimal::valueOf);
  }

  private static Arbitrary<TextSpec> textSpecs() {
    return Combinators.combine(texts(), texts()).as(TextSpec::new);
  }

  private static Arbitrary<SemanticVersion> versions() {
    Arbitrary<Integer> part = Arbitraries.integers().between(0, 20);
    Arbitrary<Optional<String>> preRelease =
        Arbitraries.of("alpha", "rc.1", "0.3.7", "x-y.2", "beta.11").optional(0.3);
    Arbitrary<Optional<String>> build = Arbitraries.of("build.5", "sha.0abc", "001").optional(0.2);
    return Combinators.combine(part, part, part, preRelease, build).as((major, minor, patch, p, b) ->
        SemanticVersion.parse(major + "." + minor + "." + patch + p.map(s -> "-" + s).orElse("")
            + b.map(s -> "+" + s).orElse("")));
  }

  private static Arbitrary<Metadata> metadata() {
    return Combinators.combine(
            texts().list().ofMaxSize(3),
            Arbitraries.oneOf(List.of(Arbitraries.of("CC-BY-4.0", "MIT"), texts())).optional(0.5),
            texts().optional(0.5))
        .as((authors, licence, source) ->
            Metadata.builder().authors(authors).licence(licence).source(source).build());
  }

  private static Arbitrary<JsonNode> jsonValues(int depth) {
    Arbitrary<JsonNode> scalar = Arbitraries.oneOf(List.of(
        Arbitraries.just(NODES.nullNode()),
        Arbitraries.of(true, false).map(NODES::booleanNode),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25))
            .map(NODES::numberNode),
        decimals(-1_000_000, 1_000_000).map(NODES::numberNode),
        Arbitraries.oneOf(List.of(texts(), Arbitraries.just(""))).map(NODES::stringNode)));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<JsonNode> element = jsonValues(depth - 1);
    Arbitrary<JsonNode> array = element.list().ofMaxSize(3).map(l -> {
      var a = NODES.arrayNode();
      l.forEach(a::add);
      return a;
    });
    Arbitrary<JsonNode> object = members(element, 0).map(m -> {
      ObjectNode o = NODES.objectNode();
      new TreeMap<>(m).forEach(o::set);
      return o;
    });
    return Arbitraries.frequencyOf(List.of(Tuple.of(3, scalar), Tuple.of(1, array), Tuple.of(1, object)));
  }

  /**
   * Member names of host data. YAML line breaks (U+0085, U+2028, U+2029) are left out of names:
   * Jackson's YAML writer leaves such a name unquoted, which SnakeYAML then rightly refuses, and
   * the YAML property converts written JSON with that writer. Values keep them.
   */
  private static Arbitrary<String> extensionKeys() {
    return Arbitraries.oneOf(List.of(stems(), Arbitraries.of("", "$ref", "x-ä", "a b", "a/b~c"),
        texts(2).filter(k -> k.chars().noneMatch(c -> c == 0x85 || c == 0x2028 || c == 0x2029))));
  }

  /** @return host data, absent from most elements (as in real documents, and it is costly to generate) */
  private static Arbitrary<Map<String, String>> extensions() {
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(5, Arbitraries.just(Map.<String, String>of())),
        Tuple.of(1, members(canonicalJsonTexts(), 1))));
  }

  /** @return up to 3 members (cheaper than {@code Arbitraries.maps}, which keeps keys unique by retrying) */
  private static <T> Arbitrary<Map<String, T>> members(Arbitrary<T> values, int minSize) {
    return Combinators.combine(extensionKeys(), values).as(Tuple::of).list()
        .ofMinSize(minSize).ofMaxSize(3).map(l -> {
      Map<String, T> m = new LinkedHashMap<>();
      l.forEach(t -> m.put(t.get1(), t.get2()));
      return m;
    });
  }

  private static Arbitrary<OptionSpec> options() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars('_', '.', '-').ofMinLength(1).ofMaxLength(8),
            textSpecs(),
            decimals(-10_000, 10_000),
            extensions())
        .as(OptionSpec::new);
  }

  private static Arbitrary<ScaleSpec> scales() {
    return Combinators.combine(
            stems(), textSpecs().optional(0.5), options().list().ofMinSize(1).ofMaxSize(5),
            Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(false, true),
            Arbitraries.of(false, true))
        .as(ScaleSpec::new);
  }

  private static Arbitrary<BigDecimal> weights() {
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(5, decimals(1, 10_000)),
        Tuple.of(1, decimals(0, 0))));
  }

  private static Arbitrary<ScoringSettings> scoringSettings() {
    Arbitrary<Optional<BigDecimal>> number = decimals(-100_000, 100_000).optional(0.4);
    Arbitrary<Tuple3<Optional<BigDecimal>, Optional<BigDecimal>, Optional<Integer>>> clamp =
        Combinators.combine(number, number, Arbitraries.integers().between(0, 10).optional(0.4))
            .as(Tuple::of);
    Arbitrary<ScoringSettings> settings = Combinators.combine(
            Arbitraries.of(Aggregation.class).optional(0.5), number,
            Arbitraries.of(MissingPolicy.class).optional(0.5), number,
            decimals(0, 1000).map(d -> d.compareTo(BigDecimal.ONE) > 0 ? d.movePointLeft(3) : d)
                .optional(0.3),
            number, number, clamp)
        .as((aggregation, threshold, missing, missingScore, share, factor, offset, c) -> {
          Optional<BigDecimal> min = c.get1();
          Optional<BigDecimal> max = c.get2();
          if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            Optional<BigDecimal> swap = min;
            min = max;
            max = swap;
          }
          return ScoringSettings.builder()
              .aggregation(aggregation)
              .threshold(aggregation.orElse(null) == Aggregation.SHARE_MEETING && threshold.isEmpty()
                  ? Optional.of(new BigDecimal("50")) : threshold)
              .missing(missing)
              .missingScore(missing.orElse(null) == MissingPolicy.COUNT_AS && missingScore.isEmpty()
                  ? Optional.of(BigDecimal.ZERO) : missingScore)
              .minAnsweredShare(share)
              .factor(factor)
              .offset(offset)
              .min(min)
              .max(max)
              .decimals(c.get3())
              .build();
        });
    // normalize is only valid with a weighted mean or sum (QST-0035), inherited or not: a level
    // that normalizes names a linear aggregation, and a level with another aggregation says
    // normalize: false, so every inherited combination stays valid too.
    Arbitrary<List<Conversion>> convert = Combinators.combine(decimals(-1000, 1000),
            decimals(-1000, 1000), Arbitraries.integers().between(1, 4))
        .as((raw, score, rows) -> {
          List<Conversion> table = new java.util.ArrayList<>();
          for (int i = 0; i < rows; i++) {
            table.add(Conversion.of(raw.add(BigDecimal.valueOf(i)), score.add(BigDecimal.valueOf(3L * i)),
                Map.of("se", BigDecimal.valueOf(i, 1))));
          }
          return table;
        }).optional(0.15).map(o -> o.orElse(List.of()));
    Arbitrary<Optional<Rounding>> round = Combinators.combine(Arbitraries.of(Rounding.Rule.class),
        Arbitraries.integers().between(0, 10)).as(Rounding::of).optional(0.2);
    return Combinators.combine(settings, Arbitraries.of(true, false).optional(0.3), round, convert)
        .as((s, normalize, rounding, table) -> {
          boolean linear = s.aggregation().map(a -> a == Aggregation.WEIGHTED_MEAN
              || a == Aggregation.WEIGHTED_SUM).orElse(true);
          ScoringSettings.Builder b = ScoringSettings.builder().from(s).normalize(normalize)
              .round(rounding).convert(table);
          if (normalize.orElse(false) && (s.aggregation().isEmpty() || !linear)) {
            b.aggregation(Aggregation.WEIGHTED_MEAN);
          } else if (!linear) {
            b.normalize(false);
          }
          return b.build();
        });
  }

  private static Arbitrary<BandsSpec> bands() {
    Arbitrary<BandSpec> band = Combinators.combine(
            stems(), textSpecs(), textSpecs().optional(0.3), decimals(1, 100_000),
            Arbitraries.integers().between(0, 2))
        .as(BandSpec::new);
    return Combinators.combine(decimals(-100_000, 100_000), Arbitraries.of(false, true),
            Arbitraries.of(false, true), band.list().ofMaxSize(4))
        .as(BandsSpec::new);
  }

  /**
   * Conditions.
   *
   * @param depth how deep all/any/not may nest
   * @param inRule whether the conditions on scores, completion and bands that only rules take are
   *     generated too
   * @return the arbitrary
   */
  private static Arbitrary<ConditionSpec> conditions(int depth, boolean inRule) {
    Arbitrary<LiteralSpec> literal = Combinators.combine(
            picks(), decimals(-100_000, 100_000), Arbitraries.of(true, false),
            Arbitraries.oneOf(List.of(texts(), Arbitraries.just(""))))
        .as(LiteralSpec::new);
    Arbitrary<ConditionSpec> is = Combinators.combine(picks(), Arbitraries.of(AnswerState.class))
        .as(IsSpec::new);
    Arbitrary<ConditionSpec> compare = Combinators.combine(
            picks(), picks(), literal.list().ofMinSize(1).ofMaxSize(3))
        .as(CompareSpec::new);
    Arbitrary<ConditionSpec> quantifier = Combinators.combine(
            picks().list().ofMinSize(1).ofMaxSize(3), Arbitraries.integers().between(0, 2), picks(),
            picks(), Arbitraries.of(AnswerState.class).optional(0.4), picks(),
            literal.list().ofMinSize(1).ofMaxSize(3))
        .as(QuantifierSpec::new);
    Arbitrary<ConditionSpec> measure = Combinators.combine(
            Arbitraries.integers().between(0, 3), picks(), picks(), decimals(-10_000, 10_000),
            Arbitraries.of(true, false), picks().list().ofMinSize(1).ofMaxSize(3))
        .as(DimensionSpecCondition::new);
    Arbitrary<ConditionSpec> leaf = Arbitraries.frequencyOf(inRule
        ? List.of(Tuple.of(2, is), Tuple.of(5, compare), Tuple.of(1, quantifier), Tuple.of(2, measure))
        : List.of(Tuple.of(2, is), Tuple.of(5, compare), Tuple.of(1, quantifier)));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<ConditionSpec> part = conditions(depth - 1, inRule);
    Arbitrary<ConditionSpec> all = part.list().ofMinSize(1).ofMaxSize(3).map(AllSpec::new);
    Arbitrary<ConditionSpec> any = part.list().ofMinSize(1).ofMaxSize(3).map(AnySpec::new);
    Arbitrary<ConditionSpec> not = part.map(NotSpec::new);
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(6, leaf), Tuple.of(1, all), Tuple.of(1, any), Tuple.of(1, not)));
  }

  private static Arbitrary<QuestionSpec> questions() {
    Arbitrary<QuestionHeader> header = Combinators.combine(
            Arbitraries.of(QuestionType.class), stems(), textSpecs(), textSpecs().optional(0.3),
            weights().optional(0.5), Arbitraries.of(false, true))
        .as(QuestionHeader::new);
    Arbitrary<ChoiceSpec> choice = Combinators.combine(
            picks().optional(0.5), options().list().ofMinSize(1).ofMaxSize(5), Arbitraries.of(true, false),
            Arbitraries.of(true, false), Arbitraries.of(false, true))
        .as(ChoiceSpec::new);
    Arbitrary<Optional<BigDecimal>> bound = decimals(-100_000, 100_000).optional(0.5);
    Arbitrary<NumberSpec> number = Combinators.combine(texts(3).optional(0.5), bound, bound)
        .as(NumberSpec::new);
    Arbitrary<Optional<Boolean>> flag = Arbitraries.of(true, false).optional(0.4);
    Arbitrary<BigDecimal> score = decimals(-10_000, 10_000);
    Arbitrary<ItemScoringSpec> scoring = Combinators.combine(
            score.optional(0.7), score.optional(0.7), score,
            Combinators.combine(decimals(1, 10_000), score).as(Tuple::of).list().ofMaxSize(3),
            Arbitraries.of(false, true), Arbitraries.of(ItemScoring.Multiple.class).optional(0.5),
            decimals(0, 10_000).optional(0.4))
        .as(ItemScoringSpec::new);
    return Combinators.combine(header, choice, number, flag, flag, conditions(2, false).optional(0.4),
            extensions(), scoring.optional(0.4))
        .as(QuestionSpec::new);
  }

  private static Arbitrary<DimensionSpec> dimensions(Sizes sizes, int depth) {
    Arbitrary<DimensionHeader> header = Combinators.combine(
            stems(), textSpecs(), textSpecs().optional(0.3), weights().optional(0.5))
        .as(DimensionHeader::new);
    Arbitrary<List<DimensionSpec>> children = depth <= 1 || sizes.maxSubDimensions() == 0
        ? Arbitraries.just(List.of())
        : dimensions(sizes, depth - 1).list().ofMaxSize(sizes.maxSubDimensions());
    return Combinators.combine(
            header,
            questions().list().ofMinSize(1).ofMaxSize(sizes.maxQuestionsPerDimension()),
            // A dimension with sub-dimensions may drop its own questions.
            Arbitraries.of(true, false),
            children,
            scoringSettings().optional(0.2),
            bands().optional(0.25),
            extensions())
        .as((h, questions, keepQuestions, c, scoring, bands, extensions) -> new DimensionSpec(
            h, keepQuestions || c.isEmpty() ? questions : List.of(), c, scoring, bands, extensions));
  }

  private static Arbitrary<RecommendationSpec> recommendations() {
    Arbitrary<LinkSpec> link = Combinators.combine(
            Arbitraries.oneOf(List.of(
                Arbitraries.of("https://example.org/a?b=c&d=%C3%A4#x", "/kb/1", "workshop.html"),
                texts())),
            textSpecs().optional(0.5))
        .as(LinkSpec::new);
    return Combinators.combine(
            stems(), textSpecs(), textSpecs(), textSpecs().optional(0.4), picks().optional(0.5),
            Arbitraries.oneOf(List.of(Arbitraries.integers().between(-5, 5), Arbitraries.integers())),
            link.list().ofMaxSize(3), stems().list().ofMaxSize(3))
        .as(RecommendationSpec::new);
  }

  private static Arbitrary<RuleSpec> rules() {
    return Combinators.combine(stems(), conditions(3, true), picks().list().ofMinSize(1).ofMaxSize(3))
        .as(RuleSpec::new);
  }

  // ------------------------------------------------------------------ building the model

  /** What has been built so far, for resolving references. */
  private static final class Context {
    private final boolean english;
    private final List<AnswerScale> scales = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();
    private final Map<String, List<String>> optionValues = new LinkedHashMap<>();
    private final List<String> dimensionIds = new ArrayList<>();
    /** The band ids that conditions on a dimension (or "total") can name. */
    private final Map<String, List<String>> bandIds = new LinkedHashMap<>();
    private int counter;

    Context(boolean english) {
      this.english = english;
    }

    String id(String stem) {
      return stem + "_" + counter++;
    }

    LocalizedText text(TextSpec spec) {
      Map<String, String> translations = new LinkedHashMap<>();
      translations.put(DEFAULT_LOCALE, spec.de());
      if (english) {
        translations.put(OTHER_LOCALE, spec.en());
      }
      return LocalizedText.of(translations);
    }
  }

  private static Questionnaire build(Header header, Body body) {
    Context ctx = new Context(header.english());
    Questionnaire.Builder b = Questionnaire.builder()
        .id(ctx.id(header.stem()))
        .version(header.version())
        .defaultLocale(DEFAULT_LOCALE)
        .title(ctx.text(header.title()))
        .description(header.description().map(ctx::text))
        .metadata(header.metadata())
        .extensions(header.extensions());
    if (header.english()) {
      b.addLocale(OTHER_LOCALE);
    }
    for (ScaleSpec s : body.scales()) {
      AnswerScale scale = AnswerScale.builder()
          .id(ctx.id(s.stem()))
          .label(s.label().map(ctx::text))
          .options(options(s.options(), s.numericValues(), s.scored(), ctx))
          .allowDontKnow(s.allowDontKnow())
          .allowNotApplicable(s.allowNotApplicable())
          .build();
      ctx.scales.add(scale);
      b.addScale(scale);
    }
    int forced = forcedWeight(body.dimensions().stream()
        .map(d -> d.header().weight()).collect(Collectors.toList()));
    for (int i = 0; i < body.dimensions().size(); i++) {
      b.addDimension(dimension(body.dimensions().get(i), i == forced, ctx));
    }
    body.scoring().ifPresent(b::scoring);
    List<Band> bands = bands(body.bands(), ctx);
    b.bands(bands);
    List<String> totalBands = bands.stream().map(Band::id).collect(Collectors.toList());
    ctx.dimensionIds.forEach(d -> ctx.bandIds.computeIfAbsent(d, x -> totalBands));
    ctx.bandIds.put("total", totalBands);
    List<String> recommendationIds = new ArrayList<>();
    for (RecommendationSpec r : body.recommendations()) {
      String id = ctx.id(r.stem());
      recommendationIds.add(id);
      b.addRecommendation(Recommendation.builder()
          .id(id)
          .title(ctx.text(r.title()))
          .text(ctx.text(r.text()))
          .rationale(r.rationale().map(ctx::text))
          .dimension(r.dimension().map(p -> ctx.dimensionIds.get(p % ctx.dimensionIds.size())))
          .priority(r.priority())
          .links(r.links().stream()
              .map(l -> Link.builder().href(l.href()).label(l.label().map(ctx::text)).build())
              .collect(Collectors.toList()))
          .tags(r.tags())
          .build());
    }
    if (!recommendationIds.isEmpty()) {
      for (RuleSpec r : body.rules()) {
        b.addRule(Rule.builder()
            .id(ctx.id(r.stem()))
            .when(condition(r.when(), ctx.questions, ctx))
            .recommend(r.recommend().stream()
                .map(p -> recommendationIds.get(p % recommendationIds.size()))
                .distinct()
                .collect(Collectors.toList()))
            .build());
      }
    }
    return b.build();
  }

  /**
   * Which of some sibling weights must be set to 1 so that they do not all come to zero.
   *
   * @param weights the weights of the scored siblings; empty means the default, 1
   * @return the index of the weight to set to 1, or -1 if none needs it
   */
  private static int forcedWeight(List<Optional<BigDecimal>> weights) {
    boolean positive = weights.stream().anyMatch(w -> w.map(BigDecimal::signum).orElse(1) > 0);
    return positive || weights.isEmpty() ? -1 : 0;
  }

  private static List<AnswerOption> options(
      List<OptionSpec> specs, boolean numericValues, boolean scored, Context ctx) {
    List<AnswerOption> options = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      OptionSpec o = specs.get(i);
      options.add(AnswerOption.builder()
          .value(numericValues ? Integer.toString(i) : o.stem() + "_" + i)
          .label(ctx.text(o.label()))
          .score(Optional.of(o.score()).filter(x -> scored))
          .extensions(o.extensions())
          .build());
    }
    return options;
  }

  private static Dimension dimension(DimensionSpec spec, boolean forceWeight, Context ctx) {
    String id = ctx.id(spec.header().stem());
    ctx.dimensionIds.add(id);
    List<Band> bands = spec.bands().map(s -> bands(s, ctx)).orElse(List.of());
    if (!bands.isEmpty()) {
      ctx.bandIds.put(id, bands.stream().map(Band::id).collect(Collectors.toList()));
    }
    Dimension.Builder b = Dimension.builder()
        .id(id)
        .label(ctx.text(spec.header().label()))
        .description(spec.header().description().map(ctx::text))
        .scoring(spec.scoring())
        .bands(bands)
        .extensions(spec.extensions());
    if (forceWeight) {
      b.weight(BigDecimal.ONE);
    } else {
      spec.header().weight().ifPresent(b::weight);
    }
    // Scored siblings: the sub-dimensions first, then the questions that are not text questions.
    List<Optional<BigDecimal>> scored = new ArrayList<>();
    spec.children().forEach(c -> scored.add(c.header().weight()));
    spec.questions().stream().filter(q -> q.header().type() != QuestionType.TEXT)
        .forEach(q -> scored.add(q.header().weight()));
    int forced = forcedWeight(scored);
    int scoredQuestion = spec.children().size();
    // Questions come before sub-dimensions in document order, which visibility depends on.
    for (QuestionSpec q : spec.questions()) {
      boolean isScored = q.header().type() != QuestionType.TEXT;
      b.addQuestion(question(q, isScored && scoredQuestion == forced, ctx));
      if (isScored) {
        scoredQuestion++;
      }
    }
    for (int i = 0; i < spec.children().size(); i++) {
      b.addDimension(dimension(spec.children().get(i), i == forced, ctx));
    }
    return b.build();
  }

  private static Question question(QuestionSpec spec, boolean forceWeight, Context ctx) {
    QuestionHeader h = spec.header();
    String id = ctx.id(h.stem());
    Question.Builder b = Question.builder()
        .id(id)
        .type(h.type())
        .text(ctx.text(h.text()))
        .help(h.help().map(ctx::text))
        .allowDontKnow(spec.allowDontKnow())
        .allowNotApplicable(spec.allowNotApplicable())
        .required(h.required())
        .extensions(spec.extensions());
    if (forceWeight) {
      b.weight(BigDecimal.ONE);
    } else {
      h.weight().ifPresent(b::weight);
    }
    List<String> values = List.of();
    if (h.type().hasOptions()) {
      ChoiceSpec c = spec.choice();
      if (c.scale().isPresent() && !ctx.scales.isEmpty()) {
        AnswerScale scale = ctx.scales.get(c.scale().get() % ctx.scales.size());
        b.scale(scale.id());
        values = scale.options().stream().map(AnswerOption::value).collect(Collectors.toList());
      } else {
        List<AnswerOption> own = options(c.options(), c.numericValues(), c.scored(), ctx);
        b.options(own);
        values = own.stream().map(AnswerOption::value).collect(Collectors.toList());
      }
      // Only scored options can be reversed.
      b.reversed(c.reversed() && (c.scale().isPresent() && !ctx.scales.isEmpty()
          ? ctx.scales.get(c.scale().get() % ctx.scales.size()).options().get(0).score().isPresent()
          : c.scored()));
    }
    itemScoring(h.type(), spec.scoring()).ifPresent(b::scoring);
    if (h.type() == QuestionType.NUMBER) {
      NumberSpec n = spec.number();
      b.unit(n.unit());
      if (n.bound1().isPresent() && n.bound2().isPresent()
          && n.bound1().get().compareTo(n.bound2().get()) > 0) {
        b.min(n.bound2()).max(n.bound1());
      } else {
        b.min(n.bound1()).max(n.bound2());
      }
    }
    if (!ctx.questions.isEmpty()) {
      // Only earlier questions: no visibility cycles.
      b.visibleWhen(spec.visibleWhen().map(c -> condition(c, List.copyOf(ctx.questions), ctx)));
    }
    Question question = b.build();
    ctx.questions.add(question);
    ctx.optionValues.put(id, values);
    return question;
  }

  /** @return the parts of the item scoring that apply to the type, if any do */
  private static Optional<ItemScoring> itemScoring(QuestionType type, Optional<ItemScoringSpec> spec) {
    if (spec.isEmpty()) {
      return Optional.empty();
    }
    ItemScoringSpec s = spec.get();
    ItemScoring.Builder b = ItemScoring.builder();
    switch (type) {
      case YES_NO:
        b.yes(s.yes()).no(s.no());
        break;
      case NUMBER:
        BigDecimal at = s.firstStep();
        // The schema wants at least two points (one threshold is fine).
        boolean points = s.points() && s.steps().size() >= 2;
        for (Tuple2<BigDecimal, BigDecimal> step : s.steps()) {
          if (points) {
            b.addPoint(ItemScoring.Point.of(at, step.get2()));
          } else {
            b.addThreshold(ItemScoring.Threshold.of(at, step.get2()));
          }
          at = at.add(step.get1());
        }
        break;
      case MULTIPLE_CHOICE:
        b.multiple(s.multiple()).cap(s.cap());
        break;
      default:
        return Optional.empty();
    }
    return Optional.of(b.build());
  }

  private static List<Band> bands(BandsSpec spec, Context ctx) {
    List<Band> bands = new ArrayList<>();
    BigDecimal lower = spec.start();
    boolean lowerInclusive = !spec.firstLowerExclusive();
    for (int i = 0; i < spec.bands().size(); i++) {
      BandSpec s = spec.bands().get(i);
      BigDecimal upper = lower.add(s.width());
      boolean last = i == spec.bands().size() - 1;
      boolean upperInclusive = last ? spec.lastUpperInclusive() : s.boundary() == 1;
      bands.add(Band.builder()
          .id(ctx.id(s.stem()))
          .label(ctx.text(s.label()))
          .text(s.text().map(ctx::text))
          .lower(lower)
          .upper(upper)
          .lowerInclusive(lowerInclusive)
          .upperInclusive(upperInclusive)
          .build());
      lower = upper;
      lowerInclusive = s.boundary() == 0;
    }
    return bands;
  }

  private static Condition condition(ConditionSpec spec, List<Question> targets, Context ctx) {
    if (spec instanceof AllSpec) {
      return AllOf.of(((AllSpec) spec).parts().stream()
          .map(p -> condition(p, targets, ctx)).collect(Collectors.toList()));
    }
    if (spec instanceof AnySpec) {
      return AnyOf.of(((AnySpec) spec).parts().stream()
          .map(p -> condition(p, targets, ctx)).collect(Collectors.toList()));
    }
    if (spec instanceof NotSpec) {
      return Not.of(condition(((NotSpec) spec).part(), targets, ctx));
    }
    if (spec instanceof IsSpec) {
      IsSpec is = (IsSpec) spec;
      return AnswerIs.of(targets.get(is.question() % targets.size()).id(), is.state());
    }
    if (spec instanceof QuantifierSpec) {
      return quantifier((QuantifierSpec) spec, targets, ctx);
    }
    if (spec instanceof DimensionSpecCondition) {
      return dimensionCondition((DimensionSpecCondition) spec, ctx);
    }
    CompareSpec c = (CompareSpec) spec;
    Question q = targets.get(c.question() % targets.size());
    Operator operator = operator(q, c.operator());
    return AnswerComparison.of(q.id(), operator, literals(q, operator, c.values(), ctx));
  }

  private static Operator operator(Question q, int pick) {
    List<Operator> operators = OPERATORS.get(q.type());
    return operators.get(pick % operators.size());
  }

  private static Condition quantifier(QuantifierSpec spec, List<Question> targets, Context ctx) {
    Question first = targets.get(spec.questions().get(0) % targets.size());
    List<Question> candidates = spec.state().isPresent() ? targets : targets.stream()
        .filter(t -> t.type() == first.type()
            && ctx.optionValues.get(t.id()).equals(ctx.optionValues.get(first.id())))
        .collect(Collectors.toList());
    List<String> ids = spec.questions().stream()
        .map(p -> candidates.get(p % candidates.size()).id()).distinct().collect(Collectors.toList());
    int least = spec.least() % (ids.size() + 1);
    Quantifier.Builder b = Quantifier.builder().questions(ids);
    if (spec.bounds() != 1) {
      b.atLeast(least);
    }
    if (spec.bounds() != 0) {
      b.atMost((spec.bounds() == 2 ? least : 0) + spec.more() % 3);
    }
    if (spec.state().isPresent()) {
      b.state(spec.state().get());
    } else {
      Operator operator = operator(first, spec.operator());
      b.operator(operator).values(literals(first, operator, spec.values(), ctx));
    }
    return b.build();
  }

  private static Condition dimensionCondition(DimensionSpecCondition spec, Context ctx) {
    int n = ctx.dimensionIds.size();
    String dimension = spec.dimension() % (n + 1) == n ? "total" : ctx.dimensionIds.get(spec.dimension() % (n + 1));
    List<String> bands = ctx.bandIds.get(dimension);
    List<Operator> ordering = List.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT, Operator.GE);
    switch (spec.kind()) {
      case 0:
      case 1:
        return MeasureComparison.of(spec.kind() == 0 ? MeasureComparison.Measure.SCORE
                : MeasureComparison.Measure.COMPLETION,
            dimension, ordering.get(spec.operator() % ordering.size()), spec.value());
      default:
        if (spec.kind() == 2 || bands.isEmpty()) {
          return ScorableIs.of(dimension, spec.scorable());
        }
        Operator operator = List.of(Operator.EQ, Operator.NE, Operator.IN).get(spec.operator() % 3);
        List<String> named = spec.bands().stream().map(p -> bands.get(p % bands.size())).distinct()
            .collect(Collectors.toList());
        return BandIs.of(dimension, operator, operator == Operator.IN ? named : named.subList(0, 1));
    }
  }

  private static List<Literal> literals(
      Question q, Operator operator, List<LiteralSpec> specs, Context ctx) {
    List<LiteralSpec> values = operator == Operator.IN ? specs : specs.subList(0, 1);
    List<String> options = ctx.optionValues.get(q.id());
    return values.stream().map(v -> {
      switch (q.type()) {
        case NUMBER:
          return Literal.of(v.number());
        case YES_NO:
          return Literal.of(v.bool());
        case TEXT:
          return Literal.of(v.text());
        default:
          return Literal.of(options.get(v.option() % options.size()));
      }
    }).collect(Collectors.toList());
  }

  // ------------------------------------------------------------------ responses

  private static Arbitrary<Respondent> respondents() {
    return Combinators.combine(texts(), texts().optional(0.5), texts().optional(0.5))
        .as((id, role, group) -> Respondent.builder().id(id).role(role).group(group).build());
  }

  /** @return start and submission, each present or not, never submitted before started */
  private static Arbitrary<Tuple2<Optional<OffsetDateTime>, Optional<OffsetDateTime>>> times() {
    Arbitrary<ZoneOffset> offsets = Arbitraries.of(
        ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(2), ZoneOffset.ofHoursMinutes(5, 30),
        ZoneOffset.ofHoursMinutes(5, 45), ZoneOffset.ofHours(-5), ZoneOffset.ofHoursMinutes(-9, -30),
        ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12));
    long from = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
    return Combinators.combine(
            Arbitraries.longs().between(from, to), Arbitraries.longs().between(0, 30L * 24 * 3600),
            offsets, offsets, Arbitraries.of(false, true), Arbitraries.of(false, true))
        .as((start, duration, startOffset, endOffset, started, submitted) -> Tuple.of(
            Optional.of(OffsetDateTime.ofInstant(Instant.ofEpochSecond(start), startOffset))
                .filter(t -> started),
            Optional.of(OffsetDateTime.ofInstant(Instant.ofEpochSecond(start + duration), endOffset))
                .filter(t -> submitted)));
  }

  private static Arbitrary<Answer> answersTo(Questionnaire questionnaire, Question question) {
    Arbitrary<Optional<String>> comments =
        Arbitraries.oneOf(List.of(texts(), Arbitraries.just(""))).optional(0.3);
    Arbitrary<List<String>> evidence = texts().list().ofMaxSize(2);
    Arbitrary<Answer> answered = Combinators.combine(valuesFor(questionnaire, question), comments, evidence)
        .as((v, c, e) -> Answer.builder().value(v).comment(c).evidence(e).build());
    Arbitrary<Answer> commentOnly = Combinators.combine(texts(), evidence)
        .as((c, e) -> Answer.builder().comment(c).evidence(e).build());
    List<Tuple2<Integer, Arbitrary<Answer>>> kinds = new ArrayList<>();
    kinds.add(Tuple.of(8, answered));
    kinds.add(Tuple.of(1, commentOnly));
    if (questionnaire.allowsDontKnow(question)) {
      kinds.add(Tuple.of(2, Combinators.combine(comments, evidence).as((c, e) ->
          Answer.builder().state(AnswerState.DONT_KNOW).comment(c).evidence(e).build())));
    }
    if (questionnaire.allowsNotApplicable(question)) {
      kinds.add(Tuple.of(2, Combinators.combine(comments, evidence).as((c, e) ->
          Answer.builder().state(AnswerState.NOT_APPLICABLE).comment(c).evidence(e).build())));
    }
    return Arbitraries.frequencyOf(kinds);
  }

  private static Arbitrary<AnswerValue> valuesFor(Questionnaire questionnaire, Question question) {
    List<String> offered = questionnaire.optionsOf(question).stream()
        .map(AnswerOption::value).collect(Collectors.toList());
    switch (question.type()) {
      case SINGLE_CHOICE:
      case ORDINAL_SCALE:
        return Arbitraries.of(offered).map(AnswerValue::option);
      case MULTIPLE_CHOICE:
        return Arbitraries.of(offered).list().uniqueElements().ofMaxSize(offered.size())
            .map(AnswerValue::options);
      case YES_NO:
        return Arbitraries.of(true, false).map(AnswerValue::bool);
      case NUMBER:
        return decimals(-1_000_000, 1_000_000).map(d -> AnswerValue.number(within(question, d)));
      case TEXT:
        return Arbitraries.oneOf(List.of(texts(), Arbitraries.just(""))).map(AnswerValue::text);
      default:
        throw new AssertionError(question.type());
    }
  }

  /** Moves a number into a question's range, keeping it as it is if it already lies there. */
  private static BigDecimal within(Question question, BigDecimal d) {
    Optional<BigDecimal> min = question.min();
    Optional<BigDecimal> max = question.max();
    if (min.isPresent() && d.compareTo(min.get()) < 0) {
      BigDecimal span = max.map(m -> m.subtract(min.get())).orElse(null);
      d = span == null ? min.get().add(d.abs())
          : span.signum() == 0 ? min.get() : min.get().add(d.abs().remainder(span));
    }
    if (max.isPresent() && d.compareTo(max.get()) > 0) {
      BigDecimal span = min.map(m -> max.get().subtract(m)).orElse(null);
      d = span == null ? max.get().subtract(d.abs())
          : span.signum() == 0 ? max.get() : max.get().subtract(d.abs().remainder(span));
    }
    return d;
  }
}
