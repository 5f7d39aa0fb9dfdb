/**
 * Implementation of the SurveyJS conversions: the survey reader and writer, the parser and writer
 * of the supported subset of SurveyJS expressions, and the results converter.
 *
 * <p>Tier: internal. Nothing here is API; it may change in any release.
 */
package dev.selfcheck.surveyjs.internal;
