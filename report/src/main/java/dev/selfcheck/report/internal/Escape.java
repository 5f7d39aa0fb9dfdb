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
   * Escapes text for Markdown inline content (a paragraph, a list item or a table cell): every
   * ASCII punctuation character that Markdown or HTML could read as syntax gets a backslash, and
   * line breaks become spaces, so the text cannot start a heading, list, table column, link,
   * emphasis, code span or HTML tag.
   *
   * @param text any text
   * @return the escaped text, on one line
   */
  public static String markdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_{}[]()<>#+-.!|~\"'&=:$%^@,;?/".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (c >= 0x20 && c != 0x7f) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
