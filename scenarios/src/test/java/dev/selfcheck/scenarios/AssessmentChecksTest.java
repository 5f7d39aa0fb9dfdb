package dev.selfcheck.scenarios;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.ScoringEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The framework-free checks on the documented assessment of the rules example (docs/rules.md):
 * empty when a check holds, a message that says what is there when it does not. The testkit's
 * AssertJ assertions report these messages; SelfcheckAssertionsTest pins each of them.
 */
class AssessmentChecksTest {

  private static final Path EXAMPLES = Path.of("..", "docs", "examples");
  private static final Assessment ASSESSMENT = assessment();

  private static Assessment assessment() {
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    Questionnaire questionnaire = codec.readQuestionnaire(EXAMPLES.resolve("rules-example.yaml")).orElseThrow();
    return ScoringEngine.create().compile(questionnaire)
        .score(codec.readResponse(EXAMPLES.resolve("rules-example-response.json")).orElseThrow());
  }

  @Test
  void should_find_nothing_wrong_when_the_assessment_is_as_documented() {
    // GIVEN
    DimensionResult management = ASSESSMENT.dimension("management").orElseThrow();
    DimensionResult monitoring = ASSESSMENT.dimension("monitoring").orElseThrow();
    FiredRecommendation dataBasics = ASSESSMENT.recommendations().stream()
        .filter(r -> r.recommendation().id().equals("rec.dataBasics")).findFirst().orElseThrow();
    // WHEN
    List<Optional<String>> failures = List.of(
        AssessmentChecks.hasDimension(ASSESSMENT, "management"),
        AssessmentChecks.hasScore(management, AssessmentChecks.exactNumber("25/3")),
        AssessmentChecks.hasDisplayScore(management, "8.3"),
        AssessmentChecks.hasScoreBetween(management, Rational.of(8), Rational.of(9)),
        AssessmentChecks.isInBand(management, "start"),
        AssessmentChecks.hasCompletion(ASSESSMENT.total(), AssessmentChecks.exactNumber("0.875")),
        AssessmentChecks.isScorable(ASSESSMENT.total()),
        AssessmentChecks.isNotScorableBecause(monitoring, "no question"),
        AssessmentChecks.recommends(ASSESSMENT, "rec.dataBasics"),
        AssessmentChecks.hasReasonContaining(dataBasics, "is not scorable"),
        AssessmentChecks.isFiredBy(dataBasics, "noMonitoring"),
        AssessmentChecks.doesNotRecommend(ASSESSMENT, "rec.audit"),
        AssessmentChecks.recommendsExactly(ASSESSMENT,
            "rec.complaints", "rec.strategyWorkshop", "rec.dataBasics", "rec.residentDialogue"),
        AssessmentChecks.hasFinding(ASSESSMENT, "RSP-0010"));
    // THEN
    then(failures).containsOnly(Optional.empty());
  }

  @Test
  void should_say_what_is_there_when_a_check_fails() {
    // GIVEN
    DimensionResult monitoring = ASSESSMENT.dimension("monitoring").orElseThrow();
    // WHEN
    Optional<String> score = AssessmentChecks.hasScore(monitoring, Rational.of(50));
    Optional<String> band = AssessmentChecks.isInBand(ASSESSMENT.total(), "advanced");
    Optional<String> dimension = AssessmentChecks.hasDimension(ASSESSMENT, "steering");
    Optional<String> nothing = AssessmentChecks.recommendsNothing(ASSESSMENT);
    // THEN
    then(score).hasValueSatisfying(m -> then(m).startsWith(
        "Expected dimension 'monitoring' to have score 50, but it is not scorable:"));
    then(band).hasValueSatisfying(m -> then(m).startsWith(
        "Expected the total to be in band 'advanced', but it is in band 'developing'"));
    then(dimension).contains(
        "Expected the assessment to have a dimension 'steering', but its dimensions are: [management, opening, monitoring]");
    then(nothing).hasValueSatisfying(m -> then(m).startsWith(
        "Expected the assessment to recommend nothing, but it recommends ["));
  }

  @Test
  void should_refuse_the_text_when_it_is_not_an_exact_number() {
    // GIVEN
    // WHEN
    Rational fraction = AssessmentChecks.exactNumber("250/3");
    Throwable failure = catchThrowable(() -> AssessmentChecks.exactNumber("about 30"));
    // THEN
    then(fraction).isEqualTo(Rational.of(250, 3));
    then(failure).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("'about 30' is not an exact number");
  }
}
