package dev.selfcheck.report.internal;

import static dev.selfcheck.report.internal.Escape.html;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.Link;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.report.internal.Labels.Label;
import dev.selfcheck.scoring.Contribution;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.Improvement;
import dev.selfcheck.scoring.ImprovementPotential;
import dev.selfcheck.scoring.Reason;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/*
 * The HTML page is built as plain strings. Every piece of text that comes from the questionnaire,
 * the response or the engine passes through Escape.html exactly once, at the place where it is
 * written (text and attribute values alike, attributes always in double quotes); the only markup
 * is the literal markup of this class. The page loads nothing: the style sheet is inline, the
 * chart is inline SVG, and a Content-Security-Policy forbids everything else (scripts included),
 * so even a mistake here could not fetch or run anything. Recommendation links are the only
 * addresses, and only when Views.linkTarget allows them.
 */

/** Renders a report as one self-contained HTML page. */
public final class HtmlRenderer {

  /** The Content-Security-Policy of the page: nothing but inline styles and data images. */
  public static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  private final Views views;
  private final ReportContext context;
  private final StringBuilder out;

  private HtmlRenderer(ReportContext context) {
    this(new Views(context), new StringBuilder(32_768));
  }

  /**
   * A renderer that writes parts of a page (such as recommendation cards) into another page.
   *
   * @param views the views of the assessment the parts show
   * @param out where the parts go
   */
  HtmlRenderer(Views views, StringBuilder out) {
    this.views = views;
    this.context = views.context();
    this.out = out;
  }

  /**
   * Renders a report.
   *
   * @param context the report's parts
   * @return the HTML document
   */
  public static String render(ReportContext context) {
    return new HtmlRenderer(context).page();
  }

  private String page() {
    String title = context.text(context.questionnaire().title());
    head(title + " – " + views.label(Label.OVERALL_RESULT), HtmlStyle.CSS);
    header(title);
    out.append("<main>\n");
    overview();
    recommendations();
    details();
    out.append("</main>\n");
    foot();
    return out.toString();
  }

  /**
   * Opens the page: the document's head (Content-Security-Policy, viewport, title, inline style
   * sheet) up to the opening body tag.
   *
   * @param title the page title (not yet escaped)
   * @param css the style sheet
   */
  void head(String title, String css) {
    out.append("<!DOCTYPE html>\n<html lang=\"").append(html(context.locale())).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(html(title)).append("</title>\n")
        .append("<style>\n").append(css).append("</style>\n</head>\n<body>\n");
  }

  /** Closes the page with the footer: the questionnaire's id and version. */
  void foot() {
    out.append("<footer class=\"report-footer\"><p>").append(html(context.questionnaire().id()))
        .append(" ").append(html(context.questionnaire().version().toString()))
        .append(" · selfcheck</p></footer>\n</body>\n</html>\n");
  }

  private void header(String title) {
    DimensionResult total = context.assessment().total();
    out.append("<header class=\"report-header\">\n<div class=\"header-text\">\n")
        .append("<p class=\"eyebrow\">").append(html(views.label(Label.OVERALL_RESULT))).append("</p>\n")
        .append("<h1>").append(html(title)).append("</h1>\n");
    context.text(context.questionnaire().description())
        .ifPresent(d -> out.append("<p class=\"description\">").append(html(d)).append("</p>\n"));
    out.append("<dl class=\"meta\">\n");
    meta(Label.VERSION, context.questionnaire().version().toString());
    views.respondent().ifPresent(r -> meta(Label.RESPONDENT, r));
    views.submitted().ifPresent(s -> meta(Label.SUBMITTED, s));
    out.append("</dl>\n</div>\n");
    total(Label.TOTAL, total, views.label(Label.COMPLETION) + " " + views.completion(total));
    out.append("</header>\n");
  }

  /**
   * The box of a total in the page's header: its score out of the highest, its band and a note.
   *
   * @param heading what the total is
   * @param total the total's result
   * @param note the line under the band (not yet escaped)
   */
  void total(Label heading, DimensionResult total, String note) {
    out.append("<div class=\"total ").append(bandClass(total)).append("\" data-dimension=\"total\">\n")
        .append("<span class=\"total-label\">").append(html(views.label(heading))).append("</span>\n")
        .append("<span class=\"total-score\">").append(html(views.score(total))).append("</span>\n");
    if (total.scorable()) {
      out.append("<span class=\"total-max\">/ ").append(html(views.exact(total.maxScore()))).append("</span>\n");
    }
    bandChip(total);
    out.append("<span class=\"total-completion\">").append(html(note)).append("</span>\n</div>\n");
  }

