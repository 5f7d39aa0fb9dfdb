package dev.selfcheck.panel;

import org.apiguardian.api.API;

/**
 * How the answers of a panel's respondents to one question are combined into one answer on the
 * route <em>combine answers, then score once</em> ({@link PanelResult.Route#COMBINE_THEN_SCORE}).
 *
 * <p>Only respondents to whom the question is shown and who answered it take part; "don't know"
 * and "not applicable" are never counted as a value. Choice answers are combined on their scale
 * steps (the options ranked by item score, as {@link dev.selfcheck.scoring.ScoringModel#optionsByScore}
 * gives them; equal scores are one step). Where a rule lands between two answers it takes the
 * <em>lower</em> one, so that a combined result never flatters: a mean of steps halfway between
 * two steps, the median of an even number of answers (the lower middle answer), a mode shared by
 * several values (the lowest of them), a yes/no majority that is a tie (no).
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum Combination {
  /** The mean of the answers (choice: of the steps, rounded to the nearest step, halves down). */
  MEAN("mean"),
  /** The mean of the answers weighted by the respondents' weights, rounded like {@link #MEAN}. */
  WEIGHTED_MEAN("weightedMean"),
  /** The median; of an even number of answers, the lower of the two middle ones. */
  MEDIAN("median"),
  /** The most frequent answer; of several equally frequent, the lowest. */
  MODE("mode"),
  /** The lowest answer. */
  MIN("min"),
  /** The highest answer. */
  MAX("max"),
  /**
   * The answers of the respondents in the lead role (set per question or dimension), combined by
   * the question type's default; all respondents' answers when nobody in the role answered.
   */
  LEAD_ROLE("leadRole"),
  /** Yes/no: yes when any respondent says yes. */
  ANY("any"),
  /** Yes/no: yes when every respondent who answered says yes. */
  ALL("all"),
  /** Yes/no: yes when more respondents say yes than no (a tie is no). */
  MAJORITY("majority"),
  /** Multiple choice: every option that any respondent chose. */
  UNION("union");

  private final String jsonName;

  Combination(String jsonName) {
    this.jsonName = jsonName;
  }

  /** @return the name in JSON, such as {@code weightedMean} */
  public String jsonName() {
    return jsonName;
  }
}
