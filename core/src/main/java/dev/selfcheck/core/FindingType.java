package dev.selfcheck.core;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A kind of {@link Finding}: a stable code, a severity and a message template. Each module keeps
 * its kinds in one enum (its message catalog); codes are never reused.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface FindingType {

  /** @return the stable code, such as {@code QST-0001} */
  String code();

  /** @return the severity of findings of this kind */
  Severity severity();

  /** @return the message template, a {@link String#format} pattern with {@code %s} arguments */
  String template();

  /**
   * Formats the message of this kind with the root locale.
   *
   * @param arguments the template's arguments
   * @return the message
   */
  default String message(Object... arguments) {
    return String.format(Locale.ROOT, template(), arguments);
  }

  /**
   * Creates a finding of this kind.
   *
   * @param pointer the JSON Pointer to the offending element
   * @param arguments the template's arguments
   * @return the finding
   */
  default Finding at(String pointer, Object... arguments) {
    return Finding.builder()
        .code(code())
        .severity(severity())
        .pointer(pointer)
        .message(message(arguments))
        .build();
  }
}