  /**
   * One fact in the header's list.
   *
   * @param label what it is
   * @param value its value (not yet escaped)
   */
  void meta(Label label, String value) {
    out.append("<div><dt>").append(html(views.label(label))).append("</dt><dd>").append(html(value))
        .append("</dd></div>\n");
  }

  private void overview() {
    overview(context.fields(), java.util.Collections.nCopies(context.fields().size(), Optional.empty()),
        Optional.empty(), this::bar);
  }

  /**
   * The overview of the fields: the radar chart (from three fields) and a bar per field.
   *
   * @param fields the fields' results
   * @param spreads per field the respondents' spread, if any
   * @param legend the chart's caption (not yet escaped), if any
   * @param bar writes a field's bar
   */
  void overview(List<DimensionResult> fields, List<Optional<RadarChart.Spread>> spreads, Optional<String> legend,
      java.util.function.Consumer<DimensionResult> bar) {
    out.append("<section class=\"overview\" aria-labelledby=\"h-overview\">\n<h2 id=\"h-overview\">")
        .append(html(views.label(Label.FIELDS))).append("</h2>\n<div class=\"overview-grid")
        .append(fields.size() >= 3 ? "" : " bars-only").append("\">\n");
    if (fields.size() >= 3) {
      out.append("<figure class=\"radar-figure\">\n");
      RadarChart.render(views, fields, spreads, out);
      legend.ifPresent(l -> out.append("<figcaption class=\"radar-legend\">").append(html(l)).append("</figcaption>\n"));
      out.append("</figure>\n");
    }
    out.append("<ol class=\"bars\">\n");
    for (DimensionResult field : fields) {
      bar.accept(field);
    }
    out.append("</ol>\n</div>\n</section>\n");
  }

  private void bar(DimensionResult field) {
    String label = views.label(field);
    String band = views.band(field);
    String aria = label + ": " + views.score(field) + (band.isEmpty() ? "" : ", " + band);
    String score = field.scorable() ? views.score(field) : "–";
    out.append("<li class=\"field-bar ").append(bandClass(field)).append("\" data-field=\"")
        .append(html(field.id())).append("\">\n")
        .append("<a class=\"field-name\" href=\"#field-").append(html(field.id())).append("\">")
        .append(html(label)).append("</a>\n")
        .append("<div class=\"bar-track\" role=\"img\" aria-label=\"").append(html(aria)).append("\">");
    views.fraction(field).ifPresent(f -> out.append("<div class=\"bar-fill\" style=\"width:")
        .append(percent(f)).append("%\"></div>"));
    out.append("</div>\n<div class=\"bar-facts\"><span class=\"score\">").append(html(score)).append("</span>\n");
    bandChip(field);
    out.append("<span class=\"completion\">").append(html(views.label(Label.COMPLETION))).append(" ")
        .append(html(views.completion(field))).append("</span></div>\n");
    views.notScorableBecause(field).ifPresent(r ->
        out.append("<p class=\"not-scorable-reason\">").append(html(r)).append("</p>\n"));
    out.append("</li>\n");
  }

  void bandChip(DimensionResult result) {
    if (!result.scorable()) {
      out.append("<span class=\"band-chip not-scorable\">").append(html(views.label(Label.NOT_SCORABLE)))
          .append("</span>\n");
    } else {
      out.append("<span class=\"band-chip\">").append(html(views.band(result))).append("</span>\n");
    }
  }

  private void recommendations() {
    out.append("<section class=\"recommendations\" aria-labelledby=\"h-recs\">\n<h2 id=\"h-recs\">")
        .append(html(views.label(Label.RECOMMENDATIONS))).append("</h2>\n");
    if (context.assessment().recommendations().isEmpty()) {
      out.append("<p class=\"none\">").append(html(views.label(Label.NO_RECOMMENDATIONS))).append("</p>\n</section>\n");
      return;
    }
    out.append("<nav class=\"by-support\" aria-label=\"").append(html(views.label(Label.RECOMMENDATIONS)))
        .append("\">\n");
    for (Map.Entry<String, List<FiredRecommendation>> group : views.recommendationsBySupport().entrySet()) {
      out.append("<div class=\"support-group\" data-support=\"").append(html(group.getKey())).append("\">\n<h3>")
          .append(html(views.supportLabel(group.getKey()))).append("</h3>\n<ul>\n");
      for (FiredRecommendation fired : group.getValue()) {
        Recommendation r = fired.recommendation();
        out.append("<li><a href=\"#rec-").append(html(r.id())).append("\">").append(html(context.text(r.title())))
            .append("</a></li>\n");
      }
      out.append("</ul>\n</div>\n");
    }
    out.append("</nav>\n");
    for (Map.Entry<String, List<FiredRecommendation>> group : views.recommendationsByField().entrySet()) {
      out.append("<section class=\"rec-field\" data-field=\"").append(html(group.getKey())).append("\">\n<h3>")
          .append(html(views.fieldLabel(group.getKey()))).append("</h3>\n");
      for (FiredRecommendation fired : group.getValue()) {
        recommendation(fired);
      }
      out.append("</section>\n");
    }
    out.append("</section>\n");
  }

