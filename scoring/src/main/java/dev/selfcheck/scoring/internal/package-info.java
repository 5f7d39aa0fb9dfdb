/**
 * Implementation of the scoring engine: the compiled questionnaire and the evaluation of responses.
 *
 * <p>Tier: internal. Nothing here is API; it may change in any release.
 */
package dev.selfcheck.scoring.internal;
