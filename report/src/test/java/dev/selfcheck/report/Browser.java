package dev.selfcheck.report;

import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.BDDAssertions.then;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;

/**
 * Headless Chromium for the browser tests of the reports, driven over the DevTools Protocol
 * ({@link Cdp}): it loads a page from a file, reports console errors, exceptions and log errors
 * (CSP violations included), takes screenshots and prints to PDF into {@code target/browser/}.
 *
 * <p>Chromium is found through {@code SELFCHECK_CHROMIUM}, else {@code chromium},
 * {@code chromium-browser} or {@code google-chrome} on the PATH. Without one the test is skipped,
 * unless {@code CI=true}: then it fails.
 */
final class Browser {

  static final Path OUT = Path.of("target", "browser");

  private final Process chromium;
  private final Path profile;
  private final Cdp cdp;

  private Browser(Process chromium, Path profile, Cdp cdp) {
    this.chromium = chromium;
    this.profile = profile;
    this.cdp = cdp;
  }

  /**
   * Starts Chromium, or skips the test (fails it on CI) when there is none.
   *
   * @param log the file name of the browser's log in {@code target/browser/}
   * @return the browser, with a blank page open
   */
  static Browser start(String log) throws Exception {
    Path binary = findChromium();
    Files.createDirectories(OUT);
    Path profile = Files.createTempDirectory("selfcheck-chromium");
    Process chromium = new ProcessBuilder(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
        "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1280,2000",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions", "about:blank")
        .redirectErrorStream(true).redirectOutput(OUT.resolve(log).toFile()).start();
    Cdp cdp = Cdp.connect(profile, chromium);
    cdp.send("Runtime.enable", Map.of());
    cdp.send("Log.enable", Map.of());
    cdp.send("Page.enable", Map.of());
    return new Browser(chromium, profile, cdp);
  }

  /** @return the DevTools client of the page */
  Cdp cdp() {
    return cdp;
  }

  /**
   * Writes a page into {@code target/browser/}.
   *
   * @return its address
   */
  static String write(String file, String html) throws Exception {
    Files.createDirectories(OUT);
    Path page = OUT.resolve(file).toAbsolutePath();
    Files.writeString(page, html, java.nio.charset.StandardCharsets.UTF_8);
    return page.toUri().toString();
  }

  /** Sets the size of the window, as a desktop or a phone. */
  void viewport(int width, int height, boolean mobile) throws Exception {
    cdp.send("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  /** Loads a page and waits for its load event. */
  void load(String url) throws Exception {
    var loaded = cdp.next("Page.loadEventFired");
    JsonNode navigation = cdp.send("Page.navigate", Map.of("url", url));
    then(navigation.path("errorText").asString("")).isEmpty();
    loaded.get(Cdp.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Evaluates a JavaScript expression in the page. */
  JsonNode evaluate(String expression) throws Exception {
    return cdp.evaluate(expression);
  }

  /** Console errors and warnings, uncaught exceptions, and log errors (CSP violations among them). */
  List<String> problems() {
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

  /** Takes a screenshot of the whole page into {@code target/browser/}. */
  void screenshot(String file, int width, boolean mobile) throws Exception {
    double height = cdp.send("Page.getLayoutMetrics", Map.of()).path("cssContentSize").path("height").asDouble();
    viewport(width, (int) Math.ceil(height), mobile);
    String png = cdp.send("Page.captureScreenshot", Map.of("format", "png")).path("data").asString();
    Files.write(OUT.resolve(file), Base64.getDecoder().decode(png));
  }

  /**
   * Prints the page to PDF on A4 (the page's own {@code @page} size and margins, with backgrounds)
   * into {@code target/browser/}.
   *
   * @return the PDF's bytes
   */
  byte[] printA4(String file) throws Exception {
    String pdf = cdp.send("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69,
        "printBackground", true, "preferCSSPageSize", true)).path("data").asString();
    byte[] bytes = Base64.getDecoder().decode(pdf);
    Files.write(OUT.resolve(file), bytes);
    return bytes;
  }

  /** Stops the browser and deletes its profile. */
  void stop() throws Exception {
    cdp.close();
    chromium.destroy();
    if (!chromium.waitFor(10, TimeUnit.SECONDS)) {
      chromium.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    Cdp.deleteTree(profile);
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
