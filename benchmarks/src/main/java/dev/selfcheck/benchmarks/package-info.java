/**
 * JMH benchmarks of the library against the shared wk108 workload and the flagship questionnaire;
 * run them with {@code benchmarks/run.sh} (see {@code docs/performance.md}).
 *
 * <p>Tier: internal. Not published; nothing here is API.
 */
package dev.selfcheck.benchmarks;
