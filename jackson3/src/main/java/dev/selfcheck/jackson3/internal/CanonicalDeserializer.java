package dev.selfcheck.jackson3.internal;

import dev.selfcheck.schema.InvalidDocumentException;
import dev.selfcheck.schema.JsonBinding;
import java.io.StringWriter;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a value with the library's own reader: the value's tokens are copied exactly (numbers as
 * written) into JSON text, which the reader checks as it checks any document. Findings become a
 * {@link MismatchedInputException} that lists them and carries them in its cause.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CanonicalDeserializer<T> extends StdDeserializer<T> {

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
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    StringWriter json = new StringWriter();
    try (JsonGenerator gen = JsonMapper.shared().createGenerator(json)) {
      gen.copyCurrentStructureExact(p);
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
