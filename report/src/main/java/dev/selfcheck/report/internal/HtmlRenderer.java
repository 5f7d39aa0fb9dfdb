package dev.selfcheck.report.internal;

/** Renders a report as Html. */
public final class HtmlRenderer {

  private HtmlRenderer() {}

  /**
   * Renders a report.
   *
   * @param context the report's parts
   * @return the text
   */
  public static String render(ReportContext context) {
    return Escape.html(context.text(context.questionnaire().title()));
  }
}
