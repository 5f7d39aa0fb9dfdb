package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.schema.QuestionnaireCodec;
import picocli.CommandLine.Option;

/** The {@code -q/--questionnaire} option shared by the commands; the bundled flagship by default. */
final class QuestionnaireOption {

  @Option(names = {"-q", "--questionnaire"}, paramLabel = "QUESTIONNAIRE",
      description = "Questionnaire document (JSON or YAML, - for standard input). "
          + "Default: the bundled flagship self-check.")
  private String path;

  /** @return whether a questionnaire was given on the command line */
  boolean isGiven() {
    return path != null;
  }

  /** @return the questionnaire's name as given, or {@code the bundled flagship} */
  String name() {
    return path == null ? "the bundled flagship" : path;
  }

  /**
   * Loads the questionnaire; its warnings go to standard error.
   *
   * @param io the I/O
   * @param codec the codec
   * @return the questionnaire
   * @throws Failure if it cannot be read or has errors
   */
  Questionnaire load(Io io, QuestionnaireCodec codec) {
    if (path == null) {
      return Flagship.questionnaire();
    }
    Documents.Source source = Documents.readOrFail(io, path, codec.limits());
    return Documents.valid(io, path, codec.readQuestionnaire(source.bytes(), source.format()));
  }
}
