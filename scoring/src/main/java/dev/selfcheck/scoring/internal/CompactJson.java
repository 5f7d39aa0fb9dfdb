package dev.selfcheck.scoring.internal;

import dev.selfcheck.core.Band;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.Rational;

/*
 * The compact assessment line: what a batch usually keeps of an assessment, on one line.
 *
 *   {"questionnaire":{"id":"wk108","version":"1.0.0"},"respondent":"r-1",
 *    "results":[{"id":"total","score":"125/2","band":"mid","completion":"1"},...],
 *    "recommendations":["rec-a","rec-b"]}
 *
 * The results are the total, then every dimension (parents first, in document order); "score"
 * is the exact score in Rational's form and is left out when the dimension is not scorable,
 * "band" is left out when there is none; "respondent" is the respondent's id, left out when the
 * response names none; the recommendations are the fired ones' ids, in the assessment's order.
 * The line is written either from an assessment's parts or, for an assessment that is a view of
 * an evaluation, straight from the evaluation's results (nothing else is built); both give the
 * same line.
 */
/** Writes the compact assessment line. */
public final class CompactJson {

  /** One builder per thread, reused: a line is copied out of it once, into its string. */
  private static final ThreadLocal<StringBuilder> BUILDER =
      ThreadLocal.withInitial(() -> new StringBuilder(4096));

  private final StringBuilder out;

  private CompactJson() {
    out = BUILDER.get();
    out.setLength(0);
  }

  /**
   * Writes an assessment's compact line from its parts.
   *
   * @param a an assessment
   * @return one line of JSON
   */
  public static String write(Assessment a) {
    CompactJson w = new CompactJson();
    w.begin(a.questionnaireId(), a.questionnaireVersion().toString(),
        a.respondent().map(r -> r.id()).orElse(null));
    w.result(a.total(), true);
    for (DimensionResult d : a.dimensions()) {
      w.result(d, false);
    }
    w.out.append("],\"recommendations\":[");
    boolean first = true;
    for (FiredRecommendation r : a.recommendations()) {
      first = w.id(r.recommendation().id(), first);
    }
    return w.finish();
  }

  /**
   * Writes the compact line straight from an evaluation's results.
   *
   * @param r the results
   * @return one line of JSON
   */
  static String write(Results r) {
    CompactJson w = new CompactJson();
    Kernel kernel = r.compiled.kernel();
    w.begin(r.questionnaireId(), r.questionnaireVersion().toString(),
        r.respondent().map(p -> p.id()).orElse(null));
    int total = kernel.nodeCount() - 1;
    w.result(r, kernel, total, true);
    for (int i = 0; i < total; i++) {
      w.result(r, kernel, i, false);
    }
    w.out.append("],\"recommendations\":[");
    boolean first = true;
    for (int i : kernel.outputOrder()) {
      if (r.recommended[i]) {
        first = w.id(kernel.recommendations().get(i).id(), first);
      }
    }
    return w.finish();
  }

  /** Ends the line; a builder grown by a very long line is not kept. */
  private String finish() {
    String line = out.append("]}").toString();
    if (out.capacity() > 1 << 16) {
      BUILDER.remove();
    }
    return line;
  }

  private void begin(String questionnaire, String version, String respondent) {
    out.append("{\"questionnaire\":{\"id\":");
    AssessmentJson.quote(out, questionnaire).append(",\"version\":");
    AssessmentJson.quote(out, version).append('}');
    if (respondent != null) {
      out.append(",\"respondent\":");
      AssessmentJson.quote(out, respondent);
    }
    out.append(",\"results\":[");
  }

  private void result(DimensionResult d, boolean first) {
    result(d.id(), d.score().orElse(null), d.band().map(Band::id).orElse(null), d.completion(),
        first);
  }

  private void result(Results r, Kernel kernel, int i, boolean first) {
    int band = r.band[i];
    result(kernel.dimensionIds().get(i), r.score(i), band < 0 ? null : kernel.bands(i)[band].id(),
        Work.completion(r.answered[i], r.dontKnow[i], r.notApplicable[i], r.notAnswered[i]), first);
  }

  private void result(String id, Rational score, String band, Rational completion, boolean first) {
    if (!first) {
      out.append(',');
    }
    out.append("{\"id\":");
    AssessmentJson.quote(out, id);
    if (score != null) {
      out.append(",\"score\":\"");
      score.appendTo(out).append('"');
    }
    if (band != null) {
      out.append(",\"band\":");
      AssessmentJson.quote(out, band);
    }
    out.append(",\"completion\":\"");
    completion.appendTo(out).append("\"}");
  }

  private boolean id(String id, boolean first) {
    if (!first) {
      out.append(',');
    }
    AssessmentJson.quote(out, id);
    return false;
  }
}
