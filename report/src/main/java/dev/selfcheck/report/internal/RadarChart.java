package dev.selfcheck.report.internal;

import static dev.selfcheck.report.internal.Escape.html;

import dev.selfcheck.core.Band;
import dev.selfcheck.report.internal.Labels.Label;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/*
 * The radar chart is inline SVG with one axis per field, clockwise from the top. Each axis runs
 * from the field's lowest possible score (centre) to its highest (rim). When all fields share the
 * same band boundaries (relative to their range), the bands are drawn as concentric rings tinted
 * in the band colours, with gridlines at the boundaries; otherwise each axis gets tick marks at
 * its own boundaries. A field that is not scorable gets a dashed axis, no point, and the words
 * "not scorable" under its label: the polygon joins only the fields that have a score, so a
 * missing score is never drawn as 0. Elements carry stable classes (radar, radar-axis,
 * radar-grid, radar-zone, radar-polygon, radar-point, radar-label) for styling and tests.
 *
 * A panel's workshop report adds each field's spread: the lowest to the highest score of the
 * respondents, drawn on the field's axis as a thick segment (radar-spread) under the polygon, and,
 * when every field has one, the ring between the lowest and the highest scores shaded
 * (radar-spread-area). The polygon is then the combined result.
 */

/** Draws the radar chart of the fields as inline SVG. */
final class RadarChart {

  private static final double CX = 370;
  private static final double CY = 250;
  private static final double R = 168;
  private static final int WIDTH = 740;
  private static final int HEIGHT = 500;
  private static final int LINE_CHARS = 16;

  private RadarChart() {}

  /**
   * The lowest and the highest score of a field among several respondents.
   *
   * @param min the lowest score
   * @param max the highest score
   */
  record Spread(Rational min, Rational max) {}

