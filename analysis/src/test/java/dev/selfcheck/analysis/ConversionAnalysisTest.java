package dev.selfcheck.analysis;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Band;
import dev.selfcheck.core.Conversion;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.ScoringSettings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The analysis proves ranges through a conversion table: a band no row reaches is found. */
class ConversionAnalysisTest {

  private static Band band(String id, String lower, String upper) {
    return Band.builder().id(id).label(Models.text(id)).lower(new BigDecimal(lower))
        .upper(new BigDecimal(upper)).upperInclusive(true).build();
  }

  @Test
  void should_find_a_band_that_no_row_of_the_conversion_table_reaches() {
    // GIVEN one item scored 0, 50 or 100, converted: below 50 → 30, from 50 → 45, from 100 → 60
    ScoringSettings convert = ScoringSettings.builder().convert(List.of(
        Conversion.of(BigDecimal.ZERO, new BigDecimal("30"), Map.of()),
        Conversion.of(new BigDecimal("50"), new BigDecimal("45"), Map.of()),
        Conversion.of(new BigDecimal("100"), new BigDecimal("60"), Map.of()))).build();
    Questionnaire q = Models.questionnaire("converted")
        .addDimensions(Dimension.builder().id("d").label(Models.text("d"))
            .addQuestions(Models.scaled("q1", null)).scoring(convert).bands(List.of(band("low", "0", "29"), band("high", "30", "100")))
            .build())
        .build();
    // WHEN
    QuestionnaireAnalysis analysis = QuestionnaireAnalysis.of(q);
    // THEN the converted score lies in 30 … 60, so band "low" [0, 29] is never reached
    then(analysis.findings()).anySatisfy(f -> {
      then(f.code()).isEqualTo("ANA-0022");
      then(f.message()).contains("band 'low'");
    });
    then(analysis.findings()).noneSatisfy(f -> then(f.message()).contains("band 'high'"));
  }
}
