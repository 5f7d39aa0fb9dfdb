package dev.selfcheck.core;

import static dev.selfcheck.core.Fixtures.questionnaire;
import static dev.selfcheck.core.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Inheritance of scoring settings, decided by ScoringSettings.inheritFrom. */
class ScoringSettingsTest {

  @Test
  void should_inherit_all_but_rescale_clamp_and_rounding_when_a_dimension_leaves_settings_unset() {
    // GIVEN the questionnaire sums and rescales; d1 normalises and clamps; d2 (in d1) sets nothing
    Questionnaire questionnaire = questionnaire()
        .scoring(ScoringSettings.builder().aggregation(Aggregation.WEIGHTED_SUM)
            .factor(new BigDecimal("2")).round(Rounding.of(Rounding.Rule.HALF_EVEN, 1)).decimals(1)
            .build())
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
    then(total.round()).contains(Rounding.of(Rounding.Rule.HALF_EVEN, 1));
    then(d1.round()).isEmpty();
    then(d2.aggregation()).contains(Aggregation.WEIGHTED_SUM);
    then(d2.normalize()).contains(true);
    then(d2.decimals()).contains(1);
    then(d2.min()).isEmpty();
    then(questionnaire.scoringOf("unknown")).isEqualTo(total);
  }

  @Test
  void should_give_a_question_the_nearest_combination_rule_and_lead_role_when_it_sets_none() {
    // GIVEN the questionnaire combines by the median; d1 names a lead role and combines by it;
    // q2 in d1 sets its own rule, q3 in d2 (in d1) sets nothing
    Question q2 = Question.builder().from(yesNo("q2"))
        .scoring(ItemScoring.builder().combine(Combination.ANY).build()).build();
    Questionnaire questionnaire = questionnaire()
        .scoring(ScoringSettings.builder().combine(Combination.MEDIAN).build())
        .addDimension(Fixtures.dimension("d0", yesNo("q1")))
        .addDimension(Fixtures.dimension("d1").addQuestion(q2)
            .scoring(ScoringSettings.builder().combine(Combination.LEAD_ROLE).leadRole("mayor").build())
            .addDimension(Fixtures.dimension("d2", yesNo("q3"))).build())
        .build();

    // WHEN
    ScoringSettings first = questionnaire.scoringOf(questionnaire.question("q1").orElseThrow());
    ScoringSettings second = questionnaire.scoringOf(q2);
    ScoringSettings third = questionnaire.scoringOf(questionnaire.question("q3").orElseThrow());

    // THEN
    then(first.combine()).contains(Combination.MEDIAN);
    then(first.leadRole()).isEmpty();
    then(second.combine()).contains(Combination.ANY);
    then(second.leadRole()).contains("mayor");
    then(third.combine()).contains(Combination.LEAD_ROLE);
    then(third.leadRole()).contains("mayor");
  }

  @Test
  void should_inherit_the_most_missing_questions_but_never_terms_counts_or_a_conversion_table() {
    // GIVEN the questionnaire allows one missing answer and states a term, a count and a table;
    // d1 allows two, d2 (in d1) sets nothing
    Term term = Term.builder().id("t").when(Condition.answerIs("q", AnswerState.DONT_KNOW))
        .add(BigDecimal.ONE).build();
    ItemCount count = ItemCount.builder().id("c").test(Quantifier.builder().addQuestions("q")
        .atLeast(1).state(AnswerState.ANSWERED).build()).build();
    Conversion row = Conversion.of(BigDecimal.ZERO, BigDecimal.TEN, java.util.Map.of());
    Questionnaire questionnaire = questionnaire()
        .scoring(ScoringSettings.builder().maxMissing(1).addTerm(term).addCount(count)
            .addConvert(row).build())
        .addDimension(Fixtures.dimension("d1")
            .scoring(ScoringSettings.builder().maxMissing(2).build())
            .addDimension(Fixtures.dimension("d2", yesNo("q"))).build())
        .addDimension(Fixtures.dimension("d3", yesNo("r")))
        .build();

    // WHEN
    ScoringSettings total = questionnaire.scoringOf("total");
    ScoringSettings d2 = questionnaire.scoringOf("d2");
    ScoringSettings d3 = questionnaire.scoringOf("d3");

    // THEN
    then(total.maxMissing()).contains(1);
    then(total.terms()).containsExactly(term);
    then(total.counts()).containsExactly(count);
    then(total.convert()).containsExactly(row);
    then(d2.maxMissing()).contains(2);
    then(d3.maxMissing()).contains(1);
    then(d2.terms()).isEmpty();
    then(d3.counts()).isEmpty();
    then(d3.convert()).isEmpty();
    then(ScoringSettings.defaults().maxMissing()).isEmpty();
  }

  @Test
  void should_name_each_rounding_rule_as_the_document_does_and_round_as_its_java_mode() {
    // WHEN / THEN
    then(Rounding.Rule.values()).extracting(Rounding.Rule::jsonName)
        .containsExactly("halfUp", "halfEven", "floor", "ceiling");
    then(Rounding.Rule.values()).extracting(Rounding.Rule::roundingMode).containsExactly(
        java.math.RoundingMode.HALF_UP, java.math.RoundingMode.HALF_EVEN,
        java.math.RoundingMode.FLOOR, java.math.RoundingMode.CEILING);
    for (Rounding.Rule rule : Rounding.Rule.values()) {
      then(Rounding.Rule.fromJsonName(rule.jsonName())).contains(rule);
    }
    then(Rounding.Rule.fromJsonName("halfDown")).isEmpty();
    then(Rounding.of(Rounding.Rule.FLOOR, 2).decimals()).isEqualTo(2);
    then(Rounding.of(Rounding.Rule.FLOOR, 2).rule()).isEqualTo(Rounding.Rule.FLOOR);
  }
}
