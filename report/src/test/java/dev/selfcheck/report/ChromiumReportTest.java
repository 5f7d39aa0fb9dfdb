package dev.selfcheck.report;

import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * The HTML report in a real browser: headless Chromium, driven over the DevTools Protocol, loads
 * the page from a file and reports console errors, exceptions and log errors (CSP violations
 * included); the page is measured on a desktop and on a phone, and screenshots are kept in
 * {@code target/browser/}.
 *
 * <p>Chromium is found through {@code SELFCHECK_CHROMIUM}, else {@code chromium},
 * {@code chromium-browser} or {@code google-chrome} on the PATH. Without one the test is skipped,
 * unless {@code CI=true}: then it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChromiumReportTest {

  private static final Path OUT = Path.of("target", "browser");
  private static final List<String> FIELDS =
      List.of("management", "opening", "access", "work", "participation", "cohesion", "communication");

  private Process chromium;
  private Path profile;
  private Cdp cdp;
  private String pageUrl;

  @BeforeAll
  void start_chromium() throws Exception {
    Path binary = findChromium();
    Files.createDirectories(OUT);
    // The bundled flagship, as the demo renders it: seven fields, ~100 answers, 18 recommendations.
    Scorer scorer = ScoringEngine.create().compile(Flagship.questionnaire());
    Response response = Flagship.sampleResponse();
    Report report = Report.builder().questionnaire(Flagship.questionnaire())
        .assessment(scorer.score(response)).response(response)
        .improvements(scorer.improvements(response)).locale("en")
        .linkBase(URI.create("https://portal.example.org/selfcheck/")).build();
    Path page = OUT.resolve("report.html").toAbsolutePath();
    Files.writeString(page, report.toHtml(), StandardCharsets.UTF_8);
    pageUrl = page.toUri().toString();
    profile = Files.createTempDirectory("selfcheck-chromium");
    chromium = new ProcessBuilder(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
        "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1280,2000",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions", "about:blank")
        .redirectErrorStream(true).redirectOutput(OUT.resolve("chromium.log").toFile()).start();
    cdp = Cdp.connect(profile, chromium);
    cdp.send("Runtime.enable", Map.of());
    cdp.send("Log.enable", Map.of());
    cdp.send("Page.enable", Map.of());
  }

  @AfterAll
  void stop_chromium() throws Exception {
    if (cdp != null) {
      cdp.close();
    }
    if (chromium != null) {
      chromium.destroy();
      if (!chromium.waitFor(10, TimeUnit.SECONDS)) {
        chromium.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
    if (profile != null) {
      Cdp.deleteTree(profile);
    }
  }

  @Test
  void should_load_without_errors_and_show_the_radar_and_every_field_when_opened_on_a_desktop() throws Exception {
    // GIVEN
    cdp.send("Emulation.setDeviceMetricsOverride",
        Map.of("width", 1280, "height", 2000, "deviceScaleFactor", 1, "mobile", false));
    // WHEN
    load();
    // THEN
    then(problems()).isEmpty();
    then(cdp.evaluate("document.querySelectorAll('svg.radar .radar-axis').length").asInt()).isEqualTo(7);
    then(cdp.evaluate("[...document.querySelectorAll('ol.bars li.field-bar')].map(e => e.dataset.field).join()")
        .asString()).isEqualTo(String.join(",", FIELDS));
    then(cdp.evaluate("[...document.querySelectorAll('section.field')].filter(e => e.offsetHeight > 0)"
        + ".map(e => e.dataset.field).join()").asString()).isEqualTo(String.join(",", FIELDS));
    then(cdp.evaluate("document.querySelector('svg.radar').getBoundingClientRect().width").asDouble())
        .isGreaterThan(400);
    then(cdp.evaluate("[...document.querySelectorAll('details')].some(d => d.open)").asBoolean()).isFalse();
    then(cdp.evaluate("document.documentElement.scrollWidth <= window.innerWidth").asBoolean()).isTrue();
    screenshot("report.png", 1280, false);
  }

  @Test
  void should_not_overflow_horizontally_when_opened_on_a_phone() throws Exception {
    // GIVEN
    cdp.send("Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    // WHEN
    load();
    String closed = cdp.evaluate("document.documentElement.scrollWidth + ' <= ' + window.innerWidth").asString();
    cdp.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)");
    String open = cdp.evaluate("document.documentElement.scrollWidth + ' <= ' + window.innerWidth").asString();
    // THEN
    then(problems()).isEmpty();
    then(closed).isEqualTo("390 <= 390");
    then(open).as("with every explanation open").isEqualTo("390 <= 390");
    then(cdp.evaluate("document.querySelector('svg.radar').getBoundingClientRect().right <= window.innerWidth")
        .asBoolean()).isTrue();
    screenshot("report-phone.png", 390, true);
  }

  private void load() throws Exception {
    var loaded = cdp.next("Page.loadEventFired");
    JsonNode navigation = cdp.send("Page.navigate", Map.of("url", pageUrl));
    then(navigation.path("errorText").asString("")).isEmpty();
    loaded.get(Cdp.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Console errors and warnings, uncaught exceptions, and log errors (CSP violations among them). */
  private List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (JsonNode e : cdp.events()) {
      String method = e.path("method").asString("");
      JsonNode p = e.path("params");
      if (method.equals("Runtime.consoleAPICalled")
          && List.of("error", "warning", "assert").contains(p.path("type").asString(""))) {
        problems.add("console " + p.path("type").asString("") + ": " + p.path("args"));
      } else if (method.equals("Runtime.exceptionThrown")) {
        problems.add("exception: " + p.path("exceptionDetails"));
      } else if (method.equals("Log.entryAdded") && p.path("entry").path("level").asString("").equals("error")) {
        problems.add("log: " + p.path("entry").path("text").asString(""));
      }
    }
    return problems;
  }

  private void screenshot(String file, int width, boolean mobile) throws Exception {
    double height = cdp.send("Page.getLayoutMetrics", Map.of()).path("cssContentSize").path("height").asDouble();
    cdp.send("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", (int) Math.ceil(height), "deviceScaleFactor", 1, "mobile", mobile));
    String png = cdp.send("Page.captureScreenshot", Map.of("format", "png")).path("data").asString();
    Files.write(OUT.resolve(file), Base64.getDecoder().decode(png));
  }

  private static Path findChromium() {
    String configured = System.getenv("SELFCHECK_CHROMIUM");
    Optional<Path> found = configured != null && !configured.isBlank()
        ? Optional.of(Path.of(configured)).filter(Files::isExecutable)
        : onPath("chromium", "chromium-browser", "google-chrome");
    if (found.isPresent()) {
      return found.get();
    }
    String message = configured != null && !configured.isBlank()
        ? "SELFCHECK_CHROMIUM is set to " + configured + ", which is not an executable file"
        : "no Chromium found: set SELFCHECK_CHROMIUM or put chromium, chromium-browser or google-chrome on the PATH"
            + " (Debian/Ubuntu: apt-get install chromium fonts-dejavu-core)";
    if ("true".equals(System.getenv("CI"))) {
      fail("CI=true, so the browser test must run, but " + message);
    }
    Assumptions.assumeTrue(false, message);
    throw new IllegalStateException("unreachable");
  }

  private static Optional<Path> onPath(String... names) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
