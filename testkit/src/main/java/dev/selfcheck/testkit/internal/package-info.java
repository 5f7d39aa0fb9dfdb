/**
 * Implementation of the testkit: the blueprints and builder of generated questionnaires.
 *
 * <p>Tier: internal. Not part of the API; may change in any release.
 */
package dev.selfcheck.testkit.internal;
