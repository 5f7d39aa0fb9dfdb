/**
 * Panels of respondents: several responses to one questionnaire version described, combined and
 * compared, with their agreement, groups and a workshop agenda.
 *
 * <p>Exports the API package only; {@code dev.selfcheck.panel.internal} stays inside the module.
 */
module dev.selfcheck.panel {
  requires transitive dev.selfcheck.core;
  requires transitive dev.selfcheck.scoring;
  requires static transitive org.apiguardian.api;

  exports dev.selfcheck.panel;
}