  void recommendation(FiredRecommendation fired) {
    Recommendation r = fired.recommendation();
    out.append("<article class=\"rec-card\" id=\"rec-").append(html(r.id())).append("\" data-recommendation=\"")
        .append(html(r.id())).append("\">\n<h4>").append(html(context.text(r.title()))).append("</h4>\n");
    if (!r.tags().isEmpty()) {
      out.append("<ul class=\"tags\">");
      for (String tag : r.tags()) {
        out.append("<li class=\"tag\" data-tag=\"").append(html(tag)).append("\">")
            .append(html(views.labels().tag(tag))).append("</li>");
      }
      out.append("</ul>\n");
    }
    out.append("<p class=\"rec-text\">").append(html(context.text(r.text()))).append("</p>\n");
    context.text(r.rationale()).ifPresent(t -> out.append("<p class=\"rationale\"><strong>")
        .append(html(views.label(Label.RATIONALE))).append(":</strong> ").append(html(t)).append("</p>\n"));
    if (!r.links().isEmpty()) {
      out.append("<div class=\"links\"><strong>").append(html(views.label(Label.LINKS)))
          .append(":</strong><ul>\n");
      for (Link link : r.links()) {
        link(link);
      }
      out.append("</ul></div>\n");
    }
    if (!fired.reasons().isEmpty()) {
      out.append("<div class=\"reasons\"><strong>").append(html(views.label(Label.REASONS)))
          .append(":</strong><ul>\n");
      for (Reason reason : fired.reasons()) {
        out.append("<li>").append(html(views.reason(reason))).append("</li>\n");
      }
      out.append("</ul></div>\n");
    }
    out.append("</article>\n");
  }

  private void link(Link link) {
    String text = views.linkText(link);
    Optional<URI> target = views.linkTarget(link);
    out.append("<li>");
    if (target.isPresent()) {
      out.append("<a class=\"rec-link\" href=\"").append(html(target.get().toASCIIString()))
          .append("\" rel=\"noopener noreferrer\">").append(html(text)).append("</a>");
    } else {
      out.append("<span class=\"rec-link-text\">").append(html(text)).append("</span>");
      if (!text.equals(link.href())) {
        out.append(" <code class=\"href\">").append(html(link.href())).append("</code>");
      }
    }
    out.append("</li>\n");
  }

  private void details() {
    for (DimensionResult field : context.fields()) {
      out.append("<section class=\"field ").append(bandClass(field)).append("\" id=\"field-")
          .append(html(field.id())).append("\" data-field=\"").append(html(field.id())).append("\">\n")
          .append("<h2><span class=\"field-title\">").append(html(views.label(field))).append("</span> ");
      out.append("<span class=\"score\">").append(html(field.scorable() ? views.score(field) : "–"))
          .append("</span>");
      out.append("</h2>\n<div class=\"field-summary\">");
      bandChip(field);
      out.append("<span class=\"completion\">").append(html(views.label(Label.COMPLETION))).append(" ")
          .append(html(views.completion(field))).append("</span></div>\n");
      field.band().flatMap(b -> context.text(b.text())).ifPresent(t ->
          out.append("<p class=\"band-text\">").append(html(t)).append("</p>\n"));
      if (!field.contributions().isEmpty()) {
        out.append("<details class=\"explain\">\n<summary>").append(html(views.label(Label.HOW_SCORE)))
            .append("</summary>\n<div class=\"table-wrap\"><table class=\"contributions\">\n<thead><tr><th>")
            .append(html(views.label(Label.QUESTION))).append("</th><th>").append(html(views.label(Label.ANSWER)))
            .append("</th><th>").append(html(views.label(Label.SCORE))).append("</th><th>")
            .append(html(views.label(Label.WEIGHT))).append("</th><th>").append(html(views.label(Label.SHARE)))
            .append("</th><th>").append(html(views.label(Label.POINTS))).append("</th></tr></thead>\n<tbody>\n");
        contributions(field, 0);
        out.append("</tbody></table></div>\n</details>\n");
      }
      context.improvement(field.id()).ifPresent(this::improvements);
      out.append("</section>\n");
    }
  }

