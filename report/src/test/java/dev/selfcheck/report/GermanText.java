package dev.selfcheck.report;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.scoring.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Checks that a German report of the flagship says everything in German: no text of the English
 * bundles (the report's labels, the scoring module's messages), no common English word and no
 * number with a decimal point. Used by the single report's and the workshop report's tests.
 */
final class GermanText {

  private static final String FLAGSHIP_VERSION = Flagship.questionnaire().version().toString();

  /** Words that German report text never contains, each matched as a whole word. */
  private static final List<String> ENGLISH_WORDS = List.of("the", "is", "of", "which", "answered",
      "not", "and", "only", "questions", "question", "answer", "score", "than", "less", "required",
      "because", "hidden", "has", "no", "yes", "below", "above", "least", "most", "band", "total");

  /** A German date, such as 18.09.2025. */
  private static final Pattern DATE = Pattern.compile("(?<!\\d)\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?!\\d)");

  /** A number written with a decimal point (versions and dates are removed first). */
  private static final Pattern DECIMAL_POINT = Pattern.compile("\\b\\d+\\.\\d+\\b");

  private GermanText() {}

  static String ofHtml(String html) {
    Document document = Jsoup.parse(html);
    document.select("style, script").remove();
    return document.body().wholeText();
  }

  static String ofMarkdown(String markdown) {
    return markdown.replaceAll("\\]\\([^)]*\\)", "]");
  }

  /** Fails on any English text of the catalogs, English word or decimal point in the text. */
  static void check(String text) {
    String plain = DATE.matcher(text.replace(FLAGSHIP_VERSION, "")).replaceAll("");
    List<String> found = new ArrayList<>();
    for (String english : englishTexts()) {
      if (plain.contains(english)) {
        found.add("catalog text \"" + english + "\"");
      }
    }
    for (String word : ENGLISH_WORDS) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\-])" + word + "(?![\\p{L}\\-])").matcher(plain);
      if (m.find()) {
        found.add("English word \"" + word + "\" in \"" + around(plain, m.start()) + "\"");
      }
    }
    Matcher m = DECIMAL_POINT.matcher(plain);
    if (m.find()) {
      found.add("decimal point in \"" + around(plain, m.start()) + "\"");
    }
    then(found).as("English in the German report").isEmpty();
  }

  private static String around(String text, int at) {
    return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replace('\n', ' ');
  }

  /**
   * The English texts of the report's labels and of the scoring module's messages that differ from
   * their German texts, split at their placeholders into the parts of at least two words.
   */
  private static List<String> englishTexts() {
    List<String> texts = new ArrayList<>();
    for (Class<?> owner : List.of(Report.class, Reason.class)) {
      String name = owner == Report.class ? "labels" : "messages";
      Properties en = properties(owner, name + ".properties");
      Properties de = properties(owner, name + "_de.properties");
      for (String key : en.stringPropertyNames()) {
        if (!en.getProperty(key).equals(de.getProperty(key))) {
          texts.add(en.getProperty(key));
        }
      }
    }
    List<String> parts = new ArrayList<>();
    for (String t : texts) {
      for (String part : t.split("\\{\\d\\}")) {
        String p = part.strip();
        if (p.contains(" ")) {
          parts.add(p);
        }
      }
    }
    return parts;
  }

  private static Properties properties(Class<?> owner, String file) {
    try (InputStream in = owner.getResourceAsStream(file)) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
