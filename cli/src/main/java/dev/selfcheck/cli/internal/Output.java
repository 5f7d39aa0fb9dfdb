package dev.selfcheck.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/*
 * Outputs are atomic. A file (-o FILE) is written to a temporary file in the same folder, named
 * ".FILE.<random>.tmp", and renamed over FILE only when the command has written everything
 * (commit()). A failed or interrupted run deletes its temporary file and leaves the previous FILE
 * untouched; two runs writing the same FILE each write their own temporary file, so they never
 * interleave: the last run to complete wins. The temporary file is created like any new file (not
 * with Files.createTempFile, whose owner-only permissions the renamed file would keep). A folder
 * that does not exist is an error unless --mkdirs asks for it. A symbolic link is followed: the
 * file it points to is replaced, the link stays. What is not a regular file (/dev/null, a named
 * pipe, a terminal) cannot be replaced and is not: it is written directly.
 *
 * Every write error ends the command with exit code 3 and the name of what was being written,
 * never with success.
 */
/** Where a command writes its result: a file ({@code -o FILE}), atomically, or standard output. */
final class Output implements AutoCloseable {

  private static final String STANDARD_OUTPUT = "standard output";

  private final String name;
  private final Writer writer;
  private final boolean standardOutput;
  private final Path target;
  private final Path temporary;
  private boolean committed;

  private Output(String name, Writer writer, boolean standardOutput, Path target, Path temporary) {
    this.name = name;
    this.writer = writer;
    this.standardOutput = standardOutput;
    this.target = target;
    this.temporary = temporary;
  }

  /**
   * Opens the output.
   *
   * @param io the I/O
   * @param path a file, or null or {@code -} for standard output
   * @param mkdirs whether a missing folder of the file is created
   * @return the output; write, then {@link #commit()}, and close in any case
   * @throws Failure if the file cannot be created
   */
  static Output open(Io io, String path, boolean mkdirs) {
    if (path == null || path.equals("-")) {
      return new Output(STANDARD_OUTPUT, io.stdout(), true, null, null);
    }
    Path file = io.resolve(path);
    try {
      if (Files.isDirectory(file)) {
        throw new Failure(Failure.OUTPUT, "cannot write " + path + ": is a directory");
      }
      if (Files.exists(file) && !Files.isRegularFile(file)) { // a device or a pipe: written in place
        return new Output(path, new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
            StandardCharsets.UTF_8), 1 << 16), false, null, null);
      }
      if (Files.isSymbolicLink(file) && Files.exists(file)) {
        file = file.toRealPath(); // the file it points to is replaced, the link stays
      }
      Path folder = file.getParent();
      if (folder != null && !Files.isDirectory(folder)) {
        if (!mkdirs) {
          throw new Failure(Failure.OUTPUT, "cannot write " + path + ": folder " + folder
              + " does not exist (--mkdirs creates it)");
        }
        Files.createDirectories(folder);
      }
      Path temporary = file.resolveSibling("." + file.getFileName() + "."
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8), 1 << 16);
      return new Output(path, writer, false, file, temporary);
    } catch (IOException e) {
      throw Failure.cannotWrite(path, e);
    }
  }

  /**
   * Writes a whole text atomically, or ends the command with a clear line.
   *
   * @param io the I/O
   * @param path the file, or {@code -} for standard output
   * @param mkdirs whether a missing folder is created
   * @param text the text
   * @return the absolute path written
   */
  static Path write(Io io, String path, boolean mkdirs, String text) {
    try (Output out = open(io, path, mkdirs)) {
      out.write(text);
      out.commit();
    }
    return io.resolve(path);
  }

  /**
   * Writes a whole text to a file that must be in an existing folder.
   *
   * @param io the I/O
   * @param path the file
   * @param text the text
   * @return the absolute path written
   */
  static Path write(Io io, String path, String text) {
    return write(io, path, false, text);
  }

  /** @return what is written, for messages: the path as given, or {@code standard output} */
  String name() {
    return name;
  }

  /** @return whether this is standard output */
  boolean isStandardOutput() {
    return standardOutput;
  }

  /** @return the writer; its failures are this output's, see {@link #failed(IOException)} */
  Writer writer() {
    return writer;
  }

  /**
   * Writes text.
   *
   * @param text the text
   * @throws Failure if it cannot be written
   */
  void write(String text) {
    try {
      writer.write(text);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /**
   * The failure for an error while writing this output.
   *
   * @param e the error
   * @return the failure (exit code 3), naming this output
   */
  Failure failed(IOException e) {
    return Failure.cannotWrite(name, e);
  }

  /**
   * Makes the output complete: flushes standard output, or renames the temporary file over the
   * target.
   *
   * @throws Failure if that fails
   */
  void commit() {
    try {
      writer.flush();
      if (!standardOutput) {
        writer.close();
      }
      if (temporary != null) {
        try {
          Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      committed = true;
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /**
   * What a batch writing here does when it cannot complete: standard output gets a last record
   * saying that it is incomplete and after which line it stopped
   * ({@link Findings#incompleteRecord(long, String)}); a file is left as it was.
   *
   * @return the ending
   */
  Interruption.Ending incomplete() {
    return (lastLine, reason) -> {
      if (isStandardOutput()) {
        try {
          writer.write(Findings.incompleteRecord(lastLine, reason));
          writer.write('\n');
          writer.flush();
        } catch (IOException e) {
          // standard output is broken: nothing can say that it is incomplete
        }
      } else {
        discard();
      }
    };
  }

  /** Leaves the target as it was, unless committed: the temporary file is deleted. */
  void discard() {
    if (!standardOutput && !committed) {
      try {
        writer.close();
      } catch (IOException e) {
        // the file is deleted anyway (a device or pipe is left as it is)
      }
    }
    if (temporary != null && !committed) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // nothing more to do; a stray temporary file never replaces the target
      }
    }
  }

  /** Discards an output that was not committed. */
  @Override
  public void close() {
    discard();
  }
}
