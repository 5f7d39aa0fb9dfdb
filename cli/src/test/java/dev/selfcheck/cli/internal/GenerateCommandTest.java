package dev.selfcheck.cli.internal;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code selfcheck generate}. */
class GenerateCommandTest {

  @TempDir
  Path dir;

  @Test
  void should_write_the_same_lines_when_the_seed_is_the_same() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run first = cli.run("generate", "--count", "20", "--seed", "99");
    Cli.Run second = cli.run("generate", "--count", "20", "--seed", "99");
    Cli.Run other = cli.run("generate", "--count", "20", "--seed", "100");
    // THEN
    then(first.exitCode).isZero();
    then(first.out).hasLineCount(20).isEqualTo(second.out).isNotEqualTo(other.out);
    then(first.err).isEqualTo("generated 20 responses to 'welcoming-municipality' "
        + Flagship.questionnaire().version() + " (seed 99)\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mini.yaml", "rules.yaml", "scoring-3.yaml", ""})
  void should_write_valid_responses_with_every_answer_state_when_many_are_generated(String fixture) {
    // GIVEN
    Cli cli = new Cli(dir);
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    Questionnaire q = fixture.isEmpty() ? Flagship.questionnaire()
        : codec.readQuestionnaire(cli.copy(fixture)).orElseThrow();
    // WHEN
    Cli.Run run = fixture.isEmpty() ? cli.run("generate", "-n", "300", "--seed", "3")
        : cli.run("generate", "-q", fixture, "-n", "300", "--seed", "3");
    // THEN every line is a valid response without warnings, and the states are mixed
    then(run.exitCode).isZero();
    List<Response> responses = run.out.lines().map(line -> {
      DecodeResult<Response> r = codec.readResponse(line, DocumentFormat.JSON, q);
      then(r.findings()).as(line).isEmpty();
      return r.orElseThrow();
    }).collect(Collectors.toList());
    then(responses).hasSize(300);
    List<AnswerState> states = responses.stream()
        .flatMap(r -> q.allQuestions().map(question -> r.stateOf(question.id())))
        .distinct().collect(Collectors.toList());
    then(states).contains(AnswerState.ANSWERED, AnswerState.NOT_ANSWERED);
    if (q.allQuestions().anyMatch(q::allowsDontKnow)) {
      then(states).contains(AnswerState.DONT_KNOW);
    }
  }

  @Test
  void should_exit_2_when_the_count_is_missing() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("generate", "--seed", "1");
    // THEN
    then(run.exitCode).isEqualTo(2);
    then(run.err).startsWith("Missing required option: '--count=N'");
  }

  @Test
  void should_exit_2_when_the_count_is_negative() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("generate", "--count", "-1");
    // THEN
    then(run.exitCode).isEqualTo(2);
    then(run.err).startsWith("--count must not be negative, but was -1");
  }

  @Test
  void should_explain_the_options_when_help_is_asked_for() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("generate", "-h");
    // THEN
    then(run.exitCode).isZero();
    then(run.out).contains("Usage: selfcheck generate", "--count=N", "--seed=S", "--output=FILE");
  }

  @Test
  @Tag("issue-18")
  void should_show_progress_on_a_terminal_when_responses_are_generated() {
    // GIVEN standard error on a terminal
    Cli cli = new Cli(dir).terminal(80);
    // WHEN
    Cli.Run run = cli.run("generate", "-n", "20", "--seed", "1", "-o", "out.jsonl");
    // THEN a bar that reaches the count, then the summary
    then(run.exitCode).isZero();
    then(run.err).startsWith("\r[").contains("lines").endsWith("generated 20 responses to 'welcoming-municipality' "
        + Flagship.questionnaire().version() + " (seed 1)\n");
  }
}
