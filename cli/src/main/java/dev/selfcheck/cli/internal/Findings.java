package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Finding;
import dev.selfcheck.schema.DocumentProblem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** How the tool prints findings: one line of text each, or JSON. */
final class Findings {

  private Findings() {}

  /**
   * One finding as an indented line: severity, code, JSON Pointer, line:column (when known),
   * message.
   *
   * @param f the finding
   * @param language the reader's language
   * @return e.g. {@code   ERROR QST-0010 at '/dimensions/0/questions/0/scale' 13:16: scale ...}
   */
  static String line(Finding f, Locale language) {
    StringBuilder sb = new StringBuilder("  ").append(f.severity()).append(' ').append(f.code())
        .append(" at '").append(f.pointer()).append('\'');
    if (f.line().isPresent()) {
      sb.append(' ').append(f.line().getAsInt());
      f.column().ifPresent(c -> sb.append(':').append(c));
    }
    return sb.append(": ").append(f.message(language)).toString();
  }

  /**
   * One finding as a JSON object with code, severity, pointer, line, column (null when unknown)
   * and message.
   *
   * @param f the finding
   * @param language the language of the message
   * @return the JSON text
   */
  static String json(Finding f, Locale language) {
    return "{\"code\":" + Json.quote(f.code())
        + ",\"severity\":" + Json.quote(f.severity().name())
        + ",\"pointer\":" + Json.quote(f.pointer())
        + ",\"line\":" + (f.line().isPresent() ? f.line().getAsInt() : "null")
        + ",\"column\":" + (f.column().isPresent() ? f.column().getAsInt() : "null")
        + ",\"message\":" + Json.quote(f.message(language)) + "}";
  }

  /**
   * The error record of an invalid JSON Lines input line:
   * {@code {"line":N,"errors":[{"code":..,"pointer":..,"message":..},...]}}. A line that is not
   * valid UTF-8 (which the codec reports as {@code DOC-0001}) also gets
   * {@code "byteOffset":N}, the 0-based offset in the line of its first invalid byte.
   *
   * @param line the 1-based input line number
   * @param bytes the line
   * @param errors the errors that make the line invalid
   * @param language the language of the messages
   * @return one line of JSON
   */
  static String errorRecord(long line, byte[] bytes, List<Finding> errors, Locale language) {
    StringBuilder sb = new StringBuilder(256).append("{\"line\":").append(line);
    boolean malformed = errors.stream().anyMatch(f -> f.is(DocumentProblem.MALFORMED_DOCUMENT));
    int invalid = malformed ? firstInvalidUtf8(bytes) : -1;
    if (invalid >= 0) {
      sb.append(",\"byteOffset\":").append(invalid);
    }
    sb.append(",\"errors\":[");
    for (int i = 0; i < errors.size(); i++) {
      Finding f = errors.get(i);
      sb.append(i == 0 ? "" : ",").append("{\"code\":").append(Json.quote(f.code()))
          .append(",\"pointer\":").append(Json.quote(f.pointer()))
          .append(",\"message\":").append(Json.quote(f.message(language))).append('}');
    }
    return sb.append("]}").toString();
  }

  /**
   * Where UTF-8 decoding fails, by the JDK's strict decoder.
   *
   * @param bytes the text
   * @return the 0-based offset of the first byte that is not valid UTF-8, or -1 if all are
   */
  static int firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(4096);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return -1;
      }
      out.clear();
    }
  }

  /**
   * The last record of a batch on standard output that stopped before the end of its input:
   * {@code {"incomplete":true,"stoppedAfterLine":N,"reason":..}}. Output lines 1 to N are complete
   * and belong to input lines 1 to N.
   *
   * @param lastLine the last input line whose result was written (0 for none)
   * @param reason why the batch stopped, e.g. {@code interrupted}
   * @return one line of JSON
   */
  static String incompleteRecord(long lastLine, String reason) {
    return "{\"incomplete\":true,\"stoppedAfterLine\":" + lastLine + ",\"reason\":" + Json.quote(reason) + "}";
  }
}
