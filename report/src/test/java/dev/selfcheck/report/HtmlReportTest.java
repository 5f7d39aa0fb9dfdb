package dev.selfcheck.report;

import static org.assertj.core.api.BDDAssertions.then;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The structure of the HTML report, read with a browser-grade HTML parser (jsoup). */
class HtmlReportTest {

  private static final Fixtures.Loaded SEVEN = Fixtures.sevenFields();
  private static final List<String> FIELDS =
      List.of("management", "opening", "access", "work", "participation", "cohesion", "communication");
  private static final URI BASE = URI.create("https://portal.example.org/selfcheck/");

  private static Document german() {
    return Jsoup.parse(SEVEN.fullReport().build().toHtml());
  }

  private static Document english() {
    return Jsoup.parse(SEVEN.fullReport().locale("en").build().toHtml());
  }

  @Test
  void should_draw_one_radar_axis_and_label_per_field_when_there_are_seven_fields() {
    // GIVEN
    Document page = german();
    // WHEN
    Elements axes = page.select("svg.radar line.radar-axis");
    // THEN
    then(axes.eachAttr("data-field")).containsExactlyElementsOf(FIELDS);
    then(page.select("svg.radar text.radar-label").eachAttr("data-field")).containsExactlyElementsOf(FIELDS);
    then(page.select("svg.radar > title").text()).isEqualTo("Netzdiagramm der Bereiche");
    then(page.select("svg.radar").attr("role")).isEqualTo("img");
    then(page.select("svg.radar polygon.radar-grid")).hasSize(4);
  }

  @Test
  void should_show_a_field_as_not_scorable_when_it_has_no_score() {
    // GIVEN
    Document page = german();
    // WHEN
    Elements points = page.select("svg.radar circle.radar-point");
    // THEN no point at 0 for cohesion, a dashed axis and the words instead
    then(points.eachAttr("data-field")).containsExactly("management", "opening", "access", "work",
        "participation", "communication");
    then(page.select("line.radar-axis.not-scorable").eachAttr("data-field")).containsExactly("cohesion");
    then(page.select("text.radar-label[data-field=cohesion]").text()).contains("nicht bewertbar");
    then(page.select("li.field-bar[data-field=cohesion] .band-chip").text()).isEqualTo("nicht bewertbar");
    then(page.select("li.field-bar[data-field=cohesion] .bar-fill")).isEmpty();
    then(page.select("svg.radar polygon.radar-polygon").attr("points").split(" ")).hasSize(6);
  }

  @Test
  void should_show_every_field_with_score_band_and_completion_when_rendered() {
    // GIVEN
    Document page = german();
    // WHEN
    Elements bars = page.select("ol.bars > li.field-bar");
    // THEN
    then(bars.eachAttr("data-field")).containsExactlyElementsOf(FIELDS);
    then(page.select("section.field").eachAttr("data-field")).containsExactlyElementsOf(FIELDS);
    Element opening = page.selectFirst("li.field-bar[data-field=opening]");
    then(opening.select(".score").text()).isEqualTo("37,2");
    then(opening.select(".band-chip").text()).isEqualTo("Aufbau");
    then(opening.select(".completion").text()).isEqualTo("Vollständigkeit 100 %");
    then(opening.select(".bar-fill").attr("style")).isEqualTo("width:37.2%");
    then(opening.select(".bar-track").attr("aria-label")).isEqualTo("Interkulturelle Öffnung: 37,2, Aufbau");
  }

  @Test
  void should_say_in_the_report_language_why_an_answer_did_not_count() {
    // GIVEN the sample answers some questions with "don't know" and "not applicable"
    Document page = german();
    Document english = english();

    // WHEN
    List<String> reasons = page.select("td.why-excluded").eachText();
    List<String> englishReasons = english.select("td.why-excluded").eachText();

    // THEN German words, never the engine's English
    then(reasons).isNotEmpty().allSatisfy(r -> then(r).startsWith("nicht gezählt"))
        .anySatisfy(r -> then(r).isEqualTo("nicht gezählt: mit „weiß nicht“ beantwortet"))
        .noneSatisfy(r -> then(r).containsAnyOf("answered", "not scorable", "hidden"));
    then(englishReasons).hasSameSizeAs(reasons)
        .anySatisfy(r -> then(r).isEqualTo("not counted: answered \"don't know\""));
  }

  @Test
  void should_show_title_version_respondent_date_and_total_in_the_header() {
    // GIVEN
    Document page = german();
    // WHEN
    Element header = page.selectFirst("header.report-header");
    // THEN
    then(header.select("h1").text()).isEqualTo("Selbstcheck Testkommune");
    then(header.select("dl.meta > div").eachText()).containsExactly("Version 2.1.0",
        "Befragte Stelle testkommune-integration-1 (Integrationsbüro, Verwaltung)", "Abgegeben 14.03.2025");
    then(header.select(".total-score").text()).isEqualTo("50,0");
    then(header.select(".total .band-chip").text()).isEqualTo("Aufbau");
    then(page.select("html").attr("lang")).isEqualTo("de");
  }

