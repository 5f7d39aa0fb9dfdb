/**
 * The immutable model of selfcheck: questionnaires, dimensions, questions, scales, conditions,
 * bands, rules and responses, and their semantic validation.
 *
 * <p>Exports the API package only; {@code dev.selfcheck.core.internal} stays inside the module.
 */
module dev.selfcheck.core {
  requires transitive jakarta.validation;
  requires static transitive org.apiguardian.api;
  requires static org.immutables.value;

  exports dev.selfcheck.core;
}
