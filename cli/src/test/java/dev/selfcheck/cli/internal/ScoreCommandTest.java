package dev.selfcheck.cli.internal;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code selfcheck score}, single and streamed. */
class ScoreCommandTest {

  @TempDir
  Path dir;

  @Test
  void should_write_one_assessment_when_one_response_is_scored() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    cli.copy("mini-response.json");
    // WHEN
    Cli.Run run = cli.run("score", "-q", "mini.yaml", "mini-response.json");
    // THEN
    then(run.exitCode).isZero();
    then(run.out).startsWith("{\"questionnaire\":{\"id\":\"welcoming-municipality-mini\",\"version\":\"1.2.0\"},")
        .endsWith("}\n").hasLineCount(1);
  }

  @Test
  void should_leave_out_contributions_and_reasons_when_explanations_are_off() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    cli.copy("mini-response.json");
    // WHEN
    Cli.Run full = cli.run("score", "-q", "mini.yaml", "mini-response.json");
    Cli.Run lean = cli.run("score", "--no-explanations", "-q", "mini.yaml", "mini-response.json");
    // THEN the same scores, without the explanations
    then(lean.exitCode).isZero();
    then(full.out).contains("\"contributions\":[{");
    then(lean.out).contains("\"contributions\":[]").doesNotContain("\"contributions\":[{")
        .contains("\"score\":\"127/3\"");
    then(lean.out.length()).isLessThan(full.out.length());
  }

  @Test
  void should_exit_1_with_pointer_and_position_when_the_response_is_invalid() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    cli.write("bad.json", "{\n  \"answers\": []\n}\n");
    // WHEN
    Cli.Run run = cli.run("score", "-q", "mini.yaml", "bad.json");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.out).isEmpty();
    then(run.err).startsWith("INVALID  bad.json\n  ERROR ").contains(" at '' 1:1: ");
  }

  @Test
  void should_keep_lines_aligned_and_exit_1_when_a_line_in_the_middle_is_broken() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    List<String> lines = cli.run("generate", "-q", "mini.yaml", "-n", "5", "--seed", "42").out.lines()
        .collect(java.util.stream.Collectors.toList());
    String input = String.join("\n", lines.subList(0, 2)) + "\n{\"formatVersion\": \"1.0\"\n"
        + String.join("\n", lines.subList(2, 5)) + "\n";
    cli.write("batch.jsonl", input);
    // WHEN
    Cli.Run run = cli.run("score", "-q", "mini.yaml", "batch.jsonl");
    // THEN
    then(run.exitCode).isEqualTo(1);
    List<String> out = run.out.lines().collect(java.util.stream.Collectors.toList());
    then(out).hasSize(6);
    then(out.get(2)).isEqualTo("{\"line\":3,\"errors\":[{\"code\":\"DOC-0001\",\"pointer\":\"\",\"message\":"
        + "\"the document is not well-formed JSON: Unexpected end-of-input: expected close marker for Object\"}]}");
    then(out.get(1)).contains("\"respondent\":{\"id\":\"generated-000002\"");
    then(out.get(3)).contains("\"respondent\":{\"id\":\"generated-000003\"");
    then(run.err).startsWith("scored 6 lines: 5 assessments, 1 invalid, in ");
  }

  @Test
  void should_report_each_error_of_a_line_when_a_response_does_not_fit_the_questionnaire() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    String line = "{\"$schema\":\"https://selfcheck.dev/schemas/1.0/response.schema.json\",\"formatVersion\":\"1.0\","
        + "\"questionnaire\":{\"id\":\"welcoming-municipality-mini\",\"version\":\"1.2.0\"},"
        + "\"answers\":{\"nope\":{\"value\":true}}}";
    // WHEN
    Cli.Run run = cli.stdin(line + "\n").run("score", "-q", "mini.yaml", "--jsonl", "-");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.out).startsWith("{\"line\":1,\"errors\":[{\"code\":\"RSP-0003\",\"pointer\":\"/answers/nope\",");
  }

  @Test
  @Tag("issue-12")
  void should_write_the_messages_of_error_records_in_german_when_the_language_is_german() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    String line = "{\"$schema\":\"https://selfcheck.dev/schemas/1.0/response.schema.json\",\"formatVersion\":\"1.0\","
        + "\"questionnaire\":{\"id\":\"welcoming-municipality-mini\",\"version\":\"1.2.0\"},"
        + "\"answers\":{\"nope\":{\"value\":true}}}";
    // WHEN
    Cli.Run run = cli.stdin(line + "\n").run("score", "-q", "mini.yaml", "--lang", "de", "--jsonl", "-");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.out).startsWith("{\"line\":1,\"errors\":[{\"code\":\"RSP-0003\",\"pointer\":\"/answers/nope\","
        + "\"message\":\"der Fragebogen „welcoming-municipality-mini“ hat keine Frage „nope“\"");
  }

  /*
   * A batch line gives the assessment that scoring the line as a single document writes, with and
   * without explanations: for mini.yaml (no visibility conditions: the reader's bound path applies)
   * and for the flagship (visibility conditions: answers bound by id when scored).
   */
  @ParameterizedTest
  @CsvSource({"mini.yaml, --explanations", "mini.yaml, --no-explanations",
      "flagship, --explanations", "flagship, --no-explanations"})
  @Tag("issue-12")
  void should_write_what_scoring_each_line_alone_writes_when_lines_are_scored_in_a_batch(String questionnaire,
      String explanations) {
    // GIVEN
    Cli cli = new Cli(dir);
    List<String> q = questionnaire.equals("flagship") ? List.of() : List.of("-q", questionnaire);
    if (!q.isEmpty()) {
      cli.copy(questionnaire);
    }
    List<String> generate = new java.util.ArrayList<>(List.of("generate", "-n", "12", "--seed", "7"));
    generate.addAll(q);
    List<String> lines = cli.run(generate.toArray(String[]::new)).out.lines()
        .collect(java.util.stream.Collectors.toList());
    cli.write("in.jsonl", String.join("\n", lines) + "\n");
    // WHEN
    List<String> batch = new java.util.ArrayList<>(List.of("score", explanations, "--jsonl", "in.jsonl"));
    batch.addAll(q);
    Cli.Run run = cli.run(batch.toArray(String[]::new));
    // THEN
    then(run.exitCode).isZero();
    List<String> out = run.out.lines().collect(java.util.stream.Collectors.toList());
    then(out).hasSize(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      cli.write("r.json", lines.get(i));
      List<String> single = new java.util.ArrayList<>(List.of("score", explanations, "r.json"));
      single.addAll(q);
      then(out.get(i) + "\n").as("line %d", i + 1).isEqualTo(cli.run(single.toArray(String[]::new)).out);
    }
  }

  @Test
  void should_write_n_assessments_when_n_generated_responses_are_scored() {
    // GIVEN
    Cli cli = new Cli(dir);
    then(cli.run("generate", "-n", "50", "--seed", "5", "-o", "in.jsonl").exitCode).isZero();
    // WHEN
    Cli.Run run = cli.run("score", "--jsonl", "in.jsonl", "-o", "out.jsonl");
    // THEN
    then(run.exitCode).isZero();
    List<String> out = cli.read("out.jsonl").lines().collect(java.util.stream.Collectors.toList());
    then(out).hasSize(50).allSatisfy(l -> then(l).startsWith("{\"questionnaire\":{\"id\":\""
        + Flagship.questionnaire().id() + "\""));
    then(run.err).startsWith("scored 50 lines: 50 assessments, 0 invalid, in ");
  }

  @Test
  void should_stream_when_twenty_thousand_lines_are_scored() {
    // GIVEN input that is generated while it is read, and output that is counted and dropped
    int total = 20_000;
    int bound = 500;
    LazyLines in = new LazyLines(total);
    LineCounter out = new LineCounter();
    in.out = out;
    in.bound = bound;
    // WHEN
    Cli.Run run = new Cli(dir).stdin(in).stdout(out).run("score", "--jsonl", "-", "--no-progress");
    // THEN no line was read far ahead of the output, and every line gave one
    then(in.violation).isNull();
    then(run.exitCode).isZero();
    then(out.lines).isEqualTo(total);
    then(run.err).startsWith("scored 20,000 lines: 20,000 assessments, 0 invalid");
  }

  @Test
  @Tag("issue-18")
  void should_write_an_error_record_with_the_byte_offset_when_a_line_is_not_valid_utf8() {
    // GIVEN a batch whose second line has a byte 0xFF inside a member name
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    String[] valid = cli.run("generate", "-q", "mini.yaml", "-n", "2", "--seed", "4").out.split("\n");
    byte[] second = valid[1].getBytes(StandardCharsets.UTF_8);
    int offset = valid[1].indexOf("\"answers\"") + 4;
    second[offset] = (byte) 0xFF;
    java.io.ByteArrayOutputStream batch = new java.io.ByteArrayOutputStream();
    batch.writeBytes((valid[0] + "\n").getBytes(StandardCharsets.UTF_8));
    batch.writeBytes(second);
    batch.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
    // WHEN the batch is scored, and the same line is validated as one document
    Cli.Run run = cli.stdin(new java.io.ByteArrayInputStream(batch.toByteArray()))
        .run("score", "-q", "mini.yaml", "--jsonl", "-");
    Cli.Run single = new Cli(dir).stdin(new java.io.ByteArrayInputStream(second)).run("validate", "-");
    // THEN both reject it as malformed, never repaired
    then(run.exitCode).isEqualTo(1);
    then(run.out.split("\n")[1]).isEqualTo("{\"line\":2,\"byteOffset\":" + offset + ",\"errors\":["
        + "{\"code\":\"DOC-0001\",\"pointer\":\"\",\"message\":\"the document is not well-formed JSON: "
        + "Invalid UTF-8 start byte 0xff\"}]}");
    then(single.exitCode).isEqualTo(1);
    then(single.out).contains("ERROR DOC-0001", "Invalid UTF-8 start byte 0xff");
  }

  @Test
  void should_exit_2_when_both_a_response_and_json_lines_are_given() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("score", "r.json", "--jsonl", "b.jsonl");
    // THEN
    then(run.exitCode).isEqualTo(2);
    then(run.err).startsWith("give either RESPONSE or --jsonl, not both");
  }

  @Test
  void should_exit_2_when_a_questionnaire_is_given_without_a_response() {
    // GIVEN
    Cli cli = new Cli(dir);
    cli.copy("mini.yaml");
    // WHEN
    Cli.Run run = cli.run("score", "-q", "mini.yaml");
    // THEN
    then(run.exitCode).isEqualTo(2);
    then(run.err).startsWith("give a RESPONSE or --jsonl FILE to score against mini.yaml");
  }

  @Test
  void should_exit_1_with_one_line_when_the_batch_file_does_not_exist() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("score", "--jsonl", "missing.jsonl");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.err).isEqualTo("cannot read missing.jsonl: no such file\n");
  }

  @Test
  void should_print_one_line_without_a_stack_trace_when_something_unexpected_fails() {
    // GIVEN standard input that breaks
    InputStream broken = new InputStream() {
      @Override
      public int read() {
        throw new IllegalStateException("the disk is on fire");
      }
    };
    Cli cli = new Cli(dir).stdin(broken);
    // WHEN
    Cli.Run run = cli.run("score", "-");
    Cli.Run debug = new Cli(dir).stdin(broken).run("score", "--debug", "-");
    // THEN
    then(run.exitCode).isEqualTo(1);
    then(run.err).isEqualTo("selfcheck score: error: the disk is on fire (--debug shows the stack trace)\n");
    then(debug.err).contains("java.lang.IllegalStateException: the disk is on fire", "\tat ");
  }

  @Test
  void should_describe_the_error_record_when_help_is_asked_for() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("score", "--help");
    // THEN
    then(run.exitCode).isZero();
    then(run.out).contains("Usage: selfcheck score", "--jsonl=FILE|-", "{\"line\":N,\"errors\":", "--[no-]progress");
  }

  /** Serves generated flagship responses one line at a time; fails if read too far ahead of the output. */
  private static final class LazyLines extends InputStream {
    private final ResponseGenerator generator = new ResponseGenerator(Flagship.questionnaire(), 11);
    private final QuestionnaireCodec codec = QuestionnaireCodec.create();
    private final int total;
    private int served;
    private byte[] current = new byte[0];
    private int pos;
    LineCounter out;
    int bound;
    String violation;

    LazyLines(int total) {
      this.total = total;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (pos == current.length) {
        if (served == total) {
          return -1;
        }
        if (served - out.lines > bound) {
          violation = "line " + (served + 1) + " requested when only " + out.lines + " were written";
          throw new IOException(violation);
        }
        served++;
        current = (Json.compact(codec.writeResponse(generator.next())) + "\n").getBytes(StandardCharsets.UTF_8);
        pos = 0;
      }
      int n = Math.min(len, current.length - pos);
      System.arraycopy(current, pos, b, off, n);
      pos += n;
      return n;
    }
  }

  /** Counts the lines written and keeps nothing. */
  private static final class LineCounter extends OutputStream {
    volatile long lines;

    @Override
    public void write(int b) {
      if (b == '\n') {
        lines++;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          lines++;
        }
      }
    }
  }
}