  @Test
  void should_group_recommendations_by_field_and_by_kind_of_support_when_several_fire() {
    // GIVEN
    Document page = german();
    // WHEN
    Elements byField = page.select("section.rec-field");
    Elements bySupport = page.select("nav.by-support > .support-group");
    // THEN the sub-dimension's recommendation is under its field; the one without a field comes last
    then(byField.eachAttr("data-field")).containsExactly("management", "opening", "access", "cohesion",
        "communication", "");
    then(byField.get(0).select("article.rec-card").eachAttr("data-recommendation")).containsExactly("rec.strategy");
    then(byField.last().select("h3").text()).isEqualTo("Allgemein");
    then(bySupport.eachAttr("data-support")).containsExactly("workshop", "decision-makers", "resident-dialogue",
        "knowledge-article", "peer-exchange", "");
    then(bySupport.select("h3").eachText()).containsExactly("Workshop", "Unterstützung für Entscheidungsträger",
        "Bürgerdialog", "Wissensartikel", "peer-exchange", "Sonstige");
    then(bySupport.get(0).select("a").eachAttr("href")).containsExactly("#rec-rec.strategy", "#rec-rec.mediation");
  }

  @Test
  void should_show_text_rationale_links_and_reasons_when_a_recommendation_fired() {
    // GIVEN
    Document page = german();
    // WHEN
    Element card = page.selectFirst("article[data-recommendation=rec.strategy]");
    // THEN
    then(card.select("h4").text()).isEqualTo("Strategie im Workshop entwickeln");
    then(card.select(".tag").eachText()).containsExactly("Workshop", "Unterstützung für Entscheidungsträger");
    then(card.select(".rationale").text()).isEqualTo("Warum das hilft: Ein Ratsbeschluss macht die Arbeit verbindlich.");
    then(card.select(".links li").eachText()).containsExactly("Workshopformat Strategie workshops/strategie",
        "unterstuetzung/entscheidungstraeger");
    then(card.select(".reasons li").eachText())
        .containsExactly("„Gibt es eine vom Rat beschlossene Integrationsstrategie?“: nein");
  }

  @Test
  void should_show_links_as_text_when_no_link_base_is_set() {
    // GIVEN
    Document page = german();
    // WHEN
    Elements links = page.select("article.rec-card a");
    // THEN
    then(links).isEmpty();
    then(page.select(".rec-link-text").eachText()).contains("Workshopformat Strategie");
  }

  @Test
  void should_resolve_links_against_the_link_base_when_one_is_set() {
    // GIVEN
    Report report = SEVEN.fullReport().linkBase(BASE).build();
    // WHEN
    Document page = Jsoup.parse(report.toHtml());
    // THEN
    then(page.select("article.rec-card a.rec-link").eachAttr("href")).containsExactly(
        "https://portal.example.org/selfcheck/workshops/strategie",
        "https://portal.example.org/selfcheck/unterstuetzung/entscheidungstraeger",
        "https://portal.example.org/selfcheck/wissen/fortbildung",
        "https://portal.example.org/selfcheck/dialoge/planen");
    then(page.select("a.rec-link").eachAttr("rel")).containsOnly("noopener noreferrer");
  }

  @Test
  void should_collapse_how_each_score_came_about_when_the_page_opens() {
    // GIVEN
    Document page = german();
    // WHEN
    Elements details = page.select("details.explain");
    // THEN
    then(details).hasSize(7);
    then(details.eachAttr("open")).isEmpty();
    then(details.select("summary").eachText()).containsOnly("Wie der Punktwert zustande kam");
  }

  @Test
  void should_explain_answers_scores_and_exclusions_when_the_contributions_are_shown() {
    // GIVEN
    Document page = german();
    // WHEN
    Element management = page.selectFirst("section.field[data-field=management]");
    Element communication = page.selectFirst("section.field[data-field=communication]");
    Element opening = page.selectFirst("section.field[data-field=opening]");
    // THEN the tree shows sub-dimensions, then their questions, with comments and evidence
    then(management.select("tbody tr").eachAttr("data-id"))
        .containsExactly("management.strategy", "mgmt.strategy", "management.budget", "mgmt.budget");
    Element strategy = management.selectFirst("tr[data-id=mgmt.strategy]");
    then(strategy.select("td.answer").text()).isEqualTo("nein");
    then(strategy.select(".comment").text()).isEqualTo("Kommentar: Ein Entwurf liegt dem Rat seit 2024 vor.");
    then(strategy.select(".evidence li").eachText())
        .containsExactly("Vorlage 2024/017", "https://www.testkommune.de/vorlage-2024-017.pdf");
    then(strategy.select(".evidence a")).isEmpty();
    then(management.select("tr[data-id=mgmt.budget] td").eachText())
        .containsExactly("Für Integration steht ein eigenes Budget zur Verfügung.", "trifft teilweise zu", "50",
            "2", "100 %", "50");
    then(opening.select("tr[data-id=open.staffShare] td.answer").text()).isEqualTo("18,5 %");
    then(communication.select("tr[data-id=comm.mediationUse] td.answer").text()).isEqualTo("ausgeblendet");
    then(communication.select("tr[data-id=comm.mediationUse]").hasClass("excluded")).isTrue();
    then(page.select("section.field[data-field=participation] tr[data-id=part.volunteers] td.answer").text())
        .isEqualTo("nicht zutreffend");
    then(page.select("section.field[data-field=cohesion] tr[data-id=coh.places] td.answer").text())
        .isEqualTo("weiß nicht");
  }

