package dev.selfcheck.cli.internal;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may touch of the outside world: standard streams, environment, working
 * directory, and whether the output streams are terminals. Tests pass their own.
 */
public final class Io implements AutoCloseable {

  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> env;
  private final Path workingDirectory;
  private final boolean outIsTerminal;
  private final boolean errIsTerminal;

  private Io(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env,
      Path workingDirectory, boolean outIsTerminal, boolean errIsTerminal) {
    this.in = Objects.requireNonNull(in, "in");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.env = Map.copyOf(env);
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.outIsTerminal = outIsTerminal;
    this.errIsTerminal = errIsTerminal;
  }

  /**
   * The process's own streams (UTF-8), environment and working directory. Standard output is
   * buffered and flushed on {@link #close()}; a terminal is recognised by {@code System.console()}
   * and, on Linux, by where file descriptors 1 and 2 point.
   *
   * @return the process's I/O
   */
  public static Io system() {
    boolean console = System.console() != null;
    return new Io(new FileInputStream(FileDescriptor.in),
        new PrintWriter(new BufferedWriter(new OutputStreamWriter(
            new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16)),
        new PrintWriter(new OutputStreamWriter(
            new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true),
        System.getenv(), Path.of(""),
        console && isTerminal(1), console && isTerminal(2));
  }

  /**
   * I/O for tests: nothing is a terminal unless said.
   *
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param env the environment
   * @param workingDirectory where relative paths are resolved
   * @param terminal whether standard output and standard error are terminals
   * @return the I/O
   */
  public static Io of(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env,
      Path workingDirectory, boolean terminal) {
    return new Io(in, out, err, env, workingDirectory, terminal, terminal);
  }

  /** Linux only: where {@code /proc/self/fd/N} points; elsewhere the console check decides. */
  private static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      if (!Files.isSymbolicLink(link)) {
        return true;
      }
      String target = Files.readSymbolicLink(link).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return true;
    }
  }

  /** @return standard input */
  public InputStream in() {
    return in;
  }

  /** @return standard output */
  public PrintWriter out() {
    return out;
  }

  /** @return standard error */
  public PrintWriter err() {
    return err;
  }

  /**
   * An environment variable.
   *
   * @param name the name
   * @return its value, or null
   */
  public String env(String name) {
    return env.get(name);
  }

  /**
   * Resolves a path given on the command line against the working directory.
   *
   * @param path the path as given
   * @return the absolute path
   */
  public Path resolve(String path) {
    return workingDirectory.resolve(path).normalize();
  }

  /** @return whether standard output is a terminal */
  public boolean outIsTerminal() {
    return outIsTerminal;
  }

  /** @return whether standard error is a terminal */
  public boolean errIsTerminal() {
    return errIsTerminal;
  }

  /** Flushes both output streams; closes nothing. */
  @Override
  public void close() {
    out.flush();
    err.flush();
  }
}
