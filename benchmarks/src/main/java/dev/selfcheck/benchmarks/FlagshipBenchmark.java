package dev.selfcheck.benchmarks;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.AnswerSheet;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.ScoringEngine;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.SheetScores;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * JMH benchmarks of the flagship questionnaire: loading it warm (its YAML document through
 * {@code QuestionnaireCodec.readQuestionnaire}: parsing, JSON Schema, field constraints and
 * {@code Questionnaire.validate()}), and scoring its sample responses (visibility conditions,
 * yes/no and number questions) through the one evaluator: {@code flagshipScore} and
 * {@code flagshipScoreExplained} are {@code Scorer.score(Response)} with explanations off and on,
 * {@code flagshipSheet} scores answer sheets filled beforehand. One operation is one response,
 * the samples taken in turn; setup checks that the sheets give the responses' results.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FlagshipBenchmark {

  private QuestionnaireCodec codec;
  private byte[] document;
  private Scorer plain;
  private Scorer explaining;
  private Response[] responses;
  private AnswerSheet[] sheets;
  private SheetScores scores;
  private int next;

  /** Reads the document once and checks that it loads. */
  @Setup(Level.Trial)
  public void setup() {
    codec = QuestionnaireCodec.create();
    document = Flagship.questionnaireDocument().getBytes(StandardCharsets.UTF_8);
    DecodeResult<Questionnaire> r = codec.readQuestionnaire(document, DocumentFormat.YAML);
    if (!r.isValid()) {
      throw new IllegalStateException("the flagship questionnaire does not load: " + r.errors());
    }
    Questionnaire questionnaire = Flagship.questionnaire();
    plain = ScoringEngine.builder().explanations(false).build().compile(questionnaire);
    explaining = ScoringEngine.builder().explanations(true).build().compile(questionnaire);
    responses = Flagship.sampleResponses().toArray(Response[]::new);
    sheets = new AnswerSheet[responses.length];
    scores = plain.newSheetScores();
    for (int i = 0; i < responses.length; i++) {
      sheets[i] = fill(plain.newAnswerSheet(), responses[i]);
      plain.score(sheets[i], scores);
      Assessment a = plain.score(responses[i]);
      List<DimensionResult> all = new ArrayList<>(a.dimensions());
      all.add(a.total());
      for (int d = 0; d < all.size(); d++) {
        if (!scores.score(d).equals(all.get(d).score()) || !scores.band(d).equals(all.get(d).band())) {
          throw new IllegalStateException("the sheet of sample " + i + " scores differently");
        }
      }
      if (!scores.recommendations().equals(
          a.recommendations().stream().map(FiredRecommendation::recommendation).toList())) {
        throw new IllegalStateException("the sheet of sample " + i + " fires other rules");
      }
    }
  }

  private static AnswerSheet fill(AnswerSheet sheet, Response response) {
    for (Map.Entry<String, Answer> e : response.answers().entrySet()) {
      Answer a = e.getValue();
      if (a.state() == AnswerState.ANSWERED) {
        sheet.answer(e.getKey(), a.value().orElseThrow());
      } else {
        sheet.state(e.getKey(), a.state());
      }
    }
    return sheet;
  }

  private int next() {
    int i = next;
    next = i + 1 == responses.length ? 0 : i + 1;
    return i;
  }

  /** @return the assessment of the next sample response, explanations off */
  @Benchmark
  public Assessment flagshipScore() {
    return plain.score(responses[next()]);
  }

  /** @return the assessment of the next sample response, with contributions and reasons */
  @Benchmark
  public Assessment flagshipScoreExplained() {
    return explaining.score(responses[next()]);
  }

  /** @return the results of the next sample's answer sheet, filled beforehand */
  @Benchmark
  public SheetScores flagshipSheet() {
    return plain.score(sheets[next()], scores);
  }

  /** @return the loaded and validated questionnaire */
  @Benchmark
  public DecodeResult<Questionnaire> loadAndValidate() {
    return codec.readQuestionnaire(document, DocumentFormat.YAML);
  }
}