  @Test
  void should_show_what_would_raise_a_field_most_when_improvements_are_given() {
    // GIVEN
    Document page = german();
    // WHEN
    Element improve = page.selectFirst("section.field[data-field=management] .improve");
    // THEN
    then(improve.select("h3").text()).isEqualTo("Was diesen Bereich am stärksten anheben würde");
    then(improve.select("ol.best-changes li").eachText()).containsExactly(
        "Gibt es eine vom Rat beschlossene Integrationsstrategie? ja (statt nein) +50 → 75",
        "Für Integration steht ein eigenes Budget zur Verfügung. trifft voll zu (statt trifft teilweise zu) +25 → 50");
    then(improve.select(".improve-sub").eachText()).contains("Weg zur nächsten Stufe: Fortgeschritten");
    then(improve.select("ol.plan li").eachAttr("data-question")).containsExactly("mgmt.strategy");
  }

  @Test
  void should_omit_the_improvements_when_none_are_given() {
    // GIVEN
    Report report = Report.builder().questionnaire(SEVEN.questionnaire())
        .assessment(SEVEN.scorer().score(SEVEN.response())).build();
    // WHEN
    Document page = Jsoup.parse(report.toHtml());
    // THEN answers are unknown without the response: only states are shown
    then(page.select(".improve")).isEmpty();
    then(page.select(".comment, .evidence")).isEmpty();
    then(page.select("tr[data-id=open.training] td.answer").text()).isEmpty();
  }

  @Test
  void should_use_english_labels_when_the_locale_is_english() {
    // GIVEN
    Document page = english();
    // WHEN
    String headings = page.select("h2").eachText().toString();
    // THEN
    then(page.select("html").attr("lang")).isEqualTo("en");
    then(page.select(".eyebrow").text()).isEqualTo("Overall result");
    then(headings).contains("Results by field", "Recommendations");
    then(page.select("h1").text()).isEqualTo("Test municipality self-check");
    then(page.select("li.field-bar[data-field=opening] .score").text()).isEqualTo("37.2");
    then(page.select("dl.meta > div").eachText()).contains("Submitted 2025-03-14");
    then(page.select("section.field[data-field=cohesion] tr[data-id=coh.places] td.answer").text())
        .isEqualTo("don't know");
  }

  @Test
  void should_declare_a_strict_content_security_policy_and_no_script_when_rendered() {
    // GIVEN
    String html = SEVEN.fullReport().linkBase(BASE).build().toHtml();
    // WHEN
    Document page = Jsoup.parse(html);
    // THEN
    then(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .isEqualTo("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    then(page.select("meta[name=viewport]").attr("content")).isEqualTo("width=device-width, initial-scale=1");
    then(html).doesNotContainIgnoringCase("<script");
    then(page.select("[src], link, iframe, object, embed, script")).isEmpty();
    then(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
        .filter(a -> a.getKey().startsWith("on"))).isEmpty();
  }

  @Test
  void should_load_nothing_external_when_rendered() {
    // GIVEN
    String html = SEVEN.fullReport().linkBase(BASE).build().toHtml();
    // WHEN every address in src, href or url(), except the recommendation links
    Document page = Jsoup.parse(html);
    page.select("a.rec-link").remove();
    Matcher m = Pattern.compile("(?i)(?:src|href)\\s*=\\s*\"([^\"]*)\"|url\\(([^)]*)\\)").matcher(page.outerHtml());
    StringBuilder addresses = new StringBuilder();
    while (m.find()) {
      addresses.append(m.group(1) != null ? m.group(1) : m.group(2)).append('\n');
    }
    // THEN only in-page anchors remain
    then(addresses.toString().lines()).isNotEmpty().allMatch(a -> a.startsWith("#"));
  }

  @Test
  void should_show_only_bars_when_there_are_fewer_than_three_fields() {
    // GIVEN
    Fixtures.Loaded two = Fixtures.load("two-fields.yaml", "two-fields-response.json");
    // WHEN
    Document page = Jsoup.parse(two.fullReport().build().toHtml());
    // THEN
    then(page.select("svg.radar")).isEmpty();
    then(page.select("li.field-bar")).hasSize(2);
  }
}
