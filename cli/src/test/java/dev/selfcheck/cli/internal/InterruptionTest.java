package dev.selfcheck.cli.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch that is stopped: by SIGTERM in a child JVM ({@code Process.destroy()}), and by the
 * guard directly. The child is fed through a pipe line by line, so the test knows exactly how far
 * it got when the signal comes.
 */
@Tag("issue-18")
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InterruptionTest {

  @TempDir
  Path dir;

  @RegisterExtension
  final Child child = new Child();

  private List<String> responses(Cli cli, int n) {
    cli.copy("mini.yaml");
    return List.of(cli.run("generate", "-q", "mini.yaml", "-n", String.valueOf(n), "--seed", "5").out.split("\n"));
  }

  /** Feeds lines one at a time and waits until the tool has written {@code text} to {@code file}. */
  private void feed(Process p, List<String> lines, String file, String text) throws Exception {
    OutputStream in = p.getOutputStream();
    for (String line : lines) {
      in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      in.flush();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.readString(dir.resolve(file)).contains(text)) {
      then(System.nanoTime()).as("waiting for %s in %s", text, file).isLessThan(deadline);
      Thread.sleep(20);
    }
    // standard input stays open: the tool waits for the next line
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void should_end_with_a_record_naming_the_last_line_when_a_batch_on_standard_output_is_interrupted()
      throws Exception {
    // GIVEN a batch reading a pipe that has given three lines so far, all three scored
    Cli cli = new Cli(dir);
    List<String> lines = responses(cli, 3);
    Process p = child.start(dir, "128m", "score", "-q", "mini.yaml", "--jsonl", "-");
    feed(p, lines, "out.txt", "generated-000003");
    // WHEN SIGTERM comes while the batch waits for line 4
    Child.terminate(p);
    int exitCode = Child.await(p);
    // THEN three whole assessments and a last record saying where it stopped
    List<String> out = List.of(child.out().split("\n"));
    then(out).hasSize(4);
    then(out.subList(0, 3)).allSatisfy(l -> then(l).startsWith("{\"questionnaire\":").endsWith("}"));
    then(out.get(3)).isEqualTo("{\"incomplete\":true,\"stoppedAfterLine\":3,\"reason\":\"interrupted\"}");
    then(exitCode).isEqualTo(143);
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void should_leave_the_previous_file_when_a_batch_into_a_file_is_interrupted() throws Exception {
    // GIVEN an output file from an earlier run, and a batch into it that has scored one line
    Cli cli = new Cli(dir);
    List<String> lines = responses(cli, 3);
    cli.write("out.jsonl", "the previous run\n");
    Process p = child.start(dir, "128m", "score", "-q", "mini.yaml", "--jsonl", "-", "-o", "out.jsonl", "--progress");
    feed(p, lines.subList(0, 1), "err.txt", "1 lines");
    // WHEN SIGTERM comes
    Child.terminate(p);
    int exitCode = Child.await(p);
    // THEN the file is untouched and no temporary file is left
    then(cli.read("out.jsonl")).isEqualTo("the previous run\n");
    try (Stream<Path> files = Files.list(dir)) {
      then(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.endsWith(".tmp"));
    }
    then(exitCode).isEqualTo(143);
  }

  @Test
  void should_run_the_ending_once_between_lines_when_stopped_and_refuse_to_complete_afterwards() {
    // GIVEN a guard after two lines
    List<String> endings = new ArrayList<>();
    Interruption.Guard guard = Interruption.none().guard((last, reason) -> endings.add(last + " " + reason));
    Output out = Output.open(Io.of(InputStream.nullInputStream(), new StringWriter(),
        new PrintWriter(new StringWriter()), Map.of(), dir, false), "-", false);
    guard.run(out, () -> guard.written(1));
    guard.run(out, () -> guard.written(2));
    // WHEN it is stopped twice, and the batch then tries to write a line and to complete
    guard.stop();
    guard.stop();
    boolean ran = guard.run(out, () -> endings.add("line 3"));
    boolean completed = guard.complete(() -> endings.add("committed"));
    // THEN
    then(endings).containsExactly("2 interrupted");
    then(ran).isFalse();
    then(completed).isFalse();
    then(guard.wasStopped()).isTrue();
  }

  @Test
  void should_not_stop_when_the_batch_completed_first() {
    // GIVEN a completed batch
    List<String> endings = new ArrayList<>();
    Interruption.Guard guard = Interruption.none().guard((last, reason) -> endings.add(last + " " + reason));
    then(guard.complete(() -> endings.add("committed"))).isTrue();
    // WHEN a signal comes late
    guard.stop();
    // THEN
    then(endings).containsExactly("committed");
    then(guard.wasStopped()).isFalse();
  }
}
