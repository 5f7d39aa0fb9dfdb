package dev.selfcheck.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The one place where JSON Pointers (RFC 6901) are built and taken apart, for every module.
 *
 * <p>Findings, reasons and traces name the element they are about by a pointer into the document
 * it came from, such as {@code /dimensions/0/questions/2/options/1}. A member name is a reference
 * token once {@code ~} is written {@code ~0} and {@code /} is written {@code ~1}, in that order;
 * {@link #tokens(String)} undoes it in the reverse order. The empty pointer {@code ""} points at
 * the whole document.
 *
 * <pre>{@code
 * JsonPointer.append("/answers", "a/b")   // "/answers/a~1b"
 * JsonPointer.tokens("/answers/a~1b")     // ["answers", "a/b"]
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JsonPointer {

  private JsonPointer() {}

  /**
   * Escapes a member name as a reference token.
   *
   * @param name a member name, unescaped
   * @return the reference token: {@code ~} as {@code ~0}, then {@code /} as {@code ~1}
   */
  public static String escape(String name) {
    Objects.requireNonNull(name, "name");
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Reads a reference token back as the member name it stands for.
   *
   * @param token a reference token
   * @return the member name: {@code ~1} as {@code /}, then {@code ~0} as {@code ~}
   */
  public static String unescape(String token) {
    Objects.requireNonNull(token, "token");
    if (token.indexOf('~') < 0) {
      return token;
    }
    return token.replace("~1", "/").replace("~0", "~");
  }

  /**
   * Appends a member to a pointer.
   *
   * @param base a pointer, {@code ""} for the document
   * @param name a member name, unescaped
   * @return the pointer to the member
   */
  public static String append(String base, String name) {
    Objects.requireNonNull(base, "base");
    return base + "/" + escape(name);
  }

  /**
   * Appends an array index to a pointer.
   *
   * @param base a pointer, {@code ""} for the document
   * @param index the index, 0 or more
   * @return the pointer to the element
   * @throws IllegalArgumentException if the index is negative
   */
  public static String append(String base, int index) {
    Objects.requireNonNull(base, "base");
    if (index < 0) {
      throw new IllegalArgumentException("index must be 0 or more, was " + index);
    }
    return base + "/" + index;
  }

  /**
   * Tells whether a pointer names an element at or inside another.
   *
   * @param pointer the pointer to test
   * @param ancestor the element's pointer; {@code ""} (the document) holds every pointer
   * @return true if {@code pointer} equals {@code ancestor} or lies below it, token by token
   *     ({@code /a/bc} is not within {@code /a/b})
   */
  public static boolean isWithin(String pointer, String ancestor) {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(ancestor, "ancestor");
    return pointer.startsWith(ancestor)
        && (pointer.length() == ancestor.length() || pointer.charAt(ancestor.length()) == '/');
  }

  /**
   * Takes a pointer apart into its member names and indexes, unescaped.
   *
   * @param pointer a pointer: {@code ""} or text starting with {@code /}
   * @return the unescaped reference tokens, none for {@code ""}
   * @throws IllegalArgumentException if the text is neither empty nor starts with {@code /}
   */
  public static List<String> tokens(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    if (pointer.isEmpty()) {
      return List.of();
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON Pointer is empty or starts with '/', was '" + pointer + "'");
    }
    List<String> tokens = new ArrayList<>();
    int start = 1;
    while (true) {
      int slash = pointer.indexOf('/', start);
      if (slash < 0) {
        tokens.add(unescape(pointer.substring(start)));
        return List.copyOf(tokens);
      }
      tokens.add(unescape(pointer.substring(start, slash)));
      start = slash + 1;
    }
  }
}
