/**
 * Static analysis of questionnaires and their rule sets: questions and dimensions that influence
 * nothing, rules that can never or always fire, contradictory and redundant conditions, bands with
 * gaps or out of reach, visibility that hides required questions or looks ahead, all found by
 * reasoning over what the conditions and the scoring model can reach.
 *
 * <p>Tier: public API. Start with {@link dev.selfcheck.analysis.QuestionnaireAnalysis}.
 */
package dev.selfcheck.analysis;
