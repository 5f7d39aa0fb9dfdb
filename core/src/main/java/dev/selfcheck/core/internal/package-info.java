/**
 * Implementation of the core module: semantic validation and condition evaluation.
 *
 * <p>Tier: internal. Nothing here is API; it may change in any release.
 */
package dev.selfcheck.core.internal;
