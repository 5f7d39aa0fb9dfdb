package dev.selfcheck.report;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.panel.Panel;
import dev.selfcheck.panel.PanelAnalysis;
import dev.selfcheck.panel.PanelResult;
import java.net.URI;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Every text of the hostile fixture ({@code hostile.yaml}, {@code hostile-response.json}) tries to
 * inject markup: a script, an image with an event handler, a Markdown link and table pipe. The
 * report must show each one as text, and never as markup.
 */
class HostileTextTest {

  /** The payload that follows the name of every text in the hostile fixture. */
  static final String PAYLOAD = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> & 'q' `x` *y* _z_ |"
      + " [l](http://evil.example/) #";

  private static final Fixtures.Loaded HOSTILE = Fixtures.hostile();

  /** The texts the HTML report shows, by their name in the fixture. */
  private static final List<String> SHOWN_IN_HTML = List.of("T-title", "T-description", "T-field1", "T-sub",
      "T-field2", "T-field3", "T-question1", "T-question2", "T-question3", "T-option0", "T-band-low",
      "T-band-low-text", "T-rec-title", "T-rec-text", "T-rec-rationale", "T-link-js", "T-link-broken",
      "T-link-relative", "T-respondent", "T-role", "T-group", "T-comment1", "T-comment2", "T-evidence1",
      "T-evidence3");

  /** The texts the Markdown report shows. */
  private static final List<String> SHOWN_IN_MARKDOWN = List.of("T-title", "T-field1", "T-field2", "T-field3",
      "T-band-low", "T-rec-title", "T-rec-text", "T-rec-rationale", "T-link-js", "T-link-broken",
      "T-link-relative", "T-respondent", "T-role", "T-group");

  @Test
  void should_show_every_hostile_text_as_text_when_rendered_as_html() {
    // GIVEN
    Report report = HOSTILE.fullReport().linkBase(URI.create("https://portal.example.org/")).build();
    // WHEN
    Document page = Jsoup.parse(report.toHtml());
    // THEN
    then(page.select("script, img, iframe, object, embed, [src]")).isEmpty();
    then(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
        .filter(a -> a.getKey().toLowerCase().startsWith("on"))).isEmpty();
    String text = page.text() + " " + page.select("svg.radar desc").text();
    for (String name : SHOWN_IN_HTML) {
      then(text).as(name).contains(name + " " + PAYLOAD);
    }
  }

  @Test
  void should_escape_hostile_text_in_attributes_when_rendered_as_html() {
    // GIVEN
    Report report = HOSTILE.fullReport().build();
    // WHEN
    Document page = Jsoup.parse(report.toHtml());
    // THEN an aria-label carrying a field label keeps it whole, as one attribute value
    then(page.select("li.field-bar[data-field=d1] .bar-track").attr("aria-label"))
        .startsWith("T-field1 " + PAYLOAD + ": ");
    then(report.toHtml()).contains("T-field1 &lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x");
  }

  @Test
  void should_never_make_a_live_link_when_the_address_is_not_http() {
    // GIVEN javascript:, and relative addresses with markup and quotes, all resolved against a base
    Report report = HOSTILE.fullReport().linkBase(URI.create("https://portal.example.org/")).build();
    // WHEN
    Document page = Jsoup.parse(report.toHtml());
    // THEN
    then(page.select("a.rec-link").eachAttr("href")).containsExactly( // encoded, inert
        "https://portal.example.org/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
        "https://portal.example.org/guides/a?b=1&c=%222%22");
    then(page.select(".rec-link-text").eachText()).containsExactly("T-link-js " + PAYLOAD);
    then(page.select(".evidence li").eachText()).contains("https://evil.example/<script>alert(1)</script>");
    then(page.select(".evidence a")).isEmpty();
  }

  @Test
  void should_show_every_hostile_text_as_text_when_rendered_as_markdown() {
    // GIVEN
    Report report = HOSTILE.fullReport().build();
    // WHEN the Markdown is rendered as a Markdown viewer would
    String markdown = report.toMarkdown();
    Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    String html = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build()
        .render(parser.parse(markdown));
    Document page = Jsoup.parse(html);
    // THEN no markup, no link, no emphasis, no code, and the table keeps its four columns
    then(page.select("script, img, a, code")).isEmpty();
    then(page.select("em").eachText()).containsExactly("Workshop, x-unknown");
    then(page.select("table tr")).allSatisfy(row -> then(row.children()).hasSize(4));
    for (String name : SHOWN_IN_MARKDOWN) {
      then(page.text()).as(name).contains(name + " " + PAYLOAD);
    }
  }

  @Test
  void should_strip_escape_sequences_when_rendered_for_a_terminal() {
    // GIVEN a title that tries to clear the screen and turn the text red
    Fixtures.Loaded seven = Fixtures.sevenFields();
    var title = dev.selfcheck.core.LocalizedText.of("de", "Titel\u001b[2J\u001b[31m rot\u009b1m\u202e");
    var questionnaire = dev.selfcheck.core.Questionnaire.builder().from(seven.questionnaire()).title(title).build();
    Report report = Report.builder().questionnaire(questionnaire).assessment(seven.scorer().score(seven.response()))
        .build();
    // WHEN
    String text = report.toTerminal(80, false);
    // THEN
    then(text.lines().findFirst()).hasValue("Titel[2J[31m rot1m");
    then(text).doesNotContain("\u001b").doesNotContain("\u009b").doesNotContain("\u202e");
  }

  @Test
  void should_show_a_hostile_group_and_hostile_texts_as_text_when_rendered_as_a_workshop_report() {
    // GIVEN three respondents of the hostile group, so that the group is shown
    Respondent respondent = HOSTILE.response().respondent().orElseThrow();
    List<Response> members = java.util.stream.IntStream.range(0, 3).mapToObj(i -> Response.builder()
        .from(HOSTILE.response()).respondent(Respondent.builder().from(respondent).id("r" + i).build()).build())
        .toList();
    PanelResult result = PanelAnalysis.create().analyze(HOSTILE.scorer(), Panel.of(HOSTILE.questionnaire(), members));
    WorkshopReport report = WorkshopReport.builder().questionnaire(HOSTILE.questionnaire()).result(result)
        .linkBase(URI.create("https://portal.example.org/")).build();
    // WHEN
    Document page = Jsoup.parse(report.toHtml());
    Document markdown = MarkdownReportTest.rendered(report.toMarkdown());
    // THEN no markup from the texts, in HTML and in what a Markdown viewer shows
    then(page.select("script, img, iframe, object, embed, [src]")).isEmpty();
    then(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
        .filter(a -> a.getKey().toLowerCase().startsWith("on"))).isEmpty();
    then(page.select("table.group-comparison th[data-group]").eachAttr("data-group"))
        .containsExactly("T-group " + PAYLOAD);
    then(page.select("table.group-comparison th[data-group]").text()).startsWith("T-group " + PAYLOAD);
    then(markdown.select("script, img, code")).isEmpty();
    then(markdown.select("a").eachAttr("href")).allMatch(h -> h.startsWith("https://portal.example.org/"));
    for (String name : List.of("T-title", "T-field1", "T-group", "T-rec-title")) {
      then(page.text()).as(name).contains(name + " " + PAYLOAD);
      then(markdown.text()).as(name).contains(name + " " + PAYLOAD);
    }
  }
}
