package dev.selfcheck.schema;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.Contribution;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.ScoringEngine;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/*
 * The contract of reading assessments, for all generated valid questionnaires and responses,
 * scored with and without explanations and with any default of display decimals: what
 * Assessment.toJson() writes reads back, against the questionnaire, without findings into an equal
 * assessment whose JSON is the same text. Statistics report how often the generated assessments
 * hold the rarer parts (hidden and imputed contributions, bands, recommendations, findings).
 */
class AssessmentRoundTripPropertyTest {

  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();

  /** An assessment together with the questionnaire that scored it. */
  record Scored(Questionnaire questionnaire, Assessment assessment) {}

  @Provide
  Arbitrary<Scored> assessments() {
    return ModelArbitraries.questionnaires().flatMap(q -> Combinators.combine(
            ModelArbitraries.responsesFor(q), Arbitraries.of(true, false), Arbitraries.integers().between(0, 4))
        .as((response, explain, decimals) -> new Scored(q, ScoringEngine.builder()
            .explanations(explain).decimals(decimals).build().compile(q).score(response))));
  }

  @Property(tries = 200)
  void should_read_an_equal_assessment_with_the_same_json_when_a_written_assessment_is_read(
      @ForAll("assessments") Scored scored) {
    // GIVEN
    Assessment assessment = scored.assessment();
    String json = assessment.toJson();
    collectStatistics(assessment);

    // WHEN
    DecodeResult<Assessment> result = CODEC.readAssessment(json, scored.questionnaire());

    // THEN
    then(result.findings()).as("findings reading%n%s", json).isEmpty();
    then(result.value()).hasValue(assessment);
    then(result.orElseThrow().toJson()).isEqualTo(json);
  }

  private static void collectStatistics(Assessment a) {
    Stream<Contribution> contributions = Stream.concat(Stream.of(a.total()), a.dimensions().stream())
        .flatMap(d -> d.contributions().stream());
    boolean[] seen = new boolean[2];
    contributions.forEach(c -> {
      seen[0] |= !c.visible();
      seen[1] |= c.imputed();
    });
    Statistics.label("hidden contribution").collect(seen[0]);
    Statistics.label("imputed contribution").collect(seen[1]);
    Statistics.label("band").collect(a.dimensions().stream().map(DimensionResult::band)
        .anyMatch(java.util.Optional::isPresent) || a.total().band().isPresent());
    Statistics.label("recommendation").collect(!a.recommendations().isEmpty());
    Statistics.label("finding").collect(!a.findings().isEmpty());
  }
}
