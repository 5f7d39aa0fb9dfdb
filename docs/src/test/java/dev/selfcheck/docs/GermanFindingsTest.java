package dev.selfcheck.docs;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.analysis.AnalysisProblem;
import dev.selfcheck.analysis.QuestionnaireAnalysis;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.FindingType;
import dev.selfcheck.core.MessageBundle;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.scenarios.ScenarioProblem;
import dev.selfcheck.scenarios.ScenarioSuite;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.DocumentProblem;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A German finding is German: the details inside the messages of the analysis (conditions, score
 * ranges, band gaps, lists), of scenario files (kinds of value, the findings of a questionnaire that
 * does not load) and of documents of the wrong type or out of range are rendered in the reader's
 * language too. Each finding is rendered in German
 * and searched for the English texts of its catalog and for common English words.
 */
@Tag("issue-12")
class GermanFindingsTest {

  /**
   * Words that a German message never contains, each matched as a whole word (not as an id in
   * quotes, nor as a name of the format such as {@code is:} or {@code "not"}).
   */
  private static final List<String> ENGLISH_WORDS = List.of("the", "is", "of", "which", "and", "or",
      "part", "parts", "implies", "it", "scores", "from", "to", "never", "has", "found", "expected",
      "a", "an", "line", "column", "at", "each", "other", "list", "number", "text", "object",
      "question", "score", "file", "empty", "fraction", "decimal", "there", "no", "not");

  /** Two words in a row: a phrase, not a bit of syntax such as {@code ": ...}"}. */
  private static final Pattern TWO_WORDS = Pattern.compile("\\p{L}+\\s+\\p{L}+");

  @TempDir
  Path dir;

  @Test
  void should_word_every_analysis_finding_in_german_when_the_reader_is_german() {
    // GIVEN a questionnaire with one planted mistake of every kind the analysis reports
    Questionnaire questionnaire = QuestionnaireCodec.create().readQuestionnaire(
        Path.of("../analysis/src/test/resources/dev/selfcheck/analysis/planted-mistakes.yaml")).orElseThrow();
    // WHEN
    List<Finding> findings = QuestionnaireAnalysis.of(questionnaire).findings();
    // THEN every code of the catalog but the retired ANA-0004 is there, and in German
    then(findings).extracting(Finding::code).contains("ANA-0020", "ANA-0021", "ANA-0022", "ANA-0030",
        "ANA-0032", "ANA-0033", "ANA-0034", "ANA-0035");
    for (Finding f : findings) {
      checkGerman(f, english(AnalysisProblem.UNUSED_QUESTION));
    }
  }

  @Test
  void should_word_scenario_findings_in_german_when_the_reader_is_german() throws IOException {
    // GIVEN scenario files with values of the wrong kind, an answer that does not fit, an empty file
    // and a questionnaire that does not load
    Files.writeString(dir.resolve("broken.yaml"), String.join("\n",
        "$schema: https://selfcheck.dev/schemas/1.0/questionnaire.schema.json",
        "formatVersion: \"1.0\"", "id: broken", "version: 1.0.0", "defaultLocale: en",
        "title: { en: Broken }", "dimensions:",
        "  - id: core", "    label: { en: Core }", "    questions:",
        "      - { id: q1, type: singleChoice, scale: missing, text: { en: Q1 } }", ""));
    Files.copy(Path.of("../flagship/src/main/resources/dev/selfcheck/flagship/welcoming-municipality.yaml"),
        dir.resolve("flagship.yaml"));
    Path kinds = write("kinds.scenarios.yaml", "name: [kinds]", "questionnaire: flagship.yaml", "scenarios:",
        "  - name: wrong kinds",
        "    answers:",
        "      mgmt.strategyExists: maybe",
        "      mgmt.strategyGoals: { is: sometimes }",
        "      mgmt.missionStatement: { foo: bar }",
        "    expect:",
        "      dimensions:",
        "        management: { scorable: perhaps, displayScore: 1/3 }",
        "      recommends: { id: x }");
    Path invalid = write("invalid.scenarios.yaml", "questionnaire: broken.yaml", "scenarios: []");
    Path empty = write("empty.scenarios.yaml", "");
    Path broken = write("broken.scenarios.yaml", "questionnaire: flagship.yaml", "scenarios: [");
    Path tab = write("tab.scenarios.yaml", "questionnaire: flagship.yaml", "scenarios:", "\t- name: x");
    // WHEN
    List<Finding> findings = new ArrayList<>();
    for (Path file : List.of(kinds, invalid, empty, broken, tab)) {
      findings.addAll(ScenarioSuite.read(file).findings());
    }
    findings.addAll(ScenarioSuite.readResource("no/such.scenarios.yaml").findings());
    // THEN
    then(findings).extracting(Finding::code).contains("TST-0001", "TST-0004", "TST-0006", "TST-0008");
    for (Finding f : findings) {
      checkGerman(f, english(ScenarioProblem.MALFORMED_FILE));
    }
  }

