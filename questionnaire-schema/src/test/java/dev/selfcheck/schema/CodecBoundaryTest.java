package dev.selfcheck.schema;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.tuple;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.core.SemanticVersion;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the codec does where documents cannot be read, and with values built in code. */
class CodecBoundaryTest {

  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();

  /** A stream that fails after its first bytes, like a broken connection. */
  private static final class BrokenStream extends InputStream {
    private int left = 3;

    @Override
    public int read() throws IOException {
      if (left-- > 0) {
        return '{';
      }
      throw new IOException("connection reset");
    }
  }

  private static Questionnaire questionnaire(String questionId) {
    LocalizedText text = LocalizedText.of("en", "text");
    return Questionnaire.builder().id("check").version(SemanticVersion.parse("1.0.0")).defaultLocale("en")
        .title(text)
        .addDimension(Dimension.builder().id("d1").label(text)
            .addQuestion(Question.builder().id(questionId).type(QuestionType.YES_NO).text(text).build())
            .build())
        .build();
  }

  @Test
  void should_report_unreadable_naming_the_file_when_file_does_not_exist() {
    // GIVEN
    Path missing = Path.of("target", "no-such-questionnaire.yaml");

    // WHEN
    DecodeResult<Questionnaire> result = CODEC.readQuestionnaire(missing);

    // THEN
    then(result.isValid()).isFalse();
    then(result.errors()).singleElement().satisfies(f -> {
      then(f.is(DocumentProblem.UNREADABLE)).isTrue();
      then(f.pointer()).isEmpty();
      then(f.message()).startsWith("the document could not be read: " + missing + ": ")
          .contains("NoSuchFileException");
    });
  }

  @Test
  void should_report_unreadable_with_the_cause_when_stream_fails() {
    // GIVEN
    InputStream broken = new BrokenStream();

    // WHEN
    DecodeResult<Response> result = CODEC.readResponse(broken, DocumentFormat.JSON);

    // THEN
    then(result.errors()).singleElement().satisfies(f -> {
      then(f.is(DocumentProblem.UNREADABLE)).isTrue();
      then(f.message()).isEqualTo("the document could not be read: java.io.IOException: connection reset");
    });
  }

  @Test
  @Tag("issue-16")
  void should_say_which_characters_an_id_allows_when_a_questionnaire_built_in_code_has_a_bad_id() {
    // GIVEN a question id that is not an id
    Questionnaire questionnaire = questionnaire("2nd question");

    // WHEN
    List<Finding> findings = CODEC.validate(questionnaire);

    // THEN the finding a document with this id gets, in words, never the regular expression
    then(findings).singleElement().satisfies(f -> {
      then(f.is(DocumentProblem.INVALID_FORMAT)).isTrue();
      then(f.pointer()).isEqualTo("/dimensions/0/questions/0/id");
      then(f.message()).isEqualTo("'2nd question' does not have the form of an id (a letter, then up to 127"
          + " letters, digits, '_', '.', ':' or '-')");
      then(f.message(Locale.GERMAN)).isEqualTo("'2nd question' hat nicht die verlangte Form; erwartet ist eine"
          + " Kennung (ein Buchstabe, dann bis zu 127 Buchstaben, Ziffern, „_“, „.“, „:“ oder „-“)");
    });
  }

  @Test
  @Tag("issue-16")
  void should_describe_option_values_and_language_tags_in_words_when_built_in_code() {
    // GIVEN an option value with a space and a default locale that is no language tag
    LocalizedText text = LocalizedText.of("en", "text");
    Questionnaire questionnaire = Questionnaire.builder().id("check").version(SemanticVersion.parse("1.0.0"))
        .defaultLocale("English").title(text)
        .addDimension(Dimension.builder().id("d1").label(text)
            .addQuestion(Question.builder().id("q1").type(QuestionType.SINGLE_CHOICE).text(text)
                .addOptions(AnswerOption.builder().value("a b").label(text).build()).build())
            .build())
        .build();

    // WHEN
    List<Finding> findings = CODEC.validate(questionnaire);

    // THEN
    then(findings).filteredOn(f -> f.is(DocumentProblem.INVALID_FORMAT))
        .extracting(Finding::pointer, Finding::message).containsExactlyInAnyOrder(
            tuple("/defaultLocale", "'English' does not have the form of a language tag (such as de or en-GB)"),
            tuple("/dimensions/0/questions/0/options/0/value",
                "'a b' does not have the form of an option value (1 to 128 letters, digits, '_', '.' or '-')"));
  }

  @Test
  @Tag("issue-12")
  void should_state_a_constraint_violation_in_german_when_the_reader_is_german() {
    // GIVEN a share above 1
    Questionnaire questionnaire = Questionnaire.builder().from(questionnaire("q1"))
        .scoring(ScoringSettings.builder().minAnsweredShare(new BigDecimal("2")).build())
        .build();

    // WHEN
    Finding f = CODEC.validate(questionnaire).get(0);

    // THEN the bound in words in each language (never an unevaluated template), and the value
    then(f.is(DocumentProblem.CONSTRAINT_VIOLATION)).isTrue();
    then(f.pointer()).isEqualTo("/scoring/minAnsweredShare");
    then(f.message(Locale.GERMAN)).endsWith("muss höchstens 1 sein (Wert: 2)").doesNotContain("$", "must");
    then(f.message()).endsWith("must be at most 1 (value: 2)").doesNotContain("$");
  }

  @Test
  void should_escape_map_keys_and_flatten_names_when_response_built_in_code_is_invalid() {
    // GIVEN an empty evidence text in the answer to "a/b~c", and a questionnaire id that is not the one answered
    Response response = Response.builder().questionnaireId("other").questionnaireVersion(SemanticVersion.parse("1.0.0"))
        .putAnswer("a/b~c", Answer.builder().value(AnswerValue.bool(true)).addEvidence("").build())
        .build();

    // WHEN
    List<Finding> findings = CODEC.validate(response, questionnaire("q1"));

    // THEN the constraint first, then the check against the questionnaire
    then(findings).extracting(Finding::code, Finding::pointer).containsExactly(
        tuple(DocumentProblem.CONSTRAINT_VIOLATION.code(), "/answers/a~1b~0c/evidence/0"),
        tuple("RSP-0001", "/questionnaire/id"));
  }

  @Test
  void should_report_nothing_when_values_built_in_code_are_valid() {
    // GIVEN
    Questionnaire questionnaire = questionnaire("q1");
    Response response = Response.builder().questionnaireId("check").questionnaireVersion(SemanticVersion.parse("1.0.0"))
        .putAnswer("q1", Answer.of(AnswerValue.bool(true))).build();

    // WHEN
    List<Finding> questionnaireFindings = CODEC.validate(questionnaire);
    List<Finding> responseFindings = CODEC.validate(response, questionnaire);

    // THEN
    then(questionnaireFindings).isEmpty();
    then(responseFindings).isEmpty();
  }
}
