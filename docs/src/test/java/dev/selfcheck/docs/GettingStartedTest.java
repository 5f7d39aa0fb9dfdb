package dev.selfcheck.docs;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

// tag::score-imports[]
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.nio.file.Path;
// end::score-imports[]

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.InvalidDocumentException;
import dev.selfcheck.schema.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code of README.md and docs/getting-started.md. The regions between {@code tag::} and
 * {@code end::} comments are copied verbatim into the Markdown files, and
 * {@link DocumentationSnippetsTest} fails when the two differ.
 */
class GettingStartedTest {

  private static final Path EXAMPLES = Path.of("examples");

  @Test
  void should_load_a_questionnaire_when_following_the_readme() {
    Path file = EXAMPLES.resolve("municipal-mini.yaml");
    // tag::readme[]
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    DecodeResult<Questionnaire> result = codec.readQuestionnaire(file);
    result.findings().forEach(finding -> System.err.println(finding));
    Questionnaire questionnaire = result.orElseThrow();
    System.err.println(questionnaire.title().in("en", questionnaire.defaultLocale()));
    // end::readme[]
    then(questionnaire.id()).isEqualTo("welcoming-municipality-mini");
  }

  @Test
  void should_score_the_sample_response_when_following_the_readme() {
    // GIVEN
    Path questionnaireFile = EXAMPLES.resolve("municipal-mini.yaml");
    Path responseFile = EXAMPLES.resolve("municipal-mini-response.json");
    // WHEN
    Assessment assessment = score(questionnaireFile, responseFile);
    // THEN
    then(assessment.total().displayScore()).contains(new java.math.BigDecimal("42"));
    then(assessment.total().score().orElseThrow().toString()).isEqualTo("127/3");
    then(assessment.dimension("management").flatMap(DimensionResult::displayScore))
        .contains(new java.math.BigDecimal("50"));
    then(assessment.recommendations()).extracting(r -> r.recommendation().id()).isNotEmpty();
  }

  @Test
  void should_refuse_to_score_when_the_response_is_for_another_version(@TempDir Path dir)
      throws IOException {
    // GIVEN the sample response, but for version 0.9.0 of the questionnaire (which is 1.2.0)
    Path responseFile = dir.resolve("old-response.json");
    Files.writeString(responseFile, Files.readString(EXAMPLES.resolve("municipal-mini-response.json"),
        StandardCharsets.UTF_8).replace("\"version\": \"1.2.0\"", "\"version\": \"0.9.0\""),
        StandardCharsets.UTF_8);
    // WHEN
    // THEN the README's code stops with the finding, instead of printing "null not scorable"
    thenThrownBy(() -> score(EXAMPLES.resolve("municipal-mini.yaml"), responseFile))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining("RSP-0002")
        .hasMessageContaining("the response is for version 0.9.0 of questionnaire 'welcoming-municipality-mini'");
  }

  /** The scoring code of README.md and getting-started.md, as a host would write it. */
  private static Assessment score(Path questionnaireFile, Path responseFile) {
    // tag::score[]
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    Questionnaire questionnaire = codec.readQuestionnaire(questionnaireFile).orElseThrow();
    // read against the questionnaire: another questionnaire, version or answer kind is an error
    Response response = codec.readResponse(responseFile, questionnaire).orElseThrow();
    Scorer scorer = ScoringEngine.create().compile(questionnaire);  // once; thread-safe
    Assessment assessment = scorer.score(response);
    for (DimensionResult field : assessment.dimensions()) {
      System.err.println(field.id() + ": " + field.displayScore().map(String::valueOf).orElse("-") + " "
          + field.band().map(band -> band.id()).orElse("not scorable"));
    }
    assessment.recommendations().forEach(r -> System.err.println(r.recommendation().id()));
    // end::score[]
    return assessment;
  }

