package dev.selfcheck.flagship;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regression fixture: the scores, bands and recommendations of every sample response, pinned in
 * {@code sample-response-<department>.expected.json} next to this class's resources. The fixtures
 * were computed once by the engine; two fields of the integration office are recomputed by hand
 * below. A change of content that moves a result must update the fixture on purpose.
 */
class FlagshipScoresTest {

  private static final Scorer SCORER = ScoringEngine.create().compile(Flagship.questionnaire());

  static Stream<Integer> samples() {
    return IntStream.range(0, Flagship.SAMPLE_RESPONSE_RESOURCES.size()).boxed();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void should_reproduce_the_pinned_results_when_a_sample_is_scored(int index) {
    // GIVEN
    String resource = Flagship.SAMPLE_RESPONSE_RESOURCES.get(index);
    JsonNode expected = expected(resource);
    Response response = Flagship.sampleResponses().get(index);
    // WHEN
    Assessment assessment = SCORER.score(response);
    // THEN
    then(expected.get("response").asString()).isEqualTo(resource);
    thenMatches(assessment.total(), expected.get("total"));
    List<String> fields = new ArrayList<>();
    expected.get("fields").propertyNames().forEach(fields::add);
    then(fields).containsExactly("management", "opening", "access", "work", "participation",
        "cohesion", "communication");
    for (String field : fields) {
      thenMatches(assessment.dimension(field).orElseThrow(), expected.get("fields").get(field));
    }
    List<String> recommendations = new ArrayList<>();
    expected.get("recommendations").forEach(r -> recommendations.add(r.asString()));
    then(assessment.recommendations()).extracting(r -> r.recommendation().id())
        .containsExactlyElementsOf(recommendations);
  }

  /*
   * Hand computation, integration office (items: "0".."4" = 0, 25, 50, 75, 100; yes = 100, no = 0;
   * weight 2 where marked; "don't know", "not applicable" and unanswered are left out).
   *
   * management
   *   strategy    strategyExists yes 100 (w2), strategyGoals "2" 50, strategyUpdated "1" 25,
   *               missionStatement "3" 75 (w2), leadershipStance "3" 75
   *               = (200 + 50 + 25 + 150 + 75) / 7 = 500/7
   *   structures  responsibility "3" 75 (w2), budget "2" 50 (w2), coordinationStaff 2.5 → step from 2 = 75,
   *               crossDepartment "2" 50, diversityCheck "2" 50 (w2)
   *               = (150 + 100 + 75 + 50 + 100) / 8 = 475/8
   *   monitoring  dataBasis "2" 50, councilReport yes 100 (w2), evaluation don't know (left out),
   *               feedbackUse "3" 75 = (50 + 200 + 75) / 4 = 325/4
   *   field       = (500/7 + 475/8 + 325/4) / 3 = (4000 + 3325 + 4550) / 56 / 3 = 11875/168 ≈ 70.68 → 71, advanced
   *
   * cohesion
   *   places      meetingPlaces "3" 75, placesFunding yes 100 (w2), neighbourhoodWork "4" 100,
   *               publicSpaces "3" 75 = (75 + 200 + 100 + 75) / 5 = 90
   *   encounters  festivals "4" 100, eventsPerYear 18 → beyond the last point (12) = 100, sport "3" 75,
   *               culture "2" 50, mentoring "4" 100 = 425 / 5 = 85
   *   belonging   welcome "3" 75, naturalisation "4" 100, interfaith only a comment (not answered,
   *               left out), localHistory "1" 25, survey no 0 = 200 / 4 = 50
   *   field       = (90 + 85 + 50) / 3 = 75 exactly → 75, exemplary (the band includes its lower end)
   */
  @Test
  void should_match_the_hand_computation_when_the_integration_office_is_scored() {
    // GIVEN
    Response sample = Flagship.sampleResponse();
    // WHEN
    Assessment assessment = SCORER.score(sample);
    DimensionResult management = assessment.dimension("management").orElseThrow();
    DimensionResult cohesion = assessment.dimension("cohesion").orElseThrow();
    // THEN
    then(assessment.dimension("management.strategy").orElseThrow().score().orElseThrow()).hasToString("500/7");
    then(assessment.dimension("management.structures").orElseThrow().score().orElseThrow()).hasToString("59.375");
    then(assessment.dimension("management.monitoring").orElseThrow().score().orElseThrow()).hasToString("81.25");
    then(management.score().orElseThrow()).hasToString("11875/168");
    then(management.displayScore().orElseThrow()).isEqualByComparingTo("71");
    then(management.band().orElseThrow().id()).isEqualTo("advanced");
    then(assessment.dimension("cohesion.places").orElseThrow().score().orElseThrow()).hasToString("90");
    then(assessment.dimension("cohesion.encounters").orElseThrow().score().orElseThrow()).hasToString("85");
    then(assessment.dimension("cohesion.belonging").orElseThrow().score().orElseThrow()).hasToString("50");
    then(cohesion.score().orElseThrow()).hasToString("75");
    then(cohesion.band().orElseThrow().id()).isEqualTo("exemplary");
  }

  @Test
  void should_fire_a_recommendation_of_every_kind_when_the_integration_office_is_scored() {
    // GIVEN
    Assessment assessment = SCORER.score(Flagship.sampleResponse());
    // WHEN
    List<String> tags = assessment.recommendations().stream()
        .map(FiredRecommendation::recommendation).flatMap(r -> r.tags().stream()).distinct().toList();
    // THEN
    then(tags).containsExactlyInAnyOrder("workshop", "decision-makers", "resident-dialogue", "knowledge-article");
  }

  private static void thenMatches(DimensionResult actual, JsonNode expected) {
    then(actual.score().orElseThrow()).as(actual.id()).hasToString(expected.get("score").asString());
    then(actual.displayScore().orElseThrow().toPlainString()).as(actual.id())
        .isEqualTo(expected.get("display").asString());
    then(actual.band().orElseThrow().id()).as(actual.id()).isEqualTo(expected.get("band").asString());
  }

  private static JsonNode expected(String resource) {
    String fixture = resource.replace(".json", ".expected.json");
    try (InputStream in = FlagshipScoresTest.class.getResourceAsStream(fixture)) {
      then(in).as("fixture %s", fixture).isNotNull();
      return JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
