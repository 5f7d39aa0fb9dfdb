package dev.selfcheck.core;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageBundleTest {

  private static final MessageBundle BUNDLE =
      MessageBundle.of(name -> MessageBundleTest.class.getResourceAsStream(name), "test-messages");

  @Test
  void should_use_the_most_specific_file_when_a_locale_has_texts() {
    // GIVEN
    BigDecimal score = new BigDecimal("41.50");
    // WHEN
    String swiss = BUNDLE.format("greeting", Locale.forLanguageTag("de-CH"), "Ana", score);
    String austrian = BUNDLE.format("greeting", Locale.forLanguageTag("de-AT"), "Ana", score);
    String english = BUNDLE.format("greeting", Locale.ENGLISH, "Ana", score);
    // THEN numbers get the language's separator, scale kept
    then(swiss).isEqualTo("Grüezi Ana, 41,50 Punkte");
    then(austrian).isEqualTo("Hallo Ana, Sie haben 41,50 Punkte");
    then(english).isEqualTo("Hello Ana, you scored 41.50");
  }

  @Test
  void should_fall_back_to_english_when_a_language_lacks_a_key_or_a_file() {
    // GIVEN
    Locale german = Locale.GERMAN;
    // WHEN
    String missingKey = BUNDLE.format("only", german);
    String missingFile = BUNDLE.format("greeting", Locale.FRENCH, "Ana", new BigDecimal("1.5"));
    // THEN
    then(missingKey).isEqualTo("only English");
    then(missingFile).as("an English text writes English numbers").isEqualTo("Hello Ana, you scored 1.5");
    then(BUNDLE.keys()).containsExactly("greeting", "only");
  }

  @Test
  void should_refuse_when_a_key_or_an_argument_is_missing() {
    // GIVEN
    Locale english = Locale.ENGLISH;
    // WHEN
    Throwable noKey = catchThrowable(() -> BUNDLE.format("nothing", english));
    Throwable noArgument = catchThrowable(() -> BUNDLE.format("greeting", english, "Ana"));
    Throwable noBundle = catchThrowable(() -> MessageBundle.of(name -> null, "absent"));
    // THEN
    then(noKey).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nothing'");
    then(noArgument).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{1}");
    then(noBundle).isInstanceOf(IllegalStateException.class).hasMessageContaining("absent.properties");
  }

  /** A new bundle per test: a bundle reads its files once per locale and keeps them. */
  private static MessageBundle edge() {
    return MessageBundle.of(name -> MessageBundleTest.class.getResourceAsStream(name), "edge-messages");
  }

  @Test
  void should_fall_back_from_country_to_language_to_english_when_a_locale_has_a_country() {
    // GIVEN
    MessageBundle bundle = edge();
    // WHEN
    String austrian = bundle.format("region", Locale.forLanguageTag("de-AT"));
    String swiss = bundle.format("region", Locale.forLanguageTag("de-CH"));
    String german = bundle.format("region", Locale.GERMAN);
    String onlyEnglish = bundle.format("only", Locale.forLanguageTag("de-AT"));
    String american = bundle.format("region", Locale.US);
    // THEN
    then(austrian).isEqualTo("Österreich");
    then(swiss).as("no de_CH file: the language's").isEqualTo("Deutsch");
    then(german).isEqualTo("Deutsch");
    then(onlyEnglish).isEqualTo("only English");
    then(american).as("no en files: the root file").isEqualTo("root");
    then(bundle.text("region", Locale.forLanguageTag("de-AT"))).isEqualTo("Österreich");
    then(bundle.text("score", Locale.forLanguageTag("de-AT"))).isEqualTo("Punkte {0}");
  }

  @Test
  void should_render_placeholders_when_they_stand_at_the_start_or_end_of_a_text() {
    // GIVEN
    MessageBundle bundle = edge();
    Object[] ten = {"zero", 1, 2, 3, 4, 5, 6, 7, 8, "nine"};
    // WHEN
    String start = bundle.format("start", Locale.ENGLISH, "It");
    String end = bundle.format("end", Locale.ENGLISH, "it");
    String ninth = bundle.format("ninth", Locale.ENGLISH, ten);
    // THEN
    then(start).isEqualTo("It comes first");
    then(end).isEqualTo("last comes it");
    then(ninth).isEqualTo("nine-zero");
  }

  @Test
  void should_keep_braces_as_they_are_when_they_hold_no_index() {
    // GIVEN
    MessageBundle bundle = edge();
    // WHEN
    String literal = bundle.format("literal", Locale.ENGLISH, "x");
    String open = bundle.format("open", Locale.ENGLISH);
    // THEN
    then(literal).isEqualTo("{} {name} {:} {/} {0a}");
    then(open).isEqualTo("{ is not closed");
  }

  @Test
  void should_write_numbers_in_the_language_of_the_text_when_they_have_many_or_few_digits() {
    // GIVEN
    MessageBundle bundle = edge();
    BigDecimal many = new BigDecimal("1234567.000125");
    BigDecimal few = new BigDecimal("0.5");
    // WHEN
    String germanMany = bundle.format("score", Locale.GERMANY, many);
    String germanFew = bundle.format("score", Locale.GERMAN, few);
    String englishMany = bundle.format("score", Locale.UK, many);
    String englishFew = bundle.format("score", Locale.ENGLISH, few);
    String whole = bundle.format("score", Locale.GERMAN, new BigDecimal("1E+3"));
    // THEN
    then(germanMany).isEqualTo("Punkte 1234567,000125");
    then(germanFew).isEqualTo("Punkte 0,5");
    then(englishMany).isEqualTo("Score 1234567.000125");
    then(englishFew).isEqualTo("Score 0.5");
    then(whole).as("never in exponent notation").isEqualTo("Punkte 1000");
  }

  @Test
  void should_refuse_a_localized_text_when_the_key_is_missing() {
    // GIVEN
    MessageBundle bundle = edge();
    // WHEN
    Throwable missing = catchThrowable(() -> bundle.localized("nothing"));
    MessageBundle.Localized present = bundle.localized("start", "It");
    // THEN
    then(missing).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nothing'");
    then(bundle.has("nothing")).isFalse();
    then(bundle.has("start")).isTrue();
    then(present.message(Locale.GERMAN)).isEqualTo("It comes first");
    then(bundle.keys()).containsExactly("end", "literal", "ninth", "only", "open", "region", "score", "start");
  }
}
