package dev.selfcheck.testkit;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.scenarios.RuleCoverage;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.ScoringEngine;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Coverage traces every rule condition over the assessment's facts; on generated input a rule's
 * whole condition holds exactly as often as the engine (over its own cells) fired the rule.
 */
class RuleCoveragePropertyTest {

  @Provide
  Arbitrary<Tuple2<Questionnaire, List<Response>>> cases() {
    return SelfcheckArbitraries.questionnaires().flatMap(q ->
        SelfcheckArbitraries.responsesFor(q).list().ofMinSize(1).ofMaxSize(4).map(r -> Tuple.of(q, r)));
  }

  @Property(tries = 300)
  void should_fire_the_rules_the_engine_fires_when_conditions_are_evaluated_part_by_part(
      @ForAll("cases") Tuple2<Questionnaire, List<Response>> c) {
    // GIVEN
    Questionnaire questionnaire = c.get1();
    RuleCoverage.Builder builder = RuleCoverage.builder(questionnaire);
    // WHEN
    for (Response r : c.get2()) {
      Assessment assessment = ScoringEngine.create().compile(questionnaire).score(r);
      builder.add(r, assessment);
    }
    RuleCoverage coverage = builder.build();
    // THEN
    then(coverage.responses()).isEqualTo(c.get2().size());
    then(coverage.rules()).allSatisfy(u -> then(u.fired()).isBetween(0, c.get2().size()));
    then(coverage.conditions()).allSatisfy(u -> then(u.timesTrue() + u.timesFalse()).isEqualTo(c.get2().size()));
    for (int i = 0; i < questionnaire.rules().size(); i++) {
      String root = "/rules/" + i + "/when";
      RuleCoverage.RuleUse rule = coverage.rules().get(i);
      then(coverage.conditions()).filteredOn(u -> u.pointer().equals(root))
          .singleElement().satisfies(u -> then(u.timesTrue()).as(root).isEqualTo(rule.fired()));
    }
  }
}
