package dev.selfcheck.jackson3.internal;

import dev.selfcheck.schema.JsonBinding;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a value as the library's canonical JSON: the library's own writer makes the text, and
 * its tokens are copied exactly (numbers as written) into the host's generator, so the host's
 * settings (indentation, a token buffer for {@code valueToTree}) apply and the JSON value is
 * the canonical one.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CanonicalSerializer<T> extends StdSerializer<T> {

  private final transient JsonBinding<T> binding;

  /**
   * A serializer.
   *
   * @param binding the library's writer of the type
   */
  public CanonicalSerializer(JsonBinding<T> binding) {
    super(binding.type());
    this.binding = binding;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
    try (JsonParser parser = JsonMapper.shared().createParser(binding.write(value))) {
      parser.nextToken();
      gen.copyCurrentStructureExact(parser);
    }
  }
}
