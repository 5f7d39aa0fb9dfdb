package dev.selfcheck.report;

import static org.assertj.core.api.BDDAssertions.then;

import java.net.URI;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The Markdown report: pinned text for the fixture, and what a Markdown viewer makes of it. */
class MarkdownReportTest {

  private static final Fixtures.Loaded SEVEN = Fixtures.sevenFields();

  /** What a Markdown viewer (CommonMark with tables) shows of a text, as an HTML document. */
  static Document rendered(String markdown) {
    Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    return Jsoup.parse(HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build()
        .render(parser.parse(markdown)));
  }

  @Test
  void should_match_the_golden_file_when_the_fixture_is_rendered_in_german() {
    // GIVEN
    Report report = SEVEN.fullReport().build();
    // WHEN
    String markdown = report.toMarkdown();
    // THEN
    Golden.check("seven-fields.de.md", markdown);
  }

  @Test
  void should_match_the_golden_file_when_the_fixture_is_rendered_in_english_with_a_link_base() {
    // GIVEN
    Report report = SEVEN.fullReport().locale("en").linkBase(URI.create("https://portal.example.org/sc/")).build();
    // WHEN
    String markdown = report.toMarkdown();
    // THEN
    Golden.check("seven-fields.en.md", markdown);
  }

  @Test
  void should_render_a_table_of_all_fields_and_recommendations_by_field_when_viewed() {
    // GIVEN
    Report report = SEVEN.fullReport().build();
    // WHEN
    Document page = rendered(report.toMarkdown());
    // THEN
    then(page.select("table tbody tr")).hasSize(7);
    then(page.select("table tbody tr").get(5).select("td").eachText())
        .containsExactly("Zusammenhalt und Begegnung", "–", "nicht bewertbar", "100 %");
    then(page.select("h3").eachText()).containsExactly("Steuerung und Management", "Interkulturelle Öffnung",
        "Zugang und Chancengerechtigkeit", "Zusammenhalt und Begegnung", "Kommunikation und Konfliktmanagement",
        "Allgemein");
    then(page.select("h1").text()).isEqualTo("Selbstcheck Testkommune");
    then(page.select("a")).isEmpty();
  }

  @Test
  void should_make_links_only_when_a_link_base_is_set() {
    // GIVEN
    Report report = SEVEN.fullReport().linkBase(URI.create("https://portal.example.org/sc/")).build();
    // WHEN
    Document page = rendered(report.toMarkdown());
    // THEN
    then(page.select("a").eachAttr("href")).containsExactly("https://portal.example.org/sc/workshops/strategie",
        "https://portal.example.org/sc/unterstuetzung/entscheidungstraeger",
        "https://portal.example.org/sc/wissen/fortbildung", "https://portal.example.org/sc/dialoge/planen");
  }
}
