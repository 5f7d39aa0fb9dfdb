package dev.selfcheck.cli.internal;

import picocli.CommandLine.Option;

/** The {@code --[no-]progress} option of commands that do long work; by default only on a terminal. */
final class ProgressOption {

  @Option(names = "--progress", negatable = true,
      description = "Show a progress line on standard error during a batch "
          + "(default: only when standard error is a terminal).")
  private Boolean progress;

  /**
   * The progress line that the option and the terminal ask for.
   *
   * @param io the I/O
   * @param total the work to do (input bytes, lines to write), or -1 if unknown
   * @return a progress line, or one that shows nothing
   */
  Progress start(Io io, long total) {
    boolean show = progress != null ? progress : io.errIsTerminal();
    return show ? Progress.bar(io.err(), total) : Progress.none();
  }
}
