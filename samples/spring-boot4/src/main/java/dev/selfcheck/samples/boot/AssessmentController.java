package dev.selfcheck.samples.boot;

import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scores a response to the bundled municipal self-check. Spring's own mapper reads the
 * {@link Response} and writes the {@link Assessment}, through selfcheck's Jackson module.
 */
@RestController
public class AssessmentController {

  private final Scorer scorer = ScoringEngine.create().compile(Flagship.questionnaire());

  /**
   * Scores a response.
   *
   * @param response the response, as its JSON document
   * @return the assessment, as its canonical JSON
   */
  @PostMapping("/assessments")
  public Assessment score(@RequestBody Response response) {
    return scorer.score(response);
  }

  /**
   * The band of an assessment's total.
   *
   * @param assessment an assessment of the flagship, as its canonical JSON
   * @return the id of the total's band
   */
  @PostMapping("/assessments/band")
  public String band(@RequestBody Assessment assessment) {
    return assessment.total().band().map(band -> band.id()).orElse("none");
  }
}
