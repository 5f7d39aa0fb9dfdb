package dev.selfcheck.cli.internal;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --lang} option of commands that print findings: the language of their messages,
 * English unless chosen. A language the library has no texts for gets English.
 */
final class LanguageOption {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "Language of the messages, e.g. de or en (default: en; a language without "
          + "texts gets English).")
  private String lang;

  /**
   * Sets the language the option chose on the tool's I/O.
   *
   * @param io the I/O
   * @throws ParameterException if the option is not a language tag
   */
  void apply(Io io) {
    if (lang != null) {
      io.language(parse(spec, lang));
    }
  }

  /** @return the language as given, if the option was given */
  java.util.Optional<String> given() {
    return java.util.Optional.ofNullable(lang);
  }

  /**
   * A language tag, or a usage error.
   *
   * @param spec the command, for the error
   * @param tag the tag as given
   * @return the locale
   */
  static Locale parse(CommandSpec spec, String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    if (locale.getLanguage().isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--lang " + tag
          + ": not a language tag (such as de or en)");
    }
    return locale;
  }
}
