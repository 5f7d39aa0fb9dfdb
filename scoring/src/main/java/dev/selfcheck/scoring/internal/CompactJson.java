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
   * Writes the compact line straight from an evaluation's results, with the questionnaire's parts
   * of it quoted once per questionnaire ({@link Parts}).
   *
   * @param r the results
   * @return one line of JSON
   */
  static String write(Results r) {
    CompactJson w = new CompactJson();
    Parts parts = r.compiled.compactParts();
    StringBuilder out = w.out;
    out.append(parts.head);
    r.respondent().ifPresent(p -> AssessmentJson.quote(out.append(",\"respondent\":"), p.id()));
    out.append(",\"results\":[");
    int total = parts.result.length - 1;
    w.result(r, parts, total);
    for (int i = 0; i < total; i++) {
      w.result(r, parts, i);
    }
    out.append("],\"recommendations\":[");
    boolean first = true;
    for (int i : parts.order) {
      if (r.recommended[i]) {
        if (!first) {
          out.append(',');
        }
        out.append(parts.recommendation[i]);
        first = false;
      }
    }
    return w.finish();
  }

  /**
   * The parts of a questionnaire's compact lines that do not depend on the answers, quoted once:
   * the questionnaire's id and version, each result's opening with its id, each band member, each
   * recommendation's id. Immutable.
   */
  static final class Parts {
    final String head;
    /** By node index: {@code ,{"id":"d1"}, the total's without the comma. */
    final String[] result;
    /** By node index and band index: {@code ,"band":"low"}. */
    final String[][] band;
    /** By recommendation index: {@code "r1"}. */
    final String[] recommendation;
    final int[] order;

    Parts(Kernel kernel, String questionnaireId, String version) {
      StringBuilder b = new StringBuilder(64);
      b.append("{\"questionnaire\":{\"id\":");
      AssessmentJson.quote(b, questionnaireId).append(",\"version\":");
      head = AssessmentJson.quote(b, version).append('}').toString();
      int n = kernel.nodeCount();
      result = new String[n];
      band = new String[n][];
      for (int i = 0; i < n; i++) {
        b.setLength(0);
        b.append(i == n - 1 ? "{\"id\":" : ",{\"id\":");
        result[i] = AssessmentJson.quote(b, kernel.dimensionIds().get(i)).toString();
        Band[] bands = kernel.bands(i);
        band[i] = new String[bands.length];
        for (int k = 0; k < bands.length; k++) {
          b.setLength(0);
          band[i][k] = AssessmentJson.quote(b.append(",\"band\":"), bands[k].id()).toString();
        }
      }
      recommendation = new String[kernel.recommendations().size()];
      for (int i = 0; i < recommendation.length; i++) {
        b.setLength(0);
        recommendation[i] = AssessmentJson.quote(b, kernel.recommendations().get(i).id()).toString();
      }
      order = kernel.outputOrder().clone();
    }
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

  private void result(Results r, Parts parts, int i) {
    out.append(parts.result[i]);
    Rational score = r.score(i);
    if (score != null) {
      score.appendTo(out.append(",\"score\":\"")).append('"');
    }
    int band = r.band[i];
    if (band >= 0) {
      out.append(parts.band[i][band]);
    }
    Work.completion(r.answered[i], r.dontKnow[i], r.notApplicable[i], r.notAnswered[i])
        .appendTo(out.append(",\"completion\":\"")).append("\"}");
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
