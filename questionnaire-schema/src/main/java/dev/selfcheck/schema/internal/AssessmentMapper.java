package dev.selfcheck.schema.internal;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.JsonPointer;
import dev.selfcheck.core.FindingType;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Rule;
import dev.selfcheck.core.Severity;
import dev.selfcheck.schema.DocumentProblem;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.Contribution;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.NotScorable;
import dev.selfcheck.scoring.Proration;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Reason;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/*
 * Maps a schema-valid assessment tree back to the Assessment that Assessment.toJson() wrote, against
 * the questionnaire that scored it. The JSON carries ids where the value holds questionnaire
 * objects (a band, a recommendation), so every id is resolved against the questionnaire, and the
 * result holds the questionnaire's own objects: the band of a dimension among the bands that apply
 * to it (its own, else the questionnaire's), a question or sub-dimension of a contribution among
 * the dimension's own children. What the JSON repeats from the questionnaire (labels, weights, a
 * recommendation's priority, dimension, title and tags) must agree with it; the questionnaire's
 * value is taken, so a weight "1.0" stays 1.0 even where a JSON reader would normalise it.
 *
 * Exact numbers must be in Rational's canonical form, because writing the value again must give
 * the same bytes: "500/6" and "1/4" denote exact numbers, but not as toJson() writes them.
 *
 * Problems are collected, not thrown, so that one reading reports all of them; the assessment is
 * built only when there are none. An IllegalArgumentException from a value's own invariants is
 * left to the caller, which reports it at currentPointer().
 */
/** Maps schema-valid assessment trees to assessments, resolved against their questionnaire. */
public final class AssessmentMapper {

  /** The longest number text quoted in a message. */
  private static final int QUOTED_NUMBER = 40;

  private final Questionnaire questionnaire;
  private final int maxDigits;
  private final Object owner;
  private final List<Finding> findings = new ArrayList<>();
  private String current = "";

  /**
   * A mapper for assessments of one questionnaire.
   *
   * @param questionnaire the questionnaire that scored the assessments
   * @param maxDigits the most digits of the numerator or denominator of an exact number
   */
  public AssessmentMapper(Questionnaire questionnaire, int maxDigits) {
    this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
    this.maxDigits = maxDigits;
    this.owner = part("questionnaire", questionnaire.id());
  }

  /** @return the pointer of the element that was being mapped when mapping stopped */
  public String currentPointer() {
    return current;
  }

  /** @return the problems found while mapping, in document order */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /**
   * Maps an assessment.
   *
   * @param n the root object, valid against the assessment schema
   * @return the assessment, or empty if {@link #findings()} holds errors
   */
  public Optional<Assessment> assessment(JsonNode n) {
    JsonNode of = n.get("questionnaire");
    String id = of.get("id").asString();
    String version = of.get("version").asString();
    if (!id.equals(questionnaire.id())) {
      report(DocumentProblem.ASSESSMENT_OF_OTHER_QUESTIONNAIRE, "/questionnaire/id", id, questionnaire.id());
      return Optional.empty();
    }
    if (!version.equals(questionnaire.version().toString())) {
      report(DocumentProblem.ASSESSMENT_OF_OTHER_VERSION, "/questionnaire/version", version, id,
          questionnaire.version());
      return Optional.empty();
    }
    Assessment.Builder b = Assessment.builder()
        .questionnaireId(questionnaire.id())
        .questionnaireVersion(questionnaire.version());
    opt(n, "respondent").map(AssessmentMapper::respondent).ifPresent(b::respondent);
    b.total(total(n.get("total")));
    JsonNode dimensions = n.get("dimensions");
    for (int i = 0; i < dimensions.size(); i++) {
      dimension(dimensions.get(i), "/dimensions/" + i).ifPresent(b::addDimension);
    }
    JsonNode recommendations = n.get("recommendations");
    for (int i = 0; i < recommendations.size(); i++) {
      recommendation(recommendations.get(i), "/recommendations/" + i).ifPresent(b::addRecommendation);
    }
    JsonNode list = n.get("findings");
    for (int i = 0; i < list.size(); i++) {
      current = "/findings/" + i;
      b.addFinding(finding(list.get(i)));
    }
    current = "";
    return findings.stream().anyMatch(Finding::isError) ? Optional.empty() : Optional.of(b.build());
  }

  // ---------------------------------------------------------------- dimensions

  /** The children a dimension result may name: own questions, sub-dimensions, bands. */
  private record Node(Object name, List<Question> questions, List<Dimension> dimensions, List<Band> bands) {}

