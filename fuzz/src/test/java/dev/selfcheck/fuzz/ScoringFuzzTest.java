package dev.selfcheck.fuzz;

import static org.assertj.core.api.BDDAssertions.then;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.ScoringEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target for scoring: arbitrary valid questionnaires, built with the public builders, with
 * arbitrary valid responses. Inputs the builders or {@code validate()} reject are skipped.
 *
 * <p>Invariants: every score lies within its node's minimum and maximum, the band contains the
 * exact score, completion and answered share lie within 0 and 1, and {@code toJson()} is the same
 * for a second, separate engine and reads back with {@code readAssessment} to an equal assessment.
 */
class ScoringFuzzTest {

  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();

  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void validQuestionnaireAndResponse(FuzzedDataProvider data) {
    Optional<Questionnaire> built = FuzzedModels.questionnaire(data);
    if (built.isEmpty() || hasErrors(CODEC.validate(built.get()))) {
      return;
    }
    Questionnaire questionnaire = built.get();
    Optional<Response> answered = FuzzedModels.response(data, questionnaire);
    if (answered.isEmpty() || hasErrors(CODEC.validate(answered.get(), questionnaire))) {
      return;
    }
    Response response = answered.get();

    Assessment assessment = ScoringEngine.create().compile(questionnaire).score(response);

    List<DimensionResult> nodes = new ArrayList<>(assessment.dimensions());
    nodes.add(assessment.total());
    nodes.forEach(ScoringFuzzTest::checkNode);
    String json = assessment.toJson();
    then(ScoringEngine.create().compile(questionnaire).score(response).toJson())
        .as("JSON of a second engine").isEqualTo(json);
    DecodeResult<Assessment> read = CODEC.readAssessment(json, questionnaire);
    then(read.errors()).as("findings reading back %s", json).isEmpty();
    then(read.orElseThrow()).isEqualTo(assessment);
    then(read.orElseThrow().toJson()).isEqualTo(json);
  }

  private static void checkNode(DimensionResult node) {
    then(node.completion()).as("completion of %s", node.id()).isBetween(Rational.ZERO, Rational.ONE);
    then(node.answeredShare()).as("answered share of %s", node.id()).isBetween(Rational.ZERO, Rational.ONE);
    then(node.minScore()).as("min of %s", node.id()).isLessThanOrEqualTo(node.maxScore());
    then(node.displayScore().isPresent()).as("display score of %s", node.id()).isEqualTo(node.scorable());
    if (node.score().isEmpty()) {
      then(node.band()).as("band of unscorable %s", node.id()).isEmpty();
      return;
    }
    Rational score = node.score().get();
    then(score).as("score of %s", node.id()).isBetween(node.minScore(), node.maxScore());
    node.band().ifPresent(band -> then(contains(band, score))
        .as("band %s contains %s of %s", band.id(), score, node.id()).isTrue());
  }

  private static boolean contains(Band band, Rational score) {
    int lo = score.compareTo(band.lower());
    int hi = score.compareTo(band.upper());
    return (lo > 0 || lo == 0 && band.lowerInclusive()) && (hi < 0 || hi == 0 && band.upperInclusive());
  }

  private static boolean hasErrors(List<Finding> findings) {
    return findings.stream().anyMatch(Finding::isError);
  }
}
