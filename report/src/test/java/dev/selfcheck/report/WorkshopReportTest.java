package dev.selfcheck.report;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.panel.Panel;
import dev.selfcheck.panel.PanelAnalysis;
import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The workshop report of the flagship's sample panel (eight respondents of the fictional town):
 * everything the panel result puts on the agenda and every knowledge gap is in the report, grouped
 * by field with its reasons in words; only the groups the result shows are named; the German report
 * says everything in German; HTML and Markdown carry the same content.
 */
@Tag("issue-13")
class WorkshopReportTest {

  private static final Questionnaire FLAGSHIP = Flagship.questionnaire();

  static PanelResult samplePanel(PanelAnalysis analysis) {
    return analysis.analyze(ScoringEngine.create().compile(FLAGSHIP), Panel.of(FLAGSHIP, Flagship.samplePanel()));
  }

  private static WorkshopReport report(PanelResult result, String locale) {
    return WorkshopReport.builder().questionnaire(FLAGSHIP).result(result).locale(locale).build();
  }

  @Test
  void should_list_every_agenda_item_by_field_with_its_reasons_when_the_sample_panel_is_rendered() {
    // GIVEN
    PanelResult result = samplePanel(PanelAnalysis.create());
    then(result.agenda()).hasSizeGreaterThan(10);
    // WHEN
    Document html = Jsoup.parse(report(result, "de").toHtml());
    // THEN every item once, in its field's section, ranked as the agenda ranks it
    List<String> shown = new ArrayList<>();
    for (Element field : html.select("section.agenda-field")) {
      for (Element item : field.select("li.agenda-item")) {
        PanelResult.AgendaItem expected = result.agenda().stream()
            .filter(a -> a.questionId().equals(item.attr("data-question"))).findFirst().orElseThrow();
        then(field.attr("data-field")).isEqualTo(expected.fieldId());
        then(item.attr("value")).isEqualTo(String.valueOf(result.agenda().indexOf(expected) + 1));
        then(item.select(".agenda-reasons li").eachAttr("data-reason"))
            .isEqualTo(expected.reasons().stream().map(PanelResult.AgendaReason::jsonName).toList());
        then(item.select(".agenda-question").text())
            .isEqualTo(FLAGSHIP.question(expected.questionId()).orElseThrow().text().in("de", "de"));
        shown.add(expected.questionId());
      }
    }
    then(shown).containsExactlyInAnyOrderElementsOf(
        result.agenda().stream().map(PanelResult.AgendaItem::questionId).toList());
    // the fields in the questionnaire's order
    List<String> order = FLAGSHIP.dimensions().stream().map(d -> d.id()).toList();
    List<String> fields = html.select("section.agenda-field").eachAttr("data-field").stream()
        .filter(f -> !f.isEmpty()).toList();
    then(fields).isSortedAccordingTo((a, b) -> order.indexOf(a) - order.indexOf(b));
  }

  @Test
  void should_state_the_reasons_with_their_numbers_when_an_item_is_on_the_agenda_for_yes_and_no() {
    // GIVEN the sample panel's yes/no question answered both ways (docs/panels.md)
    PanelResult result = samplePanel(PanelAnalysis.create());
    PanelResult.QuestionSummary interpreting = result.questions().stream()
        .filter(q -> q.questionId().equals("acc.interpreting")).findFirst().orElseThrow();
    // WHEN
    Document en = Jsoup.parse(report(result, "en").toHtml());
    Document de = Jsoup.parse(report(result, "de").toHtml());
    // THEN
    String yes = String.valueOf(interpreting.counts().get("true"));
    String no = String.valueOf(interpreting.counts().get("false"));
    then(en.select("li.agenda-item[data-question=acc.interpreting] li[data-reason=yesAndNo]").text())
        .isEqualTo("Answered both ways: yes " + yes + ", no " + no + ".");
    then(de.select("li.agenda-item[data-question=acc.interpreting] li[data-reason=yesAndNo]").text())
        .isEqualTo("In beide Richtungen beantwortet: ja " + yes + ", nein " + no + ".");
    then(de.select("li.agenda-item[data-question=acc.interpreting] .answers").text())
        .isEqualTo("Antworten: nein: " + no + " · ja: " + yes);
  }

