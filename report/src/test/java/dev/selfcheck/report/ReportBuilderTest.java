package dev.selfcheck.report;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.selfcheck.core.Response;
import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.scoring.Assessment;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** How a {@link Report} is built and which misuse it rejects. */
class ReportBuilderTest {

  private static final Fixtures.Loaded SEVEN = Fixtures.sevenFields();
  private static final Fixtures.Loaded HOSTILE = Fixtures.hostile();

  @Test
  void should_use_the_default_locale_of_the_questionnaire_when_no_locale_is_set() {
    // GIVEN
    Report.Builder builder = SEVEN.fullReport();
    // WHEN
    Report report = builder.build();
    // THEN
    then(report.locale()).isEqualTo("de");
    then(report.linkBase()).isEmpty();
    then(report.toString()).isEqualTo("Report[questionnaire=report-seven-fields, version=2.1.0, locale=de]");
  }

  @Test
  void should_reject_the_assessment_when_it_belongs_to_another_questionnaire() {
    // GIVEN
    Assessment foreign = HOSTILE.scorer().score(HOSTILE.response());
    Report.Builder builder = Report.builder().questionnaire(SEVEN.questionnaire()).assessment(foreign);
    // WHEN / THEN
    thenThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the assessment belongs to questionnaire report-hostile 1.0.0, not to report-seven-fields 2.1.0");
  }

  @Test
  void should_reject_the_response_when_it_answers_another_version() {
    // GIVEN
    Response other = Response.builder().from(SEVEN.response()).questionnaireVersion(SemanticVersion.of(2, 0, 0))
        .build();
    Report.Builder builder = Report.builder().questionnaire(SEVEN.questionnaire())
        .assessment(SEVEN.scorer().score(SEVEN.response())).response(other);
    // WHEN / THEN
    thenThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the response belongs to questionnaire report-seven-fields 2.0.0, not to report-seven-fields 2.1.0");
  }

  @Test
  void should_reject_the_locale_when_the_questionnaire_does_not_offer_it() {
    // GIVEN
    Report.Builder builder = SEVEN.fullReport().locale("fr");
    // WHEN / THEN
    thenThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("locale 'fr' is not offered by questionnaire report-seven-fields; it offers de, en");
  }

  @Test
  void should_reject_the_build_when_the_assessment_is_missing() {
    // GIVEN
    Report.Builder builder = Report.builder().questionnaire(SEVEN.questionnaire());
    // WHEN / THEN
    thenThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessage("assessment is required");
  }

  @Test
  void should_reject_the_build_when_the_questionnaire_is_missing() {
    // GIVEN
    Report.Builder builder = Report.builder().assessment(SEVEN.scorer().score(SEVEN.response()));
    // WHEN / THEN
    thenThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessage("questionnaire is required");
  }

  @Test
  void should_reject_a_setting_when_it_is_set_twice() {
    // GIVEN
    Report.Builder builder = Report.builder().locale("de");
    // WHEN / THEN
    thenThrownBy(() -> builder.locale("en")).isInstanceOf(IllegalStateException.class)
        .hasMessage("locale was already set");
  }

  @Test
  void should_reject_the_link_base_when_it_is_relative() {
    // GIVEN
    Report.Builder builder = Report.builder();
    // WHEN / THEN
    thenThrownBy(() -> builder.linkBase(URI.create("selfcheck/"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("linkBase must be an absolute address, but was selfcheck/");
  }

  @Test
  void should_reject_improvements_when_they_name_a_dimension_the_questionnaire_lacks() {
    // GIVEN
    Report.Builder builder = Report.builder().questionnaire(SEVEN.questionnaire())
        .assessment(SEVEN.scorer().score(SEVEN.response()))
        .improvements(HOSTILE.scorer().improvements(HOSTILE.response()));
    // WHEN / THEN
    thenThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the improvements name dimension 'd1', which questionnaire report-seven-fields 2.1.0 does not have");
  }

  @Test
  void should_reject_a_terminal_width_when_it_is_below_forty_columns() {
    // GIVEN
    Report report = SEVEN.fullReport().build();
    // WHEN / THEN
    thenThrownBy(() -> report.toTerminal(39, false)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("width must be at least 40 columns, but was 39");
  }

  @Test
  void should_render_the_same_text_when_rendered_twice() {
    // GIVEN
    Report report = SEVEN.fullReport().locale("en").build();
    // WHEN
    String first = report.toHtml() + report.toMarkdown() + report.toTerminal(80, true);
    // THEN
    then(report.toHtml() + report.toMarkdown() + report.toTerminal(80, true)).isEqualTo(first);
  }
}
