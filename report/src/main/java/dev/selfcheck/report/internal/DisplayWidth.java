package dev.selfcheck.report.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The width of text in terminal columns: combining marks and format characters take none, East
 * Asian wide characters and most emoji take two, everything else one; so "ü" written as {@code u}
 * plus a combining diaeresis is one column, like the precomposed letter.
 */
public final class DisplayWidth {

  /** The character that marks a shortened text. */
  public static final String ELLIPSIS = "…";

  private DisplayWidth() {}

  /**
   * The width of a text.
   *
   * @param text any text without control characters
   * @return the columns it takes
   */
  public static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /**
   * The width of a code point.
   *
   * @param cp a code point
   * @return 0, 1 or 2
   */
  public static int of(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
        || cp == 0x200B) {
      return 0;
    }
    boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }

  /**
   * Shortens a text to a width, ending it with {@value #ELLIPSIS} if it was cut.
   *
   * @param text a text
   * @param width the most columns, at least 1
   * @return the text, at most {@code width} columns wide
   */
  public static String truncate(String text, int width) {
    if (of(text) <= width) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = of(cp);
      if (used + w > width - 1) {
        break;
      }
      out.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return out.append(ELLIPSIS).toString();
  }

  /**
   * Pads a text with spaces on the right to a width, shortening it first if needed.
   *
   * @param text a text
   * @param width the width
   * @return exactly {@code width} columns
   */
  public static String padRight(String text, int width) {
    String t = truncate(text, width);
    return t + " ".repeat(width - of(t));
  }

  /**
   * Pads a text with spaces on the left to a width, shortening it first if needed.
   *
   * @param text a text
   * @param width the width
   * @return exactly {@code width} columns
   */
  public static String padLeft(String text, int width) {
    String t = truncate(text, width);
    return " ".repeat(width - of(t)) + t;
  }

  /**
   * Wraps a text at spaces into lines of at most a width; words longer than a line are cut.
   *
   * @param text a text
   * @param width the width of a line, at least 1
   * @return the lines, at least one
   */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int used = 0;
    for (String word : text.trim().split("\\s+")) {
      int w = of(word);
      if (used > 0 && used + 1 + w > width) {
        lines.add(line.toString());
        line.setLength(0);
        used = 0;
      }
      if (used > 0) {
        line.append(' ');
        used++;
      }
      String fitted = truncate(word, width);
      line.append(fitted);
      used += of(fitted);
    }
    lines.add(line.toString());
    return lines;
  }
}
