package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.schema.ResponseReader;
import dev.selfcheck.scoring.Scorer;
import java.io.IOException;
import java.io.Writer;

/*
 * Scores JSON Lines in bounded memory: one line is read (as bytes, at most the codec's size limit
 * kept), decoded, checked against the questionnaire, scored with the one compiled Scorer and
 * written before the next line is read. Nothing is collected; the only buffers are the reader's
 * and the writer's. Every input line gives exactly one output line (the assessment, or an error
 * record), so output line N always belongs to input line N. A batch that cannot go on (a signal,
 * input that cannot be read) ends, on standard output, with a record saying after which line it
 * stopped (Output.incomplete); a file output is then left as it was (see Output and Interruption).
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
  private final java.util.Locale language;

  BatchScorer(QuestionnaireCodec codec, Questionnaire questionnaire, Scorer scorer, java.util.Locale language) {
    this.reader = codec.responseReader(questionnaire);
    this.scorer = scorer;
    this.language = language;
  }

  /**
   * Scores every line of the input and commits the output, unless the batch is stopped.
   *
   * @param input the input's name, for messages
   * @param in the responses, one per line
   * @param out where the assessments and error records go
   * @param progress told after every line
   * @param guard the batch's watch for a stop
   * @return the counts and the time taken
   * @throws Failure if the input cannot be read (1) or the output written (3)
   */
  Summary run(String input, Lines in, Output out, Progress progress, Interruption.Guard guard) {
    long start = System.nanoTime();
    long[] invalid = {0};
    Writer w = out.writer();
    try {
      while (true) {
        byte[] line;
        try {
          if (!in.ready()) {
            guard.run(out, w::flush); // what is done is out before waiting for a pipe
          }
          line = in.next();
        } catch (IOException e) {
          progress.clear();
          guard.stop("input could not be read: " + Documents.reason(e));
          throw new Failure("cannot read " + input + " after line " + in.number() + ": " + Documents.reason(e));
        }
        if (line == null || !guard.run(out, () -> {
          DecodeResult<Response> r = reader.read(line);
          if (r.isValid()) {
            w.write(scorer.score(r.orElseThrow()).toJson());
          } else {
            invalid[0]++;
            w.write(Findings.errorRecord(in.number(), line, r.errors(), language));
          }
          w.write('\n');
          guard.written(in.number());
        })) {
          break;
        }
        progress.update(in.number(), in.bytes());
      }
    } finally {
      progress.clear();
    }
    guard.complete(out::commit);
    return new Summary(in.number(), invalid[0], System.nanoTime() - start);
  }
}
