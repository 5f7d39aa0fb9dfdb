/**
 * Implementation of the editions module: the walk that compares two questionnaire versions and the
 * JSON writer of a version diff.
 *
 * <p>Tier: internal. Nothing here is API; it may change in any release.
 */
package dev.selfcheck.editions.internal;
