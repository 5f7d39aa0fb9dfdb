/**
 * Implementation of the panel analysis: exact descriptive statistics, scale steps read from the
 * scoring model, agreement indices, the combination of answers, groups, the agenda and the JSON
 * writer of a panel result.
 *
 * <p>Tier: internal. Nothing here is API; it may change in any release.
 */
package dev.selfcheck.panel.internal;
