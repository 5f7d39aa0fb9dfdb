/**
 * Reports of a selfcheck assessment: a self-contained HTML page, Markdown and a terminal table;
 * and the workshop report of a panel, as HTML and Markdown.
 *
 * <p>Exports the API package only; {@code dev.selfcheck.report.internal} stays inside the module.
 */
module dev.selfcheck.report {
  requires transitive dev.selfcheck.core;
  requires transitive dev.selfcheck.scoring;
  requires transitive dev.selfcheck.panel;
  requires static transitive org.apiguardian.api;

  exports dev.selfcheck.report;
}
