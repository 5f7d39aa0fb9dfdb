package dev.selfcheck.schema.internal;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.JsonPointer;
import dev.selfcheck.core.MessageBundle;
import dev.selfcheck.schema.DocumentProblem;
import dev.selfcheck.schema.QuestionnaireSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.JsonNodeException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/*
 * Validates trees against our bundled schemas with networknt's validator, and turns its errors
 * into findings: the instance location becomes the JSON Pointer (for a missing member, the pointer
 * of the object that lacks it; for an unknown member or a member name of the wrong form, the
 * pointer of that member), and the keyword picks a stable DOC code.
 *
 * One problem, one finding. A condition picks its shape by its discriminating member (all, any,
 * not, answer, of, score, completion, band): a oneOf requires exactly one of them, and an if/then
 * for each checks the shape it picks, so an error is reported at the precise nested place. When
 * the oneOf fails (none or several of them), the errors of the if/then branches at that place are
 * dropped. The validator reports no error for a failed anyOf, only the errors of each alternative;
 * they are reported as one DOC-0036 where the anyOf applies. A wrong type makes an enum or const
 * error at the same place redundant (the type message names the allowed values), and a 'not'
 * (an answer with both value and state) is dropped when another error at the same place explains
 * it, such as a null answer.
 */
/** Schema validation with networknt json-schema-validator. */
public final class SchemaValidation {

  private static final Set<String> RANGE_KEYWORDS = Set.of(
      "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
      "minItems", "maxItems", "minProperties", "maxProperties", "uniqueItems", "multipleOf");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The members of a condition that decide its shape. */
  private static final List<String> DISCRIMINATORS =
      List.of("all", "any", "not", "answer", "of", "score", "completion", "band");

  /**
   * The conditions that need exactly one test besides their subject (an answer, score, completion
   * or band), and the 'where' of a counting condition; the tests each allows are the texts
   * {@code part.tests.<kind>}.
   */
  private static final List<String> TESTS = List.of("answer", "score", "completion", "band", "where");

  private static final class Holder {
    static final SchemaValidation INSTANCE = new SchemaValidation();
  }

  private final Schema questionnaire;
  private final Schema response;
  private final Schema assessment;
  private final Schema migration;

