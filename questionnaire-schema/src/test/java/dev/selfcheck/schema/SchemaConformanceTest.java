package dev.selfcheck.schema;

import static org.assertj.core.api.BDDAssertions.then;

import com.github.erosb.jsonsKema.FormatValidationPolicy;
import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.Keyword;
import com.github.erosb.jsonsKema.Schema;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;
import com.github.erosb.jsonsKema.ValidatorConfig;
import dev.selfcheck.core.JsonPointer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/*
 * Checks the JSON Schemas of the document format with an independent validator (json-sKema), not
 * with the validator that the codec uses: the schemas must be valid draft 2020-12 schemas, every
 * documentation example must conform to the schema that its "$schema" names, and documents that
 * break the format must be rejected.
 */
class SchemaConformanceTest {

  private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
  private static final String QUESTIONNAIRE_SCHEMA =
      "https://selfcheck.dev/schemas/1.0/questionnaire.schema.json";
  private static final String RESPONSE_SCHEMA =
      "https://selfcheck.dev/schemas/1.0/response.schema.json";

  /** The schemas by their {@code $id}, read from where the jar ships them. */
  private static final Map<String, String> SCHEMA_RESOURCES = Map.of(
      QUESTIONNAIRE_SCHEMA, "/dev/selfcheck/schema/1.0/questionnaire.schema.json",
      RESPONSE_SCHEMA, "/dev/selfcheck/schema/1.0/response.schema.json");

  /** Surefire runs in the module directory; the examples live in the repository's docs. */
  private static final Path EXAMPLES = Path.of("..", "docs", "examples");

  private static final ValidatorConfig ALWAYS_CHECK_FORMATS =
      new ValidatorConfig(FormatValidationPolicy.ALWAYS);

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  /** Every keyword that json-sKema knows, plus the annotations it ignores; anything else is a typo. */
  private static final Set<String> KNOWN_KEYWORDS = Stream.concat(
          Arrays.stream(Keyword.values()).map(Keyword::getValue),
          Stream.of("$comment", "examples"))
      .collect(Collectors.toSet());

