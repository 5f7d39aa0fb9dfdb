package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.editions.Migration;
import dev.selfcheck.editions.MigrationPlan;
import dev.selfcheck.editions.MigrationResult;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code selfcheck migrate}: responses of one questionnaire version carried to another by a plan. */
@Command(name = "migrate", sortOptions = false,
    header = "Migrate responses to a newer questionnaire version by a migration plan.",
    description = {
        "Reads the migration PLAN (JSON or YAML, migration.schema.json), checks it against OLD and "
            + "NEW (every old answer read or retired, every produced answer valid in NEW, one step per "
            + "question) and, when it passes, migrates each RESPONSE to OLD: the migrated response is "
            + "written to standard output (one RESPONSE) or into --output-dir, and the dry-run report "
            + "(where each answer came from, what was lost, changed or is newly missing) to standard "
            + "error; with --dry-run only the report is printed, to standard output. The RESPONSE "
            + "files are never changed. See docs/editions.md.",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  migrated (or, with --dry-run, reported)",
        "  1  the plan has errors (printed with pointers into it), or a document cannot be read or is invalid",
        "  2  usage error",
        "  3  the output cannot be written"})
final class MigrateCommand implements Callable<Integer> {

  @ParentCommand
  private SelfcheckCommand root;

  @Spec
  private CommandSpec spec;

  @Mixin
  private LanguageOption language;

  @Option(names = "--plan", required = true, paramLabel = "PLAN", description = "The migration plan.")
  private String planFile;

  @Option(names = "--from", required = true, paramLabel = "OLD", description = "The questionnaire the responses answer.")
  private String older;

  @Option(names = "--to", required = true, paramLabel = "NEW", description = "The questionnaire to migrate them to.")
  private String newer;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Write each migrated response here, under its file name (JSON).")
  private Path outputDir;

  @Option(names = "--dry-run", description = "Only report what the migration would do; write no response.")
  private boolean dryRun;

  @Parameters(arity = "1..*", paramLabel = "RESPONSE", description = "Responses to OLD (JSON or YAML).")
  private List<String> responses;

  @Override
  public Integer call() {
    if (!dryRun && outputDir == null && responses.size() > 1) {
      throw new ParameterException(spec.commandLine(), "give --output-dir DIR (or --dry-run) to migrate more than one response");
    }
    Io io = root.io();
    language.apply(io);
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    Questionnaire from = DiffCommand.read(io, codec, older);
    Questionnaire to = DiffCommand.read(io, codec, newer);
    Documents.Source source = Documents.readOrFail(io, planFile, codec.limits());
    Map<String, Object> document = Documents.valid(io, planFile, codec.readMigrationPlan(source.bytes(), source.format()));
    Migration migration = Migration.prepare(from, to, MigrationPlan.fromDocument(document));
    if (!migration.isRunnable()) {
      throw Failure.invalid(io, planFile, migration.findings());
    }
    migration.findings().forEach(f -> io.err().println(planFile + ":" + Findings.line(f, io.language()).substring(1)));
    StringBuilder report = new StringBuilder();
    for (String name : responses) {
      Response response = Documents.readResponse(io, codec, from, name);
      MigrationResult result = migration.run(response);
      report.append(report(name, to, result));
      String json = codec.writeResponse(result.migrated().orElseThrow());
      if (!dryRun && outputDir != null) {
        String file = Path.of(name).getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "") + ".json";
        Output.write(io, outputDir.resolve(file).toString(), true, json);
      } else if (!dryRun) {
        Output.write(io, "-", false, json);
      }
    }
    if (dryRun) {
      Output.write(io, "-", false, report.toString());
    } else {
      io.err().print(report);
      io.err().flush();
    }
    return 0;
  }

  private static String report(String name, Questionnaire to, MigrationResult r) {
    StringBuilder sb = new StringBuilder(name).append(": migrated to ").append(to.id()).append(' ')
        .append(to.version()).append(" (").append(r.provenance().size()).append(" answers, ")
        .append(r.lost().size()).append(" lost, ").append(r.changed().size()).append(" changed, ")
        .append(r.newlyMissing().size()).append(" newly missing)\n");
    r.provenance().entrySet().stream().sorted(Map.Entry.comparingByValue(
        java.util.Comparator.comparingInt(MigrationResult.Provenance::step))).forEach(e -> sb.append("  from     ")
        .append(e.getKey()).append(" <- ").append(String.join(", ", e.getValue().from())).append(" (step ")
        .append(e.getValue().step()).append(", ").append(e.getValue().op()).append(")\n"));
    r.changed().forEach(c -> sb.append("  changed  ").append(c.to()).append(": ").append(c.before()).append(" -> ")
        .append(c.after()).append('\n'));
    r.lost().forEach(l -> sb.append("  lost     ").append(l.question()).append(' ').append(l.answer()).append(": ")
        .append(l.reason()).append(" (step ").append(l.step()).append(")\n"));
    r.newlyMissing().forEach(m -> sb.append("  missing  ").append(m).append('\n'));
    return sb.toString();
  }
}
