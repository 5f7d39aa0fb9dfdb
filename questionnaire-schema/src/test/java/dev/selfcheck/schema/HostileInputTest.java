package dev.selfcheck.schema;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/*
 * Inputs too big or too nasty to commit to the corpus, generated here: deep nesting, huge
 * documents, strings, arrays and numbers, YAML alias bombs and tags, broken encodings and
 * non-object roots. Every test checks the code and pointer of the finding and that nothing is
 * thrown; the timeout only guards against hangs. Tests marked @Disabled("Known issue: ...") state
 * the behaviour the codec should have but does not have yet.
 */
class HostileInputTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(10);

  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();

  private static final String SCHEMA_MEMBERS =
      "\"$schema\": \"https://selfcheck.dev/schemas/1.0/questionnaire.schema.json\","
          + " \"formatVersion\": \"1.0\", \"id\": \"hostile\", \"version\": \"1.0.0\","
          + " \"defaultLocale\": \"en\", ";

  private static final String DIMENSIONS = "\"dimensions\": [{\"id\": \"d\", \"label\": {\"en\": \"D\"},"
      + " \"questions\": [{\"id\": \"q\", \"type\": \"yesNo\", \"text\": {\"en\": \"Q?\"}}]}]";

  /** A valid questionnaire with {@code extra} as its first members. */
  private static String questionnaire(String extra) {
    return "{" + SCHEMA_MEMBERS + extra + (extra.isEmpty() ? "" : ", ")
        + "\"title\": {\"en\": \"Hostile\"}, " + DIMENSIONS + "}";
  }

  private static final String YAML_HEAD = "$schema: https://selfcheck.dev/schemas/1.0/questionnaire.schema.json\n"
      + "formatVersion: \"1.0\"\nid: hostile\nversion: 1.0.0\ndefaultLocale: en\n";

  private static final String YAML_TAIL = "dimensions:\n  - id: d\n    label: {en: D}\n"
      + "    questions:\n      - {id: q, type: yesNo, text: {en: Q?}}\n";

  // ---------------------------------------------------------------- nesting

  @Test
  void should_report_too_deep_nesting_when_json_arrays_nest_5000_levels() {
    // GIVEN
    String text = "[".repeat(5000) + "]".repeat(5000);

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.JSON);

    // THEN
    thenSingleError(result, "DOC-0003", "/0".repeat(64));
  }

  @Test
  void should_report_too_deep_nesting_when_json_extensions_nest_5000_levels() {
    // GIVEN
    String text = "{\"extensions\": " + "{\"a\": ".repeat(4999) + "1" + "}".repeat(5000);

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.JSON);

    // THEN: the root is level 1 and /extensions level 2, so the 65th level is 63 'a's down
    thenSingleError(result, "DOC-0003", "/extensions" + "/a".repeat(63));
  }

  @Test
  void should_report_too_deep_nesting_when_yaml_flow_collections_nest_5000_levels() {
    // GIVEN
    String text = "a: " + "{b: [".repeat(2500) + "]}".repeat(2500) + "\n";

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.YAML);

    // THEN
    thenSingleError(result, "DOC-0003", "/a" + "/b/0".repeat(31) + "/b");
  }

  @Test
  void should_report_too_deep_nesting_when_yaml_block_mappings_nest_5000_levels() {
    // GIVEN
    StringBuilder text = new StringBuilder();
    for (int level = 0; level < 5000; level++) {
      text.append(" ".repeat(level)).append("a:\n");
    }
    text.append(" ".repeat(5000)).append("end\n");

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text.toString(), DocumentFormat.YAML);

    // THEN
    thenSingleError(result, "DOC-0003", "/a".repeat(64));
  }

  @Test
  void should_accept_the_nesting_when_it_is_exactly_at_a_custom_limit() {
    // GIVEN
    QuestionnaireCodec codec = QuestionnaireCodec.withLimits(Limits.builder().maxNestingDepth(6).build());
    String text = questionnaire("\"extensions\": {\"a\": {\"b\": [[[1]]]}}"); // 6 levels, as the dimensions

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> codec.readQuestionnaire(text, DocumentFormat.JSON));

    // THEN
    then(result.findings()).isEmpty();
    then(result.isValid()).isTrue();
  }

  @Test
  void should_report_too_deep_nesting_when_a_custom_limit_is_exceeded() {
    // GIVEN
    QuestionnaireCodec codec = QuestionnaireCodec.withLimits(Limits.builder().maxNestingDepth(6).build());
    String text = questionnaire("\"extensions\": {\"a\": {\"b\": [[[[1]]]]}}");

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> codec.readQuestionnaire(text, DocumentFormat.JSON));

    // THEN
    thenSingleError(result, "DOC-0003", "/extensions/a/b/0/0/0");
  }

  @Test
  void should_report_too_deep_nesting_when_a_custom_limit_is_exceeded_in_yaml() {
    // GIVEN
    QuestionnaireCodec codec = QuestionnaireCodec.withLimits(Limits.builder().maxNestingDepth(3).build());
    String text = YAML_HEAD + "extensions:\n  a:\n    b:\n      c: 1\n";

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> codec.readQuestionnaire(text, DocumentFormat.YAML));

    // THEN
    thenSingleError(result, "DOC-0003", "/extensions/a/b");
  }

  // ---------------------------------------------------------------- size

  @Test
  void should_report_a_too_large_document_when_it_has_20_mb() {
    // GIVEN
    byte[] bytes = padded(questionnaire(""), 20 * 1024 * 1024);

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> CODEC.readQuestionnaire(bytes, DocumentFormat.JSON));

    // THEN
    thenSingleError(result, "DOC-0002", "");
  }

  @Test
  void should_report_a_too_large_document_when_a_stream_never_ends() {
    // GIVEN
    InputStream endless = new EndlessSpaces();

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> CODEC.readQuestionnaire(endless, DocumentFormat.YAML));

    // THEN
    thenSingleError(result, "DOC-0002", "");
  }

  @Test
  void should_report_a_too_large_response_when_it_has_20_mb() {
    // GIVEN
    byte[] bytes = padded("{\"answers\": {}}", 20 * 1024 * 1024);

    // WHEN
    DecodeResult<Response> result = read(() -> CODEC.readResponse(bytes, DocumentFormat.JSON));

    // THEN
    thenSingleError(result, "DOC-0002", "");
  }

  @Test
  void should_report_a_too_large_document_when_a_custom_limit_is_exceeded() {
    // GIVEN
    byte[] bytes = questionnaire("").getBytes(StandardCharsets.UTF_8);
    QuestionnaireCodec codec = QuestionnaireCodec.withLimits(
        Limits.builder().maxDocumentBytes(bytes.length - 1).build());

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> codec.readQuestionnaire(bytes, DocumentFormat.JSON));
    DecodeResult<Questionnaire> fromStream = read(
        () -> codec.readQuestionnaire(new ByteArrayInputStream(bytes), DocumentFormat.JSON));

    // THEN
    thenSingleError(result, "DOC-0002", "");
    thenSingleError(fromStream, "DOC-0002", "");
    then(read(() -> QuestionnaireCodec.withLimits(Limits.builder().maxDocumentBytes(bytes.length).build())
        .readQuestionnaire(bytes, DocumentFormat.JSON)).isValid()).as("exactly at the limit").isTrue();
  }

  // ---------------------------------------------------------------- strings, arrays, values

  @Test
  void should_report_a_too_long_string_when_a_text_has_200_000_characters() {
    // GIVEN
    String text = questionnaire("\"description\": {\"en\": \"" + "x".repeat(200_000) + "\"}");

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.JSON);

    // THEN
    thenSingleError(result, "DOC-0004", "/description/en");
  }

  @Test
  void should_report_a_too_long_string_when_a_member_name_has_200_000_characters() {
    // GIVEN
    String text = questionnaire("\"extensions\": {\"" + "k".repeat(200_000) + "\": 1}");

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.JSON);

    // THEN: the name is not part of the tree, so the finding names the object that holds it
    thenSingleError(result, "DOC-0004", "/extensions");
  }

  @Test
  void should_report_a_too_long_string_when_a_yaml_text_has_200_000_characters() {
    // GIVEN
    String text = YAML_HEAD + "title: {en: T}\ndescription:\n  en: " + "x".repeat(200_000) + "\n" + YAML_TAIL;

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.YAML);

    // THEN
    thenSingleError(result, "DOC-0004", "/description/en");
  }

  @Test
  void should_report_a_too_long_string_when_a_yaml_member_name_exceeds_a_custom_limit() {
    // GIVEN
    QuestionnaireCodec codec = QuestionnaireCodec.withLimits(Limits.builder().maxStringLength(80).build());
    String text = YAML_HEAD + "title: {en: T}\nextensions:\n  " + "k".repeat(81) + ": 1\n" + YAML_TAIL;

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> codec.readQuestionnaire(text, DocumentFormat.YAML));

    // THEN: as in JSON, the finding names the object that holds the name
    thenSingleError(result, "DOC-0004", "/extensions");
  }

  @Test
  void should_report_a_too_long_string_when_a_yaml_text_exceeds_a_custom_limit() {
    // GIVEN
    QuestionnaireCodec codec = QuestionnaireCodec.withLimits(Limits.builder().maxStringLength(80).build());
    String text = YAML_HEAD + "title: {en: T}\ndescription: {en: '" + "x".repeat(81) + "'}\n" + YAML_TAIL;

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> codec.readQuestionnaire(text, DocumentFormat.YAML));

    // THEN
    thenSingleError(result, "DOC-0004", "/description/en");
  }

  @Test
  void should_report_a_too_long_string_when_a_custom_limit_is_exceeded() {
    // GIVEN
    QuestionnaireCodec codec = QuestionnaireCodec.withLimits(Limits.builder().maxStringLength(80).build());
    String text = questionnaire("\"description\": {\"en\": \"" + "x".repeat(81) + "\"}");

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> codec.readQuestionnaire(text, DocumentFormat.JSON));

    // THEN
    thenSingleError(result, "DOC-0004", "/description/en");
  }

  @Test
  void should_report_too_many_entries_when_an_array_has_20_000_items() {
    // GIVEN
    String authors = String.join(", ", Collections.nCopies(20_000, "\"author\""));
    String text = questionnaire("\"metadata\": {\"authors\": [" + authors + "]}");

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.JSON);

    // THEN
    thenSingleError(result, "DOC-0005", "/metadata/authors");
  }

  @Test
  void should_report_too_many_entries_when_a_yaml_sequence_has_20_000_items() {
    // GIVEN
    String text = YAML_HEAD + "metadata:\n  authors:\n" + "    - author\n".repeat(20_000);

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.YAML);

    // THEN
    thenSingleError(result, "DOC-0005", "/metadata/authors");
  }

  @Test
  void should_report_too_many_entries_when_an_object_has_20_000_members() {
    // GIVEN
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      members.append(i == 0 ? "" : ", ").append("\"k").append(i).append("\": ").append(i);
    }
    String text = questionnaire("\"extensions\": {" + members + "}");

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.JSON);

    // THEN
    thenSingleError(result, "DOC-0005", "/extensions");
  }

  @Test
  void should_report_too_many_entries_when_a_custom_limit_is_exceeded() {
    // GIVEN
    QuestionnaireCodec codec = QuestionnaireCodec.withLimits(Limits.builder().maxArrayLength(3).build());
    String text = "{\"extensions\": {\"list\": [1, 2, 3, 4]}}";

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> codec.readQuestionnaire(text, DocumentFormat.JSON));

    // THEN
    thenSingleError(result, "DOC-0005", "/extensions/list");
  }

  @Test
  void should_report_too_many_values_when_a_custom_limit_is_exceeded() {
    // GIVEN
    QuestionnaireCodec codec = QuestionnaireCodec.withLimits(
        Limits.builder().maxArrayLength(3).maxValues(20).build());
    String text = "{\"a\": [1, 2, 3], \"b\": [1, 2, 3], \"c\": [[1, 2, 3], [1, 2, 3], [1, 2, 3]]}";

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> codec.readQuestionnaire(text, DocumentFormat.JSON));

    // THEN: the 21st value is the array /c/2/1
    thenSingleError(result, "DOC-0006", "/c/2/1");
  }

  // ---------------------------------------------------------------- YAML features

  @Test
  void should_refuse_anchors_quickly_when_yaml_is_a_billion_laughs_bomb() {
    // GIVEN
    StringBuilder text = new StringBuilder(YAML_HEAD)
        .append("extensions:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int level = 1; level <= 9; level++) {
      String previous = "*l" + (level - 1);
      text.append("  l").append(level).append(": &l").append(level).append(" [")
          .append(String.join(", ", Collections.nCopies(9, previous))).append("]\n");
    }

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text.toString(), DocumentFormat.YAML);

    // THEN
    thenSingleError(result, "DOC-0009", "/extensions/l0");
  }

  @Test
  void should_refuse_an_alias_when_yaml_refers_to_an_anchor() {
    // GIVEN
    String text = YAML_HEAD + "title: &t {en: T}\nextensions: {copy: *t}\n";

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.YAML);

    // THEN: the anchor comes first, and reading stops there
    thenSingleError(result, "DOC-0009", "/title");
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!python/object:os.system", "!!python/object/apply:os.system", "!custom",
      "!<tag:example.com,2026:thing>"})
  void should_refuse_a_tag_when_yaml_has_a_custom_tag(String tag) {
    // GIVEN
    String text = YAML_HEAD + "title: {en: T}\nextensions:\n  payload: " + tag + " [rm, -rf]\n" + YAML_TAIL;

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.YAML);

    // THEN
    thenSingleError(result, "DOC-0009", "/extensions/payload");
    then(result.errors().get(0).message()).contains("tags");
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!int abc", "!!float yes", "!!bool maybe", "!!str [a]", "!!map 5",
      "!!seq {a: 1}", "!!binary aGk=", "!!timestamp 2026-05-04"})
  void should_refuse_a_tag_when_a_standard_yaml_tag_does_not_fit_its_value(String tagged) {
    // GIVEN
    String text = YAML_HEAD + "title: {en: T}\nextensions:\n  payload: " + tagged + "\n" + YAML_TAIL;

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.YAML);

    // THEN
    thenSingleError(result, "DOC-0009", "/extensions/payload");
    then(result.errors().get(0).message()).contains("tags");
  }

  @Test
  void should_accept_the_standard_yaml_tags_when_they_fit_their_values() {
    // GIVEN
    String text = "--- !!map\n" + YAML_HEAD.replace("id: hostile", "id: !!str hostile")
        + "title: !!map {en: !<tag:yaml.org,2002:str> T}\n"
        + "extensions: !<tag:yaml.org,2002:map>\n"
        + "  i: !!int 3\n  f: !!float 1.5\n  g: !!float 2\n  b: !!bool true\n  n: !!null ~\n"
        + "  s: !!str 1.0\n  l: !!seq [a, !!str b]\n  q: !<tag:yaml.org,2002:seq> []\n"
        + YAML_TAIL;

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.YAML);

    // THEN
    then(result.findings()).isEmpty();
    then(result.isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {".nan", ".NaN", ".inf", "-.Inf", "+.INF"})
  void should_report_an_invalid_number_when_yaml_has_nan_or_infinity(String number) {
    // GIVEN
    String text = YAML_HEAD + "title: {en: T}\nscoring: {factor: " + number + "}\n" + YAML_TAIL;

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.YAML);

    // THEN
    thenSingleError(result, "DOC-0008", "/scoring/factor");
  }

  @ParameterizedTest
  @ValueSource(strings = {"'.nan'", "\"-.inf\"", "!!str .NaN"})
  void should_report_a_wrong_type_when_a_yaml_nan_is_quoted(String text) {
    // GIVEN
    String yaml = YAML_HEAD + "title: {en: T}\nscoring: {factor: " + text + "}\n" + YAML_TAIL;

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(yaml, DocumentFormat.YAML);

    // THEN: a quoted scalar is a string
    thenSingleError(result, "DOC-0032", "/scoring/factor");
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!float .nan", "!!float -.inf"})
  void should_report_an_invalid_number_when_a_tagged_yaml_float_is_not_finite(String text) {
    // GIVEN
    String yaml = YAML_HEAD + "title: {en: T}\nscoring: {factor: " + text + "}\n" + YAML_TAIL;

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(yaml, DocumentFormat.YAML);

    // THEN
    thenSingleError(result, "DOC-0008", "/scoring/factor");
  }

  // ---------------------------------------------------------------- numbers

  @Test
  void should_report_an_invalid_number_when_json_has_500_digits() {
    // GIVEN
    String text = questionnaire("\"scoring\": {\"factor\": 1" + "0".repeat(499) + "}");

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.JSON);

    // THEN
    thenSingleError(result, "DOC-0008", "/scoring/factor");
  }

  @Test
  void should_report_an_invalid_number_at_its_element_when_a_json_array_has_a_500_digit_number() {
    // GIVEN
    String text = questionnaire("\"extensions\": {\"list\": [1, 2, 1" + "0".repeat(499) + "]}");

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.JSON);

    // THEN
    thenSingleError(result, "DOC-0008", "/extensions/list/2");
    then(result.errors().get(0).line()).isPresent();
  }

  @Test
  void should_report_an_invalid_number_when_the_first_member_of_json_has_500_digits() {
    // GIVEN
    String text = "{\"factor\": 1" + "0".repeat(499) + "}";

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.JSON);

    // THEN
    thenSingleError(result, "DOC-0008", "/factor");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "0.1"})
  void should_report_an_invalid_number_when_yaml_has_500_digits(String prefix) {
    // GIVEN
    String text = YAML_HEAD + "title: {en: T}\nscoring: {factor: " + prefix + "0".repeat(500) + "}\n" + YAML_TAIL;

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.YAML);

    // THEN
    thenSingleError(result, "DOC-0008", "/scoring/factor");
  }

  @Test
  void should_report_an_invalid_number_when_an_exponent_makes_it_500_digits_long() {
    // GIVEN
    String text = questionnaire("\"scoring\": {\"factor\": 1e500}");

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.JSON);

    // THEN
    thenSingleError(result, "DOC-0008", "/scoring/factor");
  }

  @ParameterizedTest
  @ValueSource(strings = {"88E8888888", "1e-99999999", "-7.5E+2000000000"})
  void should_report_an_invalid_number_at_once_when_a_json_exponent_is_huge(String number) {
    // GIVEN a number of few digits whose plain form would have millions (found by the fuzzer:
    // writing out 88E8888888 took minutes)
    String text = questionnaire("\"scoring\": {\"factor\": " + number + "}");

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.JSON);

    // THEN
    thenSingleError(result, "DOC-0008", "/scoring/factor");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"decimals\": 1e30", "\"decimals\": 144444444444444444444412.5",
      "\"decimals\": 99999999999999999999"})
  void should_report_a_number_out_of_range_when_a_whole_number_field_gets_one_beyond_a_long(String member) {
    // GIVEN a whole-number field given a number beyond the range of a long (the schema
    // validator's own check failed on such decimals; found by fuzzing)
    String text = questionnaire("\"scoring\": {" + member + "}");

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.JSON);

    // THEN
    thenSingleError(result, "DOC-0035", "/scoring/decimals");
  }

  @Test
  void should_report_an_invalid_number_at_once_when_a_yaml_exponent_is_huge() {
    // GIVEN
    String text = YAML_HEAD + "title: {en: T}\nscoring: {factor: 88E8888888}\n" + YAML_TAIL;

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.YAML);

    // THEN
    thenSingleError(result, "DOC-0008", "/scoring/factor");
  }

  @Test
  void should_report_an_invalid_number_when_a_yaml_decimal_exceeds_a_custom_limit() {
    // GIVEN
    QuestionnaireCodec codec = QuestionnaireCodec.withLimits(Limits.builder().maxNumberLength(5).build());
    String text = YAML_HEAD + "title: {en: T}\nscoring: {factor: 1.234567}\n" + YAML_TAIL;

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> codec.readQuestionnaire(text, DocumentFormat.YAML));

    // THEN
    thenSingleError(result, "DOC-0008", "/scoring/factor");
  }

  @Test
  void should_report_an_invalid_number_when_a_yaml_integer_exceeds_a_custom_limit() {
    // GIVEN
    QuestionnaireCodec codec = QuestionnaireCodec.withLimits(Limits.builder().maxNumberLength(5).build());
    String text = YAML_HEAD + "title: {en: T}\nscoring: {factor: 123456}\n" + YAML_TAIL;

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> codec.readQuestionnaire(text, DocumentFormat.YAML));

    // THEN
    thenSingleError(result, "DOC-0008", "/scoring/factor");
  }

  // ---------------------------------------------------------------- encodings and roots

  @Test
  void should_report_a_malformed_document_when_json_has_invalid_utf8() {
    // GIVEN
    byte[] bytes = questionnaire("\"description\": {\"en\": \"caf@\"}").getBytes(StandardCharsets.UTF_8);
    replace(bytes, (byte) '@', (byte) 0xC3);

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> CODEC.readQuestionnaire(bytes, DocumentFormat.JSON));

    // THEN
    thenSingleError(result, "DOC-0001", "/description/en");
    then(result.errors().get(0).line()).isPresent();
  }

  @Test
  void should_report_a_malformed_document_when_yaml_has_invalid_utf8() {
    // GIVEN
    byte[] bytes = (YAML_HEAD + "title: {en: caf@}\n" + YAML_TAIL).getBytes(StandardCharsets.UTF_8);
    replace(bytes, (byte) '@', (byte) 0xFF);

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> CODEC.readQuestionnaire(bytes, DocumentFormat.YAML));

    // THEN: YAML is decoded before it is parsed, so no element can be named
    thenSingleError(result, "DOC-0001", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n", "\uFEFF "})
  void should_report_no_object_when_json_is_empty(String text) {
    // GIVEN
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> CODEC.readQuestionnaire(bytes, DocumentFormat.JSON));

    // THEN
    thenSingleError(result, "DOC-0010", "");
  }

  @Test
  void should_report_no_object_when_json_is_only_a_byte_order_mark() {
    // GIVEN
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> CODEC.readQuestionnaire(bytes, DocumentFormat.JSON));

    // THEN
    thenSingleError(result, "DOC-0010", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uFEFF", "\uFEFF \n", "\uFEFF# only a comment\n"})
  void should_report_no_object_when_yaml_is_only_a_byte_order_mark(String text) {
    // GIVEN
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> CODEC.readQuestionnaire(bytes, DocumentFormat.YAML));

    // THEN
    thenSingleError(result, "DOC-0010", "");
    then(result.errors().get(0).message()).endsWith("empty");
  }

  @Test
  void should_say_what_the_document_is_in_english_and_german_when_it_is_no_object() {
    // GIVEN
    byte[] bytes = "[1, 2]".getBytes(StandardCharsets.UTF_8);

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> CODEC.readQuestionnaire(bytes, DocumentFormat.JSON));

    // THEN
    thenSingleError(result, "DOC-0010", "");
    then(result.errors().get(0).message()).isEqualTo("the document must be a JSON object, but it is an array");
    then(result.errors().get(0).message(Locale.GERMAN))
        .isEqualTo("das Dokument muss ein JSON-Objekt sein, ist aber ein Array");
  }

  @Test
  void should_name_both_document_kinds_in_english_and_german_when_the_kind_is_wrong() {
    // GIVEN a response's schema on a questionnaire
    byte[] bytes = ("{\"$schema\": \"https://selfcheck.dev/schemas/" + QuestionnaireSchema.FORMAT_VERSION
        + "/response.schema.json\"}").getBytes(StandardCharsets.UTF_8);

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> CODEC.readQuestionnaire(bytes, DocumentFormat.JSON));

    // THEN
    Finding kind = result.errors().stream().filter(f -> f.code().equals("DOC-0022")).findFirst().orElseThrow();
    then(kind.message()).isEqualTo("this is a response document, but a questionnaire document is expected");
    then(kind.message(Locale.GERMAN)).isEqualTo("das Dokument ist eine Antwort, erwartet wird aber ein Fragebogen");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "# only a comment\n", "---\n"})
  void should_report_no_object_when_yaml_is_empty(String text) {
    // GIVEN
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> CODEC.readQuestionnaire(bytes, DocumentFormat.YAML));

    // THEN
    thenSingleError(result, "DOC-0010", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "null", "42", "\"questionnaire\"", "true", "[{}]"})
  void should_report_no_object_when_the_root_is_not_an_object(String text) {
    // GIVEN
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    // WHEN
    DecodeResult<Questionnaire> questionnaire = read(() -> CODEC.readQuestionnaire(bytes, DocumentFormat.JSON));
    DecodeResult<Response> response = read(() -> CODEC.readResponse(bytes, DocumentFormat.JSON));

    // THEN
    thenSingleError(questionnaire, "DOC-0010", "");
    thenSingleError(response, "DOC-0010", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"~", "null", "Null", "NULL", "!!null ~"})
  void should_report_null_when_the_yaml_root_is_a_yaml_null(String text) {
    // GIVEN
    byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> CODEC.readQuestionnaire(bytes, DocumentFormat.YAML));

    // THEN
    thenSingleError(result, "DOC-0010", "");
    then(result.errors().get(0).message()).endsWith("null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"'~'", "\"null\"", "!!str NULL", "nULL"})
  void should_report_a_string_when_the_yaml_root_is_a_quoted_or_tagged_null(String text) {
    // GIVEN
    byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> CODEC.readQuestionnaire(bytes, DocumentFormat.YAML));

    // THEN
    thenSingleError(result, "DOC-0010", "");
    then(result.errors().get(0).message()).endsWith("a string");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{} {}", "{}\n[]", "{}\n\"more\"", "{} 1"})
  void should_report_trailing_content_when_json_has_a_second_value(String text) {
    // GIVEN
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> CODEC.readQuestionnaire(bytes, DocumentFormat.JSON));

    // THEN
    thenSingleError(result, "DOC-0011", "");
  }

  @Test
  void should_report_trailing_content_when_json_has_garbage_after_the_end() {
    // GIVEN
    byte[] bytes = "{\"id\": \"x\"} garbage".getBytes(StandardCharsets.UTF_8);

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> CODEC.readQuestionnaire(bytes, DocumentFormat.JSON));

    // THEN
    thenSingleError(result, "DOC-0011", "");
  }

  // ---------------------------------------------------------------- syntax errors

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\": {\"b\": 1]}", "{\"a\": [1, 2}", "{\"a\": {\"b\": 1,}}", "{\"a\": {\"b\": 1"})
  void should_report_a_syntax_error_at_the_open_container_without_parser_internals(String text) {
    // GIVEN
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> CODEC.readQuestionnaire(bytes, DocumentFormat.JSON));

    // THEN
    thenSingleError(result, "DOC-0001", "/a");
    then(result.errors().get(0).line()).hasValue(1);
    then(result.errors().get(0).message()).doesNotContain("Source", "REDACTED", "#UNKNOWN", "StreamReadFeature");
  }

  @Test
  void should_report_a_syntax_error_at_the_member_when_a_json_value_is_broken() {
    // GIVEN
    byte[] bytes = "{\"a\": 1,\n \"b\": tru}".getBytes(StandardCharsets.UTF_8);

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> CODEC.readQuestionnaire(bytes, DocumentFormat.JSON));

    // THEN
    thenSingleError(result, "DOC-0001", "/b");
    then(result.errors().get(0).line()).hasValue(2);
  }

  @Test
  void should_name_the_problem_when_yaml_is_badly_indented() {
    // GIVEN
    String text = YAML_HEAD + "title:\n  en: T\n de: U\n" + YAML_TAIL;

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.YAML);

    // THEN: the line 'de' ends the mapping 'title' but cannot continue the root
    thenSingleError(result, "DOC-0001", "/title");
    then(result.errors().get(0).line()).hasValue(8);
    then(result.errors().get(0).message()).contains("while parsing a block mapping", "expected <block end>")
        .doesNotContain("in reader", "^");
  }

  @Test
  void should_say_that_tabs_are_not_allowed_when_yaml_is_indented_with_a_tab() {
    // GIVEN
    String text = YAML_HEAD + "title:\n\ten: T\n" + YAML_TAIL;

    // WHEN
    DecodeResult<Questionnaire> result = readQuestionnaire(text, DocumentFormat.YAML);

    // THEN
    thenSingleError(result, "DOC-0001", "/title");
    then(result.errors().get(0).line()).hasValue(7);
    then(result.errors().get(0).message()).contains("TAB");
  }

  @Test
  void should_report_trailing_content_when_yaml_has_a_second_document() {
    // GIVEN
    byte[] bytes = (YAML_HEAD + "title: {en: T}\n" + YAML_TAIL + "---\nid: second\n")
        .getBytes(StandardCharsets.UTF_8);

    // WHEN
    DecodeResult<Questionnaire> result = read(() -> CODEC.readQuestionnaire(bytes, DocumentFormat.YAML));

    // THEN
    thenSingleError(result, "DOC-0011", "");
  }

  @Test
  void should_return_findings_when_a_response_checked_against_a_questionnaire_is_hostile() {
    // GIVEN
    Questionnaire questionnaire = CODEC.readQuestionnaire(questionnaire(""), DocumentFormat.JSON).orElseThrow();
    byte[] bytes = ("{\"answers\": " + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8);

    // WHEN
    DecodeResult<Response> result = read(() -> CODEC.readResponse(bytes, DocumentFormat.JSON, questionnaire));

    // THEN
    thenSingleError(result, "DOC-0003", "/answers" + "/0".repeat(63));
  }

  // ---------------------------------------------------------------- helpers

  private static DecodeResult<Questionnaire> readQuestionnaire(String text, DocumentFormat format) {
    return read(() -> CODEC.readQuestionnaire(text, format));
  }

  /** Reads within the hang guard and asserts that nothing is thrown. */
  private static <T> DecodeResult<T> read(Supplier<DecodeResult<T>> reading) {
    List<DecodeResult<T>> holder = new ArrayList<>();
    Throwable thrown = catchThrowable(() -> holder.add(assertTimeoutPreemptively(HANG_GUARD, reading::get)));
    then(thrown).as("thrown while reading").isNull();
    return holder.get(0);
  }

  private static void thenSingleError(DecodeResult<?> result, String code, String pointer) {
    then(result.isValid()).as("valid; findings: %s", result.findings()).isFalse();
    then(result.findings()).as("findings")
        .extracting(Finding::code, Finding::pointer)
        .containsExactly(tuple(code, pointer));
    then(result.findings().get(0).message()).isNotBlank();
  }

  private static byte[] padded(String document, int size) {
    byte[] start = document.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(start, size);
    Arrays.fill(bytes, start.length, size, (byte) ' ');
    return bytes;
  }

  private static void replace(byte[] bytes, byte from, byte to) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == from) {
        bytes[i] = to;
      }
    }
  }

  /** A stream of spaces that never ends. */
  private static final class EndlessSpaces extends InputStream {
    @Override
    public int read() {
      return ' ';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      Arrays.fill(buffer, offset, offset + length, (byte) ' ');
      return length;
    }
  }
}
