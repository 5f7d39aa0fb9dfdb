package dev.selfcheck.schema.internal;

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
import dev.selfcheck.core.Combination;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.ConditionReference;
import dev.selfcheck.core.Consensus;
import dev.selfcheck.core.Conversion;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.ItemCount;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.JsonPointer;
import dev.selfcheck.core.Link;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.MeasureComparison;
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
import dev.selfcheck.core.Rounding;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.core.Term;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/*
 * Maps a schema-valid tree to the model. Because the tree has passed the JSON Schema, the shapes are
 * known: a member is either absent or of the right type. Anything the model still refuses (an
 * IllegalArgumentException from a value's own invariants) is turned into a finding by the caller,
 * with the pointer of the element being mapped, which this class tracks.
 */
/** Maps schema-valid JSON trees to model values. */
public final class ModelMapper {

  private static final List<String> COMPARISON_MEMBERS =
      List.of("eq", "ne", "lt", "le", "gt", "ge", "in", "contains");

  /** The pointer of the element being mapped, for error reports. */
  private String current = "";

  /** @return the pointer of the element that was being mapped when mapping stopped */
  public String currentPointer() {
    return current;
  }

  private static String child(String pointer, String name) {
    return JsonPointer.append(pointer, name);
  }

  /**
   * Maps a questionnaire.
   *
   * @param n the root object
   * @return the questionnaire
   */
  public Questionnaire questionnaire(JsonNode n) {
    current = "";
    Questionnaire.Builder b = Questionnaire.builder()
        .formatVersion(n.get("formatVersion").asString())
        .id(n.get("id").asString())
        .version(SemanticVersion.parse(n.get("version").asString()))
        .defaultLocale(n.get("defaultLocale").asString())
        .title(text(n.get("title")));
    strings(n.get("locales")).forEach(b::addLocale);
    opt(n, "description").map(ModelMapper::text).ifPresent(b::description);
    opt(n, "metadata").map(ModelMapper::metadata).ifPresent(b::metadata);
    list(n, "", "scales", this::scale).forEach(b::addScale);
    list(n, "", "dimensions", this::dimension).forEach(b::addDimension);
    opt(n, "scoring").map(s -> scoring(s, "/scoring")).ifPresent(b::scoring);
    list(n, "", "bands", this::band).forEach(b::addBand);
    list(n, "", "recommendations", this::recommendation).forEach(b::addRecommendation);
    list(n, "", "rules", this::rule).forEach(b::addRule);
    opt(n, "conditions").ifPresent(named -> named.properties().forEach(e -> b.putNamedCondition(
        e.getKey(), condition(e.getValue(), child("/conditions", e.getKey())))));
    b.extensions(extensions(n));
    current = "";
    return b.build();
  }

  private static Optional<JsonNode> opt(JsonNode n, String name) {
    JsonNode v = n.get(name);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
  }

  private static Optional<String> optString(JsonNode n, String name) {
    return opt(n, name).map(JsonNode::asString);
  }

  private static Optional<BigDecimal> optDecimal(JsonNode n, String name) {
    return opt(n, name).map(JsonNode::decimalValue);
  }

