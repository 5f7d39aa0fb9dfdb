package dev.selfcheck.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Copies the structure at a parser's current token to a generator, numbers as written. Jackson
 * 2.15 has this as {@code copyCurrentStructureExact}; the Jackson 2.14 of Spring Boot 3.0 does
 * not, and its {@code copyCurrentStructure} turns a decimal into a double.
 */
final class ExactCopy {

  private ExactCopy() {}

  static void copy(JsonParser from, JsonGenerator to) throws IOException {
    int depth = 0;
    do {
      JsonToken token = from.currentToken();
      if (token == JsonToken.VALUE_NUMBER_FLOAT) {
        to.writeNumber(from.getText());
      } else {
        to.copyCurrentEvent(from);
      }
      if (token.isStructStart()) {
        depth++;
      } else if (token.isStructEnd()) {
        depth--;
      }
    } while (depth > 0 && from.nextToken() != null);
  }
}
