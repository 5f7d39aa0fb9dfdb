/**
 * Editions of a questionnaire over time: {@link dev.selfcheck.editions.VersionDiff} compares two
 * versions and classifies every change as text only (patch), additive or scoring only (minor: the
 * old responses stay valid) or structural (major: a migration is needed), with JSON Pointers into
 * both documents.
 *
 * <p>Tier: public API. Start with {@link dev.selfcheck.editions.VersionDiff}.
 */
package dev.selfcheck.editions;
