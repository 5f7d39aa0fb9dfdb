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
  DUPLICATE_QUESTION_ID("QST-0001", Severity.ERROR, "question id '%s' is already used at %s"),
  /** Two dimensions share an id. */
  DUPLICATE_DIMENSION_ID("QST-0002", Severity.ERROR, "dimension id '%s' is already used at %s"),
  /** Two scales share an id. */
  DUPLICATE_SCALE_ID("QST-0003", Severity.ERROR, "scale id '%s' is already used at %s"),
  /** Two options of one scale or question share a value. */
  DUPLICATE_OPTION_VALUE("QST-0004", Severity.ERROR, "option value '%s' is already used at %s"),
  /** Two rules share an id. */
  DUPLICATE_RULE_ID("QST-0005", Severity.ERROR, "rule id '%s' is already used at %s"),
  /** Two recommendations share an id. */
  DUPLICATE_RECOMMENDATION_ID(
      "QST-0006", Severity.ERROR, "recommendation id '%s' is already used at %s"),
  /** Two bands of one list share an id. */
  DUPLICATE_BAND_ID("QST-0007", Severity.ERROR, "band id '%s' is already used at %s"),
  /** A dimension uses the id reserved for the total. */
  RESERVED_DIMENSION_ID(
      "QST-0008", Severity.ERROR, "'%s' is reserved for the total; choose another dimension id"),
  /** A question refers to a scale that does not exist. */
  UNKNOWN_SCALE("QST-0010", Severity.ERROR, "scale '%s' is not defined (defined scales: %s)"),
  /** A condition refers to a question that does not exist. */
  UNKNOWN_QUESTION_IN_CONDITION(
      "QST-0011", Severity.ERROR, "the condition refers to question '%s', which does not exist"),
  /** A rule yields a recommendation that does not exist. */
  UNKNOWN_RECOMMENDATION(
      "QST-0012", Severity.ERROR, "the rule yields recommendation '%s', which does not exist"),
  /** A recommendation belongs to a dimension that does not exist. */
  UNKNOWN_DIMENSION(
      "QST-0013", Severity.ERROR, "the recommendation refers to dimension '%s', which does not exist"),
  /** A condition compares a choice answer with an option the question does not offer. */
  UNKNOWN_OPTION_IN_CONDITION(
      "QST-0014", Severity.ERROR, "question '%s' offers no option '%s' (offered: %s)"),
  /** A condition refers to a dimension that does not exist. */
  UNKNOWN_DIMENSION_IN_CONDITION(
      "QST-0015", Severity.ERROR,
      "the condition refers to dimension '%s', which does not exist (use 'total' for the total)"),
  /** A condition refers to a band that the dimension does not have. */
  UNKNOWN_BAND_IN_CONDITION(
      "QST-0016", Severity.ERROR, "'%s' has no band '%s' (its bands: %s)"),
  /** A weight is negative or not a finite number. */
  NEGATIVE_WEIGHT("QST-0020", Severity.ERROR, "weight %s is negative; weights must be 0 or more"),
  /** The weights that a weighted mean divides by add up to zero. */
  ZERO_WEIGHT_SUM(
      "QST-0021", Severity.ERROR,
      "the weights of the %s of %s add up to zero, so their weighted mean is undefined"),
  /** A dimension has neither questions nor sub-dimensions. */
  EMPTY_DIMENSION(
      "QST-0022", Severity.ERROR, "dimension '%s' has neither questions nor sub-dimensions"),
  /** A choice question has no options. */
  MISSING_OPTIONS(
      "QST-0023", Severity.ERROR,
      "question '%s' is of type %s and needs options: refer to a scale or list options"),
  /** A question that takes no options has a scale or options. */
  OPTIONS_NOT_ALLOWED(
      "QST-0024", Severity.ERROR, "question '%s' is of type %s and takes no scale or options"),
  /** A question has both a scale and its own options. */
  SCALE_AND_OPTIONS(
      "QST-0025", Severity.ERROR,
      "question '%s' has both a scale and its own options; give only one"),
  /** A number question's minimum is above its maximum. */
  EMPTY_NUMBER_RANGE(
      "QST-0026", Severity.ERROR, "question '%s' has min %s above max %s, so no number is valid"),
  /** A question that is not a number question has a unit, min or max. */
  NUMBER_SETTING_NOT_ALLOWED(
      "QST-0027", Severity.ERROR,
      "question '%s' is of type %s; '%s' is only allowed on number questions"),
  /** A question has no options to choose from after all (a scale with no options). */
  NO_OPTIONS_ON_SCALE("QST-0028", Severity.ERROR, "scale '%s' has no options"),
  /** A question's visibility depends, through other questions, on itself. */
  VISIBILITY_CYCLE(
      "QST-0030", Severity.ERROR, "the visibility of question '%s' depends on itself: %s"),
  /** A condition uses an operator that does not fit the question's type. */
  OPERATOR_NOT_APPLICABLE(
      "QST-0031", Severity.ERROR,
      "operator '%s' cannot be used on question '%s' of type %s (usable: %s)"),
  /** A condition compares an answer with a value of the wrong type. */
  WRONG_VALUE_TYPE(
      "QST-0032", Severity.ERROR,
      "question '%s' is of type %s, so compare it with %s, not with %s"),
  /** A visibility condition uses scores, completion or bands, which exist only after scoring. */
  RULE_ONLY_CONDITION(
      "QST-0033", Severity.ERROR,
      "'%s' conditions can only be used in rules, not to decide visibility"),
  /** A quantifier asks for more questions than it names, or atLeast exceeds atMost. */
  QUANTIFIER_OUT_OF_RANGE(
      "QST-0034", Severity.ERROR, "the quantifier over %s questions cannot be satisfied: %s"),
  /** Normalisation is set on a dimension whose aggregation is not a weighted mean or sum. */
  NORMALIZE_NOT_APPLICABLE(
      "QST-0035", Severity.ERROR,
      "normalize applies to weightedMean and weightedSum, but '%s' aggregates by %s"),
  /** A band has no room: its lower end is above its upper end, or equal with an open end. */
  EMPTY_BAND("QST-0040", Severity.ERROR, "band '%s' contains no score: %s"),
  /** Two bands of one list share scores. */
  OVERLAPPING_BANDS("QST-0041", Severity.ERROR, "bands '%s' and '%s' overlap: both contain %s"),
  /** A scoring setting needs another one that is missing. */
  INCOMPLETE_SCORING(
      "QST-0042", Severity.ERROR, "scoring setting '%s' needs '%s', which is not set"),
  /** A scoring clamp's minimum is above its maximum. */
  EMPTY_CLAMP("QST-0043", Severity.ERROR, "scoring min %s is above max %s"),
  /** An item scoring setting does not fit the question's type. */
  ITEM_SCORING_NOT_APPLICABLE(
      "QST-0044", Severity.ERROR,
      "question '%s' is of type %s; scoring '%s' only applies to %s questions"),
  /** Thresholds or points are not in strictly ascending order. */
  STEPS_NOT_ASCENDING(
      "QST-0045", Severity.ERROR,
      "the %s of question '%s' must ascend strictly, but %s comes after %s"),
  /** A number question has both thresholds and points. */
  THRESHOLDS_AND_POINTS(
      "QST-0046", Severity.ERROR, "question '%s' has both thresholds and points; give only one"),
  /** A reversed question has no option scores to reverse. */
  REVERSED_WITHOUT_SCORES(
      "QST-0047", Severity.ERROR,
      "question '%s' is reversed, but it is not a choice question with scored options"),
  /** Some but not all options of a question have a score. */
  PARTLY_SCORED_OPTIONS(
      "QST-0048", Severity.WARNING,
      "options %s of question '%s' have no score, so answers that choose them are not scored"),
  /** A piecewise-linear map has fewer than two points. */
  TOO_FEW_POINTS(
      "QST-0049", Severity.ERROR,
      "the points of question '%s' need at least two points to interpolate between, but it has %s"),
  /** A text lacks its default language. */
  MISSING_DEFAULT_TRANSLATION(
      "QST-0050", Severity.ERROR, "the text has no translation in the default language '%s'"),
  /** A text lacks a declared language. */
  MISSING_TRANSLATION(
      "QST-0051", Severity.WARNING, "the text has no translation in declared language '%s'"),
  /** A text is in a language the questionnaire does not declare. */
  UNDECLARED_LANGUAGE(
      "QST-0052", Severity.WARNING,
      "the text is in language '%s', which the questionnaire does not declare (declared: %s)"),
  /** The questionnaire has no dimensions. */
  NO_DIMENSIONS("QST-0060", Severity.ERROR, "the questionnaire has no dimensions");

  private final String code;
  private final Severity severity;
  private final String template;

  QuestionnaireProblem(String code, Severity severity, String template) {
    this.code = code;
    this.severity = severity;
    this.template = template;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String template() {
    return template;
  }
}
