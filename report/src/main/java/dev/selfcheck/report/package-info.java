/**
 * Reports of an assessment for people: a self-contained HTML page, Markdown and a terminal table.
 *
 * <p>Tier: public API. Start with {@link dev.selfcheck.report.Report}.
 */
package dev.selfcheck.report;
