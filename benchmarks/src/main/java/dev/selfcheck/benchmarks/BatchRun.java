package dev.selfcheck.benchmarks;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.schema.ResponseReader;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.ScoringEngine;
import dev.selfcheck.scoring.Scorer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The batch path end to end, streamed: a wk108 responses file is first turned into a file of
 * response documents (one JSON line each, untimed), then every line is read through
 * {@code QuestionnaireCodec.responseReader(questionnaire)}, scored (explanations off) and written
 * as an assessment JSON line, holding one line at a time. Run it with a small heap ({@code -Xmx64m}) to show that
 * memory stays constant however many lines there are.
 *
 * <p>Arguments: the wk108 responses file, a work folder, and the file to write the figures to
 * (one JSON object: lines, seconds, microseconds per line, peak heap bytes).
 */
public final class BatchRun {

  private BatchRun() {}

  /**
   * Runs the batch.
   *
   * @param args responses file, work folder, result file
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path input = Path.of(args[0]);
    Path work = Path.of(args[1]);
    Path result = Path.of(args[2]);
    Path documents = work.resolve("documents.jsonl");
    Path output = work.resolve("assessments.jsonl");
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(documents, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isEmpty()) {
          out.write(Wk108Workload.responseDocument(line));
          out.write('\n');
        }
      }
    }
    Questionnaire questionnaire = Wk108Workload.questionnaire();
    Scorer scorer = ScoringEngine.builder().explanations(false).build().compile(questionnaire);
    ResponseReader reader = QuestionnaireCodec.create().responseReader(questionnaire);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long lines = 0;
    long start = System.nanoTime();
    try (BufferedReader in = Files.newBufferedReader(documents, StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        DecodeResult<Response> r = reader.read(line.getBytes(StandardCharsets.UTF_8));
        out.write(scorer.score(r.orElseThrow()).toJson());
        out.write('\n');
        lines++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    Files.writeString(result, String.format(Locale.ROOT,
        "{\"lines\":%d,\"seconds\":%.3f,\"usPerLine\":%.2f,\"peakHeapBytes\":%d,\"maxHeapBytes\":%d}%n",
        lines, seconds, seconds * 1e6 / lines, peak, Runtime.getRuntime().maxMemory()));
    Files.delete(documents);
    Files.delete(output);
  }
}
