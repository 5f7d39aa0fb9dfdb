package dev.selfcheck.analysis;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The example of docs/analysis.md: its questionnaire gives exactly the findings the page shows. */
class AnalysisDocumentationTest {

  private static final Pattern EXAMPLE = Pattern.compile(
      "```yaml\\n(.*?id: lint-example.*?)\\n```.*?```text\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  void should_report_what_the_page_shows_when_the_example_of_the_analysis_page_is_analysed()
      throws IOException {
    // GIVEN
    Matcher m = EXAMPLE.matcher(Files.readString(Path.of("../docs/analysis.md"), StandardCharsets.UTF_8));
    then(m.find()).as("the example and its output on docs/analysis.md").isTrue();
    Questionnaire questionnaire = QuestionnaireCodec.create()
        .readQuestionnaire(m.group(1), DocumentFormat.YAML).orElseThrow();
    // WHEN
    List<String> shown = QuestionnaireAnalysis.of(questionnaire).allFindings().stream()
        .map(Finding::toString).toList();
    // THEN
    then(shown).containsExactlyElementsOf(List.of(m.group(2).split("\n")));
  }
}
