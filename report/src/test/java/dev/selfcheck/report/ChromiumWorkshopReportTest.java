package dev.selfcheck.report;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.within;

import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.panel.Panel;
import dev.selfcheck.panel.PanelAnalysis;
import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.scoring.ScoringEngine;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The workshop report of the flagship's sample panel in a real browser, as {@link
 * ChromiumReportTest} checks the single report: headless Chromium loads it with no console error,
 * exception or CSP violation, on a phone 390 px wide without horizontal overflow, and printed on A4
 * (print media, PDF) with the agenda on pages of its own. Screenshots and the PDF are kept in
 * {@code target/browser/}. Without Chromium the test is skipped, unless {@code CI=true}.
 */
@Tag("issue-13")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChromiumWorkshopReportTest {

  /** The width of A4 less the page's margins of 14 mm on each side, in CSS pixels (96 per inch). */
  private static final int A4_CONTENT_WIDTH = (int) Math.floor((210 - 2 * 14) / 25.4 * 96);

  private Browser browser;
  private PanelResult result;
  private String pageUrl;

  @BeforeAll
  void start_chromium() throws Exception {
    browser = Browser.start("chromium-workshop.log");
    // The sample panel as the demo analyses it: eight respondents, groups folded by the default size.
    result = PanelAnalysis.create().analyze(ScoringEngine.create().compile(Flagship.questionnaire()),
        Panel.of(Flagship.questionnaire(), Flagship.samplePanel()));
    WorkshopReport report = WorkshopReport.builder().questionnaire(Flagship.questionnaire()).result(result)
        .locale("de").linkBase(URI.create("https://portal.example.org/selfcheck/")).build();
    pageUrl = Browser.write("workshop.html", report.toHtml());
  }

  @AfterAll
  void stop_chromium() throws Exception {
    if (browser != null) {
      browser.stop();
    }
  }

  @Test
  void should_load_without_errors_and_show_spread_agenda_and_gaps_when_opened_on_a_desktop() throws Exception {
    // GIVEN
    browser.viewport(1280, 2000, false);
    // WHEN
    browser.load(pageUrl);
    // THEN
    then(browser.problems()).isEmpty();
    then(browser.evaluate("document.querySelectorAll('svg.radar line.radar-spread').length").asInt()).isEqualTo(7);
    then(browser.evaluate("document.querySelectorAll('li.agenda-item').length").asInt())
        .isEqualTo(result.agenda().size());
    then(browser.evaluate("[...document.querySelectorAll('li.agenda-item, .gap-list li, table.stack tr')]"
        + ".every(e => e.offsetHeight > 0)").asBoolean()).isTrue();
    // the recommendations stand beside the agenda, not below it
    then(browser.evaluate("[...document.querySelectorAll('.agenda-grid')].filter(g => g.querySelector('aside'))"
        + ".every(g => g.querySelector('aside').getBoundingClientRect().left"
        + " > g.querySelector('.agenda-items').getBoundingClientRect().left + 100)").asBoolean()).isTrue();
    then(browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth").asBoolean()).isTrue();
    browser.screenshot("workshop.png", 1280, false);
  }

  @Test
  void should_not_overflow_horizontally_when_opened_on_a_phone() throws Exception {
    // GIVEN
    browser.viewport(390, 844, true);
    // WHEN
    browser.load(pageUrl);
    // THEN
    then(browser.problems()).isEmpty();
    then(browser.evaluate("document.documentElement.scrollWidth + ' <= ' + window.innerWidth").asString())
        .isEqualTo("390 <= 390");
    then(browser.evaluate("[...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right"
        + " > window.innerWidth + 0.5).map(e => e.tagName + '.' + e.className).slice(0, 5).join()").asString())
        .isEmpty();
    then(browser.evaluate("document.querySelector('svg.radar').getBoundingClientRect().right <= window.innerWidth")
        .asBoolean()).isTrue();
    browser.screenshot("workshop-phone.png", 390, true);
  }

  @Test
  void should_print_on_a4_with_the_agenda_on_its_own_pages_when_printed() throws Exception {
    // GIVEN the print style on a window as wide as an A4 page's text
    browser.viewport(A4_CONTENT_WIDTH, 1100, false);
    browser.cdp().send("Emulation.setEmulatedMedia", Map.of("media", "print"));
    browser.load(pageUrl);
    // WHEN
    byte[] pdf = browser.printA4("workshop.pdf");
    boolean fits = browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth").asBoolean();
    String agendaBreak = browser.evaluate(
        "getComputedStyle(document.querySelector('section.agenda')).breakBefore").asString();
    browser.cdp().send("Emulation.setEmulatedMedia", Map.of("media", ""));
    // THEN
    then(browser.problems()).isEmpty();
    then(fits).as("no horizontal overflow in print").isTrue();
    then(agendaBreak).isEqualTo("page");
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    then(text).startsWith("%PDF-");
    long pages = Pattern.compile("/Type\\s*/Page(?![a-z])").matcher(text).results().count();
    then(pages).as("pages of the PDF").isGreaterThanOrEqualTo(3);
    List<String> boxes = Pattern.compile("/MediaBox\\s*\\[([^\\]]*)]").matcher(text).results()
        .map(m -> m.group(1).trim()).distinct().toList();
    then(boxes).as("every page A4 (595 × 842 pt)").singleElement().satisfies(box -> {
      String[] size = box.split("\\s+");
      then(Double.parseDouble(size[2])).isCloseTo(595.28, within(0.5));
      then(Double.parseDouble(size[3])).isCloseTo(841.89, within(0.5));
    });
  }
}
