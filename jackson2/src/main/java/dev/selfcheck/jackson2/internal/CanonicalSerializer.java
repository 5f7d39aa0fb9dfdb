package dev.selfcheck.jackson2.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.selfcheck.schema.JsonBinding;
import java.io.IOException;
import org.apiguardian.api.API;

/**
 * Writes a value as the library's canonical JSON: the library's own writer makes the text, and
 * its tokens are copied exactly (numbers as written) into the host's generator, so the host's
 * settings (indentation, a token buffer for {@code valueToTree}) apply and the JSON value is
 * the canonical one.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CanonicalSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;
  private static final JsonFactory JSON = new JsonFactory();

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
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    try (JsonParser parser = JSON.createParser(binding.write(value))) {
      parser.nextToken();
      ExactCopy.copy(parser, gen);
    }
  }
}
