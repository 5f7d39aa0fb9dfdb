package dev.selfcheck.flagship;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The bundled "welcoming municipality" self-check and the sample responses of a fictional
 * municipality, loaded from this artifact's resources.
 *
 * <p>Everything is loaded and validated once, on first use; the values are immutable and may be
 * shared between threads. Hosts that want the documents themselves (to show, copy or adapt them)
 * use {@link #questionnaireDocument()} and {@link #sampleResponseDocuments()}.
 *
 * <pre>{@code
 * Questionnaire questionnaire = Flagship.questionnaire();
 * Assessment assessment = ScoringEngine.create().compile(questionnaire)
 *     .score(Flagship.sampleResponse());
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Flagship {

  /** The class-path resource of the questionnaire document (YAML). */
  public static final String QUESTIONNAIRE_RESOURCE =
      "/dev/selfcheck/flagship/welcoming-municipality.yaml";

  /**
   * The class-path resources of the sample responses (JSON), one per answering department; the
   * first is the one {@link #sampleResponse()} returns.
   */
  public static final List<String> SAMPLE_RESPONSE_RESOURCES = List.of(
      "/dev/selfcheck/flagship/sample-response-integration-office.json",
      "/dev/selfcheck/flagship/sample-response-personnel-office.json",
      "/dev/selfcheck/flagship/sample-response-mayors-office.json");

  /**
   * The class-path resources of the sample panel (JSON): eight respondents of the fictional town
   * of Lindenfeld, answering the same questionnaire version for a workshop. The first three are
   * the {@linkplain #SAMPLE_RESPONSE_RESOURCES sample responses} of the administration (group
   * "Verwaltung"); then two council members (group "Politik") and three organisations of civil
   * society (group "Zivilgesellschaft"). They disagree for real: yes/no questions answered both
   * ways, answers two or more steps apart, "don't know" where an outsider cannot know, and one
   * question nobody can answer ({@code work.processingWeeks}: the immigration office is the
   * county's).
   *
   * @since 0.1
   */
  public static final List<String> SAMPLE_PANEL_RESOURCES = java.util.stream.Stream.concat(
          SAMPLE_RESPONSE_RESOURCES.stream(),
          java.util.stream.Stream.of("integration-committee", "finance-committee",
                  "advisory-council", "refugee-aid", "sports-club")
              .map(name -> "/dev/selfcheck/flagship/sample-panel-" + name + ".json"))
      .collect(Collectors.toUnmodifiableList());

  /**
   * The class-path resources of the flagship's scenario suite, one file per field of action:
   * scenarios that reach every band of every field and fire every recommendation (run them with
   * the testkit, or {@code selfcheck test}).
   */
  public static final List<String> SCENARIO_RESOURCES = java.util.stream.Stream.of(
          "management", "opening", "access", "work", "participation", "cohesion", "communication")
      .map(field -> "/dev/selfcheck/flagship/scenarios/" + field + ".yaml")
      .collect(Collectors.toUnmodifiableList());

  private Flagship() {}

  /**
   * The flagship questionnaire.
   *
   * @return the questionnaire, loaded and validated once
   * @throws IllegalStateException if the bundled document does not load (a packaging error)
   */
  public static Questionnaire questionnaire() {
    return Content.QUESTIONNAIRE;
  }

  /**
   * The sample response the demo uses: the integration office of the fictional town of
   * Lindenfeld.
   *
   * @return the first sample response
   * @throws IllegalStateException if a bundled document does not load or does not fit the
   *     questionnaire (a packaging error)
   */
  public static Response sampleResponse() {
    return Content.RESPONSES.get(0);
  }

  /**
   * All sample responses of the fictional town of Lindenfeld, one per answering department: the
   * integration office, the personnel office and the mayor's office.
   *
   * @return the sample responses, in the order of {@link #SAMPLE_RESPONSE_RESOURCES}
   */
  public static List<Response> sampleResponses() {
    return Content.RESPONSES;
  }

  /**
   * The sample panel of the fictional town of Lindenfeld: the responses of eight respondents
   * across the administration, politics and civil society, each with its respondent id, role and
   * group (see {@link #SAMPLE_PANEL_RESOURCES}). Hand them to {@code Panel.of} of the
   * {@code selfcheck-panel} module to analyse them together.
   *
   * @return the responses, in the order of {@link #SAMPLE_PANEL_RESOURCES}; the first three are
   *     the {@linkplain #sampleResponses() sample responses} themselves
   * @throws IllegalStateException if a bundled document does not load or does not fit the
   *     questionnaire (a packaging error)
   * @since 0.1
   */
  public static List<Response> samplePanel() {
    return Content.PANEL;
  }

  /**
   * The questionnaire document as written (YAML, UTF-8).
   *
   * @return the document text
   */
  public static String questionnaireDocument() {
    return text(QUESTIONNAIRE_RESOURCE);
  }

  /**
   * The sample response documents as written (JSON, UTF-8).
   *
   * @return the document texts, in the order of {@link #SAMPLE_RESPONSE_RESOURCES}
   */
  public static List<String> sampleResponseDocuments() {
    return SAMPLE_RESPONSE_RESOURCES.stream().map(Flagship::text).collect(Collectors.toList());
  }

  /**
   * The sample panel's response documents as written (JSON, UTF-8).
   *
   * @return the document texts, in the order of {@link #SAMPLE_PANEL_RESOURCES}
   * @since 0.1
   */
  public static List<String> samplePanelDocuments() {
    return SAMPLE_PANEL_RESOURCES.stream().map(Flagship::text).collect(Collectors.toList());
  }

  private static String text(String resource) {
    try (InputStream in = Flagship.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }

  /**
   * Holder: loads on first use, once (class initialisation is thread-safe). Each sample response
   * is read against the questionnaire, so a response that does not fit it fails here.
   */
  private static final class Content {
    static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();
    static final Questionnaire QUESTIONNAIRE =
        valid(CODEC.readQuestionnaire(text(QUESTIONNAIRE_RESOURCE), DocumentFormat.YAML),
            QUESTIONNAIRE_RESOURCE);
    static final List<Response> RESPONSES = SAMPLE_RESPONSE_RESOURCES.stream()
        .map(Content::response).collect(Collectors.toUnmodifiableList());
    static final List<Response> PANEL = java.util.stream.Stream.concat(RESPONSES.stream(),
            SAMPLE_PANEL_RESOURCES.stream().skip(RESPONSES.size()).map(Content::response))
        .collect(Collectors.toUnmodifiableList());

    private static Response response(String resource) {
      return valid(CODEC.readResponse(text(resource), DocumentFormat.JSON, QUESTIONNAIRE), resource);
    }

    private static <T> T valid(DecodeResult<T> result, String resource) {
      if (!result.isValid()) {
        throw new IllegalStateException("bundled document " + resource + " is invalid: "
            + result.errors());
      }
      return result.orElseThrow();
    }
  }
}
