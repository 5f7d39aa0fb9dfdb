package dev.selfcheck.surveyjs.internal;

import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the expression reader and writer need to know of a question: its type, whether it offers
 * "don't know" and its option values in order.
 */
record Asked(QuestionType type, boolean dontKnow, List<String> options) {

  /** The value SurveyJS stores for "don't know" ({@code settings.dontKnowItemValue}). */
  static final String DONT_KNOW = "dontknow";

  static Asked of(Questionnaire questionnaire, Question question) {
    return new Asked(question.type(), questionnaire.allowsDontKnow(question),
        questionnaire.optionsOf(question).stream().map(AnswerOption::value).toList());
  }

  /**
   * Whether SurveyJS's ordering of values ({@code <}, {@code >=}, ...) agrees with the options'
   * order: every option value a number, strictly ascending.
   */
  boolean orderedByNumber() {
    if (!type.hasOptions() || type == QuestionType.MULTIPLE_CHOICE || options.isEmpty()) {
      return false;
    }
    BigDecimal last = null;
    for (String value : options) {
      if (!Json.isNumberText(value)) {
        return false;
      }
      BigDecimal n = new BigDecimal(value);
      if (last != null && n.compareTo(last) <= 0) {
        return false;
      }
      last = n;
    }
    return true;
  }

  /** Whether SurveyJS shows this question with a "don't know" item (radiogroup and checkbox only). */
  boolean writesDontKnow() {
    return dontKnow && (type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE);
  }
}
