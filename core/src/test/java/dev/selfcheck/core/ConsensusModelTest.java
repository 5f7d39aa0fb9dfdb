package dev.selfcheck.core;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The consensus record's parts as values: an answer is reached by a rule or by an override with a
 * rationale, never both or neither; the panel combination rules by name and by question type.
 */
class ConsensusModelTest {

  @Test
  void should_reach_an_answer_by_a_rule_or_by_an_override_with_its_rationale() {
    // WHEN
    Consensus.Reached byRule = Consensus.Reached.byRule(Combination.MEDIAN);
    Consensus.Reached byOverride = Consensus.Reached.byOverride("the workshop agreed on 'most'");
    // THEN
    then(byRule.rule()).contains(Combination.MEDIAN);
    then(byRule.rationale()).isEmpty();
    then(byRule.overridden()).isFalse();
    then(byOverride.rule()).isEmpty();
    then(byOverride.rationale()).contains("the workshop agreed on 'most'");
    then(byOverride.overridden()).isTrue();
  }

  @Test
  void should_refuse_both_a_rule_and_a_rationale_neither_or_a_blank_rationale() {
    thenThrownBy(() -> new Consensus.Reached(Optional.of(Combination.MEAN), Optional.of("why")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("either by a rule or by an override");
    thenThrownBy(() -> new Consensus.Reached(Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("either by a rule or by an override");
    thenThrownBy(() -> Consensus.Reached.byOverride("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an override needs a rationale, but the rationale is blank");
  }

  @Test
  void should_find_each_combination_rule_by_its_json_name_and_default_by_question_type() {
    for (Combination c : Combination.values()) {
      then(Combination.fromJsonName(c.jsonName())).contains(c);
    }
    then(Combination.fromJsonName("average")).isEmpty();
    then(Combination.fromJsonName("sum")).contains(Combination.SUM);
    then(Combination.defaultFor(QuestionType.YES_NO)).isEqualTo(Combination.MAJORITY);
    then(Combination.defaultFor(QuestionType.MULTIPLE_CHOICE)).isEqualTo(Combination.UNION);
    then(Combination.defaultFor(QuestionType.ORDINAL_SCALE)).isEqualTo(Combination.MEDIAN);
    then(Combination.defaultFor(QuestionType.NUMBER)).isEqualTo(Combination.MEDIAN);
  }

  @Test
  void should_build_a_consensus_record_with_its_builder() {
    then(Consensus.builder()).isNotNull().isInstanceOf(Consensus.Builder.class);
  }
}
