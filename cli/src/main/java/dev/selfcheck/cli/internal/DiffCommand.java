package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.editions.Change;
import dev.selfcheck.editions.VersionDiff;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code selfcheck diff}: the changes between two versions of a questionnaire. */
@Command(name = "diff", sortOptions = false,
    header = "Compare two versions of a questionnaire: every change as patch, minor or major.",
    description = {
        "Reads OLD and NEW (questionnaire documents, JSON or YAML) and prints every change with its "
            + "level (patch: texts; minor: additive or scoring, old responses stay valid; major: some "
            + "old answers are no longer valid, a migration is needed), its kind, the JSON Pointer into "
            + "OLD and into NEW, the version the changes call for and a finding (EDI-0001, EDI-0002) "
            + "when NEW's version number is too small. --format json writes the version diff "
            + "(version-diff.schema.json). See docs/editions.md.",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  compared; NEW's version number fits its changes",
        "  1  NEW's version number is too small, or a document cannot be read or has errors",
        "  2  usage error",
        "  3  the output cannot be written"})
final class DiffCommand implements Callable<Integer> {

  @ParentCommand
  private SelfcheckCommand root;

  @Mixin
  private LanguageOption language;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json (the version diff on one line).")
  private ValidateCommand.Format format;

  @Parameters(index = "0", paramLabel = "OLD", description = "The older questionnaire (- for standard input).")
  private String older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer questionnaire.")
  private String newer;

  @Override
  public Integer call() {
    Io io = root.io();
    language.apply(io);
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    VersionDiff diff = VersionDiff.between(read(io, codec, older), read(io, codec, newer));
    if (format == ValidateCommand.Format.json) {
      Output.write(io, "-", false, diff.toJson() + "\n");
    } else {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "%s %s -> %s %s: %d change%s, %s; at least %s%n", diff.olderId(),
          diff.olderVersion(), diff.newerId(), diff.newerVersion(), diff.changes().size(),
          diff.changes().size() == 1 ? "" : "s", diff.required().jsonName(), diff.suggestedVersion()));
      for (Change c : diff.changes()) {
        sb.append(String.format(Locale.ROOT, "  %-5s %-17s %-12s %s -> %s%s%n", c.level().jsonName(),
            c.kind().jsonName(), c.subject(), c.before().orElse("-"), c.after().orElse("-"),
            c.detail().map(d -> "  (" + d + ")").orElse("")));
      }
      for (Finding f : diff.findings()) {
        sb.append(newer).append(':').append(Findings.line(f, io.language()).substring(1)).append('\n');
      }
      Output.write(io, "-", false, sb.toString());
    }
    return diff.findings().stream().anyMatch(Finding::isError) ? Failure.INPUT : 0;
  }

  /** Reads one version; one that cannot be read or has errors ends the command (exit 1). */
  static Questionnaire read(Io io, QuestionnaireCodec codec, String name) {
    Documents.Source source = Documents.readOrFail(io, name, codec.limits());
    return Documents.valid(io, name, codec.readQuestionnaire(source.bytes(), source.format()));
  }
}
