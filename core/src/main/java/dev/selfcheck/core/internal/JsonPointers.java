package dev.selfcheck.core.internal;

/** Builds RFC 6901 JSON Pointers. */
public final class JsonPointers {

  private JsonPointers() {}

  /**
   * Appends a reference token.
   *
   * @param base a pointer, {@code ""} for the root
   * @param token a member name, unescaped
   * @return the pointer to the member
   */
  public static String append(String base, String token) {
    return base + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Appends an array index.
   *
   * @param base a pointer
   * @param index the index
   * @return the pointer to the element
   */
  public static String append(String base, int index) {
    return base + "/" + index;
  }
}
