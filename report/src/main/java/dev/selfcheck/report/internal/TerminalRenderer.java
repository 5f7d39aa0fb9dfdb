package dev.selfcheck.report.internal;

/** Renders a report as an aligned table for a terminal. */
public final class TerminalRenderer {

  /** The smallest width in columns. */
  public static final int MIN_WIDTH = 40;

  private TerminalRenderer() {}

  /**
   * Renders a report.
   *
   * @param context the report's parts
   * @param width the width in columns
   * @param ansi whether to use ANSI colours
   * @return the text
   */
  public static String render(ReportContext context, int width, boolean ansi) {
    return context.text(context.questionnaire().title());
  }
}
