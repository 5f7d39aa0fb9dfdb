package dev.selfcheck.cli.internal;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * What a command may touch of the outside world: standard streams, environment, working
 * directory, whether the output streams are terminals and how wide the terminal is, and the
 * signals that end the process. Tests pass their own.
 *
 * <p>Standard output is one writer that throws on failure ({@link #stdout()}) with a
 * {@link PrintWriter} over it for convenience ({@link #out()}); the print writer swallows errors,
 * so the first one is remembered ({@link #outFailure()}) and the tool reports it with exit code 3
 * instead of claiming success.
 */
public final class Io implements AutoCloseable {

  private final InputStream in;
  private final Stdout stdout;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> env;
  private final Path workingDirectory;
  private final boolean outIsTerminal;
  private final boolean errIsTerminal;
  private final IntSupplier terminalWidth;
  private final Interruption interruption;
  private volatile Locale language = Locale.ENGLISH;

  private Io(InputStream in, Writer out, PrintWriter err, Map<String, String> env, Path workingDirectory,
      boolean outIsTerminal, boolean errIsTerminal, IntSupplier terminalWidth, Interruption interruption) {
    this.in = Objects.requireNonNull(in, "in");
    this.stdout = new Stdout(Objects.requireNonNull(out, "out"));
    this.out = new PrintWriter(stdout);
    this.err = Objects.requireNonNull(err, "err");
    this.env = Map.copyOf(env);
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.outIsTerminal = outIsTerminal;
    this.errIsTerminal = errIsTerminal;
    this.terminalWidth = terminalWidth;
    this.interruption = interruption;
  }

  /**
   * The process's own streams (UTF-8), environment and working directory. Standard input is read
   * through a buffer (never with the seeks that fail on a pipe); standard output is buffered and
   * flushed on {@link #close()}; a terminal is recognised by {@code System.console()} and, on Linux,
   * by where file descriptors 1 and 2 point; SIGINT and SIGTERM end a batch cleanly
   * ({@link Interruption}).
   *
   * @return the process's I/O
   */
  public static Io system() {
    boolean console = System.console() != null;
    return new Io(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16),
        new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
            1 << 16),
        new PrintWriter(new OutputStreamWriter(
            new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true),
        System.getenv(), Path.of(""),
        console && isTerminal(1), console && isTerminal(2), Io::detectTerminalWidth, Interruption.onSignals());
  }

  /**
   * I/O for tests: nothing is a terminal unless said, the terminal width is unknown and no signal
   * is caught.
   *
   * @param in standard input
   * @param out standard output; its write errors are the tool's write errors
   * @param err standard error
   * @param env the environment
   * @param workingDirectory where relative paths are resolved
   * @param terminal whether standard output and standard error are terminals
   * @return the I/O
   */
  public static Io of(InputStream in, Writer out, PrintWriter err, Map<String, String> env,
      Path workingDirectory, boolean terminal) {
    return of(in, out, err, env, workingDirectory, terminal, 0);
  }

  /**
   * I/O for tests with a terminal of a given width.
   *
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param env the environment
   * @param workingDirectory where relative paths are resolved
   * @param terminal whether standard output and standard error are terminals
   * @param terminalWidth the terminal's width in columns, or 0 if unknown
   * @return the I/O
   */
  public static Io of(InputStream in, Writer out, PrintWriter err, Map<String, String> env,
      Path workingDirectory, boolean terminal, int terminalWidth) {
    return new Io(in, out, err, env, workingDirectory, terminal, terminal, () -> terminalWidth,
        Interruption.none());
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
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return true;
    }
  }

  /** Asks the terminal as picocli does for its help ({@code stty}, {@code tput}, {@code mode}). */
  private static int detectTerminalWidth() {
    int unknown = 9999; // what picocli answers when no terminal tells its width
    int width = new UsageMessageSpec().width(unknown).autoWidth(true).width();
    return width == unknown ? 0 : width;
  }

  /**
   * The language of the messages the tool prints (findings), as {@code --lang} chose it.
   *
   * @return the language; English unless chosen
   */
  public Locale language() {
    return language;
  }

  /**
   * Chooses the language of the messages the tool prints.
   *
   * @param language the reader's language
   */
  void language(Locale language) {
    this.language = Objects.requireNonNull(language, "language");
  }

  /** @return standard input */
  public InputStream in() {
    return in;
  }

  /** @return standard output, printing; errors are remembered, see {@link #outFailure()} */
  public PrintWriter out() {
    return out;
  }

  /**
   * Standard output as a writer that throws on failure, for results written in bulk: a closed pipe
   * or a full disk stops the work. Text printed through {@link #out()} goes through the same writer.
   *
   * @return standard output
   */
  public Writer stdout() {
    return stdout;
  }

  /** @return the first error writing standard output, or null */
  public IOException outFailure() {
    return stdout.failure;
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

  /** @return the width of the terminal in columns, or 0 if unknown */
  public int terminalWidth() {
    return terminalWidth.getAsInt();
  }

  /** @return how a batch learns that the process is asked to stop */
  Interruption interruption() {
    return interruption;
  }

  /** Flushes both output streams; closes nothing. A failure shows in {@link #outFailure()}. */
  @Override
  public void close() {
    out.flush();
    err.flush();
  }

  /** Standard output: remembers the first failure and throws it on every later use. */
  private static final class Stdout extends Writer {
    private final Writer target;
    private IOException failure;

    Stdout(Writer target) {
      this.target = target;
    }

    private void check() throws IOException {
      if (failure != null) {
        throw failure;
      }
    }

    private IOException fail(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return failure;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      check();
      try {
        target.write(buf, off, len);
      } catch (IOException e) {
        throw fail(e);
      }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      check();
      try {
        target.write(s, off, len);
      } catch (IOException e) {
        throw fail(e);
      }
    }

    @Override
    public void write(int c) throws IOException {
      check();
      try {
        target.write(c);
      } catch (IOException e) {
        throw fail(e);
      }
    }

    @Override
    public void flush() throws IOException {
      check();
      try {
        target.flush();
      } catch (IOException e) {
        throw fail(e);
      }
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
