package dev.selfcheck.report.internal;

import static dev.selfcheck.report.internal.Escape.markdown;

import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.panel.PanelResult.AgendaItem;
import dev.selfcheck.panel.PanelResult.Distribution;
import dev.selfcheck.panel.PanelResult.QuestionSummary;
import dev.selfcheck.report.internal.Labels.Label;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a panel's workshop report as Markdown (CommonMark with the table extension): the
 * combined result, a table of the fields (combined score, band, spread and distribution), the
 * groups shown, the agenda by field with the recommendations of the combined result, and the
 * knowledge gaps. Every text from the questionnaire, the responses or the engine goes through
 * {@link Escape#markdown(String)}; recommendations are written as the single report writes them.
 */
public final class WorkshopMarkdownRenderer {

  private final WorkshopViews workshop;
  private final Views views;
  private final StringBuilder out = new StringBuilder(16_384);
  private final MarkdownRenderer single;

  private WorkshopMarkdownRenderer(WorkshopViews workshop) {
    this.workshop = workshop;
    this.views = workshop.views();
    this.single = new MarkdownRenderer(views, out);
  }

  /**
   * Renders a workshop report.
   *
   * @param workshop the report's parts
   * @return the Markdown text
   */
  public static String render(WorkshopViews workshop) {
    return new WorkshopMarkdownRenderer(workshop).document();
  }

  private String document() {
    PanelResult result = workshop.result();
    out.append("# ").append(markdown(views.label(Label.WORKSHOP_REPORT))).append(": ")
        .append(markdown(views.context().text(workshop.questionnaire().title()))).append("\n\n");
    List<String> meta = new ArrayList<>();
    meta.add(single.bold(Label.VERSION) + " " + markdown(workshop.questionnaire().version().toString()));
    meta.add(single.bold(Label.RESPONDENTS) + " " + result.respondents());
    if (!result.groups().isEmpty()) {
      meta.add(single.bold(Label.GROUPS) + " " + markdown(String.join(", ", result.groups().stream()
          .map(g -> workshop.groupLabel(g.key()) + " (" + g.size() + ")").toList())));
    }
    out.append(String.join(" · ", meta)).append("\n\n");

    DimensionResult total = workshop.total();
    out.append("## ").append(markdown(views.label(Label.COMBINED_RESULT))).append("\n\n")
        .append("**").append(markdown(views.score(total))).append("**");
    if (total.scorable()) {
      out.append(" / ").append(markdown(views.exact(total.maxScore()))).append(" · ")
          .append(markdown(views.band(total)));
    }
    out.append(" · ").append(markdown(views.label(Label.SPREAD))).append(" ")
        .append(markdown(workshop.spreadText(DimensionResult.TOTAL))).append("\n\n")
        .append("*").append(markdown(views.label(Label.COMBINED_NOTE))).append("*\n\n");
    fields();
    groups();
    agenda();
    gaps();
    return out.toString();
  }

  private void fields() {
    out.append("## ").append(markdown(views.label(Label.DISTRIBUTIONS))).append("\n\n")
        .append(markdown(views.label(Label.DISTRIBUTIONS_NOTE))).append("\n\n");
    row(List.of(views.label(Label.FIELD), views.label(Label.COMBINED_RESULT), views.label(Label.BAND),
        views.label(Label.N), views.label(Label.MEDIAN), views.label(Label.QUARTILES), views.label(Label.MIN_MAX),
        views.label(Label.AGREEMENT), views.label(Label.BAND_COUNTS)));
    out.append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
    List<DimensionResult> rows = new ArrayList<>(workshop.fields());
    rows.add(workshop.total());
    for (DimensionResult field : rows) {
      Optional<Distribution> d = workshop.distribution(field.id());
      row(List.of(views.label(field), field.scorable() ? views.score(field) : "–",
          field.scorable() ? views.band(field) : views.label(Label.NOT_SCORABLE),
          d.map(x -> String.valueOf(x.n())).orElse("–"), d.map(workshop::median).orElse("–"),
          d.map(workshop::quartiles).orElse("–"), workshop.spreadText(field.id()), workshop.agreement(field.id()),
          d.map(x -> String.join(", ", workshop.bandCounts(x).stream()
              .map(c -> c.label() + " " + c.count()).toList())).orElse("–")));
    }
    out.append('\n');
  }

  private void groups() {
    PanelResult result = workshop.result();
    String minimum = String.valueOf(result.settings().minimumGroupSize());
    out.append("## ").append(markdown(views.label(Label.GROUPS))).append("\n\n");
    if (result.groups().isEmpty()) {
      out.append(markdown(views.labels().get(Label.NO_GROUPS, minimum))).append("\n\n");
      return;
    }
    out.append(markdown(views.labels().get(Label.GROUPS_NOTE, minimum))).append("\n\n");
    boolean gaps = result.groups().size() >= 2;
    List<String> heading = new ArrayList<>();
    heading.add(views.label(Label.FIELD));
    result.groups().forEach(g -> heading.add(workshop.groupLabel(g.key()) + " (" + g.size() + ")"));
    if (gaps) {
      heading.add(views.label(Label.GAP));
    }
    row(heading);
    out.append("| --- |").append(" ---: |".repeat(heading.size() - 1)).append('\n');
    List<String> ids = new ArrayList<>();
    workshop.fields().forEach(f -> ids.add(f.id()));
    ids.add(DimensionResult.TOTAL);
    for (String id : ids) {
      List<String> cells = new ArrayList<>();
      cells.add(workshop.dimensionLabel(id));
      result.groups().forEach(g -> cells.add(workshop.groupMean(g, id)));
      if (gaps) {
        cells.add(workshop.groupGap(id));
      }
      row(cells);
    }
    out.append('\n');
  }

  private void agenda() {
    out.append("## ").append(markdown(views.label(Label.AGENDA))).append("\n\n")
        .append(markdown(views.label(Label.AGENDA_NOTE))).append("\n\n");
    if (workshop.result().agenda().isEmpty()) {
      out.append(markdown(views.label(Label.NO_AGENDA))).append("\n\n");
    }
    Map<String, List<AgendaItem>> byField = workshop.agendaByField();
    Map<String, List<FiredRecommendation>> recommendations = views.recommendationsByField();
    for (String field : workshop.agendaFields()) {
      out.append("### ").append(markdown(views.fieldLabel(field))).append("\n\n");
      for (AgendaItem item : byField.getOrDefault(field, List.of())) {
        out.append("- **").append(markdown(views.questionText(item.questionId())))
            .append("**  \n  ").append(markdown(views.label(Label.PRIORITY) + " " + workshop.priority(item)));
        workshop.question(item.questionId()).map(workshop::answers).filter(a -> !a.isEmpty()).ifPresent(a ->
            out.append(" · ").append(markdown(views.label(Label.ANSWERS) + ": " + String.join(" · ", a))));
        out.append('\n');
        for (String reason : workshop.reasons(item)) {
          out.append("  - ").append(markdown(reason)).append('\n');
        }
      }
      out.append('\n');
      List<FiredRecommendation> recs = recommendations.getOrDefault(field, List.of());
      if (!recs.isEmpty()) {
        out.append(single.bold(Label.COMBINED_RECOMMENDATIONS)).append("\n\n");
        recs.forEach(single::recommendation);
      }
    }
  }

  private void gaps() {
    List<QuestionSummary> gaps = workshop.gaps();
    out.append("## ").append(markdown(views.label(Label.GAPS))).append("\n\n");
    if (gaps.isEmpty()) {
      out.append(markdown(views.label(Label.NO_GAPS))).append('\n');
      return;
    }
    out.append(markdown(views.label(Label.GAPS_NOTE))).append("\n\n");
    for (QuestionSummary q : gaps) {
      out.append("- **").append(markdown(views.questionText(q.questionId()))).append("** (")
          .append(markdown(views.fieldLabel(q.fieldId()))).append("): ")
          .append(markdown(views.labels().get(Label.SHOWN_TO, q.shown()) + " · " + String.join(" · ", workshop.states(q))))
          .append('\n');
    }
  }

  private void row(List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(markdown(cell)).append(" |");
    }
    out.append('\n');
  }
}
