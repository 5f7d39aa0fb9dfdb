package dev.selfcheck.scoring;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Finding;
import dev.selfcheck.scoring.internal.CompiledQuestionnaire;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The improvements read from the evaluation against the oracle that rescores the response per
 * candidate answer ({@link RescoringImprovements}), on generated questionnaires that use every
 * feature of the format (every question type, aggregation, missing policy, normalisation, rescale,
 * clamp, minimum answered share, bands), with and without visibility conditions: the best changes,
 * the next band and the plan to it are the same, gain for gain.
 */
class ImprovementPropertyTest {

  @Provide
  Arbitrary<AnswerSheetPropertyTest.Case> withConditions() {
    return cases(true);
  }

  @Provide
  Arbitrary<AnswerSheetPropertyTest.Case> withoutConditions() {
    return cases(false);
  }

  private static Arbitrary<AnswerSheetPropertyTest.Case> cases(boolean conditions) {
    return Arbitraries.randomValue(random -> new AnswerSheetPropertyTest.Generator(random, conditions).generate())
        .filter(c -> c.questionnaire().validate().stream().noneMatch(Finding::isError));
  }

  @Property(tries = 400)
  void should_find_what_rescoring_finds_when_no_question_has_a_condition(
      @ForAll("withoutConditions") AnswerSheetPropertyTest.Case c) {
    thenSameAsRescoring(c);
  }

  @Property(tries = 400)
  void should_find_what_rescoring_finds_when_questions_have_conditions(
      @ForAll("withConditions") AnswerSheetPropertyTest.Case c) {
    thenSameAsRescoring(c);
  }

  private static void thenSameAsRescoring(AnswerSheetPropertyTest.Case c) {
    // GIVEN
    Scorer scorer = ScoringEngine.create().compile(c.questionnaire());
    CompiledQuestionnaire compiled = new CompiledQuestionnaire(c.questionnaire(), 2);
    RescoringImprovements oracle = new RescoringImprovements(compiled);
    // WHEN
    List<ImprovementPotential> found = scorer.improvements(c.response());
    ImprovementPotential total = scorer.improvements(c.response(), DimensionResult.TOTAL);
    // THEN
    List<ImprovementPotential> expected = new ArrayList<>();
    for (String id : compiled.dimensionIds()) {
      expected.add(oracle.find(c.response(), id));
    }
    then(found).isEqualTo(expected);
    then(total).isEqualTo(expected.get(expected.size() - 1));
    Statistics.label("changes").collect(found.stream().mapToInt(p -> p.bestChanges().size()).sum() > 0);
    Statistics.label("plan reached").collect(found.stream().anyMatch(ImprovementPotential::nextBandReachable));
  }
}
