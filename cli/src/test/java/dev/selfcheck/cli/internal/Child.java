package dev.selfcheck.cli.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the tool as a child JVM with the test class path, for real pipes, signals and memory
 * limits. Register it as an extension: after each test it kills whatever is still running, so that
 * a failed test leaves nothing behind.
 */
final class Child implements AfterEachCallback {

  private final List<Process> started = new ArrayList<>();
  private Path dir;

  /**
   * Starts the tool. Standard output goes to {@code out.txt} in the working directory, standard
   * error to {@code err.txt}, so that they outlive the process (which {@code Process.destroy()}
   * would close).
   *
   * @param dir the working directory
   * @param maxHeap e.g. {@code 128m}
   * @param args the command line
   * @return the process
   * @throws IOException if it cannot start
   */
  Process start(Path dir, String maxHeap, String... args) throws IOException {
    this.dir = dir;
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + maxHeap, "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), "dev.selfcheck.cli.Main"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(new File(dir.toFile(), "out.txt"))
        .redirectError(new File(dir.toFile(), "err.txt")).start();
    started.add(p);
    return p;
  }

  /**
   * Waits for a process.
   *
   * @param p the process
   * @return its exit code
   * @throws InterruptedException if interrupted
   */
  static int await(Process p) throws InterruptedException {
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("the tool did not end within 30 s");
    }
    return p.exitValue();
  }

  /**
   * Sends SIGTERM, as {@code kill} does; unlike {@code Process.destroy()} it leaves the pipes open.
   *
   * @param p the process
   */
  static void terminate(Process p) {
    p.toHandle().destroy();
  }

  /** @return what the tool wrote to standard output so far */
  String out() throws IOException {
    return Files.readString(dir.resolve("out.txt"));
  }

  /** @return what the tool wrote to standard error so far */
  String err() throws IOException {
    return Files.readString(dir.resolve("err.txt"));
  }

  /** Kills the processes that are still running. */
  @Override
  public void afterEach(ExtensionContext context) {
    started.forEach(Process::destroyForcibly);
  }
}
