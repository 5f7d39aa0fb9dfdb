package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.schema.ResponseReader;
import dev.selfcheck.scoring.Scorer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;

/*
 * Scores JSON Lines in constant memory: one line is read, decoded, checked against the
 * questionnaire, scored with the one compiled Scorer and written before the next line is read.
 * Nothing is collected; the only buffers are the reader's and the writer's. Every input line gives
 * exactly one output line (the assessment, or an error record), so output line N always belongs
 * to input line N.
 */
/** Scores a stream of responses, one JSON document per line, into one line per input line. */
final class BatchScorer {

  /** What a batch did. */
  static final class Summary {
    final long lines;
    final long invalid;
    final long nanos;

    Summary(long lines, long invalid, long nanos) {
      this.lines = lines;
      this.invalid = invalid;
      this.nanos = nanos;
    }

    /** @return e.g. {@code scored 1,000 lines: 998 assessments, 2 invalid, in 0.8 s (1,250 lines/s)} */
    String describe() {
      double seconds = nanos / 1e9;
      return String.format(java.util.Locale.ROOT,
          "scored %,d lines: %,d assessments, %,d invalid, in %.1f s (%,.0f lines/s)",
          lines, lines - invalid, invalid, seconds, lines / Math.max(seconds, 1e-9));
    }
  }

  /** Reads each line against the questionnaire: a fast streaming path, the full pipeline for anything unusual. */
  private final ResponseReader reader;
  private final Scorer scorer;

  BatchScorer(QuestionnaireCodec codec, Questionnaire questionnaire, Scorer scorer) {
    this.reader = codec.responseReader(questionnaire);
    this.scorer = scorer;
  }

  /**
   * Scores every line of the input.
   *
   * @param in the responses, one per line
   * @param out where the assessments and error records go; flushed, not closed
   * @param progress told after every line
   * @return the counts and the time taken
   * @throws IOException if reading or writing fails
   */
  Summary run(BufferedReader in, Writer out, Progress progress) throws IOException {
    long start = System.nanoTime();
    long lines = 0;
    long invalid = 0;
    long chars = 0;
    String line;
    while ((line = in.readLine()) != null) {
      lines++;
      chars += line.length() + 1;
      DecodeResult<Response> r = reader.read(line);
      if (r.isValid()) {
        out.write(scorer.score(r.orElseThrow()).toJson());
      } else {
        invalid++;
        out.write(Findings.errorRecord(lines, r.errors()));
      }
      out.write('\n');
      progress.update(lines, chars);
    }
    out.flush();
    progress.clear();
    return new Summary(lines, invalid, System.nanoTime() - start);
  }
}
