/**
 * Editions of a questionnaire over time: the difference between two versions, classified by what
 * it means for the responses, and the version number it calls for.
 *
 * <p>Exports the API package only; {@code dev.selfcheck.editions.internal} stays inside the module.
 */
module dev.selfcheck.editions {
  requires transitive dev.selfcheck.core;
  requires transitive dev.selfcheck.scoring;
  requires static transitive org.apiguardian.api;

  exports dev.selfcheck.editions;
}