  private SchemaValidation() {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .pathType(PathType.JSON_POINTER)
        .locale(Locale.ENGLISH)
        .formatAssertionsEnabled(true)
        .build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(config));
    this.questionnaire = registry.getSchema(
        QuestionnaireSchema.questionnaireSchema(), InputFormat.JSON);
    this.response = registry.getSchema(QuestionnaireSchema.responseSchema(), InputFormat.JSON);
    this.assessment = registry.getSchema(QuestionnaireSchema.assessmentSchema(), InputFormat.JSON);
    this.migration = registry.getSchema(QuestionnaireSchema.migrationSchema(), InputFormat.JSON);
  }

  /** @return the shared instance; thread-safe */
  public static SchemaValidation instance() {
    return Holder.INSTANCE;
  }

  /**
   * Validates a questionnaire tree.
   *
   * @param root the tree
   * @return the findings
   */
  public List<Finding> validateQuestionnaire(JsonNode root) {
    return findings(validate(questionnaire, root));
  }

  /**
   * Validates a response tree.
   *
   * @param root the tree
   * @return the findings
   */
  public List<Finding> validateResponse(JsonNode root) {
    return findings(validate(response, root));
  }

  /**
   * Validates an assessment tree.
   *
   * @param root the tree
   * @return the findings
   */
  public List<Finding> validateAssessment(JsonNode root) {
    return findings(validate(assessment, root));
  }

  /**
   * Validates a migration plan tree.
   *
   * @param root the tree
   * @return the findings
   */
  public List<Finding> validateMigration(JsonNode root) {
    return findings(validate(migration, root));
  }

  /**
   * Runs the validator. Its integer {@code minimum}/{@code maximum} check reads a decimal through
   * {@code asLong()}, which throws for a decimal beyond the range of a long (1e30 or
   * 144444444444444444444412.5 where a count belongs; found by fuzzing). Such a tree is validated
   * once more as a copy in which each of those decimals is its whole part, which the validator
   * compares exactly: every integer field of the format has a maximum, so the number is still
   * reported, at its own place, and every other finding comes out as before.
   */
  private static List<Error> validate(Schema schema, JsonNode root) {
    try {
      return schema.validate(root);
    } catch (JsonNodeException e) {
      return schema.validate(wholePartsOfHugeDecimals(root));
    }
  }

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private static JsonNode wholePartsOfHugeDecimals(JsonNode node) {
    if (node.isBigDecimal()) {
      BigDecimal d = node.decimalValue();
      return d.compareTo(LONG_MIN) < 0 || d.compareTo(LONG_MAX) > 0 ? NODES.numberNode(d.toBigInteger()) : node;
    }
    if (node.isObject()) {
      ObjectNode copy = NODES.objectNode();
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        copy.set(member.getKey(), wholePartsOfHugeDecimals(member.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      for (JsonNode element : node) {
        copy.add(wholePartsOfHugeDecimals(element));
      }
      return copy;
    }
    return node;
  }

  private static String pointer(Error e) {
    String p = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
    return p.equals("/") ? "" : p;
  }

  private static List<Finding> findings(List<Error> errors) {
    List<Error> failedShapes = errors.stream()
        .filter(e -> "oneOf".equals(e.getKeyword()) || "anyOf".equals(e.getKeyword()))
        .collect(Collectors.toList());
    List<Error> kept = new ArrayList<>();
    Map<String, List<Error>> failedAnyOfs = new LinkedHashMap<>();
    for (Error e : errors) {
      if (isInsideFailedShape(e, failedShapes)) {
        continue;
      }
      String anyOf = anyOfPath(e);
      if (anyOf != null) {
        failedAnyOfs.computeIfAbsent(anyOf, k -> new ArrayList<>()).add(e);
      } else {
        kept.add(e);
      }
    }
    Map<String, Error> allowedValues = new HashMap<>();
    Set<String> wrongTypes = new HashSet<>();
    Set<String> unknownMembers = new HashSet<>();
    Map<String, Integer> errorsAt = new HashMap<>();
    for (Error e : kept) {
      String at = pointer(e);
      errorsAt.merge(at, 1, Integer::sum);
      switch (keyword(e)) {
        case "enum":
        case "const":
          allowedValues.putIfAbsent(at, e);
          break;
        case "type":
          wrongTypes.add(at);
          break;
        case "additionalProperties":
        case "unevaluatedProperties":
          unknownMembers.add(at);
          break;
        default:
          break;
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Error e : kept) {
      String keyword = keyword(e);
      String at = pointer(e);
      if ((keyword.equals("enum") || keyword.equals("const")) && wrongTypes.contains(at)) {
        continue; // the type finding names the allowed values
      }
      if (keyword.equals("not") && errorsAt.get(at) > 1) {
        continue; // another finding at the same place explains it (a null answer has no members)
      }
      if ((keyword.equals("minProperties") || keyword.equals("maxProperties"))
          && testKind(e) != null && unknownMembers.contains(at)) {
        continue; // the unknown member is the problem, and has its own finding
      }
      Finding f = finding(e, keyword.equals("type") ? allowedValues.get(at) : null);
      if (!out.contains(f)) {
        out.add(f);
      }
    }
    for (List<Error> alternatives : failedAnyOfs.values()) {
      for (Finding f : failedAnyOfs(alternatives)) {
        if (!out.contains(f)) {
          out.add(f);
        }
      }
    }
    out.sort(Comparator.comparing(Finding::pointer));
    return out;
  }

  /*
   * A failed anyOf: the validator reports no error for the anyOf itself, only the errors of each
   * alternative (type errors for each allowed type of an answer's value, a missing member for each
   * of atLeast and atMost). They are one problem, reported once, where the anyOf applies: the
   * shortest instance location among them.
   */
  private static final Pattern ANY_OF = Pattern.compile("/anyOf/\\d+(?=/|$)");

  /** The evaluation path of the anyOf whose alternative an error belongs to, or null. */
  private static String anyOfPath(Error e) {
    String evaluation = String.valueOf(e.getEvaluationPath());
    Matcher m = ANY_OF.matcher(evaluation);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last < 0 ? null : evaluation.substring(0, last) + "/anyOf";
  }

  /**
   * The findings of the errors of one anyOf of the schema, which may have failed at several places
   * of the document (for several answers): one finding for each place, the shortest instance
   * location of the errors at or below it.
   */
  private static List<Finding> failedAnyOfs(List<Error> alternatives) {
    List<Error> byPlace = new ArrayList<>(alternatives);
    byPlace.sort(Comparator.comparingInt((Error e) -> pointer(e).length()));
    Map<String, Error> places = new LinkedHashMap<>();
    for (Error e : byPlace) {
      String at = pointer(e);
      boolean known = places.keySet().stream()
          .anyMatch(place -> JsonPointer.isWithin(at, place));
      if (!known) {
        places.put(at, e);
      }
    }
    List<Finding> out = new ArrayList<>();
    places.forEach((at, e) -> out.add(DocumentProblem.NO_MATCHING_SHAPE.at(at, shapeMessage(at, e))));
    return out;
  }

  private static String keyword(Error e) {
    return e.getKeyword() == null ? "" : e.getKeyword();
  }

  private static String schemaLocation(Error e) {
    return String.valueOf(e.getSchemaLocation());
  }

  /*
   * An error is noise when it lies below a failed oneOf or anyOf at the same place: the errors of
   * the alternatives. For a oneOf, so are the errors of the schema that holds it at that place: a
   * condition with none or several of its discriminating members fails its oneOf, and the if/then
   * branches of the members it has fail as well, for the members of the other shapes.
   */
  private static boolean isInsideFailedShape(Error e, List<Error> failedShapes) {
    String evaluation = String.valueOf(e.getEvaluationPath());
    String at = pointer(e);
    for (Error shape : failedShapes) {
      if (shape == e) {
        continue;
      }
      String shapePath = String.valueOf(shape.getEvaluationPath());
      if ("oneOf".equals(shape.getKeyword()) && shapePath.endsWith("/oneOf")) {
        shapePath = shapePath.substring(0, shapePath.length() - "/oneOf".length());
      }
      String shapeAt = pointer(shape);
      if (evaluation.startsWith(shapePath + "/") && JsonPointer.isWithin(at, shapeAt)) {
        return true;
      }
    }
    return false;
  }

  private static Object describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return part("value.missing");
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isString()) {
      return quoted(node.asString());
    }
    if (node.isObject()) {
      return part("type.object");
    }
    if (node.isArray()) {
      return part("type.array");
    }
    return node.toString();
  }

  /**
   * A text as a message shows it: in quotes, cut after 80 characters.
   *
   * @param text any text
   * @return the text quoted
   */
  static String quoted(String text) {
    return "'" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "'";
  }

  private static MessageBundle.Localized typeOf(JsonNode node) {
    if (node == null || node.isNull()) {
      return part("type.null");
    }
    if (node.isString()) {
      return part("type.string");
    }
    if (node.isIntegralNumber()) {
      return part("type.integer");
    }
    if (node.isNumber()) {
      return part("type.number");
    }
    if (node.isBoolean()) {
      return part("type.boolean");
    }
    return part(node.isArray() ? "type.array" : "type.object");
  }

  /** The JSON types a schema allows, in the reader's words: "a string or null". */
  private static MessageBundle.Localized expectedType(JsonNode schemaNode) {
    JsonNode type = schemaNode == null ? null : schemaNode.isObject() ? schemaNode.get("type") : schemaNode;
    if (type == null) {
      return part("expected.other");
    }
    List<String> names = type.isArray()
        ? StreamSupport.stream(type.spliterator(), false).map(JsonNode::asString).toList()
        : List.of(type.asString());
    return locale -> names.stream().map(n -> part("expected." + n).message(locale))
        .collect(Collectors.joining(part("or").message(locale)));
  }

  /** A part of a message with words of its own, from the catalog's texts. */
  private static MessageBundle.Localized part(String key, Object... arguments) {
    return DocumentProblem.WRONG_TYPE.bundle().localized("part." + key, arguments);
  }

  private static String plainMessage(Error e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    String at = pointer(e);
    if (!at.isEmpty() && m.startsWith(at + ": ")) {
      m = m.substring(at.length() + 2);
    } else if (m.startsWith(": ")) {
      m = m.substring(2);
    }
    return m;
  }

  private static Finding finding(Error e, Error allowedValues) {
    String keyword = keyword(e);
    String at = pointer(e);
    switch (keyword) {
      case "required":
        return DocumentProblem.MISSING_MEMBER.at(at, e.getProperty());
      case "additionalProperties":
      case "unevaluatedProperties":
        String member = e.getProperty();
        return DocumentProblem.UNKNOWN_MEMBER.at(member == null ? at : JsonPointer.append(at, member), member);
      case "type":
        MessageBundle.Localized expected = expectedType(e.getSchemaNode());
        if (allowedValues != null) {
          expected = part("typeAllowing", expected, allowed(allowedValues.getSchemaNode()));
        }
        return DocumentProblem.WRONG_TYPE.at(at, expected, typeOf(e.getInstanceNode()));
      case "enum":
      case "const":
        return DocumentProblem.NOT_ALLOWED_VALUE.at(at, describe(e.getInstanceNode()),
            allowed(e.getSchemaNode()));
      case "propertyNames":
        String name = e.getProperty();
        if (name == null) {
          return DocumentProblem.INVALID_FORMAT.at(at, describe(e.getInstanceNode()),
              part("form.memberNameBecause", plainMessage(e)));
        }
        return DocumentProblem.INVALID_FORMAT.at(JsonPointer.append(at, name), describe(NODES.stringNode(name)),
            memberNameForm(e.getSchemaNode()));
      case "pattern":
      case "format":
        return DocumentProblem.INVALID_FORMAT.at(at, describe(e.getInstanceNode()),
            formatName(at, e));
      case "oneOf":
      case "anyOf":
        return DocumentProblem.NO_MATCHING_SHAPE.at(at, shapeMessage(at, e));
      case "not":
        if (isAnswer(at)) {
          return DocumentProblem.NO_MATCHING_SHAPE.at(at, part("shape.answer"));
        }
        return DocumentProblem.SCHEMA_VIOLATION.at(at, notMessage(e));
      default:
        if ((keyword.equals("minProperties") || keyword.equals("maxProperties")) && testKind(e) != null) {
          return DocumentProblem.NO_MATCHING_SHAPE.at(at, testMessage(testKind(e), e.getInstanceNode()));
        }
        if (RANGE_KEYWORDS.contains(keyword)) {
          return DocumentProblem.OUT_OF_RANGE.at(at, rangeMessage(keyword, e));
        }
        return DocumentProblem.SCHEMA_VIOLATION.at(at, plainMessage(e));
    }
  }

  /** Whether a pointer names one answer of a response: /answers/{id}. */
  private static boolean isAnswer(String at) {
    return at.startsWith("/answers/") && at.indexOf('/', "/answers/".length()) < 0;
  }

  private static MessageBundle.Localized memberNameForm(JsonNode schemaNode) {
    String ref = schemaNode != null && schemaNode.has("$ref") ? schemaNode.get("$ref").asString() : "";
    if (ref.endsWith("/languageTag")) {
      return part("form.languageTag");
    }
    if (ref.endsWith("/id")) {
      return part("form.id");
    }
    return part("form.memberName");
  }

  private static String notMessage(Error e) {
    JsonNode schema = e.getSchemaNode();
    if (schema != null && schema.has("description")) {
      return schema.get("description").asString();
    }
    if (schema != null && schema.has("title")) {
      return "the value must not match: " + schema.get("title").asString();
    }
    return plainMessage(e);
  }

  /*
   * Out of range: the value and the limit, in words. Texts are not quoted (they may be long), only
   * counted, in code points, as the validator counts them.
   */
  private static Object rangeMessage(String keyword, Error e) {
    JsonNode value = e.getInstanceNode();
    String limit = e.getSchemaNode() == null ? "?" : e.getSchemaNode().toString();
    Object shown = value == null ? part("range.theValue") : value.toString();
    switch (keyword) {
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
      case "multipleOf":
        return part("range." + keyword, shown, limit);
      case "minItems":
      case "maxItems":
        return part("range." + keyword, count(size(value), "entry"), limit);
      case "minLength":
      case "maxLength":
        return part("range." + keyword, count(length(value), "character"), limit);
      case "minProperties":
      case "maxProperties":
        return part("range." + keyword, count(size(value), "member"), limit);
      case "uniqueItems":
        return part("range.uniqueItems");
      default:
        return plainMessage(e);
    }
  }

  private static int size(JsonNode node) {
    return node == null ? 0 : node.size();
  }

  private static int length(JsonNode node) {
    if (node == null || !node.isString()) {
      return 0;
    }
    String s = node.asString();
    return s.codePointCount(0, s.length());
  }

  /** A count with its noun, such as "1 entry" or "3 entries", in the reader's words. */
  private static MessageBundle.Localized count(int n, String noun) {
    return part("count." + noun + (n == 1 ? ".one" : ".many"), n);
  }

  private static Object allowed(JsonNode schemaNode) {
    if (schemaNode == null) {
      return part("seeTheFormat");
    }
    if (schemaNode.isArray()) {
      List<Object> values = StreamSupport.stream(schemaNode.spliterator(), false)
          .map(SchemaValidation::describe).toList();
      return (MessageBundle.Localized) locale -> values.stream()
          .map(v -> v instanceof MessageBundle.Localized l ? l.message(locale) : String.valueOf(v))
          .collect(Collectors.joining(", "));
    }
    return describe(schemaNode);
  }

  /*
   * Names the form a text lacks after the definition its pattern belongs to (the schemas keep each
   * form in one $defs entry), then after the member that holds it; never the raw pattern.
   */
  private static MessageBundle.Localized formatName(String at, Error e) {
    if ("format".equals(e.getKeyword())) {
      return part("form.dateTime");
    }
    String location = schemaLocation(e);
    for (String form : List.of("exact", "semanticVersion", "languageTag", "optionValue", "id")) {
      if (location.contains("/$defs/" + form + "/")) {
        return part("form." + form);
      }
    }
    switch (at.substring(at.lastIndexOf('/') + 1)) {
      case "version":
        return part("form.semanticVersion");
      case "defaultLocale":
        return part("form.languageTag");
      case "value":
        return part("form.optionValue");
      case "pointer":
        return part("form.pointer");
      case "code":
        return part("form.code");
      default:
        return part("form.schema");
    }
  }

  private static MessageBundle.Localized shapeMessage(String at, Error e) {
    String location = schemaLocation(e);
    JsonNode instance = e.getInstanceNode();
    if (location.endsWith("/$defs/condition/oneOf")) {
      List<String> present = new ArrayList<>();
      if (instance != null && instance.isObject()) {
        DISCRIMINATORS.stream().filter(instance::has).forEach(present::add);
      }
      return present.size() > 1
          ? part("shape.conditionMixes", String.join(", ", present), part("shapes.condition"))
          : part("shape.conditionNone", part("shapes.condition"));
    }
    if (location.contains("/$defs/ofCondition/anyOf")) {
      return part("shape.ofNeedsBounds");
    }
    if (location.contains("/$defs/answer/properties/value/anyOf")) {
      return part("shape.answerValue");
    }
    if (at.contains("/visibleWhen") || at.contains("/when")) {
      return part("shape.conditionNone", part("shapes.condition"));
    }
    if (at.startsWith("/answers/")) {
      return part("shape.answer");
    }
    return part("shape.none");
  }

  /**
   * The kind of test object whose member count is wrong: a condition on an answer, score,
   * completion or band, which needs exactly one test besides its subject, or the 'where' of a
   * counting condition; null for other objects.
   */
  private static String testKind(Error e) {
    String location = schemaLocation(e);
    for (String kind : TESTS) {
      if (location.contains("/$defs/" + kind + "Condition/")
          && !location.contains("/$defs/" + kind + "Condition/properties/")) {
        return kind;
      }
    }
    return location.contains("/$defs/ofCondition/properties/where/") ? "where" : null;
  }

  private static MessageBundle.Localized testMessage(String kind, JsonNode instance) {
    List<String> tests = new ArrayList<>();
    if (instance != null && instance.isObject()) {
      instance.propertyNames().forEach(name -> {
        if (!name.equals(kind)) {
          tests.add(name);
        }
      });
    }
    MessageBundle.Localized subject = kind.equals("where") ? part("test.where") : part("test.condition", kind);
    MessageBundle.Localized needs = part("tests." + (TESTS.contains(kind) ? kind : "answer"));
    return tests.isEmpty() ? part("test.none", subject, "", needs)
        : part("test.several", subject, String.join(", ", tests), needs);
  }
}