  @Test
  void should_list_every_knowledge_gap_when_nobody_could_answer_a_question() {
    // GIVEN
    PanelResult result = samplePanel(PanelAnalysis.create());
    List<String> gaps = result.questions().stream().filter(PanelResult.QuestionSummary::knowledgeGap)
        .map(PanelResult.QuestionSummary::questionId).toList();
    then(gaps).containsExactly("work.processingWeeks");
    // WHEN
    WorkshopReport report = report(result, "de");
    Document html = Jsoup.parse(report.toHtml());
    Document markdown = MarkdownReportTest.rendered(report.toMarkdown());
    // THEN
    then(html.select(".gap-list li").eachAttr("data-question")).isEqualTo(gaps);
    String text = FLAGSHIP.question("work.processingWeeks").orElseThrow().text().in("de", "de");
    then(html.select(".gap-list li .gap-question").text()).isEqualTo(text);
    then(html.select(".gap-list li .gap-states").text()).startsWith("gezeigt: 8 · ");
    then(markdown.select("h2").last().text()).isEqualTo("Wissenslücken");
    then(markdown.select("h2").last().nextElementSiblings().select("li strong").eachText()).containsExactly(text);
  }

  @Test
  void should_name_only_the_groups_shown_when_small_groups_are_folded_away() {
    // GIVEN "Politik" (2) is folded away, and "Verwaltung" (3) with it, so that no one can subtract
    PanelResult result = samplePanel(PanelAnalysis.create());
    then(result.groups()).extracting(PanelResult.Group::key).containsExactly("Zivilgesellschaft", PanelAnalysis.OTHER);
    // WHEN
    WorkshopReport report = report(result, "de");
    Document html = Jsoup.parse(report.toHtml());
    Document markdown = MarkdownReportTest.rendered(report.toMarkdown());
    // THEN
    then(html.select("table.group-comparison th[data-group]").eachAttr("data-group"))
        .containsExactly("Zivilgesellschaft", PanelAnalysis.OTHER);
    then(html.select("table.group-comparison thead").text())
        .isEqualTo("Bereich Zivilgesellschaft (3) Weitere Gruppen (5) Abstand");
    then(markdown.select("table").get(1).select("thead th").eachText())
        .containsExactly("Bereich", "Zivilgesellschaft (3)", "Weitere Gruppen (5)", "Abstand");
    for (String folded : List.of("Politik", "Verwaltung")) {
      then(html.select("section.groups, header").text()).doesNotContain(folded);
      then(markdown.select("table").get(1).text()).doesNotContain(folded);
      then(markdown.select("h1 ~ p").first().text()).doesNotContain(folded);
    }
  }

  @Test
  void should_name_no_folded_respondent_anywhere_when_every_role_is_too_small_to_show() {
    // GIVEN grouped by role: eight roles of one respondent each, all folded into one "(other)"
    PanelResult result = samplePanel(PanelAnalysis.builder().groupBy(PanelAnalysis.GroupBy.ROLE).build());
    then(result.groups()).extracting(PanelResult.Group::key).containsExactly(PanelAnalysis.OTHER);
    List<String> roles = Flagship.samplePanel().stream()
        .map(r -> r.respondent().orElseThrow().role().orElseThrow()).toList();
    // WHEN
    WorkshopReport report = report(result, "de");
    String html = GermanText.ofHtml(report.toHtml());
    String markdown = report.toMarkdown();
    String viewed = MarkdownReportTest.rendered(markdown).text();
    // THEN
    then(roles).hasSize(8).allSatisfy(role -> {
      then(html).doesNotContain(role);
      then(markdown).doesNotContain(role);
      then(viewed).doesNotContain(role);
    });
    then(Jsoup.parse(report.toHtml()).select("[data-group]").eachAttr("data-group")).containsExactly(PanelAnalysis.OTHER);
  }

