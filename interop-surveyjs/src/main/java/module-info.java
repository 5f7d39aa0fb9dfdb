/**
 * SurveyJS interop: SurveyJS survey JSON and results to selfcheck questionnaires and responses and
 * back, each conversion with a loss report.
 *
 * <p>Exports the API package only; {@code dev.selfcheck.surveyjs.internal} stays inside the module.
 */
module dev.selfcheck.surveyjs {
  requires transitive dev.selfcheck.core;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires static transitive org.apiguardian.api;

  exports dev.selfcheck.surveyjs;
}
