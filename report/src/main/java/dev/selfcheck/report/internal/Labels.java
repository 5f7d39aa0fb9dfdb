package dev.selfcheck.report.internal;

import dev.selfcheck.core.MessageBundle;
import dev.selfcheck.report.Report;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The report's own words (headings, fixed texts, kinds of support) in the reader's language, from
 * the message bundle {@code dev/selfcheck/report/labels*.properties} read by core's {@link
 * MessageBundle}: {@code labels.properties} holds the English texts and is the fallback, {@code
 * labels_de.properties} the German ones; adding a language is adding a file. Numbers are written
 * with the language's decimal separator, independent of the default locale of the JVM.
 */
public final class Labels {

  /** The report's message bundle. */
  static final MessageBundle BUNDLE =
      MessageBundle.of(name -> Report.class.getResourceAsStream(name), "labels");

  /** One word or phrase of the report: a key of the bundle. */
  public enum Label {
    /** Heading of the total. */
    OVERALL_RESULT,
    /** Heading of the recommendations. */
    RECOMMENDATIONS,
    /** Heading of the fields. */
    FIELDS,
    /** A top-level dimension. */
    FIELD,
    /** The questionnaire version. */
    VERSION,
    /** Who answered. */
    RESPONDENT,
    /** The respondent's role. */
    ROLE,
    /** The respondent's group. */
    GROUP,
    /** When the response was submitted. */
    SUBMITTED,
    /** A score. */
    SCORE,
    /** A band. */
    BAND,
    /** The completion. */
    COMPLETION,
    /** A dimension without a score. */
    NOT_SCORABLE,
    /** The completion, as the heading of a narrow column. */
    COMPLETION_SHORT,
    /** A score in no band. */
    NO_BAND,
    /** The explanation of a field's score. */
    HOW_SCORE,
    /** The improvements of a field. */
    WHAT_RAISES,
    /** Best single changes. */
    BEST_CHANGES,
    /** The plan to the next band; {0} is the band. */
    PLAN_TO,
    /** The next band cannot be reached; {0} is the band. */
    NOT_REACHABLE,
    /** Instead of an answer. */
    INSTEAD_OF,
    /** A question. */
    QUESTION,
    /** An answer. */
    ANSWER,
    /** A weight. */
    WEIGHT,
    /** A share of the weight. */
    SHARE,
    /** Points added. */
    POINTS,
    /** Why a child did not count. */
    NOT_COUNTED,
    /** An imputed score. */
    IMPUTED,
    /** A comment. */
    COMMENT,
    /** Evidence. */
    EVIDENCE,
    /** Hidden by a visibility condition. */
    HIDDEN,
    /** Why a recommendation helps. */
    RATIONALE,
    /** The facts that made a recommendation fire. */
    REASONS,
    /** Further material. */
    LINKS,
    /** Recommendations without a field. */
    GENERAL,
    /** Recommendations without a kind of support. */
    OTHER_SUPPORT,
    /** Kind of support: workshop. */
    TAG_WORKSHOP,
    /** Kind of support: decision-makers. */
    TAG_DECISION_MAKERS,
    /** Kind of support: resident dialogue. */
    TAG_RESIDENT_DIALOGUE,
    /** Kind of support: knowledge article. */
    TAG_KNOWLEDGE_ARTICLE,
    /** The radar chart. */
    RADAR,
    /** No recommendation fired. */
    NO_RECOMMENDATIONS,
    /** The total. */
    TOTAL,
    /** Gain of an answer change. */
    GAIN,
    /** Score after a change. */
    SCORE_AFTER,
    /** Heading of the workshop report. */
    WORKSHOP_REPORT,
    /** The number of respondents of a panel. */
    RESPONDENTS,
    /** The result of the answers combined, then scored once (route 2). */
    COMBINED_RESULT,
    /** How the combined result came about. */
    COMBINED_NOTE,
    /** The lowest to the highest score of the respondents. */
    SPREAD,
    /** The legend of the workshop radar chart. */
    RADAR_LEGEND,
    /** Heading of the distributions per field. */
    DISTRIBUTIONS,
    /** What the distributions describe. */
    DISTRIBUTIONS_NOTE,
    /** The number of respondents with a score. */
    N,
    /** The median. */
    MEDIAN,
    /** The lower and upper quartile. */
    QUARTILES,
    /** The lowest and the highest score. */
    MIN_MAX,
    /** The agreement r_wg(J). */
    AGREEMENT,
    /** Low agreement. */
    LOW,
    /** The respondents per band. */
    BAND_COUNTS,
    /** Heading of the group comparison. */
    GROUPS,
    /** What the group comparison shows; {0} is the minimum group size. */
    GROUPS_NOTE,
    /** No group is shown; {0} is the minimum group size. */
    NO_GROUPS,
    /** The groups folded together. */
    GROUP_OTHER,
    /** The respondents without a group. */
    GROUP_NONE,
    /** The gap between the lowest and the highest group mean. */
    GAP,
    /** Heading of the workshop agenda. */
    AGENDA,
    /** What the agenda lists. */
    AGENDA_NOTE,
    /** No question is on the agenda. */
    NO_AGENDA,
    /** The priority of an agenda item. */
    PRIORITY,
    /** The answers given to a question. */
    ANSWERS,
    /** Heading of the recommendations beside the agenda. */
    COMBINED_RECOMMENDATIONS,
    /** Agenda reason: yes and no; {0} and {1} are the counts of yes and no. */
    REASON_YES_AND_NO,
    /** Agenda reason: spread; {0} is the range in steps. */
    REASON_SPREAD,
    /** Agenda reason: both ends of the scale. */
    REASON_BOTH_ENDS,
    /** Agenda reason: low agreement; {0} is r_wg, {1} the cut-off. */
    REASON_LOW_AGREEMENT,
    /** Agenda reason: many do not know; {0} of {1} respondents, {2} the answer. */
    REASON_MANY_DONT_KNOW,
    /** Agenda reason: a gap between groups; {0} is the cut-off in steps. */
    REASON_GROUP_GAP,
    /** Heading of the knowledge gaps. */
    GAPS,
    /** What the knowledge gaps are. */
    GAPS_NOTE,
    /** There is no knowledge gap. */
    NO_GAPS,
    /** To how many respondents a question was shown; {0} is the number. */
    SHOWN_TO
  }

