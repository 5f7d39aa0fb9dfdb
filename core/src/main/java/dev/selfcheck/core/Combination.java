package dev.selfcheck.core;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * How the answers of a panel's respondents to one question are combined into one answer (the
 * panel module's route <em>combine answers, then score once</em>); set per question, dimension or
 * questionnaire in {@code scoring.combine} (see {@link ScoringSettings#combine()}) or by the caller
 * of a panel analysis.
 *
 * <p>Only respondents to whom the question is shown and who answered it take part; "don't know"
 * and "not applicable" are never counted as a value. Choice answers are combined on their scale
 * steps (the options ranked by item score; equal scores are one step). Where a rule lands between
 * two answers it takes the <em>lower</em> one, so that a combined result never flatters: a mean of
 * steps halfway between two steps, the median of an even number of answers (the lower middle
 * answer), a mode shared by several values (the lowest of them), a yes/no majority that is a tie
 * (no).
 *
 * <p>Which rule fits which question type is decided here, once ({@link #fits(QuestionType)}), and
 * so is each type's default ({@link #defaultFor(QuestionType)}); validation and the panel module
 * ask.
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
  /** The most frequent answer; of several equally frequent, the lowest (choice questions only). */
  MODE("mode"),
  /** The lowest answer. */
  MIN("min"),
  /** The highest answer. */
  MAX("max"),
  /**
   * Number questions: the exact sum of the answers (every respondent's number counted once,
   * weights left aside), for quantities the respondents report for their own part, such as staff
   * trained per department. Not for multiple choice: the sum of sets of options is their
   * {@link #UNION}.
   */
  SUM("sum"),
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

  private static final Set<Combination> NUMERIC =
      EnumSet.of(MEAN, WEIGHTED_MEAN, MEDIAN, MIN, MAX, SUM, LEAD_ROLE);
  private static final Set<Combination> CHOICE =
      EnumSet.of(MEAN, WEIGHTED_MEAN, MEDIAN, MODE, MIN, MAX, LEAD_ROLE);
  private static final Set<Combination> YES_NO = EnumSet.of(ANY, ALL, MAJORITY, LEAD_ROLE);
  private static final Set<Combination> MULTIPLE = EnumSet.of(UNION, LEAD_ROLE);

  private final String jsonName;

  Combination(String jsonName) {
    this.jsonName = jsonName;
  }

  /** @return the name in JSON, such as {@code weightedMean} */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Whether this rule can combine answers of a question type: mean, weighted mean, median, min and
   * max combine choice and number questions, sum only number questions, mode only choice
   * questions, any, all and majority yes/no questions, union multiple-choice questions, lead role
   * every type but text. Text questions are never combined.
   *
   * @param type a question type
   * @return whether the rule fits it
   */
  public boolean fits(QuestionType type) {
    return switch (type) {
      case YES_NO -> YES_NO.contains(this);
      case MULTIPLE_CHOICE -> MULTIPLE.contains(this);
      case NUMBER -> NUMERIC.contains(this);
      case SINGLE_CHOICE, ORDINAL_SCALE -> CHOICE.contains(this);
      case TEXT -> false;
    };
  }

  /**
   * The rule a question of a type uses when neither the questionnaire nor the caller sets one:
   * majority for yes/no, union for multiple choice, the median otherwise.
   *
   * @param type a question type
   * @return its default rule
   */
  public static Combination defaultFor(QuestionType type) {
    return switch (type) {
      case YES_NO -> MAJORITY;
      case MULTIPLE_CHOICE -> UNION;
      default -> MEDIAN;
    };
  }

  /**
   * Finds a rule by its JSON name.
   *
   * @param jsonName a name such as {@code median}
   * @return the rule, empty for an unknown name
   */
  public static Optional<Combination> fromJsonName(String jsonName) {
    for (Combination c : values()) {
      if (c.jsonName.equals(jsonName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