  private DimensionResult total(JsonNode n) {
    String p = "/total";
    String id = n.get("id").asString();
    if (!id.equals(DimensionResult.TOTAL)) {
      report(DocumentProblem.NOT_ALLOWED_VALUE, p + "/id", "'" + id + "'", "'" + DimensionResult.TOTAL + "'");
    }
    return result(n, p, questionnaire.title(),
        new Node(part("total"), List.of(), questionnaire.dimensions(), questionnaire.bands()));
  }

  private Optional<DimensionResult> dimension(JsonNode n, String p) {
    String id = n.get("id").asString();
    Optional<Dimension> d = questionnaire.dimension(id);
    if (d.isEmpty()) {
      report(DocumentProblem.UNKNOWN_REFERENCE, p + "/id", owner, part("no.dimension"), id);
      return Optional.empty();
    }
    Dimension dim = d.get();
    return Optional.of(result(n, p, dim.label(), new Node(part("dimension", id), dim.questions(),
        dim.dimensions(), questionnaire.bandsOf(dim))));
  }

  private DimensionResult result(JsonNode n, String p, LocalizedText label, Node node) {
    current = p;
    agree("label", p + "/label", text(n.get("label")).translations(), label.translations());
    DimensionResult.Builder b = DimensionResult.builder()
        .id(n.get("id").asString())
        .label(label)
        .minScore(exact(n, p, "minScore"))
        .maxScore(exact(n, p, "maxScore"))
        .completion(exact(n, p, "completion"))
        .answeredShare(exact(n, p, "answeredShare"));
    if (n.has("score")) {
      Rational score = exact(n, p, "score");
      BigDecimal display = n.get("displayScore").decimalValue();
      if (!score.toBigDecimal(display.scale()).equals(display)) {
        report(DocumentProblem.WRONG_DISPLAY_SCORE, p + "/displayScore", display.toPlainString(), score,
            display.scale());
      }
      b.score(score).displayScore(display);
      opt(n, "prorated").ifPresent(x -> b.prorated(Proration.of(x.get("answered").intValue(),
          x.get("applicable").intValue(), exact(x, p + "/prorated", "factor"))));
      if (n.has("raw")) {
        b.raw(exact(n, p, "raw"));
      }
      opt(n, "values").ifPresent(x -> x.properties().forEach(
          e -> b.putValue(e.getKey(), exact(x, p + "/values", e.getKey()))));
      if (n.has("unrounded")) {
        b.unrounded(exact(n, p, "unrounded"));
      }
    }
    opt(n, "notScorable").map(x -> notScorable(x, p + "/notScorable")).ifPresent(b::notScorable);
    opt(n, "band").map(JsonNode::asString).ifPresent(id -> {
      Optional<Band> band = node.bands().stream().filter(x -> x.id().equals(id)).findFirst();
      if (band.isEmpty()) {
        report(DocumentProblem.UNKNOWN_REFERENCE, p + "/band", node.name(), part("no.band"), id);
      }
      band.ifPresent(b::band);
    });
    opt(n, "terms").ifPresent(t -> t.forEach(id -> b.addTerm(id.asString())));
    opt(n, "counted").ifPresent(c -> c.properties().forEach(e -> b.putCounted(e.getKey(),
        e.getValue().intValue())));
    JsonNode counts = n.get("counts");
    b.answered(counts.get("answered").intValue())
        .dontKnow(counts.get("dontKnow").intValue())
        .notApplicable(counts.get("notApplicable").intValue())
        .notAnswered(counts.get("notAnswered").intValue())
        .hidden(counts.get("hidden").intValue());
    JsonNode contributions = n.get("contributions");
    for (int i = 0; i < contributions.size(); i++) {
      contribution(contributions.get(i), p + "/contributions/" + i, node).ifPresent(b::addContribution);
    }
    current = p;
    return b.build();
  }

  private Optional<Contribution> contribution(JsonNode n, String p, Node node) {
    current = p;
    String id = n.get("id").asString();
    boolean question = n.get("kind").asString().equals("question");
    Optional<BigDecimal> declared = question
        ? declared(node.questions(), Question::id, Question::weight, id)
        : declared(node.dimensions(), Dimension::id, Dimension::weight, id);
    if (declared.isEmpty()) {
      report(DocumentProblem.UNKNOWN_REFERENCE, p + "/id", node.name(), part(question ? "no.question" : "no.subDimension"), id);
      return Optional.empty();
    }
    BigDecimal weight = n.get("weight").decimalValue();
    if (weight.compareTo(declared.get()) != 0) {
      report(DocumentProblem.CONTRADICTS_QUESTIONNAIRE, p + "/weight", "weight", weight.toPlainString(),
          declared.get().toPlainString());
    }
    Contribution.Builder b = Contribution.builder()
        .kind(question ? Contribution.Kind.QUESTION : Contribution.Kind.DIMENSION)
        .id(id)
        .state(AnswerState.fromJsonName(n.get("state").asString()).orElseThrow())
        .visible(!n.has("hidden"))
        .imputed(n.has("imputed"))
        .weight(declared.get())
        .included(n.get("included").booleanValue())
        .share(exact(n, p, "share"))
        .points(exact(n, p, "points"));
    if (n.has("score")) {
      b.score(exact(n, p, "score"));
    }
    opt(n, "excluded").map(JsonNode::asString)
        .map(x -> Contribution.Exclusion.fromJsonName(x).orElseThrow()).ifPresent(b::exclusion);
    return Optional.of(b.build());
  }

