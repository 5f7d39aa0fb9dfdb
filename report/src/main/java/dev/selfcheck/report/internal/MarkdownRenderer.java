package dev.selfcheck.report.internal;

/** Renders a report as Markdown. */
public final class MarkdownRenderer {

  private MarkdownRenderer() {}

  /**
   * Renders a report.
   *
   * @param context the report's parts
   * @return the text
   */
  public static String render(ReportContext context) {
    return Escape.markdown(context.text(context.questionnaire().title()));
  }
}
