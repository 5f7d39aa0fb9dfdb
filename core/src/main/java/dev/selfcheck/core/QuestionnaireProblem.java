package dev.selfcheck.core;

import org.apiguardian.api.API;

/**
 * The kinds of {@link Finding} that {@link Questionnaire#validate()} reports, with their stable
 * codes ({@code QST-nnnn}) and message templates. This enum is the message catalog of the core
 * module's questionnaire checks.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum QuestionnaireProblem implements FindingType {
  /** Two questions share an id. */
  DUPLICATE_QUESTION_ID("QST-0001", Severity.ERROR),
  /** Two dimensions share an id. */
  DUPLICATE_DIMENSION_ID("QST-0002", Severity.ERROR),
  /** Two scales share an id. */
  DUPLICATE_SCALE_ID("QST-0003", Severity.ERROR),
  /** Two options of one scale or question share a value. */
  DUPLICATE_OPTION_VALUE("QST-0004", Severity.ERROR),
  /** Two rules share an id. */
  DUPLICATE_RULE_ID("QST-0005", Severity.ERROR),
  /** Two recommendations share an id. */
  DUPLICATE_RECOMMENDATION_ID("QST-0006", Severity.ERROR),
  /** Two bands of one list share an id. */
  DUPLICATE_BAND_ID("QST-0007", Severity.ERROR),
  /** A dimension uses the id reserved for the total. */
  RESERVED_DIMENSION_ID("QST-0008", Severity.ERROR),
  /** A question refers to a scale that does not exist. */
  UNKNOWN_SCALE("QST-0010", Severity.ERROR),
  /** A condition refers to a question that does not exist. */
  UNKNOWN_QUESTION_IN_CONDITION("QST-0011", Severity.ERROR),
  /** A rule yields a recommendation that does not exist. */
  UNKNOWN_RECOMMENDATION("QST-0012", Severity.ERROR),
  /** A recommendation belongs to a dimension that does not exist. */
  UNKNOWN_DIMENSION("QST-0013", Severity.ERROR),
  /** A condition compares a choice answer with an option the question does not offer. */
  UNKNOWN_OPTION_IN_CONDITION("QST-0014", Severity.ERROR),
  /** A condition refers to a dimension that does not exist. */
  UNKNOWN_DIMENSION_IN_CONDITION("QST-0015", Severity.ERROR),
  /** A condition refers to a band that the dimension does not have. */
  UNKNOWN_BAND_IN_CONDITION("QST-0016", Severity.ERROR),
  /** A weight is negative or not a finite number. */
  NEGATIVE_WEIGHT("QST-0020", Severity.ERROR),
  /** The weights that a weighted mean divides by add up to zero. */
  ZERO_WEIGHT_SUM("QST-0021", Severity.ERROR),
  /** A dimension has neither questions nor sub-dimensions. */
  EMPTY_DIMENSION("QST-0022", Severity.ERROR),
  /** A choice question has no options. */
  MISSING_OPTIONS("QST-0023", Severity.ERROR),
  /** A question that takes no options has a scale or options. */
  OPTIONS_NOT_ALLOWED("QST-0024", Severity.ERROR),
  /** A question has both a scale and its own options. */
  SCALE_AND_OPTIONS("QST-0025", Severity.ERROR),
  /** A number question's minimum is above its maximum. */
  EMPTY_NUMBER_RANGE("QST-0026", Severity.ERROR),
  /** A question that is not a number question has a unit, min or max. */
  NUMBER_SETTING_NOT_ALLOWED("QST-0027", Severity.ERROR),
  /** A question has no options to choose from after all (a scale with no options). */
  NO_OPTIONS_ON_SCALE("QST-0028", Severity.ERROR),
  /** A question's visibility depends, through other questions, on itself. */
  VISIBILITY_CYCLE("QST-0030", Severity.ERROR),
  /** A condition uses an operator that does not fit the question's type. */
  OPERATOR_NOT_APPLICABLE("QST-0031", Severity.ERROR),
  /** A condition compares an answer with a value of the wrong type. */
  WRONG_VALUE_TYPE("QST-0032", Severity.ERROR),
  /**
   * A visibility condition or a conditional term uses scores, completion or bands, which exist
   * only after scoring.
   */
  RULE_ONLY_CONDITION("QST-0033", Severity.ERROR),
  /** A quantifier asks for more questions than it names, or atLeast exceeds atMost. */
  QUANTIFIER_OUT_OF_RANGE("QST-0034", Severity.ERROR),
  /** Normalisation is set on a dimension whose aggregation is not a weighted mean or sum. */
  NORMALIZE_NOT_APPLICABLE("QST-0035", Severity.ERROR),
  /** The combination rule in effect on a question does not fit its type (such as any on a scale). */
  COMBINATION_NOT_APPLICABLE("QST-0036", Severity.ERROR),
  /** A question is combined by its lead role, but no lead role is set for it or above it. */
  LEAD_ROLE_NOT_SET("QST-0037", Severity.ERROR),
  /** The raw scores of a conversion table do not ascend strictly. */
  CONVERSION_NOT_ASCENDING("QST-0038", Severity.ERROR),
  /** A row of a conversion table states other further values than the first row. */
  CONVERSION_VALUES_DIFFER("QST-0039", Severity.ERROR),
  /** A band has no room: its lower end is above its upper end, or equal with an open end. */
  EMPTY_BAND("QST-0040", Severity.ERROR),
  /** Two bands of one list share scores. */
  OVERLAPPING_BANDS("QST-0041", Severity.ERROR),
  /** A scoring setting needs another one that is missing. */
  INCOMPLETE_SCORING("QST-0042", Severity.ERROR),
  /** A scoring clamp's minimum is above its maximum. */
  EMPTY_CLAMP("QST-0043", Severity.ERROR),
  /** An item scoring setting does not fit the question's type. */
  ITEM_SCORING_NOT_APPLICABLE("QST-0044", Severity.ERROR),
  /** Thresholds or points are not in strictly ascending order. */
  STEPS_NOT_ASCENDING("QST-0045", Severity.ERROR),
  /** A number question has both thresholds and points. */
  THRESHOLDS_AND_POINTS("QST-0046", Severity.ERROR),
  /** A reversed question has no option scores to reverse. */
  REVERSED_WITHOUT_SCORES("QST-0047", Severity.ERROR),
  /** Some but not all options of a question have a score. */
  PARTLY_SCORED_OPTIONS("QST-0048", Severity.WARNING),
  /** A piecewise-linear map has fewer than two points. */
  TOO_FEW_POINTS("QST-0049", Severity.ERROR),
  /** A text lacks its default language. */
  MISSING_DEFAULT_TRANSLATION("QST-0050", Severity.ERROR),
  /** A text lacks a declared language. */
  MISSING_TRANSLATION("QST-0051", Severity.WARNING),
  /** A text is in a language the questionnaire does not declare. */
  UNDECLARED_LANGUAGE("QST-0052", Severity.WARNING),
  /** The questionnaire has no dimensions. */
  NO_DIMENSIONS("QST-0060", Severity.ERROR),
  /** Two conditional terms of one level share an id. */
  DUPLICATE_TERM_ID("QST-0070", Severity.ERROR),
  /** A condition refers to a named condition that does not exist. */
  UNKNOWN_CONDITION("QST-0071", Severity.ERROR),
  /** A named condition refers to itself, directly or through other named conditions. */
  CONDITION_CYCLE("QST-0072", Severity.ERROR),
  /** Two counts of one level share an id. */
  DUPLICATE_COUNT_ID("QST-0073", Severity.ERROR);

  private static final MessageBundle BUNDLE =
      MessageBundle.of(name -> QuestionnaireProblem.class.getResourceAsStream(name), "findings");

  private final String code;
  private final Severity severity;

  QuestionnaireProblem(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  /** @return the catalog's texts, {@code findings*.properties} beside this class */
  @Override
  public MessageBundle bundle() {
    return BUNDLE;
  }
}
