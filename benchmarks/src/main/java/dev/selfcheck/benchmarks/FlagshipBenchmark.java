package dev.selfcheck.benchmarks;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.nio.charset.StandardCharsets;
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
 * JMH benchmark of loading the flagship questionnaire warm: its YAML document through
 * {@code QuestionnaireCodec.readQuestionnaire} (parsing, JSON Schema, field constraints and
 * {@code Questionnaire.validate()}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FlagshipBenchmark {

  private QuestionnaireCodec codec;
  private byte[] document;

  /** Reads the document once and checks that it loads. */
  @Setup(Level.Trial)
  public void setup() {
    codec = QuestionnaireCodec.create();
    document = Flagship.questionnaireDocument().getBytes(StandardCharsets.UTF_8);
    DecodeResult<Questionnaire> r = codec.readQuestionnaire(document, DocumentFormat.YAML);
    if (!r.isValid()) {
      throw new IllegalStateException("the flagship questionnaire does not load: " + r.errors());
    }
  }

  /** @return the loaded and validated questionnaire */
  @Benchmark
  public DecodeResult<Questionnaire> loadAndValidate() {
    return codec.readQuestionnaire(document, DocumentFormat.YAML);
  }
}
