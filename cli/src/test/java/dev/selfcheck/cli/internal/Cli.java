package dev.selfcheck.cli.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the tool in-process in a working directory, with captured output. */
final class Cli {

  /** What one run gave. */
  static final class Run {
    final int exitCode;
    final String out;
    final String err;

    Run(int exitCode, String out, String err) {
      this.exitCode = exitCode;
      this.out = out;
      this.err = err;
    }

    @Override
    public String toString() {
      return "Run[exitCode=" + exitCode + ", out=" + out + ", err=" + err + "]";
    }
  }

  private final Path dir;
  private final Map<String, String> env = new HashMap<>();
  private InputStream in = new ByteArrayInputStream(new byte[0]);
  private OutputStream rawOut;
  private int terminalWidth;

  Cli(Path dir) {
    this.dir = dir;
  }

  Cli env(String name, String value) {
    env.put(name, value);
    return this;
  }

  Cli stdin(String text) {
    return stdin(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  Cli stdin(InputStream stream) {
    this.in = stream;
    return this;
  }

  /** Sends standard output to a stream instead of capturing it. */
  Cli stdout(OutputStream stream) {
    this.rawOut = stream;
    return this;
  }

  /** Makes standard output a terminal of this width. */
  Cli terminal(int width) {
    this.terminalWidth = width;
    return this;
  }

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Writer outWriter = rawOut != null ? new OutputStreamWriter(rawOut, StandardCharsets.UTF_8) : out;
    PrintWriter errWriter = new PrintWriter(err);
    int code = SelfcheckCommand.run(
        Io.of(in, outWriter, errWriter, env, dir, terminalWidth > 0, terminalWidth), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Copies a test resource into the working directory. */
  Path copy(String resource) {
    try {
      Path source = Path.of(Cli.class.getResource("/" + resource).toURI());
      return Files.copy(source, dir.resolve(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes a file into the working directory. */
  Path write(String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String name) {
    try {
      return Files.readString(dir.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
