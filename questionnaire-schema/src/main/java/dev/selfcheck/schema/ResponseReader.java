package dev.selfcheck.schema;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.internal.FastResponseReader;
import dev.selfcheck.scoring.BoundResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads JSON response documents of one questionnaire quickly, for batches: the same results as
 * {@link QuestionnaireCodec#readResponse(byte[], DocumentFormat, Questionnaire)}, with the work
 * that depends only on the questionnaire done once.
 *
 * <p>A plainly valid document is read in one streaming pass straight into the model and checked
 * against the questionnaire. Anything else (an invalid or unusual document, a response with any
 * finding) is read again by the codec's full pipeline, so the findings, with their pointers,
 * lines and messages, are exactly the codec's.
 *
 * <pre>{@code
 * ResponseReader reader = QuestionnaireCodec.create().responseReader(questionnaire);
 * DecodeResult<Response> result = reader.read(line);
 * }</pre>
 *
 * <p>Immutable and thread-safe; create one per questionnaire and share it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ResponseReader {

  private final QuestionnaireCodec codec;
  private final Questionnaire questionnaire;
  private final FastResponseReader fast;

  ResponseReader(QuestionnaireCodec codec, Questionnaire questionnaire) {
    this.codec = codec;
    this.questionnaire = questionnaire;
    this.fast = new FastResponseReader(questionnaire, codec.limits());
  }

  /** @return the questionnaire whose responses this reader reads */
  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /**
   * Reads a response document and checks it against the questionnaire.
   *
   * @param json the document, JSON in UTF-8
   * @return the response, or the findings
   */
  public DecodeResult<Response> read(byte[] json) {
    Objects.requireNonNull(json, "json");
    Response r = fast.read(json);
    if (r != null) {
      return DecodeResult.of(r, List.of());
    }
    return codec.readResponse(json, DocumentFormat.JSON, questionnaire);
  }

  /**
   * Reads a response document bound to the questionnaire: its answers held by the index of each
   * question and option, for {@code Scorer.score(BoundResponse)}, the batch path. A plainly valid
   * document of a questionnaire without visibility conditions is bound straight from the JSON
   * tokens, and its {@link Response} is read from a copy of the document only when asked for
   * ({@link BoundResponse#response()}). Anything else is read as {@link #read(byte[])} reads it,
   * with the same findings, and bound when scored.
   *
   * <pre>{@code
   * BoundResponse bound = reader.readBound(line).orElseThrow();
   * String out = scorer.score(bound).toCompactJson();
   * }</pre>
   *
   * @param json the document, JSON in UTF-8
   * @return the bound response, or the findings
   * @since 0.2
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public DecodeResult<BoundResponse> readBound(byte[] json) {
    Objects.requireNonNull(json, "json");
    BoundResponse bound = fast.bind(json);
    if (bound != null) {
      return DecodeResult.of(bound, List.of());
    }
    DecodeResult<Response> r = read(json);
    return r.value().isPresent()
        ? DecodeResult.of(BoundResponse.of(questionnaire, r.value().get()), r.findings())
        : DecodeResult.failure(r.findings());
  }

  /**
   * Reads a response document from text, bound to the questionnaire (see {@link
   * #readBound(byte[])}).
   *
   * @param json the document, JSON
   * @return the bound response, or the findings
   * @since 0.2
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public DecodeResult<BoundResponse> readBound(String json) {
    return readBound(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a response document from text, such as one line of a JSON Lines file.
   *
   * @param json the document, JSON
   * @return the response, or the findings
   */
  public DecodeResult<Response> read(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }
}
