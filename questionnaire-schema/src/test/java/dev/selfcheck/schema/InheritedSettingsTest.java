package dev.selfcheck.schema;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.QuestionnaireProblem;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.ScoringEngine;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Findings about inherited scoring settings: a setting is complete when what it needs is in effect
 * (written or inherited), and a conflict a level only inherits is reported once, where it is
 * written, naming the node it affects.
 */
@Tag("issue-16")
class InheritedSettingsTest {

  private static final Path DIR = Path.of("src", "test", "resources", "inherited");
  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();

  @Test
  void should_accept_and_use_a_threshold_and_missing_score_when_they_are_written_on_the_questionnaire() {
    // GIVEN shareMeeting and countAs on the dimension, their threshold 50 and missingScore 0 above
    DecodeResult<Questionnaire> read = CODEC.readQuestionnaire(DIR.resolve("settings-written-above.yaml"));
    then(read.findings()).isEmpty();
    Questionnaire questionnaire = read.orElseThrow();
    Response response = CODEC.readResponse(DIR.resolve("settings-written-above-response.json"), questionnaire)
        .orElseThrow();

    // WHEN c1 and c2 yes, c3 no, c4 not answered
    Assessment assessment = ScoringEngine.create().compile(questionnaire).score(response);

    // THEN two of four criteria meet 50 (the missing c4 counts as 0, not left out)
    then(assessment.dimension("criteria").orElseThrow().score()).hasValue(Rational.of(1, 2));
  }

  @Test
  void should_report_an_inherited_conflict_once_where_it_is_written_when_a_sub_dimension_writes_nothing() {
    // WHEN normalize is written on the questionnaire, minimum on "worst", nothing on its part
    DecodeResult<Questionnaire> read = CODEC.readQuestionnaire(DIR.resolve("normalize-written-above.yaml"));

    // THEN one finding, at the member that exists in the document and makes the conflict, naming
    // the dimension it affects (its sub-dimension "part" only inherits it)
    then(read.findings()).singleElement().satisfies(f -> {
      then(f.is(QuestionnaireProblem.NORMALIZE_NOT_APPLICABLE)).isTrue();
      then(f.pointer()).isEqualTo("/dimensions/0/scoring/aggregation");
      then(f.line()).hasValue(13);
      then(f.message()).isEqualTo("normalize applies to weightedMean and weightedSum, but 'worst' aggregates by"
          + " minimum");
      then(f.message(Locale.GERMAN)).isEqualTo("normalize gilt für weightedMean und weightedSum, „worst“ fasst"
          + " aber mit minimum zusammen");
    });
    then(read.findings()).extracting(Finding::pointer).doesNotContain("/dimensions/0/dimensions/0/scoring");
  }
}
