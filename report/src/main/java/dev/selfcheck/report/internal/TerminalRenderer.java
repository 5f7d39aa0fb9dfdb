package dev.selfcheck.report.internal;

import static dev.selfcheck.report.internal.DisplayWidth.padLeft;
import static dev.selfcheck.report.internal.DisplayWidth.padRight;

import dev.selfcheck.core.Link;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.report.internal.Labels.Label;
import dev.selfcheck.scoring.Contribution;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/*
 * The terminal table has five columns: the dimension (indented two columns per level), the score
 * (right-aligned), a bar of block characters, the band, and the completion. The widths are
 * measured in display columns (DisplayWidth), so umlauts, combining marks and wide characters
 * line up. The name column takes what the others leave; when the width is small, the bar and the
 * band shrink first, and every cell that does not fit is shortened with an ellipsis. Colours are
 * added after padding, so escape sequences never count as width. Text from the questionnaire and
 * the response is stripped of control characters first (Escape.terminal), so it cannot move the
 * cursor or change colours.
 */

/** Renders a report as an aligned table for a terminal. */
public final class TerminalRenderer {

  /** The smallest width in columns. */
  public static final int MIN_WIDTH = 40;

  private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  private static final String[] COLOURS = {"31", "33", "93", "32", "92"};
  private static final String RESET = "\u001b[0m";

  private final ReportContext context;
  private final Views views;
  private final int width;
  private final boolean ansi;
  private final StringBuilder out = new StringBuilder(8192);

  private TerminalRenderer(ReportContext context, int width, boolean ansi) {
    this.context = context;
    this.views = new Views(context);
    this.width = width;
    this.ansi = ansi;
  }

  /**
   * Renders a report.
   *
   * @param context the report's parts
   * @param width the width in columns, at least {@value #MIN_WIDTH}
   * @param ansi whether to use ANSI colours
   * @return the text
   */
  public static String render(ReportContext context, int width, boolean ansi) {
    return new TerminalRenderer(context, width, ansi).document();
  }

  private record Row(DimensionResult result, int depth) {}

  private String document() {
    line(style("1", padRight(clean(context.text(context.questionnaire().title())), width).stripTrailing()));
    List<String> meta = new ArrayList<>();
    meta.add(views.label(Label.VERSION) + " " + context.questionnaire().version());
    views.respondent().ifPresent(r -> meta.add(views.label(Label.RESPONDENT) + ": " + r));
    views.submitted().ifPresent(s -> meta.add(views.label(Label.SUBMITTED) + ": " + s));
    for (String l : DisplayWidth.wrap(clean(String.join(" · ", meta)), width)) {
      line(l);
    }
    line("");
    table();
    line("");
    recommendations();
    return out.toString();
  }

