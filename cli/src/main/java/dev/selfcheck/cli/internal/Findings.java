package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Finding;
import java.util.List;

/** How the tool prints findings: one line of text each, or JSON. */
final class Findings {

  private Findings() {}

  /**
   * One finding as an indented line: severity, code, JSON Pointer, line:column (when known),
   * message.
   *
   * @param f the finding
   * @return e.g. {@code   ERROR QST-0010 at '/dimensions/0/questions/0/scale' 13:16: scale ...}
   */
  static String line(Finding f) {
    StringBuilder sb = new StringBuilder("  ").append(f.severity()).append(' ').append(f.code())
        .append(" at '").append(f.pointer()).append('\'');
    if (f.line().isPresent()) {
      sb.append(' ').append(f.line().getAsInt());
      f.column().ifPresent(c -> sb.append(':').append(c));
    }
    return sb.append(": ").append(f.message()).toString();
  }

  /**
   * One finding as a JSON object with code, severity, pointer, line, column (null when unknown)
   * and message.
   *
   * @param f the finding
   * @return the JSON text
   */
  static String json(Finding f) {
    return "{\"code\":" + Json.quote(f.code())
        + ",\"severity\":" + Json.quote(f.severity().name())
        + ",\"pointer\":" + Json.quote(f.pointer())
        + ",\"line\":" + (f.line().isPresent() ? f.line().getAsInt() : "null")
        + ",\"column\":" + (f.column().isPresent() ? f.column().getAsInt() : "null")
        + ",\"message\":" + Json.quote(f.message()) + "}";
  }

  /**
   * The error record of an invalid JSON Lines input line:
   * {@code {"line":N,"errors":[{"code":..,"pointer":..,"message":..},...]}}.
   *
   * @param line the 1-based input line number
   * @param errors the errors that make the line invalid
   * @return one line of JSON
   */
  static String errorRecord(long line, List<Finding> errors) {
    StringBuilder sb = new StringBuilder(256).append("{\"line\":").append(line).append(",\"errors\":[");
    for (int i = 0; i < errors.size(); i++) {
      Finding f = errors.get(i);
      sb.append(i == 0 ? "" : ",").append("{\"code\":").append(Json.quote(f.code()))
          .append(",\"pointer\":").append(Json.quote(f.pointer()))
          .append(",\"message\":").append(Json.quote(f.message())).append('}');
    }
    return sb.append("]}").toString();
  }
}
