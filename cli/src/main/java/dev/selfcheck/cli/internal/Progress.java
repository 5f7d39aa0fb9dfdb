package dev.selfcheck.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress line on standard error, redrawn in place ({@code \r}) at most ten times a second:
 * a bar and percentage when the input size is known, then the count and the rate.
 */
class Progress {

  private static final long INTERVAL_NANOS = 100_000_000L;
  private static final int BAR = 24;

  private final PrintWriter err;
  private final long totalBytes;
  private final long start = System.nanoTime();
  private long lastDraw = start;
  private boolean drawn;

  private Progress(PrintWriter err, long totalBytes) {
    this.err = err;
    this.totalBytes = totalBytes;
  }

  /** @return a progress that shows nothing */
  static Progress none() {
    return new Progress(null, -1) {
      @Override
      void update(long lines, long bytes) {}

      @Override
      void clear() {}
    };
  }

  /**
   * A progress line.
   *
   * @param err where to draw
   * @param totalBytes the input size, or -1 if unknown
   * @return the progress
   */
  static Progress bar(PrintWriter err, long totalBytes) {
    return new Progress(err, totalBytes);
  }

  /**
   * Redraws the line if enough time has passed.
   *
   * @param lines lines done
   * @param bytes input bytes read
   */
  void update(long lines, long bytes) {
    long now = System.nanoTime();
    if (now - lastDraw < INTERVAL_NANOS) {
      return;
    }
    lastDraw = now;
    StringBuilder sb = new StringBuilder("\r");
    if (totalBytes > 0) {
      double share = Math.min(1.0, (double) bytes / totalBytes);
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