  private static Optional<Boolean> optBoolean(JsonNode n, String name) {
    return opt(n, name).map(JsonNode::booleanValue);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(e -> out.add(e.asString()));
    }
    return out;
  }

  private <T> List<T> list(
      JsonNode n, String pointer, String name, BiFunction<JsonNode, String, T> mapper) {
    List<T> out = new ArrayList<>();
    JsonNode array = n.get(name);
    if (array != null) {
      String base = child(pointer, name);
      for (int i = 0; i < array.size(); i++) {
        String p = base + "/" + i;
        current = p;
        out.add(mapper.apply(array.get(i), p));
      }
    }
    return out;
  }

  private static LocalizedText text(JsonNode n) {
    Map<String, String> translations = new LinkedHashMap<>();
    n.properties().forEach(e -> translations.put(e.getKey(), e.getValue().asString()));
    return LocalizedText.of(translations);
  }

  private static Map<String, String> extensions(JsonNode n) {
    Map<String, String> out = new LinkedHashMap<>();
    opt(n, "extensions").ifPresent(ext ->
        ext.properties().forEach(e -> out.put(e.getKey(), CanonicalJson.write(e.getValue()))));
    return out;
  }

  private static Metadata metadata(JsonNode n) {
    Metadata.Builder b = Metadata.builder();
    strings(n.get("authors")).forEach(b::addAuthor);
    optString(n, "licence").ifPresent(b::licence);
    optString(n, "source").ifPresent(b::source);
    return b.build();
  }

  private AnswerScale scale(JsonNode n, String p) {
    AnswerScale.Builder b = AnswerScale.builder().id(n.get("id").asString());
    opt(n, "label").map(ModelMapper::text).ifPresent(b::label);
    list(n, p, "options", this::option).forEach(b::addOption);
    optBoolean(n, "allowDontKnow").ifPresent(b::allowDontKnow);
    optBoolean(n, "allowNotApplicable").ifPresent(b::allowNotApplicable);
    return b.build();
  }

  private AnswerOption option(JsonNode n, String p) {
    AnswerOption.Builder b = AnswerOption.builder()
        .value(n.get("value").asString())
        .label(text(n.get("label")));
    optDecimal(n, "score").ifPresent(b::score);
    return b.extensions(extensions(n)).build();
  }

  private Dimension dimension(JsonNode n, String p) {
    Dimension.Builder b = Dimension.builder()
        .id(n.get("id").asString())
        .label(text(n.get("label")));
    opt(n, "description").map(ModelMapper::text).ifPresent(b::description);
    optDecimal(n, "weight").ifPresent(b::weight);
    list(n, p, "dimensions", this::dimension).forEach(b::addDimension);
    list(n, p, "questions", this::question).forEach(b::addQuestion);
    opt(n, "scoring").map(s -> scoring(s, child(p, "scoring"))).ifPresent(b::scoring);
    list(n, p, "bands", this::band).forEach(b::addBand);
    b.ownBands(n.has("bands"));
    return b.extensions(extensions(n)).build();
  }

  private Question question(JsonNode n, String p) {
    Question.Builder b = Question.builder()
        .id(n.get("id").asString())
        .type(QuestionType.fromJsonName(n.get("type").asString()).orElseThrow())
        .text(text(n.get("text")));
    opt(n, "help").map(ModelMapper::text).ifPresent(b::help);
    optDecimal(n, "weight").ifPresent(b::weight);
    optString(n, "scale").ifPresent(b::scale);
    list(n, p, "options", this::option).forEach(b::addOption);
    optBoolean(n, "allowDontKnow").ifPresent(b::allowDontKnow);
    optBoolean(n, "allowNotApplicable").ifPresent(b::allowNotApplicable);
    optString(n, "unit").ifPresent(b::unit);
    optDecimal(n, "min").ifPresent(b::min);
    optDecimal(n, "max").ifPresent(b::max);
    optBoolean(n, "required").ifPresent(b::required);
    optBoolean(n, "reversed").ifPresent(b::reversed);
    opt(n, "scoring").map(ModelMapper::itemScoring).ifPresent(b::scoring);
    opt(n, "visibleWhen").map(c -> condition(c, child(p, "visibleWhen"))).ifPresent(b::visibleWhen);
    return b.extensions(extensions(n)).build();
  }

  private static ItemScoring itemScoring(JsonNode n) {
    ItemScoring.Builder b = ItemScoring.builder();
    optDecimal(n, "yes").ifPresent(b::yes);
    optDecimal(n, "no").ifPresent(b::no);
    opt(n, "thresholds").ifPresent(a -> a.forEach(t -> b.addThreshold(
        ItemScoring.Threshold.of(t.get("from").decimalValue(), t.get("score").decimalValue()))));
    opt(n, "points").ifPresent(a -> a.forEach(t -> b.addPoint(
        ItemScoring.Point.of(t.get("value").decimalValue(), t.get("score").decimalValue()))));
    optString(n, "multiple").flatMap(ItemScoring.Multiple::fromJsonName).ifPresent(b::multiple);
    optDecimal(n, "cap").ifPresent(b::cap);
    optString(n, "combine").flatMap(Combination::fromJsonName).ifPresent(b::combine);
    optString(n, "leadRole").ifPresent(b::leadRole);
    return b.build();
  }

  private static Consensus consensus(JsonNode n) {
    Consensus.Builder b = Consensus.builder().fingerprint(n.get("fingerprint").asString());
    n.get("members").forEach(m -> b.addMember(
        new Consensus.Member(m.get("respondent").asString(), m.get("fingerprint").asString())));
    n.get("answers").properties().forEach(e -> b.putAnswer(e.getKey(), new Consensus.Reached(
        optString(e.getValue(), "rule").flatMap(Combination::fromJsonName),
        optString(e.getValue(), "rationale"))));
    return b.build();
  }

  private ScoringSettings scoring(JsonNode n, String p) {
    ScoringSettings.Builder b = ScoringSettings.builder();
    optString(n, "aggregation").flatMap(Aggregation::fromJsonName).ifPresent(b::aggregation);
    optDecimal(n, "threshold").ifPresent(b::threshold);
    optString(n, "missing").flatMap(MissingPolicy::fromJsonName).ifPresent(b::missing);
    optDecimal(n, "missingScore").ifPresent(b::missingScore);
    optDecimal(n, "minAnsweredShare").ifPresent(b::minAnsweredShare);
    opt(n, "maxMissing").map(JsonNode::intValue).ifPresent(b::maxMissing);
    optBoolean(n, "normalize").ifPresent(b::normalize);
    optDecimal(n, "factor").ifPresent(b::factor);
    optDecimal(n, "offset").ifPresent(b::offset);
    list(n, p, "terms", (t, tp) -> Term.builder().id(t.get("id").asString())
        .when(condition(t.get("when"), child(tp, "when"))).add(t.get("add").decimalValue()).build())
        .forEach(b::addTerm);
    list(n, p, "counts", (c, cp) -> ItemCount.builder().id(c.get("id").asString())
        .test(quantifier(c, 0)).build()).forEach(b::addCount);
    optDecimal(n, "min").ifPresent(b::min);
    optDecimal(n, "max").ifPresent(b::max);
    opt(n, "convert").ifPresent(a -> a.forEach(r -> {
      Map<String, BigDecimal> also = new LinkedHashMap<>();
      opt(r, "also").ifPresent(x -> x.properties().forEach(e -> also.put(e.getKey(), e.getValue().decimalValue())));
      b.addConvert(Conversion.of(r.get("raw").decimalValue(), r.get("score").decimalValue(), also));
    }));
    opt(n, "round").map(r -> Rounding.of(Rounding.Rule.fromJsonName(r.get("rule").asString())
        .orElseThrow(), opt(r, "decimals").map(JsonNode::intValue).orElse(0))).ifPresent(b::round);
    opt(n, "decimals").map(JsonNode::intValue).ifPresent(b::decimals);
    optString(n, "combine").flatMap(Combination::fromJsonName).ifPresent(b::combine);
    optString(n, "leadRole").ifPresent(b::leadRole);
    return b.build();
  }

  private Band band(JsonNode n, String p) {
    Band.Builder b = Band.builder()
        .id(n.get("id").asString())
        .label(text(n.get("label")))
        .lower(n.get("lower").decimalValue())
        .upper(n.get("upper").decimalValue());
    opt(n, "text").map(ModelMapper::text).ifPresent(b::text);
    optBoolean(n, "lowerInclusive").ifPresent(b::lowerInclusive);
    optBoolean(n, "upperInclusive").ifPresent(b::upperInclusive);
    return b.build();
  }

  private Recommendation recommendation(JsonNode n, String p) {
    Recommendation.Builder b = Recommendation.builder()
        .id(n.get("id").asString())
        .title(text(n.get("title")))
        .text(text(n.get("text")));
    opt(n, "rationale").map(ModelMapper::text).ifPresent(b::rationale);
    optString(n, "dimension").ifPresent(b::dimension);
    opt(n, "priority").map(JsonNode::intValue).ifPresent(b::priority);
    list(n, p, "links", (l, lp) -> {
      Link.Builder lb = Link.builder().href(l.get("href").asString());
      opt(l, "label").map(ModelMapper::text).ifPresent(lb::label);
      return lb.build();
    }).forEach(b::addLink);
    strings(n.get("tags")).forEach(b::addTag);
    return b.build();
  }

  private Rule rule(JsonNode n, String p) {
    Rule.Builder b = Rule.builder()
        .id(n.get("id").asString())
        .when(condition(n.get("when"), child(p, "when")));
    strings(n.get("recommend")).forEach(b::addRecommend);
    return b.build();
  }

  /**
   * Maps a condition.
   *
   * @param n the condition object
   * @param p its pointer
   * @return the condition
   */
  public Condition condition(JsonNode n, String p) {
    current = p;
    if (n.has("all")) {
      return AllOf.of(list(n, p, "all", this::condition));
    }
    if (n.has("any")) {
      return AnyOf.of(list(n, p, "any", this::condition));
    }
    if (n.has("not")) {
      return Not.of(condition(n.get("not"), child(p, "not")));
    }
    if (n.has("of")) {
      return quantifier(n, null);
    }
    if (n.has("score") && n.has("is")) {
      return ScorableIs.of(n.get("score").asString(), "scorable".equals(n.get("is").asString()));
    }
    for (MeasureComparison.Measure measure : MeasureComparison.Measure.values()) {
      if (n.has(measure.jsonName())) {
        Operator op = operatorOf(n);
        return MeasureComparison.of(measure, n.get(measure.jsonName()).asString(), op,
            n.get(op.jsonName()).decimalValue());
      }
    }
    if (n.has("band")) {
      Operator op = operatorOf(n);
      JsonNode v = n.get(op.jsonName());
      return BandIs.of(n.get("band").asString(), op, v.isArray() ? strings(v) : List.of(v.asString()));
    }
    if (n.has("condition")) {
      return ConditionReference.of(n.get("condition").asString());
    }
    String question = n.get("answer").asString();
    if (n.has("is")) {
      return AnswerIs.of(question, AnswerState.fromJsonName(n.get("is").asString()).orElseThrow());
    }
    Operator op = operatorOf(n);
    return AnswerComparison.of(question, op, literals(n.get(op.jsonName()), op));
  }

  /**
   * A quantifier ({@code of}, {@code where} and its bounds), or the questions and test of a count
   * (whose bounds are not used: atLeast is given).
   */
  private static Quantifier quantifier(JsonNode n, Integer atLeast) {
    Quantifier.Builder b = Quantifier.builder().questions(strings(n.get("of")));
    opt(n, "atLeast").map(JsonNode::intValue).or(() -> java.util.Optional.ofNullable(atLeast))
        .ifPresent(b::atLeast);
    opt(n, "atMost").map(JsonNode::intValue).ifPresent(b::atMost);
    JsonNode where = n.get("where");
    if (where.has("is")) {
      b.state(AnswerState.fromJsonName(where.get("is").asString()).orElseThrow());
    } else {
      Operator op = operatorOf(where);
      b.operator(op).values(literals(where.get(op.jsonName()), op));
    }
    return b.build();
  }

  /** The one operator member of a schema-valid condition (or quantifier test). */
  private static Operator operatorOf(JsonNode n) {
    for (String member : COMPARISON_MEMBERS) {
      if (n.has(member)) {
        return Operator.fromJsonName(member).orElseThrow();
      }
    }
    throw new IllegalArgumentException("the condition has no operator");
  }

  /** The values of an operator member: a list for {@code in}, else one value. */
  private static List<Literal> literals(JsonNode v, Operator op) {
    List<Literal> values = new ArrayList<>();
    if (op == Operator.IN) {
      v.forEach(e -> values.add(literal(e)));
    } else {
      values.add(literal(v));
    }
    return values;
  }

  static Literal literal(JsonNode n) {
    if (n.isBoolean()) {
      return Literal.of(n.booleanValue());
    }
    if (n.isNumber()) {
      return Literal.of(n.decimalValue());
    }
    return Literal.of(n.asString());
  }

  /**
   * Maps a response.
   *
   * @param n the root object
   * @return the response
   */
  public Response response(JsonNode n) {
    current = "";
    JsonNode q = n.get("questionnaire");
    Response.Builder b = Response.builder()
        .formatVersion(n.get("formatVersion").asString())
        .questionnaireId(q.get("id").asString())
        .questionnaireVersion(SemanticVersion.parse(q.get("version").asString()));
    opt(n, "respondent").ifPresent(r -> {
      Respondent.Builder rb = Respondent.builder().id(r.get("id").asString());
      optString(r, "role").ifPresent(rb::role);
      optString(r, "group").ifPresent(rb::group);
      b.respondent(rb.build());
    });
    current = "/startedAt";
    optString(n, "startedAt").map(OffsetDateTime::parse).ifPresent(b::startedAt);
    current = "/submittedAt";
    optString(n, "submittedAt").map(OffsetDateTime::parse).ifPresent(b::submittedAt);
    n.get("answers").properties().forEach(e -> {
      current = child("/answers", e.getKey());
      b.putAnswer(e.getKey(), answer(e.getValue()));
    });
    current = "/consensus";
    opt(n, "consensus").map(ModelMapper::consensus).ifPresent(b::consensus);
    b.extensions(extensions(n));
    current = "";
    return b.build();
  }

  private static Answer answer(JsonNode n) {
    Answer.Builder b = Answer.builder();
    optString(n, "state").flatMap(AnswerState::fromJsonName).ifPresent(b::state);
    opt(n, "value").map(ModelMapper::answerValue).ifPresent(b::value);
    optString(n, "comment").ifPresent(b::comment);
    strings(n.get("evidence")).forEach(b::addEvidence);
    return b.build();
  }

  static AnswerValue answerValue(JsonNode v) {
    if (v.isArray()) {
      return AnswerValue.options(strings(v));
    }
    if (v.isBoolean()) {
      return AnswerValue.bool(v.booleanValue());
    }
    if (v.isNumber()) {
      return AnswerValue.number(v.decimalValue());
    }
    return AnswerValue.text(v.asString());
  }
}
