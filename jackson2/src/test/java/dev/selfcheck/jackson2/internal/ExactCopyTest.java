package dev.selfcheck.jackson2.internal;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The token copy that keeps numbers as written, on every Jackson 2 line the hosts use. */
class ExactCopyTest {

  private static final JsonFactory JSON = new JsonFactory();

  @Test
  void should_keep_every_number_as_written_when_a_structure_is_copied() throws IOException {
    // GIVEN decimals that a double would change, and the member after the copied value
    String value = "{\"weight\":1.50,\"exact\":[0.10000000000000000555,12345678901234567890,-3],"
        + "\"text\":\"a\",\"none\":null,\"yes\":true}";
    StringWriter out = new StringWriter();
    try (JsonParser parser = JSON.createParser("{\"value\":" + value + ",\"next\":1}");
        JsonGenerator gen = JSON.createGenerator(out)) {
      parser.nextToken();
      parser.nextToken();
      parser.nextToken();
      // WHEN
      ExactCopy.copy(parser, gen);
      gen.flush();
      // THEN the value, to the letter, and the parser left at its end
      then(out.toString()).isEqualTo(value);
      parser.nextToken();
      then(parser.currentName()).isEqualTo("next");
    }
  }
}
