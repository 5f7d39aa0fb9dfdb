package dev.selfcheck.report;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The HTML report in a real browser: headless Chromium ({@link Browser}) loads the page from a
 * file and reports console errors, exceptions and log errors (CSP violations included); the page
 * is measured on a desktop and on a phone, and screenshots are kept in {@code target/browser/}.
 * Without Chromium the test is skipped, unless {@code CI=true}: then it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChromiumReportTest {

  private static final List<String> FIELDS =
      List.of("management", "opening", "access", "work", "participation", "cohesion", "communication");

  private Browser browser;
  private String pageUrl;

  @BeforeAll
  void start_chromium() throws Exception {
    browser = Browser.start("chromium.log");
    // The bundled flagship, as the demo renders it: seven fields, ~100 answers, 18 recommendations.
    Scorer scorer = ScoringEngine.create().compile(Flagship.questionnaire());
    Response response = Flagship.sampleResponse();
    Report report = Report.builder().questionnaire(Flagship.questionnaire())
        .assessment(scorer.score(response)).response(response)
        .improvements(scorer.improvements(response)).locale("en")
        .linkBase(URI.create("https://portal.example.org/selfcheck/")).build();
    pageUrl = Browser.write("report.html", report.toHtml());
  }

  @AfterAll
  void stop_chromium() throws Exception {
    if (browser != null) {
      browser.stop();
    }
  }

  @Test
  void should_load_without_errors_and_show_the_radar_and_every_field_when_opened_on_a_desktop() throws Exception {
    // GIVEN
    browser.viewport(1280, 2000, false);
    // WHEN
    browser.load(pageUrl);
    // THEN
    then(browser.problems()).isEmpty();
    then(browser.evaluate("document.querySelectorAll('svg.radar .radar-axis').length").asInt()).isEqualTo(7);
    then(browser.evaluate("[...document.querySelectorAll('ol.bars li.field-bar')].map(e => e.dataset.field).join()")
        .asString()).isEqualTo(String.join(",", FIELDS));
    then(browser.evaluate("[...document.querySelectorAll('section.field')].filter(e => e.offsetHeight > 0)"
        + ".map(e => e.dataset.field).join()").asString()).isEqualTo(String.join(",", FIELDS));
    then(browser.evaluate("document.querySelector('svg.radar').getBoundingClientRect().width").asDouble())
        .isGreaterThan(400);
    then(browser.evaluate("[...document.querySelectorAll('details')].some(d => d.open)").asBoolean()).isFalse();
    then(browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth").asBoolean()).isTrue();
    browser.screenshot("report.png", 1280, false);
  }

  @Test
  void should_not_overflow_horizontally_when_opened_on_a_phone() throws Exception {
    // GIVEN
    browser.viewport(390, 844, true);
    // WHEN
    browser.load(pageUrl);
    String closed = browser.evaluate("document.documentElement.scrollWidth + ' <= ' + window.innerWidth").asString();
    browser.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)");
    String open = browser.evaluate("document.documentElement.scrollWidth + ' <= ' + window.innerWidth").asString();
    // THEN
    then(browser.problems()).isEmpty();
    then(closed).isEqualTo("390 <= 390");
    then(open).as("with every explanation open").isEqualTo("390 <= 390");
    then(browser.evaluate("document.querySelector('svg.radar').getBoundingClientRect().right <= window.innerWidth")
        .asBoolean()).isTrue();
    browser.screenshot("report-phone.png", 390, true);
  }
}
