package dev.selfcheck.core;

import static dev.selfcheck.core.Fixtures.questionnaire;
import static dev.selfcheck.core.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Inheritance of scoring settings, decided by ScoringSettings.inheritFrom. */
class ScoringSettingsTest {

  @Test
  void should_inherit_all_but_rescale_and_clamp_when_a_dimension_leaves_settings_unset() {
    // GIVEN the questionnaire sums and rescales; d1 normalises and clamps; d2 (in d1) sets nothing
    Questionnaire questionnaire = questionnaire()
        .scoring(ScoringSettings.builder().aggregation(Aggregation.WEIGHTED_SUM)
            .factor(new BigDecimal("2")).decimals(1).build())
        .addDimension(Fixtures.dimension("d1")
            .scoring(ScoringSettings.builder().normalize(true).min(BigDecimal.ONE).build())
            .addDimension(Fixtures.dimension("d2", yesNo("q"))).build())
        .build();

    // WHEN
    ScoringSettings total = questionnaire.scoringOf("total");
    ScoringSettings d1 = questionnaire.scoringOf("d1");
    ScoringSettings d2 = questionnaire.scoringOf("d2");

    // THEN
    then(total.aggregation()).contains(Aggregation.WEIGHTED_SUM);
    then(total.missing()).contains(MissingPolicy.EXCLUDE);
    then(total.normalize()).contains(false);
    then(total.factor()).contains(new BigDecimal("2"));
    then(d1.aggregation()).contains(Aggregation.WEIGHTED_SUM);
    then(d1.normalize()).contains(true);
    then(d1.min()).contains(BigDecimal.ONE);
    then(d1.factor()).isEmpty();
    then(d2.aggregation()).contains(Aggregation.WEIGHTED_SUM);
    then(d2.normalize()).contains(true);
    then(d2.decimals()).contains(1);
    then(d2.min()).isEmpty();
    then(questionnaire.scoringOf("unknown")).isEqualTo(total);
  }
}