  @Test
  void should_say_everything_in_german_when_the_workshop_report_is_german() {
    // GIVEN both the default grouping and every group shown
    for (PanelAnalysis analysis : List.of(PanelAnalysis.create(), PanelAnalysis.builder().minimumGroupSize(1).build())) {
      WorkshopReport report = report(samplePanel(analysis), "de");
      // WHEN / THEN
      GermanText.check(GermanText.ofHtml(report.toHtml()));
      GermanText.check(GermanText.ofMarkdown(report.toMarkdown()));
    }
  }

  @Test
  void should_draw_each_fields_spread_and_the_combined_score_when_the_radar_is_rendered() {
    // GIVEN
    PanelResult result = samplePanel(PanelAnalysis.create());
    // WHEN
    Document html = Jsoup.parse(report(result, "en").toHtml());
    // THEN one spread per field, the ring between the lowest and highest scores, the combined polygon
    List<String> fields = FLAGSHIP.dimensions().stream().map(d -> d.id()).toList();
    then(html.select("svg.radar line.radar-spread").eachAttr("data-field")).isEqualTo(fields);
    then(html.select("svg.radar path.radar-spread-area")).hasSize(1);
    then(html.select("svg.radar circle.radar-point").eachAttr("data-field")).isEqualTo(fields);
    PanelResult.Distribution management = result.dimensions().stream()
        .filter(d -> d.dimensionId().equals("management")).findFirst().orElseThrow();
    String spread = "Spread " + management.min().orElseThrow().toBigDecimal(2).stripTrailingZeros().toPlainString()
        + "–" + management.max().orElseThrow().toBigDecimal(2).stripTrailingZeros().toPlainString();
    then(html.select("svg.radar line.radar-spread[data-field=management] title").text()).endsWith(spread);
    then(html.select("svg.radar desc").text()).contains(spread);
    then(html.select(".total .total-score").text())
        .isEqualTo(result.combined().assessment().total().displayScore().orElseThrow().toPlainString());
  }

  @Test
  void should_describe_each_field_and_the_total_when_the_distributions_are_rendered() {
    // GIVEN
    PanelResult result = samplePanel(PanelAnalysis.create());
    // WHEN
    Document html = Jsoup.parse(report(result, "en").toHtml());
    // THEN a row per field and the total, with n and the band counts of route 1
    List<String> rows = new ArrayList<>(FLAGSHIP.dimensions().stream().map(d -> d.id()).toList());
    rows.add("total");
    then(html.select("table.distribution tbody tr").eachAttr("data-dimension")).isEqualTo(rows);
    Map<String, PanelResult.Distribution> byId = result.dimensions().stream()
        .collect(Collectors.toMap(PanelResult.Distribution::dimensionId, d -> d));
    for (Element row : html.select("table.distribution tbody tr")) {
      PanelResult.Distribution d = byId.get(row.attr("data-dimension"));
      then(row.select("td[data-label=n]").text()).isEqualTo(String.valueOf(d.n()));
      then(row.select(".band-counts li")).hasSize(d.bands().size());
      then(row.select(".band-counts li").eachText().stream()
          .mapToInt(t -> Integer.parseInt(t.substring(t.lastIndexOf(' ') + 1))).sum()).isEqualTo(d.n());
    }
  }

  @Test
  void should_put_the_combined_results_recommendations_beside_the_agenda_when_rendered() {
    // GIVEN
    PanelResult result = samplePanel(PanelAnalysis.create());
    List<String> fired = result.combined().assessment().recommendations().stream()
        .map(r -> r.recommendation().id()).toList();
    then(fired).isNotEmpty();
    // WHEN
    Document html = Jsoup.parse(report(result, "de").toHtml());
    Document markdown = MarkdownReportTest.rendered(report(result, "de").toMarkdown());
    // THEN every recommendation once, in the aside of its field
    then(html.select("section.agenda-field aside.agenda-recs article.rec-card").eachAttr("data-recommendation"))
        .containsExactlyInAnyOrderElementsOf(fired);
    then(markdown.select("h4").eachText()).containsExactlyInAnyOrderElementsOf(result.combined().assessment()
        .recommendations().stream().map(r -> r.recommendation().title().in("de", "de")).toList());
  }

