package dev.selfcheck.schema.internal;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.selfcheck.core.Finding;
import dev.selfcheck.schema.DocumentProblem;
import dev.selfcheck.schema.QuestionnaireSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/*
 * Validates trees against our bundled schemas with networknt's validator, and turns its errors
 * into findings: the instance location becomes the JSON Pointer (for a missing member, the pointer
 * of the object that lacks it; for an unknown member, the pointer of that member), and the keyword
 * picks a stable DOC code. When a value fails a oneOf (conditions, answers), the validator reports
 * the oneOf itself and the failures inside each alternative; the alternatives' errors are noise to
 * an author, so errors below a failed oneOf at the same place are dropped.
 */
/** Schema validation with networknt json-schema-validator. */
public final class SchemaValidation {

  private static final Set<String> RANGE_KEYWORDS = Set.of(
      "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
      "minItems", "maxItems", "minProperties", "maxProperties", "uniqueItems", "multipleOf");

  private static final class Holder {
    static final SchemaValidation INSTANCE = new SchemaValidation();
  }

  private final Schema questionnaire;
  private final Schema response;

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
    return findings(questionnaire.validate(root));
  }

  /**
   * Validates a response tree.
   *
   * @param root the tree
   * @return the findings
   */
  public List<Finding> validateResponse(JsonNode root) {
    return findings(response.validate(root));
  }

  private static String pointer(Error e) {
    String p = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
    return p.equals("/") ? "" : p;
  }

  private static List<Finding> findings(List<Error> errors) {
    List<Error> failedShapes = errors.stream()
        .filter(e -> "oneOf".equals(e.getKeyword()) || "anyOf".equals(e.getKeyword()))
        .collect(Collectors.toList());
    List<Finding> out = new ArrayList<>();
    for (Error e : errors) {
      if (isInsideFailedShape(e, failedShapes)) {
        continue;
      }
      Finding f = finding(e);
      if (!out.contains(f)) {
        out.add(f);
      }
    }
    out.sort(Comparator.comparing(Finding::pointer));
    return out;
  }

  private static boolean isInsideFailedShape(Error e, List<Error> failedShapes) {
    String evaluation = String.valueOf(e.getEvaluationPath());
    String at = pointer(e);
    for (Error shape : failedShapes) {
      if (shape == e) {
        continue;
      }
      String shapePath = String.valueOf(shape.getEvaluationPath());
      String shapeAt = pointer(shape);
      if (evaluation.startsWith(shapePath + "/") && (at.equals(shapeAt) || at.startsWith(shapeAt + "/"))) {
        return true;
      }
    }
    return false;
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isString()) {
      String s = node.asString();
      return "'" + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "'";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    return node.toString();
  }

  private static String typeOf(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    if (node.isString()) {
      return "a string";
    }
    if (node.isIntegralNumber()) {
      return "an integer";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    return node.isArray() ? "an array" : "an object";
  }

  private static String expectedType(JsonNode schemaNode) {
    if (schemaNode == null) {
      return "of another type";
    }
    JsonNode type = schemaNode.isObject() ? schemaNode.get("type") : schemaNode;
    if (type == null) {
      return "of another type";
    }
    if (type.isArray()) {
      return StreamSupport.stream(type.spliterator(), false).map(t -> article(t.asString()))
          .collect(Collectors.joining(" or "));
    }
    return article(type.asString());
  }

  private static String article(String type) {
    return (type.startsWith("a") || type.startsWith("o") || type.startsWith("i") ? "an " : "a ") + type;
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

  private static Finding finding(Error e) {
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    String at = pointer(e);
    switch (keyword) {
      case "required":
        return DocumentProblem.MISSING_MEMBER.at(at, e.getProperty());
      case "additionalProperties":
      case "unevaluatedProperties":
        String member = e.getProperty();
        return DocumentProblem.UNKNOWN_MEMBER.at(
            member == null ? at : at + "/" + member.replace("~", "~0").replace("/", "~1"), member);
      case "type":
        return DocumentProblem.WRONG_TYPE.at(at, expectedType(e.getSchemaNode()),
            typeOf(e.getInstanceNode()));
      case "enum":
      case "const":
        return DocumentProblem.NOT_ALLOWED_VALUE.at(at, describe(e.getInstanceNode()),
            allowed(e.getSchemaNode()));
      case "pattern":
      case "format":
      case "propertyNames":
        return DocumentProblem.INVALID_FORMAT.at(at, describe(e.getInstanceNode()),
            formatName(at, e));
      case "oneOf":
      case "anyOf":
        return DocumentProblem.NO_MATCHING_SHAPE.at(at, shapeMessage(at));
      default:
        if (RANGE_KEYWORDS.contains(keyword)) {
          return DocumentProblem.OUT_OF_RANGE.at(at, plainMessage(e));
        }
        return DocumentProblem.SCHEMA_VIOLATION.at(at, plainMessage(e));
    }
  }

  private static String allowed(JsonNode schemaNode) {
    if (schemaNode == null) {
      return "see the format documentation";
    }
    if (schemaNode.isArray()) {
      return StreamSupport.stream(schemaNode.spliterator(), false).map(SchemaValidation::describe)
          .collect(Collectors.joining(", "));
    }
    return describe(schemaNode);
  }

  private static String formatName(String at, Error e) {
    String leaf = at.substring(at.lastIndexOf('/') + 1);
    if ("format".equals(e.getKeyword())) {
      return "a date and time (RFC 3339, such as 2026-05-04T09:30:00+02:00)";
    }
    if ("propertyNames".equals(e.getKeyword())) {
      return "a valid member name: " + plainMessage(e);
    }
    switch (leaf) {
      case "version":
        return "a semantic version (such as 1.2.0)";
      case "defaultLocale":
        return "a language tag (such as de or en-GB)";
      case "value":
        return "an option value (1 to 128 letters, digits, '_', '.' or '-')";
      default:
        return leaf.matches("\\d+") || leaf.isEmpty()
            ? "the required form (" + String.valueOf(e.getSchemaNode()) + ")"
            : "an id (a letter, then up to 127 letters, digits, '_', '.' or '-')";
    }
  }

  private static String shapeMessage(String at) {
    if (at.contains("/visibleWhen") || at.contains("/when")) {
      return "the condition has none of the allowed shapes: {\"all\": [...]}, {\"any\": [...]},"
          + " {\"not\": {...}}, {\"answer\": id, \"is\": state}, or {\"answer\": id, <operator>: value}"
          + " with exactly one operator of eq, ne, lt, le, gt, ge, in, contains";
    }
    if (at.startsWith("/answers/")) {
      return "the answer has none of the allowed shapes: a value, or a state (dontKnow,"
          + " notApplicable) without a value, each with an optional comment and evidence";
    }
    return "the value matches none of the allowed shapes";
  }
}
