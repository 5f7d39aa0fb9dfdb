package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Ends a command with exit code 1 and the lines that explain why (bad input, a file that cannot
 * be read or written); the tool prints the lines on standard error, never a stack trace.
 */
final class Failure extends RuntimeException {

  private final List<String> lines;

  Failure(String line) {
    this(List.of(line));
  }

  private Failure(List<String> lines) {
    super(lines.get(0), null, false, false);
    this.lines = List.copyOf(lines);
  }

  /**
   * A document with errors.
   *
   * @param name the document's name, as given on the command line
   * @param findings its findings
   * @return the failure: {@code INVALID name} and one line per finding
   */
  static Failure invalid(String name, List<Finding> findings) {
    List<String> lines = new ArrayList<>();
    lines.add("INVALID  " + name);
    findings.forEach(f -> lines.add(Findings.line(f)));
    return new Failure(lines);
  }

  List<String> lines() {
    return lines;
  }
}
