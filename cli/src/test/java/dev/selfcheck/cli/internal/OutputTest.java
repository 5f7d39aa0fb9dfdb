package dev.selfcheck.cli.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Outputs: write failures are failures, files are replaced atomically, folders are created only on request. */
@Tag("issue-18")
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OutputTest {

  @TempDir
  Path dir;

  /** Standard output that takes {@code capacity} bytes, then fails like a full disk or a closed pipe. */
  private static final class Full extends OutputStream {
    private final long capacity;
    long written;
    int attemptsAfterFull;

    Full(long capacity) {
      this.capacity = capacity;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (written + len > capacity) {
        attemptsAfterFull++;
        throw new IOException("No space left on device");
      }
      written += len;
    }
  }

  /** Standard input that gives the lines, then fails like a broken disk. */
  private static InputStream breakingAfter(String lines) {
    return new SequenceInputStream(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("Input/output error");
          }
        });
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void should_exit_3_naming_standard_output_and_stop_early_when_a_batch_cannot_be_written() {
    // GIVEN standard output that is full after 100 kB, and a batch of 2,000 responses (several MB of assessments)
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    cli.write("batch.jsonl", cli.run("generate", "-q", "mini.yaml", "-n", "2000", "--seed", "1").out);
    Full full = new Full(100_000);
    // WHEN
    Cli.Run run = cli.stdout(full).run("score", "-q", "mini.yaml", "--jsonl", "batch.jsonl");
    // THEN a failure, no summary claiming assessments, and the work stopped at the first failure
    then(run.exitCode).isEqualTo(3);
    then(run.err).isEqualTo("cannot write standard output: No space left on device\n");
    then(full.attemptsAfterFull).isEqualTo(1);
  }

  @Test
  void should_exit_3_when_a_short_result_cannot_be_written_to_standard_output() {
    // GIVEN standard output that takes nothing
    Cli cli = new Cli(dir).stdout(new Full(0));
    // WHEN the schema (printed, not streamed) and a generated batch are written
    Cli.Run schema = cli.run("schema");
    Cli.Run generate = cli.run("generate", "-n", "3", "--seed", "1");
    // THEN
    then(schema.exitCode).isEqualTo(3);
    then(schema.err).isEqualTo("cannot write standard output: No space left on device\n");
    then(generate.exitCode).isEqualTo(3);
    then(generate.err).isEqualTo("cannot write standard output: No space left on device\n");
  }

  @Test
  void should_replace_the_file_whole_and_leave_no_temporary_file_when_the_run_succeeds() throws IOException {
    // GIVEN an earlier output
    Cli cli = new Cli(dir);
    cli.write("out.jsonl", "the previous run\n");
    // WHEN
    Cli.Run run = cli.run("generate", "-n", "3", "--seed", "1", "-o", "out.jsonl");
    // THEN
    then(run.exitCode).isZero();
    then(cli.read("out.jsonl")).hasLineCount(3).startsWith("{\"$schema\":");
    then(files()).containsExactly("out.jsonl");
  }

  @Test
  void should_leave_the_previous_file_when_the_run_fails() throws IOException {
    // GIVEN an earlier output, and a batch whose input breaks after some lines
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    cli.write("out.jsonl", "the previous run\n");
    String lines = cli.run("generate", "-q", "mini.yaml", "-n", "50", "--seed", "1").out;
    InputStream breaking = breakingAfter(lines);
    // WHEN
    Cli.Run run = cli.stdin(breaking).run("score", "-q", "mini.yaml", "--jsonl", "-", "-o", "out.jsonl");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.err).isEqualTo("cannot read - after line 50: Input/output error\n");
    then(cli.read("out.jsonl")).isEqualTo("the previous run\n");
    then(files()).containsExactly("mini.yaml", "out.jsonl");
  }

  @Test
  void should_end_with_the_incomplete_record_when_the_input_breaks_during_a_batch_on_standard_output() {
    // GIVEN standard input that breaks after two lines
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    String lines = cli.run("generate", "-q", "mini.yaml", "-n", "2", "--seed", "1").out;
    InputStream breaking = breakingAfter(lines);
    // WHEN
    Cli.Run run = cli.stdin(breaking).run("score", "-q", "mini.yaml", "--jsonl", "-");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.out.split("\n")).hasSize(3);
    then(run.out).endsWith("\n{\"incomplete\":true,\"stoppedAfterLine\":2,"
        + "\"reason\":\"input could not be read: Input/output error\"}\n");
  }

  @Test
  void should_keep_one_complete_run_when_two_runs_write_the_same_file_at_once() throws Exception {
    // GIVEN two runs with different seeds writing the same file concurrently
    Cli cli = new Cli(dir);
    String a = cli.run("generate", "-n", "1500", "--seed", "1").out;
    String b = cli.run("generate", "-n", "1500", "--seed", "2").out;
    // WHEN
    CompletableFuture<Cli.Run> first = CompletableFuture.supplyAsync(
        () -> new Cli(dir).run("generate", "-n", "1500", "--seed", "1", "-o", "out.jsonl"));
    CompletableFuture<Cli.Run> second = CompletableFuture.supplyAsync(
        () -> new Cli(dir).run("generate", "-n", "1500", "--seed", "2", "-o", "out.jsonl"));
    // THEN both succeed, and the file is one of the two whole outputs, never a mix
    then(first.get(50, TimeUnit.SECONDS).exitCode).isZero();
    then(second.get(50, TimeUnit.SECONDS).exitCode).isZero();
    then(cli.read("out.jsonl")).isIn(a, b);
    then(files()).containsExactly("out.jsonl");
  }

  @Test
  void should_exit_3_and_create_nothing_when_the_folder_is_missing_unless_mkdirs_is_given() throws IOException {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run refused = cli.run("generate", "-n", "1", "-o", "new/folder/out.jsonl");
    Cli.Run created = cli.run("generate", "-n", "1", "-o", "new/folder/out.jsonl", "--mkdirs");
    // THEN
    then(refused.exitCode).isEqualTo(3);
    then(refused.err).isEqualTo("cannot write new/folder/out.jsonl: folder " + dir.resolve("new/folder")
        + " does not exist (--mkdirs creates it)\n");
    then(created.exitCode).isZero();
    then(cli.read("new/folder/out.jsonl")).hasLineCount(1);
  }

  @Test
  void should_replace_the_file_a_link_points_to_and_keep_the_link_when_the_output_is_a_symbolic_link()
      throws IOException {
    // GIVEN out.jsonl links to data/real.jsonl
    Cli cli = new Cli(dir);
    Files.createDirectory(dir.resolve("data"));
    cli.write("data/real.jsonl", "the previous run\n");
    Files.createSymbolicLink(dir.resolve("out.jsonl"), Path.of("data/real.jsonl"));
    // WHEN
    Cli.Run run = cli.run("generate", "-n", "2", "--seed", "1", "-o", "out.jsonl");
    // THEN
    then(run.exitCode).isZero();
    then(Files.isSymbolicLink(dir.resolve("out.jsonl"))).isTrue();
    then(cli.read("data/real.jsonl")).hasLineCount(2);
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void should_write_in_place_and_leave_it_a_pipe_when_the_output_is_a_named_pipe() throws Exception {
    // GIVEN a named pipe (like /dev/null or /dev/stdout, not a file that can be replaced) and its reader
    Path fifo = dir.resolve("fifo");
    then(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(fifo);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    // WHEN
    Cli.Run run = new Cli(dir).run("generate", "-n", "3", "--seed", "1", "-o", "fifo");
    // THEN the reader got the lines, and the pipe is still a pipe, not a file renamed over it
    then(run.exitCode).as(run.err).isZero();
    then(read.get(30, TimeUnit.SECONDS)).hasLineCount(3);
    then(Files.exists(fifo) && !Files.isRegularFile(fifo)).isTrue();
    then(files()).containsExactly("fifo");
  }
}
