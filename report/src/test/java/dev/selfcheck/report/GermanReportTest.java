package dev.selfcheck.report;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.Reason;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
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
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A German report of the flagship says everything in German: for every sample response, with the
 * response and from the assessment alone, in HTML, Markdown and terminal form, no text of the
 * English bundles (the report's labels, the scoring module's messages), no common English
 * word and no number with a decimal point appears; and the reasons of recommendations are the
 * same with and without the response, since they are derived from the assessment.
 */
@Tag("issue-12")
class GermanReportTest {

  private static final Questionnaire FLAGSHIP = Flagship.questionnaire();
  private static final Scorer SCORER = ScoringEngine.create().compile(FLAGSHIP);

  /** Words that German report text never contains, each matched as a whole word. */
  private static final List<String> ENGLISH_WORDS = List.of("the", "is", "of", "which", "answered",
      "not", "and", "only", "questions", "question", "answer", "score", "than", "less", "required",
      "because", "hidden", "has", "no", "yes", "below", "above", "least", "most", "band", "total");

  /** A German date, such as 18.09.2025. */
  private static final Pattern DATE = Pattern.compile("(?<!\\d)\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?!\\d)");

  /** A number written with a decimal point (versions and dates are removed first). */
  private static final Pattern DECIMAL_POINT = Pattern.compile("\\b\\d+\\.\\d+\\b");

  @TestFactory
  Stream<DynamicTest> should_contain_no_english_when_a_flagship_report_is_german() {
    List<DynamicTest> tests = new ArrayList<>();
    List<Response> responses = Flagship.sampleResponses();
    for (int i = 0; i < responses.size(); i++) {
      Response response = responses.get(i);
      for (boolean withResponse : new boolean[] {true, false}) {
        String name = "sample " + i + (withResponse ? " with its response" : " from the assessment alone");
        Report report = report(response, withResponse);
        tests.add(DynamicTest.dynamicTest(name + ", HTML", () -> checkGerman(htmlText(report.toHtml()))));
        tests.add(DynamicTest.dynamicTest(name + ", Markdown", () -> checkGerman(markdownText(report.toMarkdown()))));
        tests.add(DynamicTest.dynamicTest(name + ", terminal", () -> checkGerman(report.toTerminal(100, false))));
      }
    }
    return tests.stream();
  }

  @Test
  void should_give_the_same_reasons_when_the_report_has_no_response() {
    // GIVEN every sample response
    for (Response response : Flagship.sampleResponses()) {
      // WHEN the report is made with and without the response
      List<String> with = reasons(report(response, true).toHtml());
      List<String> without = reasons(report(response, false).toHtml());
      // THEN the reasons are the same: they state what the assessment says, nothing from the response
      then(with).isNotEmpty().isEqualTo(without);
    }
  }

  @Test
  void should_state_too_few_answers_in_german_when_a_field_is_not_scorable() {
    // GIVEN a response that answers one question of the flagship only
    Response sparse = Response.builder().from(Flagship.sampleResponse())
        .answers(Flagship.sampleResponse().answers().entrySet().stream().limit(1)
            .collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> e.getValue())))
        .build();
    Assessment assessment = SCORER.score(sparse);
    // WHEN
    String text = htmlText(Report.builder().questionnaire(FLAGSHIP).assessment(assessment).locale("de")
        .build().toHtml());
    // THEN the reason of every field without a score is in German, with exact shares in decimal commas
    then(assessment.dimensions()).anySatisfy(d -> then(d.notScorable()).isPresent());
    then(text).doesNotContain("of the applicable questions");
    checkGerman(text);
  }

  private static Report report(Response response, boolean withResponse) {
    Assessment assessment = SCORER.score(response);
    Report.Builder b = Report.builder().questionnaire(FLAGSHIP).assessment(assessment).locale("de");
    if (withResponse) {
      b.response(response).improvements(SCORER.improvements(response));
    }
    return b.build();
  }

  private static List<String> reasons(String html) {
    return Jsoup.parse(html).select(".reasons li").eachText();
  }

  private static String htmlText(String html) {
    Document document = Jsoup.parse(html);
    document.select("style, script").remove();
    return document.body().wholeText();
  }

  private static String markdownText(String markdown) {
    return markdown.replaceAll("\\]\\([^)]*\\)", "]");
  }

  /** Fails on any English text of the catalogs, English word or decimal point in the text. */
  private static void checkGerman(String text) {
    String plain = DATE.matcher(text.replace(FLAGSHIP.version().toString(), "")).replaceAll("");
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
