package dev.selfcheck.editions.internal;

import dev.selfcheck.core.Finding;
import dev.selfcheck.editions.Change;
import dev.selfcheck.editions.VersionDiff;
import java.util.Optional;

/*
 * The canonical JSON of a version diff, on one line:
 *
 *   {"older":{"id":"q","version":"1.0.0"},"newer":{"id":"q","version":"1.1.0"},
 *    "required":"major","declared":"minor","suggestedVersion":"2.0.0","keepsResponsesValid":false,
 *    "changes":[{"level":"major","kind":"answerInvalidated","subject":"q1",
 *                "before":"/scales/0/options/4","after":"/dimensions/0/questions/0",
 *                "detail":"option '4'"}],
 *    "findings":[{"code":"EDI-0001","severity":"ERROR","pointer":"/version","message":"..."}]}
 *
 * "before", "after" and "detail" are left out when absent; messages are in English.
 */
/** Writes a version diff as JSON. */
public final class DiffJson {

  private DiffJson() {}

  /**
   * @param d a diff
   * @return its JSON
   */
  public static String write(VersionDiff d) {
    StringBuilder sb = new StringBuilder(256 + 160 * d.changes().size());
    sb.append("{\"older\":{\"id\":");
    quote(sb, d.olderId()).append(",\"version\":");
    quote(sb, d.olderVersion().toString()).append("},\"newer\":{\"id\":");
    quote(sb, d.newerId()).append(",\"version\":");
    quote(sb, d.newerVersion().toString()).append("},\"required\":");
    quote(sb, d.required().jsonName()).append(",\"declared\":");
    quote(sb, d.declared().jsonName()).append(",\"suggestedVersion\":");
    quote(sb, d.suggestedVersion().toString()).append(",\"keepsResponsesValid\":")
        .append(d.keepsResponsesValid()).append(",\"changes\":[");
    String comma = "";
    for (Change c : d.changes()) {
      sb.append(comma).append("{\"level\":");
      quote(sb, c.level().jsonName()).append(",\"kind\":");
      quote(sb, c.kind().jsonName()).append(",\"subject\":");
      quote(sb, c.subject());
      optional(sb, "before", c.before());
      optional(sb, "after", c.after());
      optional(sb, "detail", c.detail());
      sb.append('}');
      comma = ",";
    }
    sb.append("],\"findings\":[");
    comma = "";
    for (Finding f : d.findings()) {
      sb.append(comma).append("{\"code\":");
      quote(sb, f.code()).append(",\"severity\":");
      quote(sb, f.severity().name()).append(",\"pointer\":");
      quote(sb, f.pointer()).append(",\"message\":");
      quote(sb, f.message()).append('}');
      comma = ",";
    }
    return sb.append("]}").toString();
  }

  private static void optional(StringBuilder sb, String name, Optional<String> value) {
    if (value.isPresent()) {
      sb.append(",\"").append(name).append("\":");
      quote(sb, value.get());
    }
  }

  /** Appends a JSON string (RFC 8259: quote, backslash and control characters escaped). */
  static StringBuilder quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"');
  }
}