  private static <T> Optional<BigDecimal> declared(
      List<T> children, Function<T, String> id, Function<T, BigDecimal> weight, String wanted) {
    return children.stream().filter(c -> id.apply(c).equals(wanted)).findFirst().map(weight);
  }

  // ---------------------------------------------------------------- recommendations

  private Optional<FiredRecommendation> recommendation(JsonNode n, String p) {
    current = p;
    String id = n.get("id").asString();
    Optional<Recommendation> found =
        questionnaire.recommendations().stream().filter(r -> r.id().equals(id)).findFirst();
    if (found.isEmpty()) {
      report(DocumentProblem.UNKNOWN_REFERENCE, p + "/id", owner, part("no.recommendation"), id);
      return Optional.empty();
    }
    Recommendation r = found.get();
    agree("priority", p + "/priority", n.get("priority").bigIntegerValue(), BigInteger.valueOf(r.priority()));
    agree("dimension", p + "/dimension", opt(n, "dimension").map(JsonNode::asString), r.dimension());
    agree("title", p + "/title", text(n.get("title")).translations(), r.title().translations());
    agree("tags", p + "/tags", strings(n.get("tags")), r.tags());
    FiredRecommendation.Builder b = FiredRecommendation.builder().recommendation(r);
    List<String> rules = strings(n.get("rules"));
    for (int i = 0; i < rules.size(); i++) {
      b.addRule(rule(rules.get(i), p + "/rules/" + i));
    }
    JsonNode reasons = n.get("reasons");
    for (int i = 0; i < reasons.size(); i++) {
      JsonNode reason = reasons.get(i);
      String at = p + "/reasons/" + i;
      current = at;
      Reason fact = reason(reason, at);
      if (fact != null) {
        b.addReason(fact);
      }
    }
    return Optional.of(b.build());
  }

  /*
   * A reason: its code and arguments as written; for a "not", the negated condition is the
   * questionnaire's own at pointer + /not (the JSON does not repeat it). The schema has checked
   * which arguments each code has; Reason's own check reports any other mismatch.
   */
  private Reason reason(JsonNode n, String at) {
    current = at;
    String pointer = n.get("pointer").asString();
    Reason.Code code = Reason.Code.fromJsonName(n.get("code").asString()).orElseThrow();
    Reason.Builder r = Reason.builder().rule(rule(n.get("rule").asString(), at + "/rule"))
        .pointer(pointer).code(code);
    opt(n, "question").map(JsonNode::asString).ifPresent(r::question);
    opt(n, "questions").map(AssessmentMapper::strings).ifPresent(r::questions);
    opt(n, "questionCount").map(JsonNode::intValue).ifPresent(r::questionCount);
    opt(n, "atLeast").map(JsonNode::intValue).ifPresent(r::atLeast);
    opt(n, "atMost").map(JsonNode::intValue).ifPresent(r::atMost);
    opt(n, "state").map(x -> AnswerState.fromJsonName(x.asString()).orElseThrow()).ifPresent(r::state);
    opt(n, "answer").map(ModelMapper::answerValue).ifPresent(r::answer);
    opt(n, "operator").map(x -> Operator.fromJsonName(x.asString()).orElseThrow()).ifPresent(r::operator);
    opt(n, "literals").ifPresent(l -> l.forEach(x -> r.addLiteral(ModelMapper.literal(x))));
    opt(n, "dimension").map(JsonNode::asString).ifPresent(r::dimension);
    if (n.has("value")) {
      r.value(exact(n, at, "value"));
    }
    opt(n, "displayScore").map(JsonNode::decimalValue).ifPresent(r::displayScore);
    opt(n, "band").map(JsonNode::asString).ifPresent(r::band);
    opt(n, "notScorable").map(x -> notScorable(x, at + "/notScorable")).ifPresent(r::notScorable);
    if (code == Reason.Code.NOT) {
      Optional<Condition> negated = conditionAt(pointer + "/not");
      if (negated.isEmpty()) {
        report(DocumentProblem.UNKNOWN_REFERENCE, at + "/pointer", owner, part("no.negatedCondition"), pointer + "/not");
        return null;
      }
      r.negated(negated.get());
    }
    return r.build();
  }

