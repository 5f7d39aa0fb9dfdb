/**
 * Implementation of the scenario module: reading scenario files with source positions, building
 * responses from scenarios, exact numbers written as text, and evaluating conditions for coverage.
 *
 * <p>Tier: internal. Not part of the API; may change in any release.
 */
package dev.selfcheck.scenarios.internal;
