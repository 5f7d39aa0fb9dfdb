package dev.selfcheck.schema;

import dev.selfcheck.core.MessageBundle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The words of a parser (Jackson's for JSON, SnakeYAML's for YAML) about a text that is not
 * well-formed, as the argument of a finding's message ({@code DOC-0001}, a scenario file's {@code
 * TST-0001}): in English as the parser says it, in another language from the texts {@code
 * parser.*} of the codec's message bundle ({@link DocumentProblem#bundle()}), which name the kind
 * of problem the parser reports (an unexpected end, an unexpected character, a colon expected,
 * ...) and the character or word it names. A problem of a kind that has no text of its own is
 * worded as a syntax error; the finding's line and column say where.
 *
 * <pre>{@code
 * Finding f = DocumentProblem.MALFORMED_DOCUMENT.at("", "JSON", ParserMessage.of(e.getOriginalMessage()));
 * }</pre>
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class ParserMessage {

  /** The kinds of problem, most specific first: a pattern of the parser's words and a text's key. */
  private static final List<Kind> KINDS = List.of(
      new Kind(Pattern.compile("Unexpected end-of-input"), "endOfInput"),
      new Kind(Pattern.compile("found unexpected end of stream"), "endOfInput"),
      new Kind(Pattern.compile("expected <block end>, but found '([^']*)'"), "indentation"),
      new Kind(Pattern.compile("expected ',' or '([\\]}])'"), "commaOrClose"),
      new Kind(Pattern.compile("mapping values are not allowed here"), "mappingValue"),
      new Kind(Pattern.compile("found character '(.+?)' that cannot start any token"), "cannotStart"),
      new Kind(Pattern.compile("Expected a property name"), "nameExpected"),
      new Kind(Pattern.compile(
          "Unexpected character \\('(.+?)' \\(code \\d+\\)\\): was expecting double-quote to start property name"),
          "quoteExpected"),
      new Kind(Pattern.compile(
          "Unexpected character \\('(.+?)' \\(code \\d+\\)\\): was expecting a colon"), "colonExpected"),
      new Kind(Pattern.compile(
          "Unexpected character \\('(.+?)' \\(code \\d+\\)\\): was expecting comma"), "commaExpected"),
      new Kind(Pattern.compile(
          "Unexpected character \\('(.+?)' \\(code \\d+\\)\\): maybe a \\(non-standard\\) comment"), "comment"),
      new Kind(Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\) in numeric value"), "number"),
      new Kind(Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\): expected a hex-digit"), "escape"),
      new Kind(Pattern.compile(
          "Unexpected character \\('(.+?)' \\(code \\d+\\)\\): expected a (?:valid )?value"), "valueExpected"),
      new Kind(Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\)"), "character"),
      new Kind(Pattern.compile("Unrecognized token '([^']*)'"), "token"),
      new Kind(Pattern.compile("Non-standard token '([^']*)'"), "token"),
      new Kind(Pattern.compile("Invalid numeric value"), "number"),
      new Kind(Pattern.compile("Unrecognized character escape '(.)'"), "escape"),
      new Kind(Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)"), "control"),
      new Kind(Pattern.compile("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)"), "control"),
      new Kind(Pattern.compile("Unexpected close marker '(.)': expected '(.)'"), "closeMarker"),
      new Kind(Pattern.compile("Invalid UTF-8"), "encoding"),
      new Kind(Pattern.compile("Invalid UTF-16"), "encoding"),
      new Kind(Pattern.compile("^the array is not closed$"), "arrayNotClosed"),
      new Kind(Pattern.compile("^unexpected [A-Z_]+$"), "unexpected"));

  private final String english;

  private ParserMessage(String english) {
    this.english = english;
  }

  /**
   * The parser's words as a message argument.
   *
   * @param english what the parser says, in English
   * @return the argument: {@code english} in English, the kind of problem in the reader's language
   */
  public static MessageBundle.Localized of(String english) {
    Objects.requireNonNull(english, "english");
    ParserMessage m = new ParserMessage(english);
    return m::message;
  }

  private String message(Locale locale) {
    MessageBundle bundle = DocumentProblem.MALFORMED_DOCUMENT.bundle();
    String language = locale.getLanguage();
    if (language.isEmpty() || language.equals("en")
        || bundle.text("parser.syntax", locale).equals(bundle.text("parser.syntax", Locale.ROOT))) {
      return english; // the parser's own words; no texts in this language
    }
    for (Kind k : KINDS) {
      Matcher m = k.pattern.matcher(english);
      if (m.find()) {
        Object[] groups = new Object[m.groupCount()];
        for (int i = 0; i < groups.length; i++) {
          groups[i] = m.group(i + 1);
        }
        return bundle.format("parser." + k.key, locale, groups);
      }
    }
    return bundle.format("parser.syntax", locale);
  }

  private record Kind(Pattern pattern, String key) {}

  @Override
  public String toString() {
    return "ParserMessage[english=" + english + "]";
  }
}
