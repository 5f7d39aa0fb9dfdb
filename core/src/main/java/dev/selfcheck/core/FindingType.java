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

  /**
   * The catalog's texts: a {@link MessageBundle} with a text per code, in English and in every
   * language the module ships.
   *
   * @return the bundle
   * @since 0.2
   */
  MessageBundle bundle();

  /**
   * The English message text of this kind, with its placeholders {@code {0}}, {@code {1}}, ...
   *
   * @return the English text from the bundle
   */
  default String template() {
    return bundle().text(code(), Locale.ROOT);
  }

  /**
   * Formats the message of this kind in English.
   *
   * @param arguments the arguments
   * @return the message
   */
  default String message(Object... arguments) {
    return message(Locale.ROOT, arguments);
  }

  /**
   * Formats the message of this kind in a reader's language (English where the module ships no
   * text for it).
   *
   * @param locale the reader's locale
   * @param arguments the arguments
   * @return the message
   * @since 0.2
   */
  default String message(Locale locale, Object... arguments) {
    return bundle().format(code(), locale, arguments);
  }

  /**
   * Creates a finding of this kind: its code, severity, pointer, arguments and English message.
   *
   * @param pointer the JSON Pointer to the offending element
   * @param arguments the arguments
   * @return the finding
   */
  default Finding at(String pointer, Object... arguments) {
    Finding.Builder b = Finding.builder()
        .code(code())
        .severity(severity())
        .pointer(pointer)
        .message(message(arguments))
        .type(this);
    for (Object argument : arguments) {
      b.addArgument(argument == null ? "null" : argument);
    }
    return b.build();
  }
}
