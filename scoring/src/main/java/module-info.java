/**
 * The scoring engine of selfcheck: exact scores, bands, rules with reasons and improvement
 * potential.
 *
 * <p>Exports the API package only; {@code dev.selfcheck.scoring.internal} stays inside the module.
 */
module dev.selfcheck.scoring {
  requires transitive dev.selfcheck.core;
  requires static transitive org.apiguardian.api;
  requires static org.immutables.value;

  exports dev.selfcheck.scoring;
}
