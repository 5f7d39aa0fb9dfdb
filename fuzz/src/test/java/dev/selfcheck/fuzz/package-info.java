/**
 * Fuzz targets (Jazzer) and determinism and safety checks for document loading, response
 * validation, scoring and report rendering.
 *
 * <p>Tier: test only, not published.
 */
package dev.selfcheck.fuzz;
