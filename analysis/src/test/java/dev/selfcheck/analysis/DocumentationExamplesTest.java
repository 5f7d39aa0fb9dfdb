package dev.selfcheck.analysis;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every questionnaire under docs/examples is analysed without failing, and its findings are the
 * pinned ones of documentation-examples.expected.json.
 */
class DocumentationExamplesTest {

  private static final Path EXAMPLES = Path.of("../docs/examples");
  private static final JsonNode EXPECTED = FindingsJson.read("documentation-examples.expected.json");

  private static List<Path> questionnaires() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(p -> !p.getFileName().toString().contains("response")).sorted().toList();
    }
  }

  @Test
  void should_pin_every_example_when_the_examples_are_listed() throws IOException {
    // GIVEN
    List<String> names = questionnaires().stream().map(p -> p.getFileName().toString()).toList();
    // WHEN
    List<String> pinned = EXPECTED.propertyNames().stream().toList();
    // THEN
    then(names).isNotEmpty().containsExactlyInAnyOrderElementsOf(pinned);
  }

  @TestFactory
  Stream<DynamicTest> should_report_the_pinned_findings_when_a_documentation_example_is_analysed()
      throws IOException {
    return questionnaires().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      // GIVEN
      Questionnaire questionnaire = QuestionnaireCodec.create().readQuestionnaire(file).orElseThrow();
      // WHEN
      QuestionnaireAnalysis analysis = QuestionnaireAnalysis.of(questionnaire);
      // THEN
      then(FindingsJson.rows(analysis.findings()))
          .containsExactlyElementsOf(FindingsJson.rows(EXPECTED.get(file.getFileName().toString())));
    }));
  }
}
