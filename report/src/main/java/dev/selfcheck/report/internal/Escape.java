package dev.selfcheck.report.internal;

/**
 * Escaping of untrusted text (everything from questionnaires and responses) for HTML and Markdown.
 */
public final class Escape {

  private Escape() {}

  /**
   * Escapes text for HTML element content and quoted attribute values: {@code & < > " '} become
   * character references, and control characters other than tab and newline are dropped, so the
   * result is always inert text.
   *
   * @param text any text
   * @return the escaped text
   */
  public static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 && c != 0x7f || c == '\n' || c == '\t') {
            out.append(c);
          } else if (c == '\r') {
            out.append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Escapes text for Markdown inline content (a paragraph, a list item or a table cell). A
   * backslash goes before every character that Markdown, its table extension or HTML could read as
   * syntax ({@code \\ ` * _ [ ] ( ) < > | ~ & ! #}), before a list or heading marker at the start
   * ({@code + - =}, and the dot or bracket after leading digits when a space follows), and before the characters that
   * would turn an address into a live link ({@code :} before {@code /}, the dot after {@code www},
   * {@code @}). Line breaks and tabs become spaces and other control characters are dropped, so the
   * text stays on its line and shows exactly as written.
   *
   * @param text any text
   * @return the escaped text, on one line
   */
  public static String markdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean leadingDigits = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean atStart = i == 0;
      boolean escape = "\\`*_[]()<>|~&!#@".indexOf(c) >= 0
          || (atStart && "+-=".indexOf(c) >= 0)
          || (leadingDigits && !atStart && (c == '.' || c == ')')
              && (i + 1 == text.length() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t'))
          || (c == ':' && i + 1 < text.length() && text.charAt(i + 1) == '/')
          || (c == '.' && i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3));
      leadingDigits = leadingDigits && c >= '0' && c <= '9';
      if (escape) {
        out.append('\\').append(c);
      } else if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (c >= 0x20 && c != 0x7f) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Makes text safe for a terminal: control characters (C0, DEL, C1, which start escape
   * sequences) and bidirectional overrides are dropped, line breaks and tabs become spaces.
   *
   * @param text any text
   * @return the text, on one line
   */
  public static String terminal(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (c >= 0x20 && !(c >= 0x7f && c <= 0x9f) && !(c >= 0x202a && c <= 0x202e)
          && !(c >= 0x2066 && c <= 0x2069)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