  /**
   * Draws the chart, with each field's spread where given.
   *
   * @param views the views of the result the polygon shows
   * @param fields the fields' results, the axes in order
   * @param spreads per field its spread, if any
   * @param out where the SVG goes
   */
  static void render(Views views, List<DimensionResult> fields, List<Optional<Spread>> spreads,
      StringBuilder out) {
    int n = fields.size();
    String title = views.label(Label.RADAR);
    out.append("<svg class=\"radar\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"radar-title radar-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n")
        .append("<title id=\"radar-title\">").append(html(title)).append("</title>\n<desc id=\"radar-desc\">");
    List<String> facts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      DimensionResult f = fields.get(i);
      String band = views.band(f);
      facts.add(views.label(f) + ": " + views.score(f) + (band.isEmpty() ? "" : " (" + band + ")")
          + spreads.get(i).map(s -> ", " + spreadText(views, s)).orElse(""));
    }
    out.append(html(String.join("; ", facts))).append("</desc>\n");

    List<List<double[]>> boundaries = new ArrayList<>();
    for (DimensionResult f : fields) {
      boundaries.add(boundaries(views, f));
    }
    boolean shared = boundaries.stream().allMatch(b -> same(b, boundaries.get(0)));
    if (shared) {
      List<double[]> rings = boundaries.get(0);
      // zones from the rim inwards, each tinted in the colour of the band that ends there
      for (int k = rings.size() - 1; k >= 0; k--) {
        double[] ring = rings.get(k);
        String zone = ring[1] < 0 ? "" : " band-c" + (int) ring[1];
        out.append("<polygon class=\"radar-zone").append(zone).append("\" points=\"")
            .append(ringPoints(n, ring[0])).append("\"/>\n");
      }
      for (double[] ring : rings) {
        out.append("<polygon class=\"radar-grid\" points=\"").append(ringPoints(n, ring[0])).append("\"/>\n");
      }
    } else {
      out.append("<polygon class=\"radar-grid\" points=\"").append(ringPoints(n, 1)).append("\"/>\n");
    }
    for (int i = 0; i < n; i++) {
      DimensionResult f = fields.get(i);
      double[] end = at(i, n, 1);
      out.append("<line class=\"radar-axis").append(f.scorable() ? "" : " not-scorable")
          .append("\" data-field=\"").append(html(f.id())).append("\" x1=\"").append(num(CX)).append("\" y1=\"")
          .append(num(CY)).append("\" x2=\"").append(num(end[0])).append("\" y2=\"").append(num(end[1]))
          .append("\"/>\n");
      if (!shared) {
        for (double[] b : boundaries.get(i)) {
          double[] p = at(i, n, b[0]);
          out.append("<circle class=\"radar-tick\" cx=\"").append(num(p[0])).append("\" cy=\"").append(num(p[1]))
              .append("\" r=\"2.5\"/>\n");
        }
      }
    }
    spreads(views, fields, spreads, out);
    List<String> polygon = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Optional<Double> fraction = views.fraction(fields.get(i));
      if (fraction.isPresent()) {
        double[] p = at(i, n, fraction.get());
        polygon.add(num(p[0]) + "," + num(p[1]));
      }
    }
    if (polygon.size() >= 2) {
      out.append("<polygon class=\"radar-polygon\" points=\"").append(String.join(" ", polygon)).append("\"/>\n");
    }
    for (int i = 0; i < n; i++) {
      DimensionResult f = fields.get(i);
      Optional<Double> fraction = views.fraction(f);
      if (fraction.isPresent()) {
        double[] p = at(i, n, fraction.get());
        String band = views.band(f);
        out.append("<circle class=\"radar-point ").append(views.colourStep(f).map(s -> "band-c" + s).orElse("band-none"))
            .append("\" data-field=\"").append(html(f.id())).append("\" cx=\"").append(num(p[0])).append("\" cy=\"")
            .append(num(p[1])).append("\" r=\"7\"><title>")
            .append(html(views.label(f) + ": " + views.score(f) + (band.isEmpty() ? "" : " (" + band + ")")))
            .append("</title></circle>\n");
      }
    }
    for (int i = 0; i < n; i++) {
      label(views, fields.get(i), i, n, out);
    }
    out.append("</svg>\n");
  }

  private static void label(Views views, DimensionResult f, int i, int n, StringBuilder out) {
    double angle = angle(i, n);
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    double[] p = at(i, n, 1 + 22 / R);
    String anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
    List<String> lines = wrap(views.label(f), LINE_CHARS);
    String score = f.scorable() ? views.score(f) + " · " + views.band(f) : views.label(Label.NOT_SCORABLE);
    int total = lines.size() + 1;
    // keep the block inside the chart: estimate its width (bold text, about 0.6 em a character)
    int longest = lines.stream().mapToInt(String::length).max().orElse(0);
    double estimate = Math.max(longest * 9.8, score.length() * 8.5) + 4;
    double x = switch (anchor) {
      case "start" -> Math.min(p[0], WIDTH - estimate);
      case "end" -> Math.max(p[0], estimate);
      default -> Math.max(estimate / 2, Math.min(p[0], WIDTH - estimate / 2));
    };
    p = new double[] {x, p[1]};
    double lineHeight = 17;
    // above the centre the block grows upwards, below it downwards, at the sides it is centred
    double firstY = sin < -0.5 ? p[1] - (total - 1) * lineHeight
        : sin > 0.5 ? p[1] + lineHeight * 0.7
        : p[1] - (total - 1) * lineHeight / 2 + 5;
    out.append("<text class=\"radar-label").append(f.scorable() ? "" : " not-scorable").append("\" data-field=\"")
        .append(html(f.id())).append("\" text-anchor=\"").append(anchor).append("\" x=\"").append(num(p[0]))
        .append("\" y=\"").append(num(firstY)).append("\">");
    for (int k = 0; k < lines.size(); k++) {
      out.append("<tspan x=\"").append(num(p[0])).append("\"").append(k == 0 ? "" : " dy=\"" + num(lineHeight) + "\"")
          .append(">").append(html(lines.get(k))).append("</tspan>");
    }
    out.append("<tspan class=\"radar-score\" x=\"").append(num(p[0])).append("\" dy=\"").append(num(lineHeight))
        .append("\">").append(html(score)).append("</tspan></text>\n");
  }

  private static void spreads(Views views, List<DimensionResult> fields, List<Optional<Spread>> spreads,
      StringBuilder out) {
    int n = fields.size();
    List<String> outer = new ArrayList<>();
    List<String> inner = new ArrayList<>();
    StringBuilder segments = new StringBuilder();
    for (int i = 0; i < n; i++) {
      DimensionResult f = fields.get(i);
      Optional<Spread> spread = spreads.get(i);
      Optional<Double> low = spread.flatMap(s -> views.fraction(f, s.min().doubleValue()));
      Optional<Double> high = spread.flatMap(s -> views.fraction(f, s.max().doubleValue()));
      if (low.isEmpty() || high.isEmpty()) {
        continue;
      }
      double[] a = at(i, n, low.get());
      double[] b = at(i, n, high.get());
      inner.add(num(a[0]) + "," + num(a[1]));
      outer.add(num(b[0]) + "," + num(b[1]));
      segments.append("<line class=\"radar-spread\" data-field=\"").append(html(f.id())).append("\" x1=\"")
          .append(num(a[0])).append("\" y1=\"").append(num(a[1])).append("\" x2=\"").append(num(b[0]))
          .append("\" y2=\"").append(num(b[1])).append("\"><title>")
          .append(html(views.label(f) + ": " + spreadText(views, spread.get()))).append("</title></line>\n");
    }
    if (n >= 3 && outer.size() == n) {
      out.append("<path class=\"radar-spread-area\" fill-rule=\"evenodd\" d=\"M").append(String.join(" L", outer))
          .append(" Z M").append(String.join(" L", inner)).append(" Z\"/>\n");
    }
    out.append(segments);
  }

  private static String spreadText(Views views, Spread spread) {
    return views.label(Label.SPREAD) + " " + views.exact(spread.min()) + "–" + views.exact(spread.max());
  }

  /** The band boundaries of a field as (fraction of the range, colour step of the band below it). */
  private static List<double[]> boundaries(Views views, DimensionResult f) {
    List<double[]> out = new ArrayList<>();
    List<Band> bands = views.bandsOf(f);
    for (Band band : bands) {
      Optional<Double> at = views.fraction(f, band.upper().doubleValue());
      if (at.isPresent() && at.get() > 0) {
        out.add(new double[] {at.get(), Views.colourStep(bands, band)});
      }
    }
    out.sort((a, b) -> Double.compare(a[0], b[0]));
    List<double[]> unique = new ArrayList<>();
    for (double[] b : out) {
      if (unique.isEmpty() || Math.abs(unique.get(unique.size() - 1)[0] - b[0]) > 1e-9) {
        unique.add(b);
      }
    }
    if (unique.isEmpty() || unique.get(unique.size() - 1)[0] < 1 - 1e-9) {
      unique.add(new double[] {1, -1});
    }
    return unique;
  }

  private static boolean same(List<double[]> a, List<double[]> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (Math.abs(a.get(i)[0] - b.get(i)[0]) > 1e-9 || a.get(i)[1] != b.get(i)[1]) {
        return false;
      }
    }
    return true;
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String whole : text.trim().split("\\s+")) {
      String word = whole;
      // a word longer than a line is hyphenated, so that it cannot run out of the chart
      while (word.length() > width + 5) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, width - 1) + "-");
        word = word.substring(width - 1);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    if (lines.size() > 3) {
      List<String> cut = new ArrayList<>(lines.subList(0, 3));
      cut.set(2, cut.get(2) + " …");
      return cut;
    }
    return lines;
  }

  private static String ringPoints(int n, double fraction) {
    List<String> points = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double[] p = at(i, n, fraction);
      points.add(num(p[0]) + "," + num(p[1]));
    }
    return String.join(" ", points);
  }

  private static double angle(int i, int n) {
    return -Math.PI / 2 + 2 * Math.PI * i / n;
  }

  private static double[] at(int i, int n, double fraction) {
    double a = angle(i, n);
    return new double[] {CX + Math.cos(a) * R * fraction, CY + Math.sin(a) * R * fraction};
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
