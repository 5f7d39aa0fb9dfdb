package dev.selfcheck.cli.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes its result: a file ({@code -o FILE}) or standard output. */
final class Output {

  private Output() {}

  /**
   * Opens the output. Closing a standard-output writer only flushes it.
   *
   * @param io the I/O
   * @param path a file, or null or {@code -} for standard output
   * @return a buffered writer
   * @throws Failure if the file cannot be created
   */
  static Writer open(Io io, String path) {
    if (path == null || path.equals("-")) {
      return new FilterWriter(io.out()) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    Path file = io.resolve(path);
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Failure("cannot write " + path + ": " + Documents.reason(e));
    }
  }

  /**
   * Writes a whole text to a file, or ends the command with a clear line.
   *
   * @param io the I/O
   * @param path the file
   * @param text the text
   * @return the absolute path written
   */
  static Path write(Io io, String path, String text) {
    try (Writer w = open(io, path)) {
      w.write(text);
    } catch (IOException e) {
      throw new Failure("cannot write " + path + ": " + Documents.reason(e));
    }
    return io.resolve(path);
  }
}
