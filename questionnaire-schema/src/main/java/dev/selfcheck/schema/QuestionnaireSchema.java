package dev.selfcheck.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * The published JSON Schemas (draft 2020-12) of questionnaire, response and assessment documents,
 * shipped inside this jar under {@code dev/selfcheck/schema/1.0/}.
 *
 * <p>A document names its schema in its {@code $schema} member. The ids below are identifiers,
 * not addresses that serve the schemas: editors validate and complete a document once they are
 * given a schema file, for YAML through a {@code # yaml-language-server: $schema=<relative path>}
 * modeline. The same files are written by {@code selfcheck schema --output-dir} and kept in the
 * repository's {@code schemas/1.0/} directory.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class QuestionnaireSchema {

  /** The format version that this library reads and writes. */
  public static final String FORMAT_VERSION = "1.0";

  /** The {@code $id} of the questionnaire schema, and the {@code $schema} of questionnaires. */
  public static final String QUESTIONNAIRE_SCHEMA_ID =
      "https://selfcheck.dev/schemas/1.0/questionnaire.schema.json";

  /** The {@code $id} of the response schema, and the {@code $schema} of responses. */
  public static final String RESPONSE_SCHEMA_ID =
      "https://selfcheck.dev/schemas/1.0/response.schema.json";

  /**
   * The {@code $id} of the assessment schema, which describes what {@code Assessment.toJson()}
   * writes and {@link QuestionnaireCodec#readAssessment(String, dev.selfcheck.core.Questionnaire)}
   * reads. Assessments carry no {@code $schema} member.
   */
  public static final String ASSESSMENT_SCHEMA_ID =
      "https://selfcheck.dev/schemas/1.0/assessment.schema.json";

  /**
   * The {@code $id} of the migration plan schema, and the {@code $schema} of migration plans
   * ({@link QuestionnaireCodec#readMigrationPlan}).
   *
   * @since 0.2
   */
  public static final String MIGRATION_SCHEMA_ID =
      "https://selfcheck.dev/schemas/1.0/migration.schema.json";

  /** The class path resource of the questionnaire schema. */
  public static final String QUESTIONNAIRE_SCHEMA_RESOURCE =
      "/dev/selfcheck/schema/1.0/questionnaire.schema.json";

  /** The class path resource of the response schema. */
  public static final String RESPONSE_SCHEMA_RESOURCE =
      "/dev/selfcheck/schema/1.0/response.schema.json";

  /** The class path resource of the assessment schema. */
  public static final String ASSESSMENT_SCHEMA_RESOURCE =
      "/dev/selfcheck/schema/1.0/assessment.schema.json";

  /**
   * The class path resource of the migration plan schema.
   *
   * @since 0.2
   */
  public static final String MIGRATION_SCHEMA_RESOURCE =
      "/dev/selfcheck/schema/1.0/migration.schema.json";

  private QuestionnaireSchema() {}

  /** @return the questionnaire schema as JSON text */
  public static String questionnaireSchema() {
    return resource(QUESTIONNAIRE_SCHEMA_RESOURCE);
  }

  /** @return the response schema as JSON text */
  public static String responseSchema() {
    return resource(RESPONSE_SCHEMA_RESOURCE);
  }

  /** @return the assessment schema as JSON text */
  public static String assessmentSchema() {
    return resource(ASSESSMENT_SCHEMA_RESOURCE);
  }

  /**
   * @return the migration plan schema as JSON text
   * @since 0.2
   */
  public static String migrationSchema() {
    return resource(MIGRATION_SCHEMA_RESOURCE);
  }

  static String resource(String name) {
    try (InputStream in = QuestionnaireSchema.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("schema resource " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
