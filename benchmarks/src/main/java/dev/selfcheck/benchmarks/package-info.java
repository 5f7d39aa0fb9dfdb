/**
 * JMH benchmarks of the library against the shared wk108 workload, the flagship questionnaire and
 * a generated 10 000-question questionnaire (the report with improvements); run them with {@code benchmarks/run.sh} (see {@code docs/performance.md}).
 *
 * <p>Tier: internal. Not published; nothing here is API.
 */
package dev.selfcheck.benchmarks;
