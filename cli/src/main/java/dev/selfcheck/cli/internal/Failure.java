package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Finding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Ends a command with an exit code and the lines that explain why: 1 for bad input (a document
 * with errors, a file that cannot be read), 3 for output that cannot be written; the tool prints
 * the lines on standard error, never a stack trace.
 */
final class Failure extends RuntimeException {

  /** Exit code of bad input. */
  static final int INPUT = 1;
  /** Exit code of output that cannot be written (a full disk, a closed pipe, a missing folder). */
  static final int OUTPUT = 3;

  private final int exitCode;
  private final List<String> lines;

  Failure(String line) {
    this(INPUT, line);
  }

  Failure(int exitCode, String line) {
    this(exitCode, List.of(line));
  }

  private Failure(int exitCode, List<String> lines) {
    super(lines.get(0), null, false, false);
    this.exitCode = exitCode;
    this.lines = List.copyOf(lines);
  }

  /**
   * A document with errors.
   *
   * @param io the I/O, for the language of the messages
   * @param name the document's name, as given on the command line
   * @param findings its findings
   * @return the failure: {@code INVALID name} and one line per finding
   */
  static Failure invalid(Io io, String name, List<Finding> findings) {
    List<String> lines = new ArrayList<>();
    lines.add("INVALID  " + name);
    findings.forEach(f -> lines.add(Findings.line(f, io.language())));
    return new Failure(INPUT, lines);
  }

  /**
   * Output that cannot be written.
   *
   * @param name what was being written: a path as given, or {@code standard output}
   * @param e what went wrong
   * @return the failure, exit code 3
   */
  static Failure cannotWrite(String name, IOException e) {
    return new Failure(OUTPUT, "cannot write " + name + ": " + Documents.reason(e));
  }

  int exitCode() {
    return exitCode;
  }

  List<String> lines() {
    return lines;
  }
}
