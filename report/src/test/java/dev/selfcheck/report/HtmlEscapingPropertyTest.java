package dev.selfcheck.report;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.ScoringEngine;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** For any text in titles, labels, comments and respondents, the HTML shows exactly that text. */
class HtmlEscapingPropertyTest {

  private static final Fixtures.Loaded SEVEN = Fixtures.sevenFields();

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> markup = Arbitraries.of("<", ">", "&", "\"", "'", "<script>", "</title>", "<!--", "]]>",
        "&amp;", "&#x3c;", "<svg onload=x>", "`", "javascript:", "\u00e4", "u\u0308", "\u202e", "{{", "\\");
    return Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(40),
        markup.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l)))
        .filter(s -> !s.isBlank());
  }

  @Property(tries = 200)
  void should_show_the_text_exactly_when_it_is_a_title_label_comment_or_respondent(
      @ForAll("texts") String title, @ForAll("texts") String label, @ForAll("texts") String comment) {
    // GIVEN
    Dimension first = SEVEN.questionnaire().dimensions().get(0);
    Questionnaire q = Questionnaire.builder().from(SEVEN.questionnaire())
        .title(LocalizedText.of("de", title))
        .dimensions(SEVEN.questionnaire().dimensions().stream()
            .map(d -> d == first ? Dimension.builder().from(d).label(LocalizedText.of("de", label)).build() : d)
            .toList())
        .build();
    Response response = Response.builder().from(SEVEN.response())
        .respondent(Respondent.builder().id(comment).role(title).build())
        .putAnswer("mgmt.budget", Answer.builder().value(AnswerValue.option("2")).comment(comment).build())
        .build();
    Report report = Report.builder().questionnaire(q)
        .assessment(ScoringEngine.create().compile(q).score(response)).response(response).build();
    // WHEN
    Document page = Jsoup.parse(report.toHtml());
    // THEN
    then(page.select("script, img, [src]")).isEmpty();
    then(page.select("h1").first().wholeText()).isEqualTo(visible(title));
    then(page.select("li.field-bar[data-field=management] .field-name").first().wholeText())
        .isEqualTo(visible(label));
    then(page.select("tr[data-id=mgmt.budget] .comment").first().wholeText())
        .isEqualTo("Kommentar: " + visible(comment));
    then(page.select("dl.meta dd").get(1).wholeText()).isEqualTo(visible(comment + " (" + title + ")"));
  }

  /** What the page shows of a text: control characters other than tab and line feed are dropped. */
  private static String visible(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '\r') {
        out.append('\n');
      } else if (c >= 0x20 && c != 0x7f || c == '\n' || c == '\t') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
