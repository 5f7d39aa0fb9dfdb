package dev.selfcheck.surveyjs;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.surveyjs.internal.Results;
import dev.selfcheck.surveyjs.internal.SurveyReader;
import dev.selfcheck.surveyjs.internal.SurveyWriter;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * SurveyJS survey JSON and results to questionnaires and responses and back: the entry point of the
 * SurveyJS interop module.
 *
 * <p>Every conversion returns a {@link Conversion}: the document written and a loss report of what
 * could not be carried, each {@link Loss} with a JSON Pointer into the document read and one into
 * the document written. What maps, what is lost and what is refused is the mapping table of
 * {@code docs/interop-surveyjs.md}. A questionnaire written by {@link #exportSurvey} reads back by
 * {@link #importSurvey} into the same questionnaire, as far as the loss report of the export is
 * empty.
 *
 * <pre>{@code
 * Conversion<Questionnaire> imported = SurveyJs.importSurvey(surveyJson);
 * imported.losses().forEach(loss -> log(loss.finding()));
 * Questionnaire questionnaire = imported.value().orElseThrow();
 * Conversion<String> exported = SurveyJs.exportSurvey(questionnaire);
 * }</pre>
 *
 * <p><b>Never runs foreign code.</b> SurveyJS expressions ({@code visibleIf}) are parsed in a small
 * subset (comparisons, {@code contains}, {@code anyof}, {@code allof}, {@code noneof},
 * {@code empty}, {@code notempty}, {@code and}, {@code or}, {@code !}) into condition data; functions,
 * arithmetic, triggers, calculated values and every other kind of survey logic are reported and
 * left out, never evaluated.
 *
 * <p><b>Threads, nulls and errors.</b> Stateless and thread-safe. No argument may be null (a null
 * throws {@link NullPointerException}). Bad input is never thrown: text that is not JSON gives a
 * conversion without value and an {@link SurveyJsProblem#NOT_JSON} finding.
 *
 * @since 0.3
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public final class SurveyJs {

  private SurveyJs() {}

  /**
   * Reads a SurveyJS survey into a questionnaire. The survey's custom properties
   * {@code questionnaireId} and {@code questionnaireVersion} (written by {@link #exportSurvey})
   * give the questionnaire's id and version; without them it is {@code survey} version 1.0.0.
   *
   * @param surveyJson SurveyJS survey JSON
   * @return the questionnaire (absent only when the text is no survey at all) and the loss report
   */
  public static Conversion<Questionnaire> importSurvey(String surveyJson) {
    return SurveyReader.read(Objects.requireNonNull(surveyJson, "surveyJson"));
  }

  /**
   * Writes a questionnaire as a SurveyJS survey. Option scores are written as the custom choice
   * property {@code score}; a host registers it (and {@code questionnaireId},
   * {@code questionnaireVersion} on the survey) with SurveyJS's {@code Serializer.addProperty}.
   *
   * @param questionnaire the questionnaire
   * @return the survey JSON and the loss report
   */
  public static Conversion<String> exportSurvey(Questionnaire questionnaire) {
    return SurveyWriter.write(Objects.requireNonNull(questionnaire, "questionnaire"));
  }

  /**
   * Reads a SurveyJS result ({@code survey.data}) into a response to the questionnaire.
   *
   * @param questionnaire the questionnaire the result answers
   * @param resultJson the result JSON
   * @return the response (absent only when the text is no JSON object) and the loss report
   */
  public static Conversion<Response> importResult(Questionnaire questionnaire, String resultJson) {
    return Results.read(Objects.requireNonNull(questionnaire, "questionnaire"),
        Objects.requireNonNull(resultJson, "resultJson"));
  }

  /**
   * Writes a response as a SurveyJS result ({@code survey.data}) for the survey that
   * {@link #exportSurvey} writes of the questionnaire.
   *
   * @param questionnaire the questionnaire the response answers
   * @param response the response
   * @return the result JSON and the loss report
   */
  public static Conversion<String> exportResult(Questionnaire questionnaire, Response response) {
    return Results.write(Objects.requireNonNull(questionnaire, "questionnaire"),
        Objects.requireNonNull(response, "response"));
  }
}
