package dev.selfcheck.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The report's own words (headings, answer states, kinds of support) in German and English, chosen
 * by language tag; every other language falls back to English. Numbers are written with the
 * language's decimal separator, independent of the default locale of the JVM.
 */
public final class Labels {

  /** One word or phrase of the report, in English and German. */
  public enum Label {
    /** Heading of the total. */
    OVERALL_RESULT("Overall result", "Gesamtergebnis"),
    /** Heading of the recommendations. */
    RECOMMENDATIONS("Recommendations", "Empfehlungen"),
    /** Heading of the fields. */
    FIELDS("Results by field", "Ergebnisse nach Bereichen"),
    /** A top-level dimension. */
    FIELD("Field", "Bereich"),
    /** The questionnaire version. */
    VERSION("Version", "Version"),
    /** Who answered. */
    RESPONDENT("Respondent", "Befragte Stelle"),
    /** The respondent's role. */
    ROLE("Role", "Rolle"),
    /** The respondent's group. */
    GROUP("Group", "Gruppe"),
    /** When the response was submitted. */
    SUBMITTED("Submitted", "Abgegeben"),
    /** A score. */
    SCORE("Score", "Punktwert"),
    /** A band. */
    BAND("Band", "Stufe"),
    /** The completion. */
    COMPLETION("Completion", "Vollständigkeit"),
    /** A dimension without a score. */
    NOT_SCORABLE("not scorable", "nicht bewertbar"),
    /** The completion, as the heading of a narrow column. */
    COMPLETION_SHORT("Compl.", "Vollst."),
    /** A score in no band. */
    NO_BAND("no band", "keine Stufe"),
    /** The explanation of a field's score. */
    HOW_SCORE("How the score came about", "Wie der Punktwert zustande kam"),
    /** The improvements of a field. */
    WHAT_RAISES("What would raise this field most", "Was diesen Bereich am stärksten anheben würde"),
    /** Best single changes. */
    BEST_CHANGES("Best single changes", "Wirksamste einzelne Änderungen"),
    /** The plan to the next band; {0} is the band. */
    PLAN_TO("Way to the next band: {0}", "Weg zur nächsten Stufe: {0}"),
    /** The next band cannot be reached; {0} is the band. */
    NOT_REACHABLE("The next band ({0}) cannot be reached by changing answers alone.",
        "Die nächste Stufe ({0}) ist durch andere Antworten allein nicht erreichbar."),
    /** Instead of an answer. */
    INSTEAD_OF("instead of", "statt"),
    /** A question. */
    QUESTION("Question", "Frage"),
    /** An answer. */
    ANSWER("Answer", "Antwort"),
    /** A weight. */
    WEIGHT("Weight", "Gewicht"),
    /** A share of the weight. */
    SHARE("Share", "Anteil"),
    /** Points added. */
    POINTS("Points", "Punkte"),
    /** Why a child did not count. */
    NOT_COUNTED("not counted", "nicht gezählt"),
    /** An imputed score. */
    IMPUTED("imputed", "ersetzt"),
    /** A comment. */
    COMMENT("Comment", "Kommentar"),
    /** Evidence. */
    EVIDENCE("Evidence", "Belege"),
    /** Yes. */
    YES("yes", "ja"),
    /** No. */
    NO("no", "nein"),
    /** Answered "don't know". */
    DONT_KNOW("don't know", "weiß nicht"),
    /** Answered "not applicable". */
    NOT_APPLICABLE("not applicable", "nicht zutreffend"),
    /** Not answered. */
    NOT_ANSWERED("not answered", "nicht beantwortet"),
    /** Hidden by a visibility condition. */
    HIDDEN("hidden", "ausgeblendet"),
    /** Why a recommendation helps. */
    RATIONALE("Why this helps", "Warum das hilft"),
    /** The facts that made a recommendation fire. */
    REASONS("Recommended because", "Empfohlen, weil"),
    /** Further material. */
    LINKS("Further material", "Weiterführend"),
    /** Recommendations without a field. */
    GENERAL("General", "Allgemein"),
    /** Recommendations without a kind of support. */
    OTHER_SUPPORT("Other", "Sonstige"),
    /** Kind of support: workshop. */
    TAG_WORKSHOP("Workshop", "Workshop"),
    /** Kind of support: decision-makers. */
    TAG_DECISION_MAKERS("Support for decision-makers", "Unterstützung für Entscheidungsträger"),
    /** Kind of support: resident dialogue. */
    TAG_RESIDENT_DIALOGUE("Resident dialogue", "Bürgerdialog"),
    /** Kind of support: knowledge article. */
    TAG_KNOWLEDGE_ARTICLE("Knowledge article", "Wissensartikel"),
    /** The radar chart. */
    RADAR("Radar chart of the fields", "Netzdiagramm der Bereiche"),
    /** No recommendation fired. */
    NO_RECOMMENDATIONS("No recommendation applies.", "Keine Empfehlung trifft zu."),
    /** The total. */
    TOTAL("Total", "Gesamt"),
    /** Gain of an answer change. */
    GAIN("gain", "Zuwachs"),
    /** Score after a change. */
    SCORE_AFTER("score after", "Punktwert danach"),
    /** A reason: the dimension has a score. */
    HAS_SCORE("has a score", "hat einen Punktwert"),
    /** A reason: a part of a condition that does not hold. */
    NOT_MET("not so", "nicht erfüllt"),
    /** Comparison words in reasons. */
    OP_LT("below", "unter"),
    /** Comparison words in reasons. */
    OP_LE("at most", "höchstens"),
    /** Comparison words in reasons. */
    OP_GT("above", "über"),
    /** Comparison words in reasons. */
    OP_GE("at least", "mindestens"),
    /** Comparison words in reasons. */
    OP_EQ("exactly", "genau"),
    /** Comparison words in reasons. */
    OP_NE("not", "nicht"),
    /** Comparison words in reasons. */
    OP_IN("one of", "eine von"),
    /** Comparison words in reasons. */
    OP_CONTAINS("contains", "enthält"),
    /** Joins the parts of an "all" condition. */
    AND(" and ", " und "),
    /** Joins the parts of an "any" condition. */
    OR(" or ", " oder "),
    /** How many questions of a quantifier passed; {0} passed, {1} all. */
    COUNT_OF("{0} of {1}", "{0} von {1}");

