package dev.selfcheck.report;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.report.internal.ReportContext;
import dev.selfcheck.report.internal.WorkshopHtmlRenderer;
import dev.selfcheck.report.internal.WorkshopMarkdownRenderer;
import dev.selfcheck.report.internal.WorkshopViews;
import java.net.URI;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The workshop report of a panel: what a moderated workshop needs on one page, rendered as a
 * self-contained HTML page (printable on A4, readable on a phone) or as Markdown.
 *
 * <p>It shows a {@link PanelResult} as the panel module computed it: a radar chart with each
 * field's spread from the lowest to the highest respondent score and the combined result (answers
 * combined, then scored once); per field the distribution of the respondents' scores (n, median,
 * quartiles, lowest and highest, agreement r_wg(J), respondents per band); the groups the result
 * shows (groups folded away for their size never appear); the workshop agenda by field with the
 * reasons in words and the combined result's recommendations beside it; and the knowledge gaps.
 *
 * <pre>{@code
 * PanelResult result = PanelAnalysis.create().analyze(scorer, Panel.of(questionnaire, responses));
 * WorkshopReport report = WorkshopReport.builder()
 *     .questionnaire(questionnaire)
 *     .result(result)
 *     .locale("de")
 *     .build();
 * String html = report.toHtml();
 * }</pre>
 *
 * <p>As with {@link Report}, all text taken from the questionnaire and the responses is escaped for
 * the output format, and the HTML page loads nothing and runs no script; relative links of
 * recommendations become live links only when a link base is set.
 *
 * <p>Immutable and thread-safe; every render method builds its output anew. Arguments must not be
 * null ({@link NullPointerException}); a result of another questionnaire or version, or a language
 * the questionnaire does not offer, throws {@link IllegalArgumentException}.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class WorkshopReport {

  private final WorkshopViews workshop;

  private WorkshopReport(WorkshopViews workshop) {
    this.workshop = workshop;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the language of the report, such as {@code "de"} */
  public String locale() {
    return workshop.views().context().locale();
  }

  /**
   * Renders the report as one self-contained HTML page: no scripts, no external resources, a
   * Content-Security-Policy that forbids both; on A4 the agenda starts on a new page, on a phone
   * the tables become labelled rows.
   *
   * @return the HTML document
   */
  public String toHtml() {
    return WorkshopHtmlRenderer.render(workshop);
  }

  /**
   * Renders the report as Markdown: the combined result, a table of the fields, the groups, the
   * agenda by field with the recommendations, and the knowledge gaps.
   *
   * @return the Markdown text, lines separated by {@code \n}
   */
  public String toMarkdown() {
    return WorkshopMarkdownRenderer.render(workshop);
  }

  @Override
  public String toString() {
    return "WorkshopReport[questionnaire=" + workshop.questionnaire().id()
        + ", version=" + workshop.questionnaire().version()
        + ", respondents=" + workshop.result().respondents()
        + ", locale=" + locale() + "]";
  }

  /**
   * Builds {@link WorkshopReport}s. Each setting may be given once; {@link #build()} checks that
   * the result belongs to the questionnaire.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Builder {

    private Questionnaire questionnaire;
    private PanelResult result;
    private String locale;
    private URI linkBase;

    private Builder() {}

    /**
     * Sets the questionnaire (required).
     *
     * @param questionnaire the questionnaire the panel answered
     * @return this builder
     */
    public Builder questionnaire(Questionnaire questionnaire) {
      this.questionnaire = ReportContext.once(this.questionnaire, questionnaire, "questionnaire");
      return this;
    }

    /**
     * Sets the panel result (required).
     *
     * @param result from {@code PanelAnalysis.analyze}
     * @return this builder
     */
    public Builder result(PanelResult result) {
      this.result = ReportContext.once(this.result, result, "result");
      return this;
    }

    /**
     * Sets the language; the questionnaire's default language unless set.
     *
     * @param locale a language the questionnaire offers (its default or one of its locales)
     * @return this builder
     */
    public Builder locale(String locale) {
      this.locale = ReportContext.once(this.locale, locale, "locale");
      return this;
    }

    /**
     * Sets the base address that the recommendations' relative links are resolved against.
     *
     * @param linkBase an absolute address, such as {@code https://portal.example.org/selfcheck/}
     * @return this builder
     */
    public Builder linkBase(URI linkBase) {
      this.linkBase = ReportContext.absolute(ReportContext.once(this.linkBase, linkBase, "linkBase"));
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     * @throws IllegalStateException if the questionnaire or the result is missing
     * @throws IllegalArgumentException if the result belongs to another questionnaire or version,
     *     or the questionnaire does not offer the language
     */
    public WorkshopReport build() {
      return new WorkshopReport(WorkshopViews.of(ReportContext.required(questionnaire, "questionnaire"),
          ReportContext.required(result, "result"), Optional.ofNullable(locale),
          Optional.ofNullable(linkBase)));
    }
  }
}
