package dev.selfcheck.schema;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.selfcheck.core.Band;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.ScoringEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which bands a dimension's score is placed in: its own, the questionnaire's when it states none,
 * and none at all when it is written with {@code "bands": []}.
 */
class DimensionBandsTest {

  private static final Path DIR = Path.of("src", "test", "resources", "bands");
  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();

  private static Questionnaire questionnaire() {
    return CODEC.readQuestionnaire(DIR.resolve("no-bands-on-a-dimension.yaml")).orElseThrow();
  }

  @Test
  void should_place_the_score_in_no_band_when_a_dimension_is_written_with_empty_bands() {
    // GIVEN both questions answered "yes": 100 everywhere
    Questionnaire questionnaire = questionnaire();
    Response response = CODEC.readResponse(DIR.resolve("no-bands-response.json"), questionnaire).orElseThrow();

    // WHEN
    Assessment assessment = ScoringEngine.create().compile(questionnaire).score(response);

    // THEN the banded dimension and the total use the questionnaire's bands, the plain one none
    then(assessment.dimension("banded").orElseThrow().band()).map(Band::id).hasValue("high");
    then(assessment.total().band()).map(Band::id).hasValue("high");
    then(assessment.dimension("plain").orElseThrow().displayScore()).isPresent();
    then(assessment.dimension("plain").orElseThrow().band()).isEmpty();
    then(questionnaire.bandsOf("plain")).isEmpty();
    then(questionnaire.bandsOf("banded")).extracting(Band::id).containsExactly("low", "high");
    then(questionnaire.bandsOf("total")).extracting(Band::id).containsExactly("low", "high");
  }

  @Test
  void should_keep_the_empty_bands_when_the_questionnaire_is_written_back() {
    // GIVEN
    Questionnaire questionnaire = questionnaire();

    // WHEN
    String written = CODEC.writeQuestionnaire(questionnaire);

    // THEN "bands": [] stays on the plain dimension and does not appear on the other
    var tree = JsonMapper.builder().build().readTree(written);
    then(tree.at("/dimensions/1/bands").isArray()).isTrue();
    then(tree.at("/dimensions/1/bands").size()).isZero();
    then(tree.at("/dimensions/0/bands").isMissingNode()).isTrue();
    then(CODEC.readQuestionnaire(written, DocumentFormat.JSON).orElseThrow()).isEqualTo(questionnaire);
  }

  @Test
  void should_refuse_own_bands_set_to_false_when_the_dimension_has_bands() {
    // GIVEN
    Band band = Band.builder().id("b").label(LocalizedText.of("en", "B"))
        .lower(java.math.BigDecimal.ZERO).upper(java.math.BigDecimal.TEN).build();

    // WHEN / THEN
    thenThrownBy(() -> Dimension.builder().id("d").label(LocalizedText.of("en", "D")).addBand(band)
        .ownBands(false).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dimension 'd' lists bands of its own, so ownBands cannot be false");
  }
}
