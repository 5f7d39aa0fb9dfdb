/**
 * The {@code selfcheck} command-line tool: validate, score, generate, report, schema and demo.
 *
 * <p>Tier: public API, but only {@link dev.selfcheck.cli.Main}; the commands live in
 * {@code dev.selfcheck.cli.internal}.
 */
package dev.selfcheck.cli;
