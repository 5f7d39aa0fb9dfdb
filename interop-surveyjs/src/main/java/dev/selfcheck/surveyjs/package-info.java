/**
 * SurveyJS survey JSON and results to selfcheck questionnaires and responses and back, each
 * conversion with a loss report whose findings point into both documents.
 *
 * <p>Tier: public API. Start with {@link dev.selfcheck.surveyjs.SurveyJs}.
 */
package dev.selfcheck.surveyjs;
