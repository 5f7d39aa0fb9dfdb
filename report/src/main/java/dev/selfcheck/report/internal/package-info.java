/**
 * Implementation of the report module: the label catalog, escaping and the three renderers.
 *
 * <p>Tier: internal. Nothing here is API; it may change in any release.
 */
package dev.selfcheck.report.internal;
