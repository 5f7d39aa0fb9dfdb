package dev.selfcheck.cli.internal;

/** The little JSON the tool writes itself: quoted strings, and compacting canonical JSON to one line. */
final class Json {

  private Json() {}

  /**
   * Quotes a string as a JSON string.
   *
   * @param s the string, or null for {@code null}
   * @return the JSON text
   */
  static String quote(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }

  /**
   * Removes the whitespace between the tokens of a JSON text, so that it fits on one line.
   *
   * @param json well-formed JSON
   * @return the same value on one line
   */
  static String compact(String json) {
    StringBuilder sb = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        sb.append(c);
        if (c == '\\') {
          sb.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        sb.append(c);
      } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
