/**
 * The commands of the {@code selfcheck} tool and what they share: reading documents, printing
 * findings, streaming batches, generating responses.
 *
 * <p>Tier: internal. Nothing here is API; it may change in any release.
 */
package dev.selfcheck.cli.internal;
