/**
 * Scenario files, a plain scenario runner and rule-set coverage for selfcheck questionnaires,
 * without any test framework.
 *
 * <p>Exports the API package only; {@code dev.selfcheck.scenarios.internal} stays inside the
 * module.
 */
module dev.selfcheck.scenarios {
  requires transitive dev.selfcheck.core;
  requires transitive dev.selfcheck.scoring;
  requires transitive dev.selfcheck.schema;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires static transitive org.apiguardian.api;
  requires static org.immutables.value;

  exports dev.selfcheck.scenarios;
}
