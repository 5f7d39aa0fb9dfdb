/**
 * Runnable examples of the documentation: the document validator that README.md starts with.
 *
 * <p>Tier: examples (not published).
 */
package dev.selfcheck.docs;