  @Test
  void should_report_findings_with_pointers_when_a_document_is_broken() {
    // GIVEN
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    // tag::findings[]
    String yaml = String.join("\n",
        "$schema: https://selfcheck.dev/schemas/1.0/questionnaire.schema.json",
        "formatVersion: '1.0'",
        "id: broken",
        "version: 1.0.0",
        "defaultLocale: en",
        "title: {en: Broken}",
        "dimensions:",
        "  - id: strategy",
        "    label: {en: Strategy}",
        "    questions:",
        "      - id: q1",
        "        type: ordinalScale",
        "        scale: agreement",
        "        text: {en: There is a strategy.}");
    DecodeResult<Questionnaire> result = codec.readQuestionnaire(yaml, DocumentFormat.YAML);
    for (Finding finding : result.findings()) {
      // ERROR QST-0010 at '/dimensions/0/questions/0/scale' (line 13, column 16):
      //   scale 'agreement' is not defined (defined scales: )
      System.err.println(finding);
    }
    // end::findings[]
    // THEN
    then(result.isValid()).isFalse();
    then(result.findings()).singleElement().satisfies(f -> {
      then(f.code()).isEqualTo("QST-0010");
      then(f.pointer()).isEqualTo("/dimensions/0/questions/0/scale");
      then(f.line()).hasValue(13);
      then(f.column()).hasValue(16);
    });
  }

  @Test
  void should_check_a_response_against_its_questionnaire_when_reading_it() {
    // GIVEN
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    Questionnaire questionnaire = codec.readQuestionnaire(EXAMPLES.resolve("municipal-mini.yaml")).orElseThrow();
    // WHEN
    // tag::response[]
    DecodeResult<Response> response = codec.readResponse(
        "{\"$schema\": \"https://selfcheck.dev/schemas/1.0/response.schema.json\","
            + " \"formatVersion\": \"1.0\","
            + " \"questionnaire\": {\"id\": \"welcoming-municipality-mini\", \"version\": \"0.9.0\"},"
            + " \"answers\": {}}",
        DocumentFormat.JSON, questionnaire);
    // ERROR RSP-0002 at '/questionnaire/version' (line 1, column 161): the response is for version
    //   0.9.0 of questionnaire 'welcoming-municipality-mini', but this questionnaire is version 1.2.0
    response.errors().forEach(System.err::println);
    // end::response[]
    // THEN
    then(response.errors()).singleElement().satisfies(f -> {
      then(f.code()).isEqualTo("RSP-0002");
      then(f.toString()).isEqualTo("ERROR RSP-0002 at '/questionnaire/version' (line 1, column 161):"
          + " the response is for version 0.9.0 of questionnaire 'welcoming-municipality-mini',"
          + " but this questionnaire is version 1.2.0");
    });
  }

  @Test
  void should_build_and_write_a_questionnaire_when_built_in_code() {
    // tag::build[]
    Questionnaire questionnaire = Questionnaire.builder()
        .id("mini")
        .version(SemanticVersion.parse("1.0.0"))
        .defaultLocale("en")
        .title(LocalizedText.of("en", "Mini check"))
        .addDimension(Dimension.builder()
            .id("strategy")
            .label(LocalizedText.of("en", "Strategy"))
            .addQuestion(Question.builder()
                .id("has-strategy")
                .type(QuestionType.YES_NO)
                .text(LocalizedText.of("en", "Is there a council-approved integration strategy?"))
                .build())
            .build())
        .build();
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    List<Finding> findings = codec.validate(questionnaire);      // empty: all is well
    String json = codec.writeQuestionnaire(questionnaire);       // canonical JSON
    Response response = Response.builder()
        .questionnaireId("mini")
        .questionnaireVersion(questionnaire.version())
        .putAnswer("has-strategy", Answer.of(AnswerValue.bool(true)))
        .build();
    List<Finding> responseFindings = questionnaire.validate(response);  // empty
    // end::build[]
    then(findings).isEmpty();
    then(responseFindings).isEmpty();
    then(codec.readQuestionnaire(json, DocumentFormat.JSON).value()).contains(questionnaire);
  }

  @Test
  void should_refuse_large_documents_when_limits_are_tightened() {
    // tag::limits[]
    QuestionnaireCodec strict = QuestionnaireCodec.withLimits(Limits.builder()
        .maxDocumentBytes(64 * 1024)
        .maxNestingDepth(32)
        .build());
    // end::limits[]
    DecodeResult<Questionnaire> result = strict.readQuestionnaire("[".repeat(100), DocumentFormat.JSON);
    then(result.errors()).singleElement().satisfies(f -> then(f.code()).isEqualTo("DOC-0003"));
  }
}
