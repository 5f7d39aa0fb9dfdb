/**
 * Static analysis of selfcheck questionnaires and rule sets: dead questions, zero weights, rules
 * that never or always fire, contradictions, band gaps.
 *
 * <p>Exports the API package only; {@code dev.selfcheck.analysis.internal} stays inside the module.
 */
module dev.selfcheck.analysis {
  requires transitive dev.selfcheck.core;
  requires transitive dev.selfcheck.scoring;
  requires static transitive org.apiguardian.api;

  exports dev.selfcheck.analysis;
}
