package dev.selfcheck.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress line on standard error, redrawn in place ({@code \r}) at most ten times a second:
 * a bar and percentage when the amount of work is known (input bytes, responses to generate), then
 * the count of lines and the rate. Commands show it only on a terminal unless asked
 * ({@code --progress}).
 */
class Progress {

  private static final long INTERVAL_NANOS = 100_000_000L;
  private static final int BAR = 24;

  private final PrintWriter err;
  private final long total;
  private final long start = System.nanoTime();
  private long lastDraw = start - INTERVAL_NANOS; // the first update draws at once
  private boolean drawn;

  private Progress(PrintWriter err, long total) {
    this.err = err;
    this.total = total;
  }

  /** @return a progress that shows nothing */
  static Progress none() {
    return new Progress(null, -1) {
      @Override
      void update(long lines, long done) {}

      @Override
      void clear() {}
    };
  }

  /**
   * A progress line.
   *
   * @param err where to draw
   * @param total the work to do (input bytes, lines to write), or -1 if unknown
   * @return the progress
   */
  static Progress bar(PrintWriter err, long total) {
    return new Progress(err, total);
  }

  /**
   * Redraws the line if enough time has passed.
   *
   * @param lines lines done
   * @param done the work done, in the unit of the total
   */
  void update(long lines, long done) {
    long now = System.nanoTime();
    if (now - lastDraw < INTERVAL_NANOS) {
      return;
    }
    lastDraw = now;
    StringBuilder sb = new StringBuilder("\r");
    if (total > 0) {
      double share = Math.min(1.0, (double) done / total);
      int filled = (int) Math.round(share * BAR);
      sb.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ")
          .append(String.format(Locale.ROOT, "%3d%%  ", Math.round(share * 100)));
    }
    double seconds = (now - start) / 1e9;
    sb.append(String.format(Locale.ROOT, "%,d lines  %,.0f/s ", lines, lines / Math.max(seconds, 1e-9)));
    err.print(sb);
    err.flush();
    drawn = true;
  }

  /** Removes the line, so that the summary starts on a clean line. */
  void clear() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
