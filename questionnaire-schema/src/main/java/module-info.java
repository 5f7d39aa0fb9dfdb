/**
 * The document formats of selfcheck: JSON Schemas of questionnaires, responses and assessments, and
 * {@code QuestionnaireCodec} to read and write them as JSON or YAML.
 *
 * <p>Exports the API package only; {@code dev.selfcheck.schema.internal} stays inside the module.
 */
module dev.selfcheck.schema {
  requires transitive dev.selfcheck.core;
  requires transitive dev.selfcheck.scoring;
  requires com.networknt.schema;
  requires jakarta.validation;
  requires org.hibernate.validator;
  requires org.snakeyaml.engine;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires static transitive org.apiguardian.api;
  requires static org.immutables.value;

  exports dev.selfcheck.schema;
}
