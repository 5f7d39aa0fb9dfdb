package dev.selfcheck.schema;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.Assessment;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One type that has a canonical JSON form, with the library's own writer and reader of it: what
 * a binding to a host's JSON library (the {@code selfcheck-jackson2} and {@code selfcheck-jackson3}
 * modules) delegates to, so that no host mapping repeats the format.
 *
 * <p>{@link #all} lists the bindings of {@link Questionnaire}, {@link Response} and
 * {@link Assessment}. Writing gives the canonical JSON of {@link QuestionnaireCodec} and
 * {@code Assessment.toJson()}; reading checks a document as the codec does and returns the
 * findings. An assessment is read against the questionnaire among the given ones whose id and
 * version it names (with none of them, against the first, whose findings then say which
 * questionnaire the assessment names).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the type
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JsonBinding<T> {

  private final Class<T> type;
  private final Function<T, String> writer;
  private final Function<String, DecodeResult<T>> reader;

  private JsonBinding(
      Class<T> type, Function<T, String> writer, Function<String, DecodeResult<T>> reader) {
    this.type = type;
    this.writer = writer;
    this.reader = reader;
  }

  /**
   * The bindings of all types with a canonical JSON form.
   *
   * @param codec the codec that writes and reads them (its limits apply)
   * @param questionnaires the questionnaires whose assessments can be read; with none, reading an
   *     assessment throws {@link IllegalStateException}
   * @return the bindings of {@link Questionnaire}, {@link Response} and {@link Assessment}
   */
  public static List<JsonBinding<?>> all(QuestionnaireCodec codec, List<Questionnaire> questionnaires) {
    Objects.requireNonNull(codec, "codec");
    List<Questionnaire> known = List.copyOf(questionnaires);
    return List.of(
        new JsonBinding<>(Questionnaire.class, codec::writeQuestionnaire,
            json -> codec.readQuestionnaire(json, DocumentFormat.JSON)),
        new JsonBinding<>(Response.class, codec::writeResponse,
            json -> codec.readResponse(json, DocumentFormat.JSON)),
        new JsonBinding<>(Assessment.class, Assessment::toJson,
            json -> codec.readAssessment(json, scoredBy(json, known))));
  }

  private static Questionnaire scoredBy(String json, List<Questionnaire> known) {
    if (known.isEmpty()) {
      throw new IllegalStateException("reading an assessment needs the questionnaire that scored "
          + "it; give it to the binding (SelfcheckJackson3Module.withQuestionnaires(questionnaire) "
          + "or SelfcheckJackson2Module.withQuestionnaires(questionnaire))");
    }
    String id;
    String version;
    try {
      JsonNode named = JsonMapper.shared().readTree(json).path("questionnaire");
      id = named.path("id").asString("");
      version = named.path("version").asString("");
    } catch (JacksonException e) {
      return known.get(0);  // not an assessment: reading it against any questionnaire says why
    }
    return known.stream()
        .filter(q -> q.id().equals(id) && q.version().toString().equals(version))
        .findFirst()
        .orElse(known.get(0));
  }

  /** @return the type */
  public Class<T> type() {
    return type;
  }

  /**
   * The canonical JSON of a value.
   *
   * @param value the value
   * @return its canonical JSON
   */
  public String write(T value) {
    return writer.apply(Objects.requireNonNull(value, "value"));
  }

  /**
   * Reads a value from JSON text, checked as {@link QuestionnaireCodec} checks a document.
   *
   * @param json the JSON text
   * @return the value, or the findings
   * @throws IllegalStateException for an assessment when no questionnaire was given
   */
  public DecodeResult<T> read(String json) {
    return reader.apply(Objects.requireNonNull(json, "json"));
  }

  @Override
  public String toString() {
    return "JsonBinding[type=" + type.getSimpleName() + "]";
  }
}
