package dev.selfcheck.report.internal;

import static dev.selfcheck.report.internal.Escape.html;

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

/*
 * The workshop page is built like the single report's page (HtmlRenderer): plain strings, every
 * text from the questionnaire, the responses or the engine escaped once where it is written, the
 * same head (Content-Security-Policy, no scripts, no external resources), the same style sheet with
 * the workshop's additions, the same radar chart (with each field's spread) and the same
 * recommendation cards. Nothing is interactive: no <details>, so the printed page shows all.
 * Print starts the agenda and the knowledge gaps on new pages; wide tables turn into labelled
 * rows on a phone.
 */

/** Renders a panel's workshop report as one self-contained HTML page. */
public final class WorkshopHtmlRenderer {

  private final WorkshopViews workshop;
  private final Views views;
  private final StringBuilder out = new StringBuilder(65_536);
  private final HtmlRenderer page;

  private WorkshopHtmlRenderer(WorkshopViews workshop) {
    this.workshop = workshop;
    this.views = workshop.views();
    this.page = new HtmlRenderer(views, out);
  }

  /**
   * Renders a workshop report.
   *
   * @param workshop the report's parts
   * @return the HTML document
   */
  public static String render(WorkshopViews workshop) {
    return new WorkshopHtmlRenderer(workshop).document();
  }

  private String document() {
    String title = views.context().text(workshop.questionnaire().title());
    page.head(title + " – " + views.label(Label.WORKSHOP_REPORT), HtmlStyle.CSS + HtmlStyle.WORKSHOP_CSS);
    header(title);
    out.append("<main class=\"workshop\">\n");
    overview();
    distributions();
    groups();
    agenda();
    gaps();
    out.append("</main>\n");
    page.foot();
    return out.toString();
  }

  private void header(String title) {
    DimensionResult total = workshop.total();
    out.append("<header class=\"report-header\">\n<div class=\"header-text\">\n")
        .append("<p class=\"eyebrow\">").append(html(views.label(Label.WORKSHOP_REPORT))).append("</p>\n")
        .append("<h1>").append(html(title)).append("</h1>\n")
        .append("<dl class=\"meta\">\n");
    page.meta(Label.VERSION, workshop.questionnaire().version().toString());
    page.meta(Label.RESPONDENTS, String.valueOf(workshop.result().respondents()));
    if (!workshop.result().groups().isEmpty()) {
      page.meta(Label.GROUPS, String.join(", ", workshop.result().groups().stream()
          .map(g -> workshop.groupLabel(g.key()) + " (" + g.size() + ")").toList()));
    }
    page.meta(Label.SPREAD, workshop.spreadText(DimensionResult.TOTAL));
    out.append("</dl>\n</div>\n");
    page.total(Label.COMBINED_RESULT, total, views.label(Label.COMBINED_NOTE));
    out.append("</header>\n");
  }

  private void overview() {
    page.overview(workshop.fields(), workshop.spreads(), Optional.of(views.label(Label.RADAR_LEGEND)), this::bar);
  }

  /** A field's bar: the combined score, with the respondents' spread drawn on the same track. */
  private void bar(DimensionResult field) {
    String label = views.label(field);
    String band = views.band(field);
    String spread = workshop.spreadText(field.id());
    String aria = label + ": " + views.score(field) + (band.isEmpty() ? "" : ", " + band) + "; "
        + views.label(Label.SPREAD) + " " + spread;
    out.append("<li class=\"field-bar ").append(page.bandClass(field)).append("\" data-field=\"")
        .append(html(field.id())).append("\">\n<span class=\"field-name\">").append(html(label)).append("</span>\n")
        .append("<div class=\"bar-track\" role=\"img\" aria-label=\"").append(html(aria)).append("\">");
    workshop.spread(field.id()).ifPresent(s -> {
      double low = views.fraction(field, s.min().doubleValue()).orElse(0.0);
      double high = views.fraction(field, s.max().doubleValue()).orElse(0.0);
      out.append("<div class=\"bar-spread\" style=\"left:").append(HtmlRenderer.percent(low))
          .append("%;width:").append(HtmlRenderer.percent(high - low)).append("%\"></div>");
    });
    views.fraction(field).ifPresent(f -> out.append("<div class=\"bar-mark\" style=\"left:")
        .append(HtmlRenderer.percent(f)).append("%\"></div>"));
    out.append("</div>\n<div class=\"bar-facts\"><span class=\"score\">")
        .append(html(field.scorable() ? views.score(field) : "–")).append("</span>\n");
    page.bandChip(field);
    out.append("<span class=\"completion\">").append(html(views.label(Label.SPREAD))).append(" ")
        .append(html(spread)).append("</span></div>\n</li>\n");
  }

