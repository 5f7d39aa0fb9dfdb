package dev.selfcheck.benchmarks;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.schema.ResponseReader;
import dev.selfcheck.scoring.AnswerSheet;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.BoundResponse;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.ScoringEngine;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.SheetScores;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the wk108 workload through the public API; one operation is one response
 * (or one compilation). The responses are the 1 000 of {@code responses-1k.jsonl}, taken in turn
 * (see {@link #window}).
 *
 * <ul>
 *   <li>{@code compile}: {@code ScoringEngine.create().compile(questionnaire)}, validation included.
 *   <li>{@code scoreExplanationsOff} / {@code scoreExplanationsOn}: {@code Scorer.score} of a
 *       response read bound to the questionnaire ({@code ResponseReader.readBound}: answers by
 *       index, its {@code Response} not built), all 42 rules; compare with the baseline's
 *       {@code scoreAndRules}. The assessment is a view: its parts are built when read.
 *   <li>{@code scoreResponse}: {@code Scorer.score} of a decoded {@code Response} (bound by id
 *       when scored), explanations off.
 *   <li>{@code scoreExplanationsOffRead}: {@code scoreResponse}, then the dimensions' results read
 *       (which builds every result, the recommendations and the findings).
 *   <li>{@code scoreSheet}: {@code Scorer.score(AnswerSheet, SheetScores)} of an answer sheet
 *       filled beforehand (1 000 sheets, one per response), the same numbers, bands and rules;
 *       like for like with {@code scoreAndRules}, whose answers are pre-decoded too.
 *   <li>{@code fillAndScoreSheet}: the same, with the answers ({@code byte[108]}, as the
 *       baseline's) filled into one reused sheet first.
 *   <li>{@code batchLine}: one JSON line of a response document through
 *       {@code QuestionnaireCodec.responseReader(questionnaire).read}, {@code Scorer.score}
 *       (explanations off) and {@code Assessment.toJson()} to the UTF-8 bytes of the output line;
 *       compare with the baseline's {@code decodeScoreAndRules}.
 *   <li>{@code batchLineCompact}: the same line read by {@code ResponseReader.readBound} (the
 *       answers bound straight from the JSON tokens, no {@code Response} built), scored and
 *       written by {@code Assessment.toCompactJson()} (scores, bands, completion, fired ids) from
 *       the evaluation; the target's line.
 *   <li>{@code batchLineFullPipeline}: the same as {@code batchLine} with
 *       {@code QuestionnaireCodec.readResponse(bytes, JSON, questionnaire)}, the full pipeline.
 *   <li>{@code readResponse} and {@code assessmentJson}: the first and the last part of the batch
 *       line alone; {@code readBound}: the first part of the compact line alone.
 * </ul>
 *
 * <p>Setup first checks the scorer against {@code expected-1k.jsonl} and
 * {@code expected-edge.jsonl} and refuses to run on any difference.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {

  private Questionnaire questionnaire;
  private Scorer explaining;
  private Scorer plain;
  private QuestionnaireCodec codec;
  private ResponseReader reader;
  private Response[] responses;
  private BoundResponse[] bound;
  private Assessment[] assessments;
  private byte[][] documents;
  private int next;
  private byte[][] decoded;
  private AnswerSheet[] sheets;
  private Wk108Workload.SheetFiller filler;
  private SheetScores scores;

  /**
   * How many of the 1 000 responses are taken in turn. With all of them (about 20 MB of decoded
   * responses) most answer look-ups miss the CPU caches, as in a batch that decodes and scores
   * different responses; a small window keeps them cached, as when a response is scored right
   * after it was decoded.
   */
  @Param({"1000"})
  public int window;

  /** Loads the workload and checks both scorers against the expected results. */
  @Setup(Level.Trial)
  public void setup() {
    questionnaire = Wk108Workload.questionnaire();
    explaining = ScoringEngine.builder().explanations(true).build().compile(questionnaire);
    plain = ScoringEngine.builder().explanations(false).build().compile(questionnaire);
    Wk108Workload.requireConformance(explaining);
    Wk108Workload.requireConformance(plain);
    codec = QuestionnaireCodec.create();
    reader = codec.responseReader(questionnaire);
    List<String> lines = Wk108Workload.lines("responses-1k.jsonl");
    responses = new Response[lines.size()];
    bound = new BoundResponse[lines.size()];
    assessments = new Assessment[lines.size()];
    documents = new byte[lines.size()][];
    decoded = new byte[lines.size()][];
    sheets = new AnswerSheet[lines.size()];
    filler = new Wk108Workload.SheetFiller(plain);
    scores = plain.newSheetScores();
    for (int i = 0; i < lines.size(); i++) {
      String document = Wk108Workload.responseDocument(lines.get(i));
      documents[i] = document.getBytes(StandardCharsets.UTF_8);
      responses[i] = Wk108Workload.response(document);
      bound[i] = reader.readBound(documents[i]).orElseThrow();
      if (!plain.score(bound[i]).equals(plain.score(responses[i]))
          || !explaining.score(bound[i]).equals(explaining.score(responses[i]))
          || !bound[i].response().equals(responses[i])) {
        throw new IllegalStateException("the bound response differs on line " + (i + 1));
      }
      bound[i] = reader.readBound(documents[i]).orElseThrow(); // its response not built yet
      assessments[i] = plain.score(responses[i]);
      assessments[i].total(); // read once: the JSON benchmark writes results already built
      decoded[i] = Wk108Workload.decode(lines.get(i));
      sheets[i] = new Wk108Workload.SheetFiller(plain).fill(decoded[i]);
      DecodeResult<Response> full = codec.readResponse(documents[i], DocumentFormat.JSON, questionnaire);
      DecodeResult<Response> fast = reader.read(documents[i]);
      if (!full.isValid() || !full.findings().isEmpty() || !fast.value().equals(full.value())
          || !fast.findings().equals(full.findings())) {
        throw new IllegalStateException("the response reader differs from the codec on line " + (i + 1)
            + ": " + fast + " / " + full);
      }
    }
  }

  private int next() {
    int i = next;
    next = i + 1 >= window || i + 1 == responses.length ? 0 : i + 1;
    return i;
  }

  /** @return a scorer of the wk108 questionnaire */
  @Benchmark
  public Scorer compile() {
    return ScoringEngine.create().compile(questionnaire);
  }

  /**
   * @return the assessment of the next response, read bound to the questionnaire (answers by
   *     index), without explanations
   */
  @Benchmark
  public Assessment scoreExplanationsOff() {
    return plain.score(bound[next()]);
  }

  /**
   * @return the assessment of the next response as decoded (bound by id on scoring), without
   *     explanations
   */
  @Benchmark
  public Assessment scoreResponse() {
    return plain.score(responses[next()]);
  }

  /**
   * @return the results of the next response, explanations off, read: the dimensions' results
   *     (which builds every result, the recommendations and the findings)
   */
  @Benchmark
  public List<DimensionResult> scoreExplanationsOffRead() {
    return plain.score(responses[next()]).dimensions();
  }

  /**
   * @return the results of the next response's answer sheet, filled beforehand: like for like
   *     with the baseline's {@code scoreAndRules} over pre-decoded answers
   */
  @Benchmark
  public SheetScores scoreSheet() {
    return plain.score(sheets[next()], scores);
  }

  /** @return the results of the next decoded response, filled into one reused sheet and scored */
  @Benchmark
  public SheetScores fillAndScoreSheet() {
    return plain.score(filler.fill(decoded[next()]), scores);
  }

  /** @return the assessment of the next bound response, with contributions and reasons */
  @Benchmark
  public Assessment scoreExplanationsOn() {
    return explaining.score(bound[next()]);
  }

  /** @return the output line of the next input line */
  @Benchmark
  public byte[] batchLine() {
    DecodeResult<Response> r = reader.read(documents[next()]);
    return plain.score(r.orElseThrow()).toJson().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * @return the compact output line of the next input line: read by the response reader, scored
   *     (explanations off), written from the evaluation (scores, bands, completion, fired ids)
   */
  @Benchmark
  public byte[] batchLineCompact() {
    DecodeResult<BoundResponse> r = reader.readBound(documents[next()]);
    return plain.score(r.orElseThrow()).toCompactJson().getBytes(StandardCharsets.UTF_8);
  }

  /** @return the next response document, read by the response reader (the batch line's first part) */
  @Benchmark
  public DecodeResult<Response> readResponse() {
    return reader.read(documents[next()]);
  }

  /** @return the next response document, bound by the response reader (the compact line's first part) */
  @Benchmark
  public DecodeResult<BoundResponse> readBound() {
    return reader.readBound(documents[next()]);
  }

  /** @return the JSON of the next assessment, explanations off (the batch line's last part) */
  @Benchmark
  public String assessmentJson() {
    return assessments[next()].toJson();
  }

  /** @return the output line of the next input line, read by the codec's full pipeline */
  @Benchmark
  public byte[] batchLineFullPipeline() {
    DecodeResult<Response> r = codec.readResponse(documents[next()], DocumentFormat.JSON, questionnaire);
    return plain.score(r.orElseThrow()).toJson().getBytes(StandardCharsets.UTF_8);
  }
}
