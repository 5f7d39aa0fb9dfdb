package dev.selfcheck.report;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A German report of the flagship says everything in German: for every sample response, with the
 * response and from the assessment alone, in HTML, Markdown and terminal form, no text of the
 * English bundles (the report's labels, the scoring module's messages), no common English
 * word and no number with a decimal point appears; and the reasons of recommendations are the
 * same with and without the response, since they are derived from the assessment.
 */
@Tag("issue-12")
class GermanReportTest {

  private static final Questionnaire FLAGSHIP = Flagship.questionnaire();
  private static final Scorer SCORER = ScoringEngine.create().compile(FLAGSHIP);

  @TestFactory
  Stream<DynamicTest> should_contain_no_english_when_a_flagship_report_is_german() {
    List<DynamicTest> tests = new ArrayList<>();
    List<Response> responses = Flagship.sampleResponses();
    for (int i = 0; i < responses.size(); i++) {
      Response response = responses.get(i);
      for (boolean withResponse : new boolean[] {true, false}) {
        String name = "sample " + i + (withResponse ? " with its response" : " from the assessment alone");
        Report report = report(response, withResponse);
        tests.add(DynamicTest.dynamicTest(name + ", HTML", () -> GermanText.check(GermanText.ofHtml(report.toHtml()))));
        tests.add(DynamicTest.dynamicTest(name + ", Markdown", () -> GermanText.check(GermanText.ofMarkdown(report.toMarkdown()))));
        tests.add(DynamicTest.dynamicTest(name + ", terminal", () -> GermanText.check(report.toTerminal(100, false))));
      }
    }
    return tests.stream();
  }

  @Test
  void should_give_the_same_reasons_when_the_report_has_no_response() {
    // GIVEN every sample response
    for (Response response : Flagship.sampleResponses()) {
      // WHEN the report is made with and without the response
      List<String> with = reasons(report(response, true).toHtml());
      List<String> without = reasons(report(response, false).toHtml());
      // THEN the reasons are the same: they state what the assessment says, nothing from the response
      then(with).isNotEmpty().isEqualTo(without);
    }
  }

  @Test
  void should_state_too_few_answers_in_german_when_a_field_is_not_scorable() {
    // GIVEN a response that answers one question of the flagship only
    Response sparse = Response.builder().from(Flagship.sampleResponse())
        .answers(Flagship.sampleResponse().answers().entrySet().stream().limit(1)
            .collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> e.getValue())))
        .build();
    Assessment assessment = SCORER.score(sparse);
    // WHEN
    String text = GermanText.ofHtml(Report.builder().questionnaire(FLAGSHIP).assessment(assessment).locale("de")
        .build().toHtml());
    // THEN the reason of every field without a score is in German, with exact shares in decimal commas
    then(assessment.dimensions()).anySatisfy(d -> then(d.notScorable()).isPresent());
    then(text).doesNotContain("of the applicable questions");
    GermanText.check(text);
  }

  private static Report report(Response response, boolean withResponse) {
    Assessment assessment = SCORER.score(response);
    Report.Builder b = Report.builder().questionnaire(FLAGSHIP).assessment(assessment).locale("de");
    if (withResponse) {
      b.response(response).improvements(SCORER.improvements(response));
    }
    return b.build();
  }

  private static List<String> reasons(String html) {
    return Jsoup.parse(html).select(".reasons li").eachText();
  }

}