  private void table() {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(context.assessment().total(), 0));
    for (DimensionResult field : context.fields()) {
      tree(field, 0, rows);
    }
    int scoreMin = 1;
    int bandMin = 1;
    int doneMin = 1;
    int nameW = 1;
    for (Row row : rows) {
      scoreMin = Math.max(scoreMin, DisplayWidth.of(score(row.result())));
      bandMin = Math.max(bandMin, DisplayWidth.of(band(row.result())));
      doneMin = Math.max(doneMin, DisplayWidth.of(views.completion(row.result())));
      nameW = Math.max(nameW, 2 * row.depth() + DisplayWidth.of(name(row.result())));
    }
    // preferred widths (whole headers, bands up to 18 columns, a bar of 20), then shrink in order
    int[] w = {
      Math.max(nameW, DisplayWidth.of(views.label(Label.FIELD))),
      Math.max(scoreMin, DisplayWidth.of(views.label(Label.SCORE))),
      20,
      Math.min(18, Math.max(bandMin, DisplayWidth.of(views.label(Label.BAND)))),
      Math.max(doneMin, DisplayWidth.of(views.label(Label.COMPLETION_SHORT)))};
    int nameCol = 0;
    int scoreCol = 1;
    int barCol = 2;
    int bandCol = 3;
    int doneCol = 4;
    int[][] steps = {{nameCol, 24}, {barCol, 10}, {bandCol, 12}, {nameCol, 16}, {barCol, 6}, {scoreCol, scoreMin},
        {doneCol, doneMin}, {bandCol, 8}, {nameCol, 10}, {barCol, 3}, {bandCol, 4}, {nameCol, 4}};
    for (int[] step : steps) {
      int excess = w[0] + w[1] + w[2] + w[3] + w[4] + 4 - width;
      if (excess <= 0) {
        break;
      }
      w[step[0]] -= Math.max(0, Math.min(excess, w[step[0]] - step[1]));
    }
    nameW = w[nameCol];
    int scoreW = w[scoreCol];
    int barW = w[barCol];
    int bandW = w[bandCol];
    int doneW = w[doneCol];
    String header = padRight(views.label(Label.FIELD), nameW) + " " + padLeft(views.label(Label.SCORE), scoreW)
        + " " + " ".repeat(barW) + " " + padRight(views.label(Label.BAND), bandW) + " "
        + padLeft(views.label(Label.COMPLETION_SHORT), doneW);
    line(style("1", header.stripTrailing()));
    line("─".repeat(Math.min(width, nameW + scoreW + barW + bandW + doneW + 4)));
    for (Row row : rows) {
      DimensionResult r = row.result();
      String colour = views.colourStep(r).map(s -> COLOURS[s]).orElse("90");
      String name = padRight("  ".repeat(row.depth()) + name(r), nameW);
      String text = (row.depth() == 0 ? style("1", name) : name) + " " + padLeft(score(r), scoreW) + " "
          + style(colour, bar(r, barW)) + " " + style(colour, padRight(band(r), bandW)) + " "
          + padLeft(views.completion(r), doneW);
      line(text.stripTrailing());
    }
  }

  private void tree(DimensionResult result, int depth, List<Row> rows) {
    rows.add(new Row(result, depth));
    for (Contribution c : result.contributions()) {
      if (c.kind() == Contribution.Kind.DIMENSION) {
        context.result(c.id()).ifPresent(sub -> tree(sub, depth + 1, rows));
      }
    }
  }

  private String name(DimensionResult result) {
    return clean(views.label(result));
  }

  private String score(DimensionResult result) {
    return result.scorable() ? views.score(result) : "–";
  }

  private String band(DimensionResult result) {
    return clean(result.scorable() ? views.band(result) : views.label(Label.NOT_SCORABLE));
  }

  private String bar(DimensionResult result, int barWidth) {
    Optional<Double> fraction = views.fraction(result);
    if (fraction.isEmpty()) {
      return " ".repeat(barWidth);
    }
    int eighths = (int) Math.round(fraction.get() * barWidth * 8);
    int full = eighths / 8;
    String partial = EIGHTHS[eighths % 8];
    String filled = "█".repeat(full) + partial;
    return filled + "░".repeat(barWidth - full - (partial.isEmpty() ? 0 : 1));
  }

  private void recommendations() {
    line(style("1", DisplayWidth.truncate(views.label(Label.RECOMMENDATIONS), width)));
    if (context.assessment().recommendations().isEmpty()) {
      paragraph("", views.label(Label.NO_RECOMMENDATIONS));
      return;
    }
    for (Map.Entry<String, List<FiredRecommendation>> group : views.recommendationsByField().entrySet()) {
      line("");
      line(style("4", DisplayWidth.truncate(clean(views.fieldLabel(group.getKey())), width)));
      for (FiredRecommendation fired : group.getValue()) {
        Recommendation r = fired.recommendation();
        String tags = r.tags().isEmpty() ? ""
            : " [" + String.join(", ", r.tags().stream().map(views.labels()::tag).toList()) + "]";
        List<String> title = DisplayWidth.wrap(clean(context.text(r.title()) + tags), width - 2);
        for (int i = 0; i < title.size(); i++) {
          line((i == 0 ? "• " : "  ") + (i == 0 ? style("1", title.get(i)) : title.get(i)));
        }
        paragraph("  ", context.text(r.text()));
        for (Reason reason : fired.reasons()) {
          paragraph("  ", views.label(Label.REASONS) + ": " + views.reason(reason));
        }
        for (Link link : r.links()) {
          String text = views.linkText(link);
          String target = views.linkTarget(link).map(u -> u.toASCIIString())
              .orElse(text.equals(link.href()) ? "" : link.href());
          paragraph("  ", views.label(Label.LINKS) + ": " + text + (target.isEmpty() ? "" : " <" + target + ">"));
        }
      }
    }
  }

  private void paragraph(String indent, String text) {
    for (String l : DisplayWidth.wrap(clean(text), width - DisplayWidth.of(indent))) {
      line(indent + l);
    }
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private String style(String code, String text) {
    return ansi && !text.isEmpty() ? "\u001b[" + code + "m" + text + RESET : text;
  }

  private static String clean(String text) {
    return Escape.terminal(text);
  }
}
