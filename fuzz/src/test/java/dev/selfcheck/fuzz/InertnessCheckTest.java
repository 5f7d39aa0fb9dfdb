package dev.selfcheck.fuzz;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.report.Report;
import dev.selfcheck.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The check of {@link ReportInertnessFuzzTest} itself: it rejects active pages and accepts the flagship's report. */
class InertnessCheckTest {

  private static final String PAGE = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
      + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"></head><body>%s</body></html>";

  @ParameterizedTest
  @ValueSource(strings = {
      "<SCRIPT>alert(1)</SCRIPT>",
      "<img src=x onerror=alert(1)>",
      "<a href=\"javascript:alert(1)\">x</a>",
      "<a href=\" JaVa&#x09;Script:alert(1)\">x</a>",
      "<a href=\"data:text/html,x\">x</a>",
      "<iframe srcdoc=\"x\"></iframe>",
      "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
      "<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>",
  })
  void should_reject_the_page_when_it_holds_active_markup(String body) {
    // GIVEN
    String html = String.format(PAGE, body);

    // WHEN
    Throwable thrown = catchThrowable(() -> ReportInertnessFuzzTest.checkInert(html));

    // THEN
    then(thrown).isInstanceOf(AssertionError.class);
  }

  @Test
  void should_accept_the_page_when_it_is_the_flagship_report() {
    // GIVEN
    Questionnaire questionnaire = Flagship.questionnaire();
    Response response = Flagship.sampleResponse();
    String html = Report.builder()
        .questionnaire(questionnaire)
        .assessment(ScoringEngine.create().compile(questionnaire).score(response))
        .response(response)
        .build()
        .toHtml();

    // WHEN
    Throwable thrown = catchThrowable(() -> ReportInertnessFuzzTest.checkInert(html));

    // THEN
    then(thrown).isNull();
  }
}
