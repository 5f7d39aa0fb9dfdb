package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.io.Writer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code selfcheck generate}: random valid responses as JSON Lines, for batches and benchmarks. */
@Command(name = "generate", sortOptions = false,
    header = "Write random but valid responses to a questionnaire, one JSON document per line.",
    description = {
        "Answers are skewed per response (from immature to mature), with \"don't know\", "
            + "\"not applicable\" and unanswered questions mixed in where the questionnaire "
            + "allows them. The same seed gives the same lines.",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  written", "  1  the questionnaire is invalid", "  2  usage error (e.g. no --count)",
        "  3  the output cannot be written (a full disk, a closed pipe, a missing folder)"})
final class GenerateCommand implements Callable<Integer> {

  @ParentCommand
  private SelfcheckCommand root;

  @Spec
  private CommandSpec spec;

  @Mixin
  private QuestionnaireOption questionnaire;

  @Option(names = {"-n", "--count"}, required = true, paramLabel = "N", description = "How many responses.")
  private long count;

  @Option(names = "--seed", paramLabel = "S",
      description = "Seed of the random sequence (default: a random seed, printed on standard error).")
  private Long seed;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  private String output;

  @Option(names = "--mkdirs", description = "Create the folder of the -o FILE if it does not exist.")
  private boolean mkdirs;

  @Mixin
  private ProgressOption progress;

  @Override
  public Integer call() {
    if (count < 0) {
      throw new ParameterException(spec.commandLine(), "--count must not be negative, but was " + count);
    }
    Io io = root.io();
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    Questionnaire q = questionnaire.load(io, codec);
    long s = seed != null ? seed : new java.util.Random().nextLong();
    ResponseGenerator generator = new ResponseGenerator(q, s);
    Progress bar = progress.start(io, count);
    try (Output out = Output.open(io, output, mkdirs);
        Interruption.Guard guard = io.interruption().guard(out.incomplete())) {
      Writer w = out.writer();
      try {
        for (long i = 1; i <= count; i++) {
          long line = i;
          if (!guard.run(out, () -> {
            w.write(Json.compact(codec.writeResponse(generator.next())));
            w.write('\n');
            guard.written(line);
          })) {
            break;
          }
          bar.update(i, i);
        }
      } finally {
        bar.clear();
      }
      guard.complete(out::commit);
    }
    io.err().println(String.format(java.util.Locale.ROOT,
        "generated %,d responses to '%s' %s (seed %d)", count, q.id(), q.version(), s));
    return 0;
  }
}
