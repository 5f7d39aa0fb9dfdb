package dev.selfcheck.docs;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.analysis.AnalysisProblem;
import dev.selfcheck.core.FindingType;
import dev.selfcheck.core.QuestionnaireProblem;
import dev.selfcheck.core.ResponseProblem;
import dev.selfcheck.editions.EditionProblem;
import dev.selfcheck.panel.PanelProblem;
import dev.selfcheck.scenarios.ScenarioProblem;
import dev.selfcheck.schema.DocumentProblem;
import dev.selfcheck.scoring.ScoringProblem;
import dev.selfcheck.scoring.Reason;
import dev.selfcheck.surveyjs.SurveyJsProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/findings.md lists every finding code, codes are unique across the catalogs, and every text
 * ships in every language (a new finding without its German text fails the build).
 */
class FindingsCatalogTest {

  private static List<FindingType> allTypes() {
    return Stream.of(DocumentProblem.values(), QuestionnaireProblem.values(), ResponseProblem.values(),
            ScoringProblem.values(), AnalysisProblem.values(), ScenarioProblem.values(),
            PanelProblem.values(), EditionProblem.values(),
            SurveyJsProblem.values())
        .flatMap(Stream::of)
        .map(FindingType.class::cast)
        .toList();
  }

  @Test
  void should_list_every_code_with_its_message_when_reading_findings_md() throws IOException {
    // GIVEN
    String page = Files.readString(Path.of("findings.md"), StandardCharsets.UTF_8);
    // THEN
    for (FindingType type : allTypes()) {
      then(page).as("findings.md (regenerate with python3 docs/generate-findings.py)")
          .contains("| `" + type.code() + "` | " + type.severity() + " | `" + type + "` |")
          .contains(type.template().replace("|", "\\|"));
    }
  }

  @Test
  void should_never_reuse_a_code_when_catalogs_grow() {
    Set<String> seen = new HashSet<>();
    for (FindingType type : allTypes()) {
      then(seen.add(type.code())).as("code %s is used twice", type.code()).isTrue();
      then(type.code()).matches("(DOC|QST|RSP|SCO|ANA|TST|PAN|EDI|SJS)-\\d{4}");
    }
  }

  /** The message bundles: one per catalog, and the scoring module's reasons and explanations. */
  static Stream<Arguments> bundles() {
    return Stream.of(
        Arguments.of(DocumentProblem.class, "findings"),
        Arguments.of(QuestionnaireProblem.class, "findings"),
        Arguments.of(ScoringProblem.class, "findings"),
        Arguments.of(AnalysisProblem.class, "findings"),
        Arguments.of(ScenarioProblem.class, "findings"),
        Arguments.of(PanelProblem.class, "findings"),
        Arguments.of(EditionProblem.class, "findings"),
        Arguments.of(SurveyJsProblem.class, "findings"),
        Arguments.of(Reason.class, "messages"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("bundles")
  void should_have_a_german_text_with_the_same_placeholders_when_a_text_exists_in_english(
      Class<?> owner, String name) throws IOException {
    // GIVEN
    Properties english = texts(owner, name + ".properties");

    // WHEN
    Properties german = texts(owner, name + "_de.properties");

    // THEN
    then(german.stringPropertyNames()).as("German texts of %s", owner.getPackageName())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      then(placeholders(german.getProperty(key))).as("placeholders of %s", key)
          .isEqualTo(placeholders(english.getProperty(key)));
    }
  }

  private static Properties texts(Class<?> owner, String file) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = owner.getResourceAsStream(file)) {
      then(in).as("%s beside %s", file, owner.getName()).isNotNull();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        texts.load(reader);
      }
    }
    return texts;
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
