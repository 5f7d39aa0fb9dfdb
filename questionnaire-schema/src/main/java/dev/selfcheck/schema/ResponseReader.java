package dev.selfcheck.schema;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.internal.FastResponseReader;
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
   * Reads a response document from text, such as one line of a JSON Lines file.
   *
   * @param json the document, JSON
   * @return the response, or the findings
   */
  public DecodeResult<Response> read(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }
}
