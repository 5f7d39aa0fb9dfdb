package dev.selfcheck.scoring;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.scoring.internal.Texts;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Puts the codes of an assessment into words for a reader: why a rule fired ({@link Reason}), what
 * a condition requires, why a question did not count, why a dimension has no score, an answer.
 *
 * <p>The texts come from the scoring module's message bundle ({@code messages.properties} and one
 * file per language, such as {@code messages_de.properties}; languages without a file get
 * English), numbers are written with the language's decimal separator. This is the one place that
 * words these codes: {@link Reason#message(Locale)}, {@link Contribution.Exclusion#message(Locale)}
 * and {@link NotScorable#message(Locale)} ask it, and so do the reports and the analysis.
 *
 * <p>Two forms: {@link #of(Locale)} names questions, options, bands and dimensions by their ids
 * (<code>the answer to 'q1' is 'o2', which satisfies le 'o3'</code>); {@link #of(Locale,
 * Questionnaire)} by the questionnaire's texts and labels in the reader's language, falling back
 * to the questionnaire's default language, in the shorter form a report shows
 * (<code>“Staff are trained.”: hardly applies (at most “partly applies”)</code>).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Wording {

  private final Texts texts;

  private Wording(Texts texts) {
    this.texts = texts;
  }

  /**
   * The words for a locale, with ids as they are.
   *
   * @param locale the reader's locale
   * @return the wording
   */
  public static Wording of(Locale locale) {
    return new Wording(Texts.of(locale));
  }

  /**
   * The words for a locale, with the texts and labels of a questionnaire in the locale's language
   * ({@link Locale#toLanguageTag()}), else in its default language.
   *
   * @param locale the reader's locale
   * @param questionnaire the questionnaire the codes are about
   * @return the wording
   */
  public static Wording of(Locale locale, Questionnaire questionnaire) {
    return new Wording(Texts.of(locale, questionnaire));
  }

  /** @return the reader's locale */
  public Locale locale() {
    return texts.locale();
  }

  /**
   * Why a rule fired, in words: the fact a reason states, from its code and arguments alone.
   *
   * @param reason a reason
   * @return such as {@code the score of 'management' is 8.3 (exactly 25/3), which is below 50}
   */
  public String reason(Reason reason) {
    return texts.reason(reason);
  }

  /**
   * What a condition requires, in words (never what was answered).
   *
   * @param condition a condition
   * @return such as {@code the answer to 'q1' eq 'o1'}
   */
  public String condition(Condition condition) {
    return texts.condition(condition);
  }

  /**
   * Why a question or sub-dimension did not count, in words.
   *
   * @param exclusion an exclusion
   * @return such as {@code answered "don't know"}
   */
  public String exclusion(Contribution.Exclusion exclusion) {
    return texts.exclusion(exclusion);
  }

  /**
   * Why a dimension has no score, in words.
   *
   * @param reason a not-scorable reason
   * @return such as {@code no question or sub-dimension has a score}
   */
  public String notScorable(NotScorable reason) {
    return texts.notScorable(reason);
  }

  /**
   * An answer value in words: an option's label (its value without a questionnaire), yes or no, a
   * number with the question's unit.
   *
   * @param questionId the question answered
   * @param value the value
   * @return such as {@code 'o2'}, or {@code partly applies} with a questionnaire
   */
  public String answer(String questionId, AnswerValue value) {
    return texts.answer(questionId, value);
  }

  /**
   * An answer state in words.
   *
   * @param state a state
   * @return such as {@code answered "don't know"}, or {@code don't know} with a questionnaire
   */
  public String state(AnswerState state) {
    return texts.state(state);
  }

  /**
   * An exact number: a terminating decimal with the language's decimal separator, else a fraction.
   *
   * @param value an exact number
   * @return such as {@code 62,5} in German, or {@code 25/3}
   */
  public String number(Rational value) {
    return texts.exact(value);
  }

  /**
   * A share (0 to 1) as a whole percentage, rounded half up.
   *
   * @param share a share, such as a completion
   * @return such as {@code 75 %}
   */
  public String percent(Rational share) {
    return texts.percent(share);
  }

  @Override
  public String toString() {
    return "Wording[locale=" + texts.locale().toLanguageTag()
        + texts.questionnaire().map(q -> ", questionnaire=" + q.id()).orElse("") + "]";
  }
}
