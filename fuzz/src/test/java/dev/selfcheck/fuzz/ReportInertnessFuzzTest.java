package dev.selfcheck.fuzz;

import static org.assertj.core.api.BDDAssertions.then;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.selfcheck.core.Answer;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.report.Report;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzz target for the HTML report: a questionnaire whose every text and link holds fuzzed text,
 * and a response whose comments, evidence and respondent do, render to a page without script,
 * event-handler attributes or script URLs.
 *
 * <p>The questionnaire is the docs' municipal-mini example written as canonical JSON; every
 * localized text in it is replaced. Link targets get fuzzed text behind a prefix that is often a
 * script scheme; if the questionnaire then no longer validates, the links keep their targets.
 */
class ReportInertnessFuzzTest {

  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> LANGUAGES = Set.of("de", "en");
  private static final String[] SCHEMES = {"javascript:", " JaVaScRiPt:", "java\tscript:", "vbscript:",
      "data:text/html,", "https://example.org/", "relative/", ""};
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "srcset",
      "xlink:href", "poster", "background", "data", "srcdoc");
  private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "iframe", "frame", "object", "embed",
      "base", "form", "link");
  private static final String QUESTIONNAIRE = CODEC.writeQuestionnaire(FuzzChecks.example("municipal-mini.yaml"));
  private static final Response RESPONSE = CODEC.readResponse(
      FuzzChecks.EXAMPLES.resolve("municipal-mini-response.json")).orElseThrow();

  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void htmlReportOfHostileTexts(FuzzedDataProvider data) {
    String text = data.consumeString(200);
    String href = SCHEMES[data.consumeInt(0, SCHEMES.length - 1)] + data.consumeString(40);
    Questionnaire questionnaire = hostileQuestionnaire(text, href);
    Response response = hostileResponse(text);
    Scorer scorer = ScoringEngine.create().compile(questionnaire);

    String html = Report.builder()
        .questionnaire(questionnaire)
        .assessment(scorer.score(response))
        .response(response)
        .improvements(scorer.improvements(response))
        .locale(data.consumeBoolean() ? "de" : "en")
        .linkBase(URI.create("https://portal.example.org/selfcheck/"))
        .build()
        .toHtml();

    checkInert(html);
  }

  /**
   * Checks that an HTML page runs and loads nothing: no script (or other active) elements, no
   * {@code http-equiv} but the page's content security policy, no event-handler attributes and no
   * script URLs, as a browser's parser (jsoup) sees the page; and no
   * {@code <script} anywhere in the raw text.
   *
   * @param html the page
   */
  static void checkInert(String html) {
    then(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
    for (Element e : Jsoup.parse(html).getAllElements()) {
      then(e.normalName()).as("element in %s", e).isNotIn(ACTIVE_ELEMENTS);
      if (e.hasAttr("http-equiv")) {
        then(e.attr("http-equiv")).as("http-equiv of %s", e).isEqualToIgnoringCase("Content-Security-Policy");
      }
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        then(name).as("attribute of %s", e).doesNotStartWith("on");
        if (URL_ATTRIBUTES.contains(name)) {
          String url = a.getValue().replaceAll("[\\u0000-\\u0020]", "").toLowerCase(Locale.ROOT);
          then(url).as("%s of %s", name, e).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
              .doesNotStartWith("data:");
        }
      }
    }
  }

  private static Questionnaire hostileQuestionnaire(String text, String href) {
    Questionnaire withLinks = read(replace(text, href));
    return withLinks != null ? withLinks : read(replace(text, null));
  }

  private static String replace(String text, String href) {
    JsonNode root = JSON.readTree(QUESTIONNAIRE);
    replace(root, text.isBlank() ? "x" + text : text, href);
    return JSON.writeValueAsString(root);
  }

  private static void replace(JsonNode node, String text, String href) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      boolean localized = !object.isEmpty() && LANGUAGES.containsAll(object.propertyNames());
      for (Map.Entry<String, JsonNode> p : List.copyOf(object.properties())) {
        if (localized && p.getValue().isString()) {
          object.put(p.getKey(), text);
        } else if (href != null && p.getKey().equals("href") && p.getValue().isString()) {
          object.put(p.getKey(), href);
        } else {
          replace(p.getValue(), text, href);
        }
      }
    } else {
      node.forEach(child -> replace(child, text, href));
    }
  }

  private static Questionnaire read(String json) {
    DecodeResult<Questionnaire> result = CODEC.readQuestionnaire(json, DocumentFormat.JSON);
    return result.errors().isEmpty() ? result.value().orElse(null) : null;
  }

  private static Response hostileResponse(String text) {
    String bounded = text.isEmpty() ? "x" : text;
    Response.Builder b = Response.builder().from(RESPONSE)
        .respondent(Respondent.builder().id("r").role(bounded).group(bounded).build());
    RESPONSE.answers().forEach((id, answer) ->
        b.putAnswer(id, Answer.builder().from(answer).comment(text).addEvidence(bounded).build()));
    return b.build();
  }
}
