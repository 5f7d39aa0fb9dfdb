package dev.selfcheck.report.internal;

import static dev.selfcheck.report.internal.Escape.markdown;

import dev.selfcheck.core.Link;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.report.internal.Labels.Label;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.Reason;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a report as Markdown (CommonMark with the table extension): the overall result, a table
 * of the fields, and the recommendations by field. Every text from the questionnaire, the
 * response or the engine goes through {@link Escape#markdown(String)}.
 */
public final class MarkdownRenderer {

  private final ReportContext context;
  private final Views views;
  private final StringBuilder out;

  private MarkdownRenderer(ReportContext context) {
    this(new Views(context), new StringBuilder(8192));
  }

  /**
   * A renderer that writes parts of a document (such as recommendations) into another document.
   *
   * @param views the views of the assessment the parts show
   * @param out where the parts go
   */
  MarkdownRenderer(Views views, StringBuilder out) {
    this.views = views;
    this.context = views.context();
    this.out = out;
  }

  /**
   * Renders a report.
   *
   * @param context the report's parts
   * @return the Markdown text
   */
  public static String render(ReportContext context) {
    return new MarkdownRenderer(context).document();
  }

  private String document() {
    out.append("# ").append(markdown(context.text(context.questionnaire().title()))).append("\n\n");
    List<String> meta = new ArrayList<>();
    meta.add(bold(Label.VERSION) + " " + markdown(context.questionnaire().version().toString()));
    views.respondent().ifPresent(r -> meta.add(bold(Label.RESPONDENT) + " " + markdown(r)));
    views.submitted().ifPresent(s -> meta.add(bold(Label.SUBMITTED) + " " + markdown(s)));
    out.append(String.join(" · ", meta)).append("\n\n");

    DimensionResult total = context.assessment().total();
    out.append("## ").append(markdown(views.label(Label.OVERALL_RESULT))).append("\n\n")
        .append("**").append(markdown(views.score(total))).append("**");
    if (total.scorable()) {
      out.append(" / ").append(markdown(views.exact(total.maxScore()))).append(" · ")
          .append(markdown(views.band(total)));
    }
    out.append(" · ").append(markdown(views.label(Label.COMPLETION))).append(" ")
        .append(markdown(views.completion(total))).append("\n\n");

    out.append("## ").append(markdown(views.label(Label.FIELDS))).append("\n\n")
        .append("| ").append(markdown(views.label(Label.FIELD))).append(" | ")
        .append(markdown(views.label(Label.SCORE))).append(" | ").append(markdown(views.label(Label.BAND)))
        .append(" | ").append(markdown(views.label(Label.COMPLETION))).append(" |\n")
        .append("| --- | ---: | --- | ---: |\n");
    for (DimensionResult field : context.fields()) {
      out.append("| ").append(markdown(views.label(field))).append(" | ")
          .append(markdown(field.scorable() ? views.score(field) : "–")).append(" | ")
          .append(markdown(field.scorable() ? views.band(field) : views.label(Label.NOT_SCORABLE)))
          .append(" | ").append(markdown(views.completion(field))).append(" |\n");
    }
    out.append('\n');

    out.append("## ").append(markdown(views.label(Label.RECOMMENDATIONS))).append("\n\n");
    if (context.assessment().recommendations().isEmpty()) {
      out.append(markdown(views.label(Label.NO_RECOMMENDATIONS))).append("\n");
    }
    for (Map.Entry<String, List<FiredRecommendation>> group : views.recommendationsByField().entrySet()) {
      out.append("### ").append(markdown(views.fieldLabel(group.getKey()))).append("\n\n");
      for (FiredRecommendation fired : group.getValue()) {
        recommendation(fired);
      }
    }
    return out.toString();
  }

  void recommendation(FiredRecommendation fired) {
    Recommendation r = fired.recommendation();
    out.append("#### ").append(markdown(context.text(r.title()))).append("\n\n");
    if (!r.tags().isEmpty()) {
      out.append("*").append(markdown(String.join(", ", r.tags().stream().map(views.labels()::tag).toList())))
          .append("*\n\n");
    }
    out.append(markdown(context.text(r.text()))).append("\n\n");
    context.text(r.rationale()).ifPresent(t ->
        out.append(bold(Label.RATIONALE)).append(": ").append(markdown(t)).append("\n\n"));
    if (!r.links().isEmpty()) {
      out.append(bold(Label.LINKS)).append(":\n\n");
      for (Link link : r.links()) {
        out.append("- ").append(link(link)).append('\n');
      }
      out.append('\n');
    }
    if (!fired.reasons().isEmpty()) {
      out.append(bold(Label.REASONS)).append(":\n\n");
      for (Reason reason : fired.reasons()) {
        out.append("- ").append(markdown(views.reason(reason))).append('\n');
      }
      out.append('\n');
    }
  }

  private String link(Link link) {
    String text = views.linkText(link);
    Optional<URI> target = views.linkTarget(link);
    if (target.isPresent()) {
      // an absolute URI in its ASCII form has no spaces, angle brackets or line breaks
      return "[" + markdown(text) + "](<" + target.get().toASCIIString() + ">)";
    }
    return text.equals(link.href()) ? markdown(text) : markdown(text) + " (" + markdown(link.href()) + ")";
  }

  String bold(Label label) {
    return "**" + markdown(views.label(label)) + "**";
  }
}
