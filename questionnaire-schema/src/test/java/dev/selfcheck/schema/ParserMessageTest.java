package dev.selfcheck.schema;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.MessageBundle;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What a parser says, as a message argument: its own words in English, its kind of problem in German. */
@Tag("issue-12")
class ParserMessageTest {

  @Test
  void should_keep_the_parsers_words_when_the_reader_is_english() {
    // GIVEN
    String jackson = "Unexpected character ('a' (code 97)): was expecting double-quote to start property name";
    // WHEN
    MessageBundle.Localized m = ParserMessage.of(jackson);
    // THEN
    then(m.message(Locale.ENGLISH)).isEqualTo(jackson);
    then(m.message(Locale.ROOT)).isEqualTo(jackson);
  }

  @Test
  void should_name_the_kind_of_problem_and_its_character_when_the_reader_is_german() {
    // GIVEN
    String jackson = "Unexpected character ('a' (code 97)): was expecting double-quote to start property name";
    // WHEN
    String german = ParserMessage.of(jackson).message(Locale.GERMAN);
    // THEN
    then(german).isEqualTo("unerwartetes Zeichen „a“: erwartet ein Mitgliedsname in doppelten Anführungszeichen");
  }

  @Test
  void should_name_the_closing_brackets_when_the_parser_found_the_wrong_one() {
    // WHEN
    String german = ParserMessage.of("Unexpected close marker ']': expected '}'").message(Locale.GERMAN);
    // THEN
    then(german).isEqualTo("unerwartet „]“: erwartet „}“");
  }

  @Test
  void should_name_only_the_unknown_word_when_the_parser_lists_what_it_expected() {
    // GIVEN
    String jackson = "Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token "
        + "'null', 'true' or 'false')";
    // WHEN
    String german = ParserMessage.of(jackson).message(Locale.GERMAN);
    // THEN
    then(german).isEqualTo("unbekanntes Wort „tru“: erwartet ein Text, eine Zahl, eine Liste, ein Objekt, null, "
        + "true oder false");
  }

  @Test
  void should_say_syntax_error_when_the_parsers_words_are_of_no_known_kind() {
    // WHEN
    String german = ParserMessage.of("something the parser never said before").message(Locale.GERMAN);
    // THEN
    then(german).isEqualTo("ein Syntaxfehler");
  }

  @Test
  void should_keep_the_parsers_words_when_the_language_has_no_texts() {
    // WHEN
    String french = ParserMessage.of("Unexpected end-of-input in VALUE_STRING").message(Locale.FRENCH);
    // THEN English, as the whole message falls back to English
    then(french).isEqualTo("Unexpected end-of-input in VALUE_STRING");
  }
}
