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
}