  @Test
  void should_word_what_the_parsers_say_in_german_when_the_reader_is_german() {
    // GIVEN JSON and YAML texts that are not well-formed in each way the parsers name
    List<String> json = List.of("{", "{\"a\":", "{\"a\" 1}", "{a:1}", "{\"a\":tru}", "[1,]", "{\"a\":1,}",
        "{\"a\":\"x", "{\"a\":01}", "{\"a\":\"\\q\"}", "{\"a\":\"\t\"}", "{\"a\":1]", "{\"a\":NaN}",
        "{/*c*/}", "{\"a\":-}", "{\"a\":1.}", "\u0000", "{\"a\":'x'}", "[", "{\"a\":[1}", "{\"a\":\"\\u12\"}",
        "{\"a\":1 \"b\":2}");
    List<String> yaml = List.of("a: b: c", "a: [1, 2", "a:\n\t- b", "a: {b: 1", "- a\nb: c", "a: 'x", "a: \"x",
        "a:\n  b: 1\n c: 2", "a: @x", "a: b\n- c");
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    // WHEN
    List<Finding> findings = new ArrayList<>();
    for (String text : json) {
      findings.addAll(codec.readResponse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
          DocumentFormat.JSON).findings());
    }
    for (String text : yaml) {
      findings.addAll(codec.readResponse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
          DocumentFormat.YAML).findings());
    }
    // THEN each text has a DOC-0001 finding, worded in German, and in English as the parser says it
    List<Finding> malformed = findings.stream().filter(f -> f.is(DocumentProblem.MALFORMED_DOCUMENT)).toList();
    then(malformed).hasSize(json.size() + yaml.size());
    then(malformed).extracting(f -> f.message(Locale.ENGLISH))
        .contains("the document is not well-formed JSON: Unexpected end-of-input: expected close marker for Object");
    for (Finding f : malformed) {
      checkGerman(f, english(DocumentProblem.MALFORMED_DOCUMENT));
    }
  }

  @Test
  void should_word_wrong_types_and_values_out_of_range_in_german_when_the_reader_is_german() {
    // GIVEN a questionnaire whose id is a number, with no dimensions and too many decimals
    String text = String.join("\n",
        "$schema: https://selfcheck.dev/schemas/1.0/questionnaire.schema.json",
        "formatVersion: \"1.0\"", "id: 5", "version: 1.0.0", "defaultLocale: en",
        "title: { en: Broken }", "scoring: { decimals: 11 }", "dimensions: []", "");
    // WHEN
    List<Finding> findings = QuestionnaireCodec.create().readQuestionnaire(text, DocumentFormat.YAML).findings()
        .stream().filter(f -> f.is(DocumentProblem.WRONG_TYPE) || f.is(DocumentProblem.OUT_OF_RANGE)).toList();
    // THEN
    then(findings).extracting(Finding::code).contains("DOC-0032", "DOC-0035");
    for (Finding f : findings) {
      checkGerman(f, english(DocumentProblem.WRONG_TYPE));
    }
  }

  @Test
  void should_word_the_schema_findings_of_the_invalid_corpus_in_german_when_the_reader_is_german()
      throws IOException {
    // GIVEN every invalid questionnaire of the codec's corpus
    List<Finding> findings = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("../questionnaire-schema/src/test/resources/corpus/invalid"))) {
      for (Path file : files.sorted().toList()) {
        // WHEN
        findings.addAll(QuestionnaireCodec.create().readQuestionnaire(file).findings());
      }
    }
    // THEN the values of the wrong type or form, not allowed, out of range or of no allowed shape
    // are in German
    List<FindingType> localized = List.of(DocumentProblem.WRONG_TYPE, DocumentProblem.NOT_ALLOWED_VALUE,
        DocumentProblem.INVALID_FORMAT, DocumentProblem.OUT_OF_RANGE, DocumentProblem.NO_MATCHING_SHAPE);
    List<Finding> checked = findings.stream().filter(f -> localized.stream().anyMatch(f::is)).toList();
    then(checked).extracting(Finding::code).contains("DOC-0032", "DOC-0033", "DOC-0034", "DOC-0035", "DOC-0036");
    for (Finding f : checked) {
      checkGerman(f, english(DocumentProblem.WRONG_TYPE));
    }
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  /** Fails on any English text of the catalog or English word in the German message. */
  private static void checkGerman(Finding f, List<String> englishTexts) {
    String german = f.message(Locale.GERMAN);
    List<String> found = new ArrayList<>();
    for (String english : englishTexts) {
      if (german.contains(english)) {
        found.add("catalog text \"" + english + "\"");
      }
    }
    for (String word : ENGLISH_WORDS) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\-.'„/\"])" + word + "(?![\\p{L}\\-.'“:/\"])").matcher(german);
      if (m.find()) {
        found.add("English word \"" + word + "\"");
      }
    }
    then(found).as("English in the German message of %s: %s", f.code(), german).isEmpty();
  }

  /**
   * The English texts of a catalog's bundle that differ from their German texts, as the phrases
   * (with two words in a row) between their placeholders.
   */
  private static List<String> english(FindingType catalog) {
    MessageBundle bundle = catalog.bundle();
    return bundle.keys().stream()
        .filter(key -> !bundle.text(key, Locale.ROOT).equals(bundle.text(key, Locale.GERMAN)))
        .flatMap(key -> Stream.of(bundle.text(key, Locale.ROOT).split("\\{\\d\\}")))
        .map(String::strip).filter(phrase -> TWO_WORDS.matcher(phrase).find()).toList();
  }
}