  @Test
  void should_carry_the_same_content_in_markdown_when_rendered_as_markdown() {
    // GIVEN
    PanelResult result = samplePanel(PanelAnalysis.builder().minimumGroupSize(2).build());
    // WHEN
    Document markdown = MarkdownReportTest.rendered(report(result, "en").toMarkdown());
    // THEN the agenda's questions, the group table with all three groups, the fields
    then(markdown.select("h1").text()).startsWith("Workshop report: ");
    then(markdown.select("h2").eachText()).containsExactly("Combined result", "Distribution per field", "Groups",
        "Workshop agenda", "Knowledge gaps");
    then(markdown.select("li > strong").eachText()).containsAll(result.agenda().stream()
        .map(item -> FLAGSHIP.question(item.questionId()).orElseThrow().text().in("en", "de")).toList());
    then(markdown.select("table").get(1).select("thead th").eachText())
        .containsExactly("Field", "Politik (2)", "Verwaltung (3)", "Zivilgesellschaft (3)", "Gap");
    List<String> fields = new ArrayList<>(FLAGSHIP.dimensions().stream().map(d -> d.label().in("en", "de")).toList());
    fields.add("Total");
    then(markdown.select("table").get(0).select("tbody tr td:eq(0)").eachText()).isEqualTo(fields);
  }

  @Test
  void should_refuse_the_result_when_it_belongs_to_another_questionnaire() {
    // GIVEN a panel of another questionnaire
    Fixtures.Loaded other = Fixtures.sevenFields();
    Response member = other.response();
    PanelResult foreign = PanelAnalysis.create().analyze(other.scorer(), Panel.of(other.questionnaire(), List.of(member)));
    // WHEN
    Throwable thrown = catchThrowable(() -> WorkshopReport.builder().questionnaire(FLAGSHIP).result(foreign).build());
    Throwable missing = catchThrowable(() -> WorkshopReport.builder().questionnaire(FLAGSHIP).build());
    Throwable language = catchThrowable(() -> report(samplePanel(PanelAnalysis.create()), "fr"));
    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to questionnaire");
    then(missing).isInstanceOf(IllegalStateException.class).hasMessage("result is required");
    then(language).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fr' is not offered");
  }

  @Test
  void should_load_nothing_and_run_nothing_when_the_page_is_opened() {
    // GIVEN
    String html = report(samplePanel(PanelAnalysis.create()), "de").toHtml();
    // WHEN
    Document document = Jsoup.parse(html);
    // THEN the single report's policy: no script, no external address, nothing interactive-only
    then(document.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .isEqualTo("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    then(document.select("script, link, img, iframe, details")).isEmpty();
    then(document.select("[src]")).isEmpty();
    then(html).contains("@media print", "size: A4");
  }

  @Test
  void should_run_the_example_of_the_panel_page_when_the_workshop_report_is_written() {
    // GIVEN
    Questionnaire questionnaire = Flagship.questionnaire();
    List<Response> responses = Flagship.samplePanel();
    // WHEN
    // tag::workshop[]
    Scorer scorer = ScoringEngine.create().compile(questionnaire);
    PanelResult result = PanelAnalysis.create().analyze(scorer, Panel.of(questionnaire, responses));
    WorkshopReport report = WorkshopReport.builder()
        .questionnaire(questionnaire)
        .result(result)
        .locale("de")                                   // default: the questionnaire's language
        .linkBase(URI.create("https://portal.example.org/selfcheck/"))   // optional
        .build();
    String html = report.toHtml();        // one self-contained page, printable on A4
    String markdown = report.toMarkdown();
    // end::workshop[]
    // THEN
    then(html).startsWith("<!DOCTYPE html>").contains("Agenda für den Workshop");
    then(markdown).startsWith("# Workshopbericht: Selbstcheck Willkommenskommune");
  }
}
