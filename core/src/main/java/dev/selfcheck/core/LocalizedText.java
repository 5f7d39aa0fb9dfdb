package dev.selfcheck.core;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A text in one or more languages, keyed by BCP 47 language tag ({@code "de"}, {@code "en"}).
 *
 * <p>Which language is the default is a property of the {@link Questionnaire}, not of the text.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class LocalizedText {

  LocalizedText() {}

  /**
   * The translations, keyed by language tag.
   *
   * @return an immutable map, never empty
   */
  public abstract Map<String, String> translations();

  /**
   * The text in one language.
   *
   * @param languageTag a BCP 47 language tag such as {@code "de"}
   * @return the text, or empty if there is no translation for that language
   */
  public Optional<String> in(String languageTag) {
    return Optional.ofNullable(translations().get(languageTag));
  }

  /**
   * The text in a language, falling back to another language.
   *
   * @param languageTag the preferred language
   * @param fallbackTag the language to use when the preferred one is missing
   * @return the text in the first language that has it, or an empty string
   */
  public String in(String languageTag, String fallbackTag) {
    String text = translations().get(languageTag);
    if (text == null) {
      text = translations().get(fallbackTag);
    }
    return text == null ? "" : text;
  }

  /**
   * The languages this text is written in.
   *
   * @return the language tags
   */
  public Set<String> languages() {
    return translations().keySet();
  }

  @Value.Check
  void check() {
    if (translations().isEmpty()) {
      throw new IllegalArgumentException("translations must not be empty");
    }
  }

  /**
   * A text in one language.
   *
   * @param languageTag the language tag
   * @param text the text
   * @return the localized text
   */
  public static LocalizedText of(String languageTag, String text) {
    return ImmutableLocalizedText.builder().putTranslation(languageTag, text).build();
  }

  /**
   * A text in several languages.
   *
   * @param translations the texts keyed by language tag
   * @return the localized text
   * @throws IllegalArgumentException if {@code translations} is empty
   */
  public static LocalizedText of(Map<String, String> translations) {
    return ImmutableLocalizedText.builder().translations(translations).build();
  }
}
