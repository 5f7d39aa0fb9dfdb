package dev.selfcheck.report;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.report.internal.HtmlRenderer;
import dev.selfcheck.report.internal.MarkdownRenderer;
import dev.selfcheck.report.internal.ReportContext;
import dev.selfcheck.report.internal.TerminalRenderer;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.ImprovementPotential;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A readable report of one assessment, rendered as a self-contained HTML page, as Markdown or as a
 * table for a terminal.
 *
 * <p>Build one with {@link #builder()}: the questionnaire and its assessment are required; the
 * response (for answers, comments and evidence), the improvement potentials, the language and a
 * base address for the recommendations' relative links are optional.
 *
 * <pre>{@code
 * Report report = Report.builder()
 *     .questionnaire(questionnaire)
 *     .assessment(scorer.score(response))
 *     .response(response)
 *     .improvements(scorer.improvements(response))
 *     .locale("en")
 *     .linkBase(URI.create("https://portal.example.org/selfcheck/"))
 *     .build();
 * String html = report.toHtml();
 * }</pre>
 *
 * <p>All text taken from the questionnaire and the response is escaped for the output format, so
 * a hostile title or comment shows up as text and never as markup. The HTML page loads nothing
 * and runs no script; relative links become live links only when a link base is set.
 *
 * <p>Immutable and thread-safe; every render method builds its output anew. Arguments must not be
 * null ({@link NullPointerException}); misuse, such as an assessment of another questionnaire or
 * a language the questionnaire does not offer, throws {@link IllegalArgumentException}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Report {

  private final ReportContext context;

  private Report(ReportContext context) {
    this.context = context;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the language of the report, such as {@code "de"} */
  public String locale() {
    return context.locale();
  }

  /** @return the base address that relative recommendation links are resolved against, if set */
  public Optional<URI> linkBase() {
    return context.linkBase();
  }

  /**
   * Renders the report as one self-contained HTML page: no scripts, no external resources, a
   * Content-Security-Policy that forbids both, printable and readable on a phone.
   *
   * @return the HTML document
   */
  public String toHtml() {
    return HtmlRenderer.render(context);
  }

  /**
   * Renders the report as Markdown: headings, a table of the fields and the recommendations by
   * field.
   *
   * @return the Markdown text, lines separated by {@code \n}
   */
  public String toMarkdown() {
    return MarkdownRenderer.render(context);
  }

  /**
   * Renders the report as an aligned table for a terminal: the dimension tree with score, bar,
   * band and completion, then the recommendations with their reasons.
   *
   * @param width the width in columns; no line is wider (at least 40)
   * @param ansiColours whether to colour bands and headings with ANSI escape sequences
   * @return the text, lines separated by {@code \n}
   * @throws IllegalArgumentException if {@code width} is less than 40
   */
  public String toTerminal(int width, boolean ansiColours) {
    if (width < TerminalRenderer.MIN_WIDTH) {
      throw new IllegalArgumentException(
          "width must be at least " + TerminalRenderer.MIN_WIDTH + " columns, but was " + width);
    }
    return TerminalRenderer.render(context, width, ansiColours);
  }

  @Override
  public String toString() {
    return "Report[questionnaire=" + context.questionnaire().id()
        + ", version=" + context.questionnaire().version()
        + ", locale=" + context.locale() + "]";
  }

  /**
   * Builds {@link Report}s. Each setting may be given once; {@link #build()} checks that the
   * assessment and the response belong to the questionnaire.
   */
  public static final class Builder {

    private Questionnaire questionnaire;
    private Assessment assessment;
    private Response response;
    private List<ImprovementPotential> improvements;
    private String locale;
    private URI linkBase;

    private Builder() {}

    /**
     * Sets the questionnaire (required).
     *
     * @param questionnaire the questionnaire the assessment was scored with
     * @return this builder
     */
    public Builder questionnaire(Questionnaire questionnaire) {
      this.questionnaire = ReportContext.once(this.questionnaire, questionnaire, "questionnaire");
      return this;
    }

    /**
     * Sets the assessment (required).
     *
     * @param assessment an assessment of the questionnaire
     * @return this builder
     */
    public Builder assessment(Assessment assessment) {
      this.assessment = ReportContext.once(this.assessment, assessment, "assessment");
      return this;
    }

    /**
     * Sets the response, so that the report shows answers, comments and evidence.
     *
     * @param response the response that was scored
     * @return this builder
     */
    public Builder response(Response response) {
      this.response = ReportContext.once(this.response, response, "response");
      return this;
    }

    /**
     * Sets the improvement potentials, so that the report shows what would raise each field most.
     *
     * @param improvements from {@code Scorer.improvements(response)}
     * @return this builder
     */
    public Builder improvements(List<ImprovementPotential> improvements) {
      this.improvements = List.copyOf(ReportContext.once(this.improvements, improvements, "improvements"));
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
     * Sets the base address that the recommendations' relative links are resolved against. Without
     * it, links are shown as text with their relative path.
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
     * @throws IllegalStateException if the questionnaire or the assessment is missing
     * @throws IllegalArgumentException if the assessment or the response belongs to another
     *     questionnaire or version, or the questionnaire does not offer the language
     */
    public Report build() {
      return new Report(ReportContext.of(ReportContext.required(questionnaire, "questionnaire"),
          ReportContext.required(assessment, "assessment"), Optional.ofNullable(response),
          improvements == null ? List.of() : improvements, Optional.ofNullable(locale),
          Optional.ofNullable(linkBase)));
    }
  }
}
