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
        .map(r -> valid(CODEC.readResponse(text(r), DocumentFormat.JSON, QUESTIONNAIRE), r))
        .collect(Collectors.toUnmodifiableList());

    private static <T> T valid(DecodeResult<T> result, String resource) {
      if (!result.isValid()) {
        throw new IllegalStateException("bundled document " + resource + " is invalid: "
            + result.errors());
      }
      return result.orElseThrow();
    }
  }
}
