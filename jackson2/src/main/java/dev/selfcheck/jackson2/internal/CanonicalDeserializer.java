package dev.selfcheck.jackson2.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.selfcheck.schema.InvalidDocumentException;
import dev.selfcheck.schema.JsonBinding;
import java.io.IOException;
import java.io.StringWriter;
import org.apiguardian.api.API;

/**
 * Reads a value with the library's own reader: the value's tokens are copied exactly (numbers as
 * written) into JSON text, which the reader checks as it checks any document. Findings become a
 * {@link MismatchedInputException} that lists them and carries them in its cause.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CanonicalDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;
  private static final JsonFactory JSON = new JsonFactory();

  private final transient JsonBinding<T> binding;

  /**
   * A deserializer.
   *
   * @param binding the library's reader of the type
   */
  public CanonicalDeserializer(JsonBinding<T> binding) {
    super(binding.type());
    this.binding = binding;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    StringWriter json = new StringWriter();
    try (JsonGenerator gen = JSON.createGenerator(json)) {
      ExactCopy.copy(p, gen);
    }
    try {
      return binding.read(json.toString()).orElseThrow();
    } catch (InvalidDocumentException findings) {
      MismatchedInputException e = MismatchedInputException.from(p, handledType(),
          "not a valid " + handledType().getSimpleName() + ", " + findings.getMessage());
      e.initCause(findings);
      throw e;
    } catch (IllegalStateException noQuestionnaire) {
      throw MismatchedInputException.from(p, handledType(), noQuestionnaire.getMessage());
    }
  }
}