    private final String english;
    private final String german;

    Label(String english, String german) {
      this.english = english;
      this.german = german;
    }

    /** @return the English wording */
    public String english() {
      return english;
    }
  }

  private static final Labels ENGLISH = new Labels(false);
  private static final Labels GERMAN = new Labels(true);

  private final boolean german;

  private Labels(boolean german) {
    this.german = german;
  }

  /**
   * The catalog for a language: German for {@code de} and its regional variants, else English.
   *
   * @param languageTag a BCP 47 language tag
   * @return the catalog
   */
  public static Labels forLocale(String languageTag) {
    String language = languageTag.toLowerCase(Locale.ROOT);
    return language.equals("de") || language.startsWith("de-") ? GERMAN : ENGLISH;
  }

  /** @return the language of the labels, {@code de} or {@code en} */
  public String language() {
    return german ? "de" : "en";
  }

  /**
   * A label.
   *
   * @param label the label
   * @return its text
   */
  public String get(Label label) {
    return german ? label.german : label.english;
  }

  /**
   * A label with its placeholder {@code {0}} filled in.
   *
   * @param label the label
   * @param argument the value for {@code {0}}
   * @return its text
   */
  public String get(Label label, String argument) {
    return get(label).replace("{0}", argument);
  }

  /**
   * A label with its placeholders {@code {0}} and {@code {1}} filled in.
   *
   * @param label the label
   * @param first the value for {@code {0}}
   * @param second the value for {@code {1}}
   * @return its text
   */
  public String get(Label label, String first, String second) {
    return get(label).replace("{0}", first).replace("{1}", second);
  }

  /**
   * Writes a number as it is (with its trailing zeros) with the language's decimal separator.
   *
   * @param number a number
   * @return such as {@code 62.50} or {@code 62,50}
   */
  public String number(BigDecimal number) {
    String plain = number.toPlainString();
    return german ? plain.replace('.', ',') : plain;
  }

  /**
   * Writes a share (0 to 1) as a whole percentage, rounded half up.
   *
   * @param share a share
   * @return such as {@code 75 %}
   */
  public String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
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