  @TestFactory
  Stream<DynamicTest> should_conform_to_the_2020_12_meta_schema_when_a_schema_is_shipped() {
    Validator metaValidator = Validator.create(loadSchema(
        "{\"$ref\": \"" + META_SCHEMA + "\"}", URI.create("mem://meta")), ALWAYS_CHECK_FORMATS);
    return SCHEMA_RESOURCES.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> DynamicTest.dynamicTest(e.getValue(), () -> {
          // GIVEN
          String schemaText = resource(e.getValue());

          // WHEN
          ValidationFailure failure = metaValidator.validate(
              new JsonParser(schemaText, URI.create(e.getKey())).parse());

          // THEN
          then(failure).as("meta-schema violations of %s", e.getValue()).isNull();
          JsonNode schema = JSON.readTree(schemaText);
          then(schema.path("$schema").asString()).isEqualTo(META_SCHEMA);
          then(schema.path("$id").asString()).isEqualTo(e.getKey());
          then(schema.path("properties").path("$schema").path("const").asString())
              .isEqualTo(e.getKey());
          then(loadSchema(schemaText, URI.create(e.getKey()))).isNotNull();
        }));
  }

  @TestFactory
  Stream<DynamicTest> should_use_only_known_keywords_and_document_every_property_when_a_schema_is_shipped() {
    return SCHEMA_RESOURCES.values().stream().sorted()
        .map(resource -> DynamicTest.dynamicTest(resource, () -> {
          // GIVEN
          JsonNode schema = JSON.readTree(resource(resource));
          List<String> problems = new ArrayList<>();

          // WHEN
          inspectSchema(schema, "#", problems);

          // THEN
          then(problems).as("problems in %s", resource).isEmpty();
        }));
  }

  @TestFactory
  Stream<DynamicTest> should_be_valid_when_a_documentation_example_is_checked_against_its_schema()
      throws IOException {
    List<Path> examples;
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      examples = files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    then(examples).as("examples in %s", EXAMPLES.toAbsolutePath()).isNotEmpty();
    return examples.stream().map(file -> DynamicTest.dynamicTest(
        file.getFileName().toString(), file.toUri(), () -> {
          // GIVEN
          String json = toJson(file);
          String schemaId = JSON.readTree(json).path("$schema").asString();
          then(SCHEMA_RESOURCES).as("the schema that %s names", file).containsKey(schemaId);

          // WHEN
          ValidationFailure failure = validator(schemaId)
              .validate(new JsonParser(json, file.toUri()).parse());

          // THEN
          then(failure).as("violations in %s", file).isNull();
        }));
  }

  @TestFactory
  Stream<DynamicTest> should_be_rejected_when_a_document_breaks_the_format() {
    return Stream.of(
            invalid("unknown root member", QUESTIONNAIRE_SCHEMA,
                minimalQuestionnaire().replace("\"id\": \"minimal\",",
                    "\"id\": \"minimal\", \"colour\": \"blue\","),
                "additionalProperties", "#"),
            invalid("no dimensions", QUESTIONNAIRE_SCHEMA,
                minimalQuestionnaire().replaceFirst("\"dimensions\": \\[[\\s\\S]*]\\s*}\\s*$",
                    "\"dimensions\": [] }"),
                "minItems", "#/dimensions"),
            invalid("id starting with a digit", QUESTIONNAIRE_SCHEMA,
                minimalQuestionnaire().replace("\"id\": \"minimal\"", "\"id\": \"1minimal\""),
                "pattern", "#/id"),
            invalid("version that is not semantic", QUESTIONNAIRE_SCHEMA,
                minimalQuestionnaire().replace("\"1.0.0\"", "\"1.0\""),
                "pattern", "#/version"),
            invalid("upper-case language tag", QUESTIONNAIRE_SCHEMA,
                minimalQuestionnaire().replace("{ \"en\": \"Minimal self-check\" }",
                    "{ \"EN\": \"Minimal self-check\" }"),
                "pattern", "#/title/EN"),
            invalid("empty text", QUESTIONNAIRE_SCHEMA,
                minimalQuestionnaire().replace("{ \"en\": \"Strategy\" }", "{ \"en\": \"\" }"),
                "minLength", "#/dimensions/0/label/en"),
            invalid("unknown question type", QUESTIONNAIRE_SCHEMA,
                minimalQuestionnaire().replace("\"yesNo\"", "\"slider\""),
                "enum", "#/dimensions/0/questions/0/type"),
            invalid("negative weight", QUESTIONNAIRE_SCHEMA,
                minimalQuestionnaire().replace("\"type\": \"yesNo\",",
                    "\"type\": \"yesNo\", \"weight\": -1,"),
                "minimum", "#/dimensions/0/questions/0/weight"),
            invalid("comparison with two operators", QUESTIONNAIRE_SCHEMA,
                minimalQuestionnaire().replace("\"type\": \"yesNo\",",
                    "\"type\": \"yesNo\", \"visibleWhen\": {\"answer\": \"q0\", \"eq\": true, \"ne\": false},"),
                "allOf", "#/dimensions/0/questions/0/visibleWhen"),
            invalid("empty 'all'", QUESTIONNAIRE_SCHEMA,
                minimalQuestionnaire().replace("\"type\": \"yesNo\",",
                    "\"type\": \"yesNo\", \"visibleWhen\": {\"all\": []},"),
                "minItems", "#/dimensions/0/questions/0/visibleWhen/all"),
            invalid("condition without a known shape", QUESTIONNAIRE_SCHEMA,
                minimalQuestionnaire().replace("\"type\": \"yesNo\",",
                    "\"type\": \"yesNo\", \"visibleWhen\": {\"question\": \"q0\"},"),
                "oneOf", "#/dimensions/0/questions/0/visibleWhen"),
            invalid("nested condition with an unknown operator", QUESTIONNAIRE_SCHEMA,
                minimalQuestionnaire().replace("\"type\": \"yesNo\",",
                    "\"type\": \"yesNo\", \"visibleWhen\": {\"all\": [{\"not\": {\"answer\": \"q0\", \"gte\": 1}}]},"),
                "additionalProperties", "#/dimensions/0/questions/0/visibleWhen/all/0/not"),
            invalid("wrong format version", RESPONSE_SCHEMA,
                minimalResponse("{\"q1\": {\"value\": true}}").replace("\"1.0\"", "\"2.0\""),
                "const", "#/formatVersion"),
            invalid("answer with value and state", RESPONSE_SCHEMA,
                minimalResponse("{\"q1\": {\"value\": \"2\", \"state\": \"dontKnow\"}}"),
                "not", "#/answers/q1"),
            invalid("empty answer", RESPONSE_SCHEMA,
                minimalResponse("{\"q1\": {}}"),
                "minProperties", "#/answers/q1"),
            invalid("answer state 'answered'", RESPONSE_SCHEMA,
                minimalResponse("{\"q1\": {\"state\": \"answered\"}}"),
                "enum", "#/answers/q1/state"),
            invalid("answer keyed by an invalid id", RESPONSE_SCHEMA,
                minimalResponse("{\"-q1\": {\"value\": true}}"),
                "pattern", "#/answers/-q1"),
            invalid("timestamp that is not a date-time", RESPONSE_SCHEMA,
                minimalResponse("{}").replace("\"answers\"",
                    "\"submittedAt\": \"yesterday\", \"answers\""),
                "format", "#/submittedAt"))
        .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
          // GIVEN
          Validator validator = validator(c.schemaId());

          // WHEN
          ValidationFailure failure = validator.validate(new JsonParser(c.json()).parse());

          // THEN
          then(failure).as("failure of %s", c.name()).isNotNull();
          then(allFailures(failure))
              .as("keyword and instance pointer of the failures of %s", c.name())
              .contains(c.keyword() + " at " + c.pointer());
        }));
  }

  @Test
  void should_accept_every_answer_kind_when_a_response_is_well_formed() {
    // GIVEN
    String response = minimalResponse("""
        {
          "single": {"value": "3", "comment": "see minutes"},
          "multiple": {"value": ["a", "b"]},
          "yes": {"value": true, "evidence": ["council decision 2024/12"]},
          "count": {"value": 12.5},
          "free": {"value": "Some text"},
          "unknown": {"state": "dontKnow"},
          "na": {"state": "notApplicable"},
          "commentOnly": {"comment": "will answer later"}
        }""");

    // WHEN
    ValidationFailure failure = validator(RESPONSE_SCHEMA).validate(new JsonParser(response).parse());

    // THEN
    then(failure).isNull();
  }

  @Test
  void should_accept_every_condition_shape_when_conditions_are_nested() {
    // GIVEN
    String questionnaire = minimalQuestionnaire().replace("\"type\": \"yesNo\",", """
        "type": "yesNo",
        "visibleWhen": {"all": [
          {"any": [{"answer": "a", "eq": "1"}, {"answer": "b", "ne": true}, {"answer": "c", "lt": 3}]},
          {"not": {"answer": "d", "is": "dontKnow"}},
          {"answer": "e", "le": "2"}, {"answer": "f", "gt": 0.5}, {"answer": "g", "ge": "4"},
          {"answer": "h", "in": ["1", 2, false]},
          {"answer": "i", "contains": "budget"},
          {"of": ["j", "k"], "atLeast": 1, "where": {"le": "1"}},
          {"of": ["j", "k"], "atMost": 0, "where": {"is": "dontKnow"}},
          {"score": "d1", "lt": 50}, {"score": "total", "is": "notScorable"},
          {"completion": "d1", "ge": 0.8}, {"band": "d1", "in": ["starting", "developing"]},
          {"band": "total", "eq": "leading"}
        ]},""");

    // WHEN
    ValidationFailure failure =
        validator(QUESTIONNAIRE_SCHEMA).validate(new JsonParser(questionnaire).parse());

    // THEN
    then(failure).isNull();
  }

  // ---------------------------------------------------------------------------------------------

  /** A document that breaks the format, and the failure that must be among the reported ones. */
  private record InvalidCase(
      String name, String schemaId, String json, String keyword, String pointer) {}

  private static InvalidCase invalid(
      String name, String schemaId, String json, String keyword, String pointer) {
    return new InvalidCase(name, schemaId, json, keyword, pointer);
  }

  private static String minimalQuestionnaire() {
    try {
      return Files.readString(EXAMPLES.resolve("minimal-questionnaire.json"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String minimalResponse(String answers) {
    return """
        {
          "$schema": "%s",
          "formatVersion": "1.0",
          "questionnaire": {"id": "minimal", "version": "1.0.0"},
          "answers": %s
        }""".formatted(RESPONSE_SCHEMA, answers);
  }

  /** Each failure and its causes, at any depth, as "keyword at instance-pointer". */
  private static List<String> allFailures(ValidationFailure failure) {
    List<String> all = new ArrayList<>();
    collect(failure, all);
    return all;
  }

  private static void collect(ValidationFailure failure, List<String> into) {
    String keyword = failure.getKeyword() == null ? "(several)" : failure.getKeyword().getValue();
    into.add(keyword + " at " + failure.getInstance().getLocation().getPointer());
    for (ValidationFailure cause : failure.getCauses()) {
      collect(cause, into);
    }
  }

  private static Validator validator(String schemaId) {
    return Validator.create(
        loadSchema(resource(SCHEMA_RESOURCES.get(schemaId)), URI.create(schemaId)),
        ALWAYS_CHECK_FORMATS);
  }

  private static Schema loadSchema(String schemaText, URI documentUri) {
    return new SchemaLoader(new JsonParser(schemaText, documentUri).parse()).load();
  }

  private static String resource(String name) {
    try (InputStream in = SchemaConformanceTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource not on the class path: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String toJson(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String name = file.getFileName().toString();
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      // pretty-printed, so that a failure's line points near the offending member
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(YAML.readTree(text));
    }
    return text;
  }

  /*
   * Walks a schema: every object in a schema position may use only known keywords, and every
   * property and every definition carries a title and a description (editors show them).
   */
  private static void inspectSchema(JsonNode schema, String pointer, List<String> problems) {
    if (!schema.isObject()) {
      if (!schema.isBoolean()) {
        problems.add(pointer + ": a schema must be an object or a boolean");
      }
      return;
    }
    Set<String> unknown = new TreeSet<>(schema.propertyNames());
    unknown.removeAll(KNOWN_KEYWORDS);
    if (!unknown.isEmpty()) {
      problems.add(pointer + ": unknown keywords " + unknown);
    }
    for (String mapKeyword : List.of("properties", "$defs")) {
      JsonNode map = schema.path(mapKeyword);
      for (String name : map.propertyNames()) {
        String p = JsonPointer.append(JsonPointer.append(pointer, mapKeyword), name);
        JsonNode sub = map.get(name);
        if (!sub.hasNonNull("title") || !sub.hasNonNull("description")) {
          problems.add(p + ": title or description is missing");
        }
        inspectSchema(sub, p, problems);
      }
    }
    for (String single : List.of("items", "additionalProperties", "propertyNames", "not")) {
      if (schema.has(single)) {
        inspectSchema(schema.get(single), pointer + "/" + single, problems);
      }
    }
    for (String list : List.of("allOf", "anyOf", "oneOf")) {
      JsonNode array = schema.path(list);
      for (int i = 0; i < array.size(); i++) {
        inspectSchema(array.get(i), pointer + "/" + list + "/" + i, problems);
      }
    }
  }
}
