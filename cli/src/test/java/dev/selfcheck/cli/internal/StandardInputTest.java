package dev.selfcheck.cli.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input through pipes and endless input, in a child JVM: a real pipe on standard input (which a
 * seek fails on), and a heap of 96 MB that only a bounded read stays within.
 */
@Tag("issue-18")
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StandardInputTest {

  @TempDir
  Path dir;

  @RegisterExtension
  final Child child = new Child();

  /** Runs the tool with the input piped in; returns the exit code, standard output and standard error. */
  private String piped(String input, String... args) throws Exception {
    Process p = child.start(dir, "96m", args);
    try (OutputStream in = p.getOutputStream()) {
      in.write(input.getBytes(StandardCharsets.UTF_8));
    }
    int exitCode = Child.await(p);
    return exitCode + "\n" + child.out() + child.err();
  }

  @Test
  void should_read_a_pipe_when_standard_input_is_a_document_for_validate_lint_and_score() throws Exception {
    // GIVEN the mini questionnaire and a response, piped
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    cli.copy("mini-response.json");
    String questionnaire = cli.read("mini.yaml");
    String response = cli.read("mini-response.json");
    // WHEN
    String validate = piped(questionnaire, "validate", "-");
    String lint = piped(questionnaire, "lint", "-");
    String score = piped(response, "score", "-q", "mini.yaml", "-");
    // THEN
    then(validate).startsWith("0\nOK       -  (questionnaire 'welcoming-municipality-mini'").doesNotContain("seek");
    then(lint).startsWith("0\nOK       -").doesNotContain("seek");
    then(score).startsWith("0\n{\"questionnaire\":{\"id\":\"welcoming-municipality-mini\"");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void should_report_a_too_large_document_in_a_small_heap_when_the_input_is_endless() throws Exception {
    // GIVEN /dev/zero, endless, and a heap far smaller than what it would fill
    // WHEN
    int exitCode = Child.await(child.start(dir, "96m", "validate", "/dev/zero"));
    // THEN the size limit ends reading: a finding, no OutOfMemoryError
    then(exitCode).as(child.err()).isEqualTo(1);
    then(child.out()).contains("DOC-0002", "larger than the limit of 16777216 bytes");
    then(child.err()).doesNotContain("OutOfMemoryError", "Exception");
  }

  @Test
  void should_write_an_error_record_and_go_on_in_a_small_heap_when_a_batch_line_is_longer_than_the_limit()
      throws Exception {
    // GIVEN a 40 MB line (more than twice the 16 MiB limit) between two valid responses
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    String[] valid = cli.run("generate", "-q", "mini.yaml", "-n", "2", "--seed", "3").out.split("\\n");
    try (OutputStream out = Files.newOutputStream(dir.resolve("batch.jsonl"))) {
      out.write((valid[0] + "\n").getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) ' ');
      for (int i = 0; i < 40; i++) {
        out.write(chunk);
      }
      out.write(("\n" + valid[1] + "\n").getBytes(StandardCharsets.UTF_8));
    }
    // WHEN
    int exitCode = Child.await(child.start(dir, "96m", "score", "-q", "mini.yaml", "--jsonl", "batch.jsonl"));
    // THEN line 2 is an error record, line 3 is scored
    String[] lines = child.out().split("\n");
    then(lines).as(child.err()).hasSize(3);
    then(lines[0]).startsWith("{\"questionnaire\":");
    then(lines[1]).isEqualTo("{\"line\":2,\"errors\":[{\"code\":\"DOC-0002\",\"pointer\":\"\","
        + "\"message\":\"the document is larger than the limit of 16777216 bytes\"}]}");
    then(lines[2]).startsWith("{\"questionnaire\":");
    then(exitCode).isEqualTo(1);
  }
}