  private final Locale locale;

  private Labels(Locale locale) {
    this.locale = locale;
  }

  /**
   * The labels for a language; languages without texts get English.
   *
   * @param languageTag a BCP 47 language tag
   * @return the labels
   */
  public static Labels forLocale(String languageTag) {
    return new Labels(Locale.forLanguageTag(languageTag));
  }

  /** @return the reader's locale */
  public Locale locale() {
    return locale;
  }

  /**
   * A label with its placeholders {@code {0}}, {@code {1}}, ... filled in.
   *
   * @param label the label
   * @param arguments the values of the placeholders
   * @return its text
   */
  public String get(Label label, Object... arguments) {
    return BUNDLE.format(label.name(), locale, arguments);
  }

  /**
   * Writes a number as it is (with its trailing zeros) with the language's decimal separator.
   *
   * @param number a number
   * @return such as {@code 62.50} or {@code 62,50}
   */
  public String number(BigDecimal number) {
    return BUNDLE.format("NUMBER", locale, number);
  }

  /**
   * Writes a date as the language writes it.
   *
   * @param date a date or time
   * @return such as {@code 2025-09-18} or {@code 18.09.2025}
   */
  public String date(TemporalAccessor date) {
    return DateTimeFormatter.ofPattern(BUNDLE.format("DATE_PATTERN", locale), Locale.ROOT).format(date);
  }

  /**
   * The label of a kind-of-support tag; unknown tags as they are.
   *
   * @param tag a recommendation tag
   * @return its label
   */
  public String tag(String tag) {
    return switch (tag) {
      case "workshop" -> get(Label.TAG_WORKSHOP);
      case "decision-makers" -> get(Label.TAG_DECISION_MAKERS);
      case "resident-dialogue" -> get(Label.TAG_RESIDENT_DIALOGUE);
      case "knowledge-article" -> get(Label.TAG_KNOWLEDGE_ARTICLE);
      default -> tag;
    };
  }
}
