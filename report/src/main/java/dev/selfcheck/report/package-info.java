/**
 * Reports of an assessment for people: a self-contained HTML page, Markdown and a terminal table;
 * and the workshop report of a panel of respondents.
 *
 * <p>Tier: public API. Start with {@link dev.selfcheck.report.Report}, for a panel with
 * {@link dev.selfcheck.report.WorkshopReport}.
 */
package dev.selfcheck.report;
