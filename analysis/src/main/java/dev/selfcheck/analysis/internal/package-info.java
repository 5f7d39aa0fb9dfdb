/**
 * Implementation of the questionnaire analysis: conditions compiled into formulas over finite
 * abstract domains, a small three-valued satisfiability search, score ranges derived from the
 * scoring model, and the checks that turn them into findings.
 *
 * <p>Tier: internal. Nothing here is API; it may change in any release.
 */
package dev.selfcheck.analysis.internal;
