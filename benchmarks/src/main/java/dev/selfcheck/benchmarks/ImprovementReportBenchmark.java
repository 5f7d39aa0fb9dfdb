package dev.selfcheck.benchmarks;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.report.Report;
import dev.selfcheck.scoring.ImprovementPotential;
import dev.selfcheck.scoring.ScoringEngine;
import dev.selfcheck.scoring.Scorer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of an HTML report with improvements on a generated 10 000-question questionnaire
 * ({@link LargeQuestionnaire}: 10 fields of 10 areas of 100 questions, visibility gates, bands at
 * the total and the fields): one operation scores the response, finds the improvement potential
 * of every dimension and the total ({@code Scorer.improvements(response)}: the best single changes
 * and the plan to the next band) and renders the HTML report with them. The questionnaire is
 * compiled once in setup, which checks that it is valid and that the report shows a plan.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ImprovementReportBenchmark {

  private Questionnaire questionnaire;
  private Scorer scorer;
  private Response response;

  /** Generates and compiles the questionnaire and the response. */
  @Setup(Level.Trial)
  public void setup() {
    LargeQuestionnaire gen = new LargeQuestionnaire();
    questionnaire = gen.questionnaire(10, 10, 100);
    List<Finding> errors = questionnaire.validate().stream().filter(Finding::isError).toList();
    if (!errors.isEmpty()) {
      throw new IllegalStateException("the generated questionnaire is not valid: " + errors);
    }
    response = gen.response(questionnaire);
    scorer = ScoringEngine.create().compile(questionnaire);
    if (scorer.improvements(response).stream().allMatch(p -> p.planToNextBand().isEmpty())) {
      throw new IllegalStateException("the generated response leaves no plan to show");
    }
  }

  /**
   * Scores, finds the improvements and renders the HTML report.
   *
   * @return the page
   */
  @Benchmark
  public String htmlReportWithImprovements() {
    List<ImprovementPotential> improvements = scorer.improvements(response);
    return Report.builder()
        .questionnaire(questionnaire)
        .assessment(scorer.score(response))
        .response(response)
        .improvements(improvements)
        .build()
        .toHtml();
  }
}
