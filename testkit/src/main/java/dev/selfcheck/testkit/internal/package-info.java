/**
 * Implementation of the testkit: reading scenario files with source positions, building responses
 * from scenarios, evaluating conditions for coverage, and building generated questionnaires.
 *
 * <p>Tier: internal. Not part of the API; may change in any release.
 */
package dev.selfcheck.testkit.internal;
