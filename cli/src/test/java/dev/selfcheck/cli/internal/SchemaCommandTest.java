package dev.selfcheck.cli.internal;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.editions.VersionDiff;
import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.schema.QuestionnaireSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code selfcheck schema}. */
class SchemaCommandTest {

  @TempDir
  Path dir;

  @Test
  void should_print_the_schema_of_the_kind_when_a_kind_is_given() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run response = cli.run("schema", "response");
    Cli.Run byDefault = cli.run("schema");
    Cli.Run panel = cli.run("schema", "panel");
    // THEN
    then(response.exitCode).isZero();
    then(response.out.strip()).isEqualTo(QuestionnaireSchema.responseSchema().strip());
    then(byDefault.out.strip()).isEqualTo(QuestionnaireSchema.questionnaireSchema().strip());
    then(panel.out.strip()).isEqualTo(PanelResult.jsonSchema().strip());
  }

  @Test
  void should_write_six_files_when_an_output_directory_is_given() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("schema", "--output-dir", "schemas");
    // THEN
    then(run.exitCode).isZero();
    then(run.out).hasLineCount(6).contains("assessment.schema.json").contains("panel-result.schema.json")
        .contains("version-diff.schema.json");
    then(cli.read("schemas/questionnaire.schema.json").strip()).isEqualTo(QuestionnaireSchema.questionnaireSchema().strip());
    then(cli.read("schemas/response.schema.json").strip()).isEqualTo(QuestionnaireSchema.responseSchema().strip());
    then(cli.read("schemas/assessment.schema.json").strip()).isEqualTo(QuestionnaireSchema.assessmentSchema().strip());
    then(cli.read("schemas/panel-result.schema.json").strip()).isEqualTo(PanelResult.jsonSchema().strip());
    then(cli.read("schemas/migration.schema.json").strip()).isEqualTo(QuestionnaireSchema.migrationSchema().strip());
    then(cli.read("schemas/version-diff.schema.json").strip()).isEqualTo(VersionDiff.jsonSchema().strip());
  }

  @Test
  void should_write_the_repository_schemas_when_the_output_directory_is_schemas_1_0() throws IOException {
    // GIVEN the copies in the repository's schemas/1.0/, which editors open through modelines
    Path committed = Path.of("../schemas/1.0");
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("schema", "--output-dir", "written");
    // THEN they are exactly what the command writes from the jar: regenerate them with
    // ./selfcheck schema --output-dir schemas/1.0
    then(run.exitCode).isZero();
    then(fileNames(committed)).isEqualTo(fileNames(dir.resolve("written")));
    for (String file : fileNames(committed).split(",")) {
      then(Files.readString(committed.resolve(file)))
          .as("schemas/1.0/%s (regenerate: ./selfcheck schema --output-dir schemas/1.0)", file)
          .isEqualTo(cli.read("written/" + file));
    }
  }

  private static String fileNames(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.joining(","));
    }
  }

  @Test
  void should_exit_2_when_the_kind_is_unknown() {
    // GIVEN
    Cli cli = new Cli(dir);
    // WHEN
    Cli.Run run = cli.run("schema", "survey");
    // THEN
    then(run.exitCode).isEqualTo(2);
    then(run.err).contains("survey", "questionnaire, response, assessment, migration, panel, diff");
  }
}