  private NotScorable notScorable(JsonNode n, String p) {
    NotScorable.Code code = NotScorable.Code.fromJsonName(n.get("code").asString()).orElseThrow();
    if (code == NotScorable.Code.TOO_FEW_ANSWERED) {
      return NotScorable.tooFewAnswered(exact(n, p, "answeredShare"), exact(n, p, "requiredShare"));
    }
    if (code == NotScorable.Code.TOO_MANY_MISSING) {
      return NotScorable.tooManyMissing(n.get("missing").intValue(), n.get("allowedMissing").intValue());
    }
    return NotScorable.of(code);
  }

  /**
   * The part of a rule's condition (or of a named condition a rule uses) at a pointer such as
   * /rules/2/when/all/0/not, as the questionnaire's condition program reads it back.
   */
  private Optional<Condition> conditionAt(String pointer) {
    return pointer.startsWith("/rules/") || pointer.startsWith("/conditions/")
        ? questionnaire.conditions().conditionAt(pointer) : Optional.empty();
  }

  private String rule(String id, String p) {
    if (questionnaire.rules().stream().map(Rule::id).noneMatch(id::equals)) {
      report(DocumentProblem.UNKNOWN_REFERENCE, p, owner, part("no.rule"), id);
    }
    return id;
  }

  // ---------------------------------------------------------------- values

  private static Respondent respondent(JsonNode n) {
    Respondent.Builder b = Respondent.builder().id(n.get("id").asString());
    opt(n, "role").map(JsonNode::asString).ifPresent(b::role);
    opt(n, "group").map(JsonNode::asString).ifPresent(b::group);
    return b.build();
  }

  private static Finding finding(JsonNode n) {
    return Finding.builder()
        .code(n.get("code").asString())
        .severity(Severity.valueOf(n.get("severity").asString()))
        .pointer(n.get("pointer").asString())
        .message(n.get("message").asString())
        .build();
  }

  /**
   * An exact number, written as Rational.toString() writes it: an integer, a terminating decimal
   * without trailing zeros, or a fraction in lowest terms whose decimal expansion does not end.
   * The schema's pattern has checked the characters; the lowest terms and the choice between
   * decimal and fraction are checked here. Each of numerator and denominator may have at most
   * maxDigits digits (Limits.maxNumberLength), since reducing and printing huge fractions takes
   * time that grows faster than their length.
   */
  private Rational exact(JsonNode n, String p, String name) {
    String text = n.get(name).asString();
    int slash = text.indexOf('/');
    if (digits(text.substring(0, slash < 0 ? text.length() : slash)) > maxDigits
        || digits(text.substring(slash + 1)) > maxDigits) {
      report(DocumentProblem.INVALID_NUMBER, JsonPointer.append(p, name),
          text.length() > QUOTED_NUMBER ? text.substring(0, QUOTED_NUMBER) + "…" : text, maxDigits);
      return Rational.ZERO;
    }
    Rational value = slash < 0
        ? Rational.of(new BigDecimal(text))
        : Rational.of(new BigInteger(text.substring(0, slash)), new BigInteger(text.substring(slash + 1)));
    if (!value.toString().equals(text)) {
      report(DocumentProblem.NOT_CANONICAL_NUMBER, JsonPointer.append(p, name), text, value);
    }
    return value;
  }

  private static long digits(String text) {
    return text.chars().filter(c -> c >= '0' && c <= '9').count();
  }

  private static LocalizedText text(JsonNode n) {
    Map<String, String> translations = new LinkedHashMap<>();
    n.properties().forEach(e -> translations.put(e.getKey(), e.getValue().asString()));
    return LocalizedText.of(translations);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(e -> out.add(e.asString()));
    return out;
  }

  private static Optional<JsonNode> opt(JsonNode n, String name) {
    return Optional.ofNullable(n.get(name));
  }

  /** Reports a detail that the document states otherwise than the questionnaire. */
  private void agree(String what, String p, Object stated, Object declared) {
    if (!stated.equals(declared)) {
      report(DocumentProblem.CONTRADICTS_QUESTIONNAIRE, p, what, shown(stated), shown(declared));
    }
  }

  private static Object shown(Object value) {
    if (value instanceof Optional<?> o) {
      return o.<Object>map(AssessmentMapper::shown).orElse(part("absent"));
    }
    return value instanceof String ? "'" + value + "'" : String.valueOf(value);
  }

  /** A part of a message with words of its own, from the catalog's texts. */
  private static Object part(String key, Object... arguments) {
    return DocumentProblem.UNKNOWN_REFERENCE.bundle().localized("part." + key, arguments);
  }

  private void report(FindingType type, String pointer, Object... arguments) {
    findings.add(type.at(pointer, arguments));
  }
}