  private void contributions(DimensionResult result, int depth) {
    for (Contribution c : result.contributions()) {
      boolean question = c.kind() == Contribution.Kind.QUESTION;
      Optional<DimensionResult> sub = question ? Optional.empty() : context.result(c.id());
      String name = question ? views.questionText(c.id()) : sub.map(views::label).orElse(c.id());
      out.append("<tr class=\"").append(question ? "question" : "dimension")
          .append(c.included() ? "" : " excluded").append("\" data-id=\"").append(html(c.id()))
          .append("\">\n<td class=\"name depth-").append(Math.min(depth, 5)).append("\">")
          .append(html(name));
      if (question) {
        views.answerOf(c.id()).ifPresent(this::commentAndEvidence);
      }
      out.append("</td>\n<td class=\"answer\" data-label=\"").append(html(views.label(Label.ANSWER))).append("\">");
      if (question) {
        out.append(html(views.answer(c)));
      } else {
        sub.ifPresent(s -> out.append(html(views.band(s))));
      }
      out.append("</td>\n");
      cell(Label.SCORE, c.score().map(views::exact).orElse("–")
          + (c.imputed() ? " (" + views.label(Label.IMPUTED) + ")" : ""));
      cell(Label.WEIGHT, views.weight(c.weight()));
      if (c.included()) {
        cell(Label.SHARE, views.share(c.share()));
        cell(Label.POINTS, views.exact(c.points()));
      } else {
        out.append("<td class=\"why-excluded\" colspan=\"2\" data-label=\"")
            .append(html(views.label(Label.NOT_COUNTED))).append("\">")
            .append(html(views.label(Label.NOT_COUNTED)));
        views.excludedBecause(c).ifPresent(w -> out.append(": ").append(html(w)));
        out.append("</td>\n");
      }
      out.append("</tr>\n");
      sub.ifPresent(s -> contributions(s, depth + 1));
    }
  }

  private void cell(Label label, String value) {
    out.append("<td data-label=\"").append(html(views.label(label))).append("\">").append(html(value))
        .append("</td>\n");
  }

  private void commentAndEvidence(Answer answer) {
    answer.comment().filter(c -> !c.isBlank()).ifPresent(c -> out.append("<div class=\"comment\"><span>")
        .append(html(views.label(Label.COMMENT))).append(":</span> ").append(html(c)).append("</div>"));
    if (!answer.evidence().isEmpty()) {
      out.append("<div class=\"evidence\"><span>").append(html(views.label(Label.EVIDENCE)))
          .append(":</span><ul>");
      for (String e : answer.evidence()) {
        // Shown as text even when it looks like an address: evidence is never a live link.
        out.append("<li>").append(html(e)).append("</li>");
      }
      out.append("</ul></div>");
    }
  }

  private void improvements(ImprovementPotential potential) {
    if (potential.bestChanges().isEmpty()) {
      return;
    }
    out.append("<div class=\"improve\">\n<h3>").append(html(views.label(Label.WHAT_RAISES))).append("</h3>\n")
        .append("<p class=\"improve-sub\">").append(html(views.label(Label.BEST_CHANGES))).append("</p>\n")
        .append("<ol class=\"best-changes\">\n");
    for (Improvement change : potential.bestChanges().subList(0, Math.min(3, potential.bestChanges().size()))) {
      change(change);
    }
    out.append("</ol>\n");
    potential.nextBand().ifPresent(next -> {
      String band = context.text(next.label());
      if (potential.nextBandReachable() && !potential.planToNextBand().isEmpty()) {
        out.append("<p class=\"improve-sub\">").append(html(views.labels().get(Label.PLAN_TO, band)))
            .append("</p>\n<ol class=\"plan\">\n");
        for (Improvement change : potential.planToNextBand()) {
          change(change);
        }
        out.append("</ol>\n");
      } else {
        out.append("<p class=\"unreachable\">").append(html(views.labels().get(Label.NOT_REACHABLE, band)))
            .append("</p>\n");
      }
    });
    out.append("</div>\n");
  }

  private void change(Improvement change) {
    out.append("<li data-question=\"").append(html(change.question())).append("\"><span class=\"q\">")
        .append(html(views.questionText(change.question()))).append("</span> <span class=\"to\">")
        .append(html(views.answer(change.question(), change.betterAnswer()))).append("</span>");
    change.currentAnswer().ifPresent(a -> out.append(" <span class=\"from\">(")
        .append(html(views.label(Label.INSTEAD_OF))).append(" ")
        .append(html(views.answer(change.question(), a))).append(")</span>"));
    out.append(" <span class=\"gain\">+").append(html(views.exact(change.gain()))).append(" → ")
        .append(html(views.exact(change.scoreAfter()))).append("</span></li>\n");
  }

  String bandClass(DimensionResult result) {
    return views.colourStep(result).map(s -> "band-c" + s).orElse(result.scorable() ? "band-none" : "not-scorable");
  }

  static String percent(double fraction) {
    return String.format(java.util.Locale.ROOT, "%.1f", fraction * 100);
  }
}