  private void distributions() {
    out.append("<section class=\"distributions panel-section\" aria-labelledby=\"h-dist\">\n<h2 id=\"h-dist\">")
        .append(html(views.label(Label.DISTRIBUTIONS))).append("</h2>\n<p class=\"note\">")
        .append(html(views.label(Label.DISTRIBUTIONS_NOTE))).append("</p>\n")
        .append("<table class=\"stack distribution\">\n<thead><tr>");
    for (Label l : List.of(Label.FIELD, Label.N, Label.MEDIAN, Label.QUARTILES, Label.MIN_MAX, Label.AGREEMENT,
        Label.BAND_COUNTS)) {
      out.append("<th>").append(html(views.label(l))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    List<String> ids = new ArrayList<>();
    workshop.fields().forEach(f -> ids.add(f.id()));
    ids.add(DimensionResult.TOTAL);
    for (String id : ids) {
      Optional<Distribution> found = workshop.distribution(id);
      if (found.isEmpty()) {
        continue;
      }
      Distribution d = found.get();
      out.append("<tr data-dimension=\"").append(html(id)).append("\"")
          .append(DimensionResult.TOTAL.equals(id) ? " class=\"total-row\"" : "").append(">\n<th scope=\"row\">")
          .append(html(workshop.dimensionLabel(id))).append("</th>\n");
      cell(Label.N, String.valueOf(d.n()), "");
      cell(Label.MEDIAN, workshop.median(d), "");
      cell(Label.QUARTILES, workshop.quartiles(d), "");
      cell(Label.MIN_MAX, workshop.spreadText(id), "");
      cell(Label.AGREEMENT, workshop.agreement(id), workshop.lowAgreement(id) ? "low" : "");
      out.append("<td class=\"bands\" data-label=\"").append(html(views.label(Label.BAND_COUNTS))).append("\">");
      bandCounts(d);
      out.append("</td>\n</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  /** The band counts as a bar of coloured segments (one per respondent band) and as words. */
  private void bandCounts(Distribution d) {
    List<WorkshopViews.BandCount> counts = workshop.bandCounts(d);
    if (d.n() > 0) {
      out.append("<div class=\"band-stack\" aria-hidden=\"true\">");
      for (WorkshopViews.BandCount c : counts) {
        if (c.count() > 0) {
          out.append("<span class=\"").append(c.colourStep().map(s -> "band-c" + s).orElse("band-none"))
              .append("\" style=\"width:").append(HtmlRenderer.percent(c.count() / (double) d.n()))
              .append("%\"></span>");
        }
      }
      out.append("</div>");
    }
    out.append("<ul class=\"band-counts\">");
    for (WorkshopViews.BandCount c : counts) {
      out.append("<li").append(c.count() == 0 ? " class=\"zero\"" : "").append(">").append(html(c.label()))
          .append(": ").append(c.count()).append("</li>");
    }
    out.append("</ul>");
  }

  private void cell(Label label, String value, String cssClass) {
    out.append("<td data-label=\"").append(html(views.label(label))).append("\"")
        .append(cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"").append(">").append(html(value))
        .append("</td>\n");
  }

  private void groups() {
    PanelResult result = workshop.result();
    String minimum = String.valueOf(result.settings().minimumGroupSize());
    out.append("<section class=\"groups panel-section\" aria-labelledby=\"h-groups\">\n<h2 id=\"h-groups\">")
        .append(html(views.label(Label.GROUPS))).append("</h2>\n");
    if (result.groups().isEmpty()) {
      out.append("<p class=\"none\">").append(html(views.labels().get(Label.NO_GROUPS, minimum)))
          .append("</p>\n</section>\n");
      return;
    }
    out.append("<p class=\"note\">").append(html(views.labels().get(Label.GROUPS_NOTE, minimum))).append("</p>\n")
        .append("<table class=\"stack group-comparison\">\n<thead><tr><th>")
        .append(html(views.label(Label.FIELD))).append("</th>");
    for (PanelResult.Group g : result.groups()) {
      out.append("<th data-group=\"").append(html(g.key())).append("\">").append(html(workshop.groupLabel(g.key())))
          .append(" <span class=\"group-size\">(").append(g.size()).append(")</span></th>");
    }
    boolean gaps = result.groups().size() >= 2;
    if (gaps) {
      out.append("<th>").append(html(views.label(Label.GAP))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    List<String> ids = new ArrayList<>();
    workshop.fields().forEach(f -> ids.add(f.id()));
    ids.add(DimensionResult.TOTAL);
    for (String id : ids) {
      out.append("<tr data-dimension=\"").append(html(id)).append("\"")
          .append(DimensionResult.TOTAL.equals(id) ? " class=\"total-row\"" : "").append(">\n<th scope=\"row\">")
          .append(html(workshop.dimensionLabel(id))).append("</th>\n");
      for (PanelResult.Group g : result.groups()) {
        out.append("<td data-label=\"").append(html(workshop.groupLabel(g.key()) + " (" + g.size() + ")"))
            .append("\">").append(html(workshop.groupMean(g, id))).append("</td>\n");
      }
      if (gaps) {
        cell(Label.GAP, workshop.groupGap(id), "");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void agenda() {
    out.append("<section class=\"agenda panel-section\" aria-labelledby=\"h-agenda\">\n<h2 id=\"h-agenda\">")
        .append(html(views.label(Label.AGENDA))).append("</h2>\n<p class=\"note\">")
        .append(html(views.label(Label.AGENDA_NOTE))).append("</p>\n");
    if (workshop.result().agenda().isEmpty()) {
      out.append("<p class=\"none\">").append(html(views.label(Label.NO_AGENDA))).append("</p>\n");
    }
    Map<String, List<AgendaItem>> byField = workshop.agendaByField();
    Map<String, List<FiredRecommendation>> recommendations = views.recommendationsByField();
    for (String field : workshop.agendaFields()) {
      List<AgendaItem> items = byField.getOrDefault(field, List.of());
      List<FiredRecommendation> recs = recommendations.getOrDefault(field, List.of());
      out.append("<section class=\"agenda-field\" data-field=\"").append(html(field)).append("\">\n<h3>")
          .append(html(views.fieldLabel(field))).append("</h3>\n<div class=\"agenda-grid")
          .append(recs.isEmpty() ? " items-only" : "").append("\">\n<div class=\"agenda-items\">\n");
      if (!items.isEmpty()) {
        out.append("<ol class=\"agenda-list\">\n");
        for (AgendaItem item : items) {
          item(item);
        }
        out.append("</ol>\n");
      }
      out.append("</div>\n");
      if (!recs.isEmpty()) {
        out.append("<aside class=\"agenda-recs\" aria-label=\"").append(html(views.label(Label.COMBINED_RECOMMENDATIONS)))
            .append("\">\n<h4 class=\"aside-heading\">").append(html(views.label(Label.COMBINED_RECOMMENDATIONS)))
            .append("</h4>\n");
        recs.forEach(page::recommendation);
        out.append("</aside>\n");
      }
      out.append("</div>\n</section>\n");
    }
    out.append("</section>\n");
  }

  private void item(AgendaItem item) {
    out.append("<li class=\"agenda-item\" value=\"").append(workshop.rank(item)).append("\" data-question=\"")
        .append(html(item.questionId())).append("\">\n<p class=\"agenda-question\">")
        .append(html(views.questionText(item.questionId()))).append("</p>\n<p class=\"agenda-facts\"><span class=\"priority\">")
        .append(html(views.label(Label.PRIORITY))).append(" ").append(html(workshop.priority(item))).append("</span>");
    workshop.question(item.questionId()).ifPresent(q -> {
      List<String> answers = workshop.answers(q);
      if (!answers.isEmpty()) {
        out.append(" <span class=\"answers\">").append(html(views.label(Label.ANSWERS))).append(": ")
            .append(html(String.join(" · ", answers))).append("</span>");
      }
    });
    out.append("</p>\n<ul class=\"agenda-reasons\">\n");
    List<String> reasons = workshop.reasons(item);
    for (int i = 0; i < reasons.size(); i++) {
      out.append("<li data-reason=\"").append(item.reasons().get(i).jsonName()).append("\">")
          .append(html(reasons.get(i))).append("</li>\n");
    }
    out.append("</ul>\n</li>\n");
  }

  private void gaps() {
    List<QuestionSummary> gaps = workshop.gaps();
    out.append("<section class=\"gaps panel-section\" aria-labelledby=\"h-gaps\">\n<h2 id=\"h-gaps\">")
        .append(html(views.label(Label.GAPS))).append("</h2>\n");
    if (gaps.isEmpty()) {
      out.append("<p class=\"none\">").append(html(views.label(Label.NO_GAPS))).append("</p>\n</section>\n");
      return;
    }
    out.append("<p class=\"note\">").append(html(views.label(Label.GAPS_NOTE))).append("</p>\n<ul class=\"gap-list\">\n");
    for (QuestionSummary q : gaps) {
      out.append("<li data-question=\"").append(html(q.questionId())).append("\"><span class=\"gap-question\">")
          .append(html(views.questionText(q.questionId()))).append("</span> <span class=\"gap-field\">")
          .append(html(views.fieldLabel(q.fieldId()))).append("</span> <span class=\"gap-states\">")
          .append(html(views.labels().get(Label.SHOWN_TO, q.shown()))).append(" · ")
          .append(html(String.join(" · ", workshop.states(q)))).append("</span></li>\n");
    }
    out.append("</ul>\n</section>\n");
  }
}
