package dev.selfcheck.cli.internal;

import dev.selfcheck.editions.VersionDiff;
import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.schema.QuestionnaireSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code selfcheck schema}: prints or writes the JSON Schemas of the document format. */
@Command(name = "schema", sortOptions = false,
    header = "Print the JSON Schema (draft 2020-12) of questionnaires, responses, assessments, migration plans, panel results or version diffs.",
    description = {
        "Prints the schema of KIND (default: questionnaire). With --output-dir, writes "
            + "questionnaire.schema.json, response.schema.json, assessment.schema.json, migration.schema.json, "
            + "panel-result.schema.json and version-diff.schema.json (or only KIND's) into DIR, for editors and other tools.",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  printed or written", "  2  usage error (e.g. an unknown KIND)",
        "  3  a file or standard output cannot be written"})
final class SchemaCommand implements Callable<Integer> {

  /** A document kind with a schema. */
  enum Kind {
    questionnaire(QuestionnaireSchema::questionnaireSchema),
    response(QuestionnaireSchema::responseSchema),
    assessment(QuestionnaireSchema::assessmentSchema),
    /** Migration plans ({@code selfcheck migrate --plan}). */
    migration(QuestionnaireSchema::migrationSchema),
    /** The result of {@code selfcheck panel --format json}. */
    panel(PanelResult::jsonSchema, "panel-result"),
    /** The result of {@code selfcheck diff --format json}. */
    diff(VersionDiff::jsonSchema, "version-diff");

    private final Supplier<String> schema;
    private final String file;

    Kind(Supplier<String> schema) {
      this.schema = schema;
      this.file = name();
    }

    Kind(Supplier<String> schema, String file) {
      this.schema = schema;
      this.file = file;
    }

    String fileName() {
      return file + ".schema.json";
    }
  }

  @ParentCommand
  private SelfcheckCommand root;

  @Parameters(arity = "0..1", paramLabel = "KIND",
      description = "One of: ${COMPLETION-CANDIDATES}.")
  private Kind kind;

  @Option(names = "--output-dir", paramLabel = "DIR", description = "Write the schema files into DIR.")
  private String outputDir;

  @Override
  public Integer call() {
    Io io = root.io();
    if (outputDir == null) {
      Output.write(io, "-", false, ensureNewline((kind == null ? Kind.questionnaire : kind).schema.get()));
      return 0;
    }
    for (Kind k : kind == null ? List.of(Kind.values()) : List.of(kind)) {
      Path written = Output.write(io, Path.of(outputDir, k.fileName()).toString(), true, ensureNewline(k.schema.get()));
      io.out().println("wrote " + written);
    }
    return 0;
  }

  private static String ensureNewline(String text) {
    return text.endsWith("\n") ? text : text + "\n";
  }
}
