package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.ScoringEngine;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code selfcheck score}: one response to one assessment, or a JSON Lines batch streamed. */
@Command(name = "score", sortOptions = false,
    header = "Score a response, or a batch of responses (JSON Lines), into assessments (JSON).",
    description = {
        "One RESPONSE (JSON or YAML) gives one assessment document. With --jsonl, or a RESPONSE "
            + "ending in .jsonl or .ndjson, every input line is one response and gives one output "
            + "line: the assessment, or for an invalid line an error record "
            + "{\"line\":N,\"errors\":[{\"code\":..,\"pointer\":..,\"message\":..}]}, so output "
            + "line N always belongs to input line N. The batch is streamed in bounded memory "
            + "(a line longer than the size limit is that line's error record); a summary goes to "
            + "standard error. Stopped early (SIGINT, SIGTERM, input that breaks), a batch on standard "
            + "output ends with {\"incomplete\":true,\"stoppedAfterLine\":N,\"reason\":..}; an -o FILE "
            + "is replaced only by a complete run.",
        "Without RESPONSE and --jsonl, and without --questionnaire, the bundled sample "
            + "response is scored.",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  scored (every line valid)",
        "  1  the response, the questionnaire or any line of the batch is invalid, or the input breaks",
        "  2  usage error",
        "  3  the output cannot be written (a full disk, a closed pipe, a missing folder)"})
final class ScoreCommand implements Callable<Integer> {

  @ParentCommand
  private SelfcheckCommand root;

  @Mixin
  private LanguageOption language;

  @Spec
  private CommandSpec spec;

  @Mixin
  private QuestionnaireOption questionnaire;

  @Parameters(arity = "0..1", paramLabel = "RESPONSE",
      description = "Response document (JSON or YAML; - for standard input).")
  private String response;

  @Option(names = "--jsonl", paramLabel = "FILE|-",
      description = "Score a batch: one response (JSON) per line; - for standard input.")
  private String jsonl;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  private String output;

  @Option(names = "--mkdirs", description = "Create the folder of the -o FILE if it does not exist.")
  private boolean mkdirs;

  @Mixin
  private ProgressOption progress;

  @Option(names = "--explanations", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Write each dimension's contributions and each recommendation's reasons "
          + "(default: on; --no-explanations writes scores, bands and recommendations only).")
  private boolean explanations;

  @Override
  public Integer call() throws IOException {
    if (response != null && jsonl != null) {
      throw new ParameterException(spec.commandLine(), "give either RESPONSE or --jsonl, not both");
    }
    String batch = jsonl != null ? jsonl : Documents.isJsonLines(response) ? response : null;
    if (batch == null && response == null && questionnaire.isGiven()) {
      throw new ParameterException(spec.commandLine(),
          "give a RESPONSE or --jsonl FILE to score against " + questionnaire.name());
    }
    Io io = root.io();
    language.apply(io);
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    Questionnaire q = questionnaire.load(io, codec);
    return batch != null ? batch(io, codec, q, batch) : single(io, codec, q);
  }

  private int single(Io io, QuestionnaireCodec codec, Questionnaire q) throws IOException {
    Response r;
    if (response == null) {
      r = Flagship.sampleResponse();
      List<Finding> findings = codec.validate(r, q);
      if (findings.stream().anyMatch(Finding::isError)) {
        throw Failure.invalid(io, "the bundled sample response", findings);
      }
    } else {
      r = Documents.readResponse(io, codec, q, response);
    }
    Assessment assessment = ScoringEngine.builder().explanations(explanations).build().compile(q).score(r);
    Output.write(io, output == null ? "-" : output, mkdirs, assessment.toJson() + "\n");
    return 0;
  }

  private int batch(Io io, QuestionnaireCodec codec, Questionnaire q, String input) {
    long size = Documents.size(io, input);
    BatchScorer.Summary summary;
    try (Lines lines = Documents.lines(io, input, codec.limits());
        Output out = Output.open(io, output, mkdirs);
        Interruption.Guard guard = io.interruption().guard(out.incomplete())) {
      summary = new BatchScorer(codec, q, ScoringEngine.builder().explanations(explanations).build().compile(q),
          io.language())
          .run(input, lines, out, progress.start(io, size), guard);
    } catch (IOException e) {
      throw new Failure("cannot read " + input + ": " + Documents.reason(e));
    }
    io.err().println(summary.describe());
    return summary.invalid == 0 ? 0 : 1;
  }
}
