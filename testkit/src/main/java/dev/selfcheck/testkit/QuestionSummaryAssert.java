package dev.selfcheck.testkit;

import dev.selfcheck.panel.PanelResult.Agreement;
import dev.selfcheck.panel.PanelResult.QuestionSummary;
import dev.selfcheck.scenarios.AssessmentChecks;
import dev.selfcheck.scoring.Rational;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one question across a panel ({@link QuestionSummary}): who it was shown to, the
 * answers per option, "don't know", knowledge gaps and the agreement indices. Numbers are exact;
 * write them as text ({@code "1"}, {@code "0.5"}, {@code "1/3"}).
 *
 * <pre>{@code
 * assertThat(result).question("q1").hasCount("3", 2).hasRwg("1/2").hasRange(2);
 * assertThat(result).question("q9").isKnowledgeGap();
 * }</pre>
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class QuestionSummaryAssert extends AbstractAssert<QuestionSummaryAssert, QuestionSummary> {

  QuestionSummaryAssert(QuestionSummary actual) {
    super(actual, QuestionSummaryAssert.class);
  }

  /**
   * @param expected the number of respondents it was shown to
   * @return this
   */
  public QuestionSummaryAssert isShownTo(int expected) {
    isNotNull();
    return count("been shown to", expected, actual.shown());
  }

  /**
   * @param expected how many answered it
   * @return this
   */
  public QuestionSummaryAssert hasAnswered(int expected) {
    isNotNull();
    return count("answers from", expected, actual.answered());
  }

  /**
   * @param value an option value ({@code "true"} / {@code "false"} for yes/no)
   * @param expected how often it was chosen
   * @return this
   */
  public QuestionSummaryAssert hasCount(String value, int expected) {
    isNotNull();
    Integer c = actual.counts().get(value);
    if (c == null || c != expected) {
      failWithMessage("Expected question '%s' to have %s answers '%s', but the counts are %s",
          actual.questionId(), expected, value, actual.counts());
    }
    return this;
  }

  /**
   * @param expected the share of "don't know" among those it was shown to
   * @return this
   */
  public QuestionSummaryAssert hasDontKnowShare(String expected) {
    isNotNull();
    return exact("don't-know share", expected, Optional.of(actual.dontKnowShare()));
  }

  /**
   * Checks that the question was shown to someone and nobody answered it.
   *
   * @return this
   */
  public QuestionSummaryAssert isKnowledgeGap() {
    isNotNull();
    if (!actual.knowledgeGap()) {
      failWithMessage("Expected question '%s' to be a knowledge gap, but %s of %s answered it",
          actual.questionId(), actual.answered(), actual.shown());
    }
    return this;
  }

  /**
   * @param expected r_wg against the uniform null, exact
   * @return this
   */
  public QuestionSummaryAssert hasRwg(String expected) {
    return exact("r_wg", expected, agreement(Agreement::rwg));
  }

  /**
   * Checks that r_wg is not defined (fewer than three answers, or no agreement indices at all).
   *
   * @return this
   */
  public QuestionSummaryAssert hasNoRwg() {
    isNotNull();
    Optional<Rational> rwg = agreement(Agreement::rwg);
    if (rwg.isPresent()) {
      failWithMessage("Expected question '%s' to have no r_wg, but it has %s", actual.questionId(), rwg.get());
    }
    return this;
  }

  /**
   * @param expected the median step
   * @return this
   */
  public QuestionSummaryAssert hasMedianStep(String expected) {
    return exact("median step", expected, agreement(a -> Optional.of(a.median())));
  }

  /**
   * @param expected the interquartile range in steps
   * @return this
   */
  public QuestionSummaryAssert hasInterquartileRange(String expected) {
    return exact("interquartile range", expected, agreement(a -> Optional.of(a.interquartileRange())));
  }

  /**
   * @param expected the highest step answered minus the lowest
   * @return this
   */
  public QuestionSummaryAssert hasRange(int expected) {
    return exact("range", Integer.toString(expected), agreement(a -> Optional.of(Rational.of(a.range()))));
  }

  /**
   * Checks that r_wg lies below the low-agreement cut-off.
   *
   * @return this
   */
  public QuestionSummaryAssert hasLowAgreement() {
    isNotNull();
    if (actual.agreement().filter(Agreement::low).isEmpty()) {
      failWithMessage("Expected question '%s' to have low agreement, but its r_wg is %s", actual.questionId(),
          agreement(Agreement::rwg).map(Rational::toString).orElse("not defined"));
    }
    return this;
  }

  private Optional<Rational> agreement(Function<Agreement, Optional<Rational>> part) {
    isNotNull();
    return actual.agreement().flatMap(part);
  }

  private QuestionSummaryAssert exact(String what, String expected, Optional<Rational> value) {
    isNotNull();
    Rational want = AssessmentChecks.exactNumber(expected);
    if (value.isEmpty() || value.get().compareTo(want) != 0) {
      failWithMessage("Expected question '%s' to have %s %s, but it has %s", actual.questionId(), what, want,
          value.map(Rational::toString).orElse("none"));
    }
    return this;
  }

  private QuestionSummaryAssert count(String what, int expected, int value) {
    if (expected != value) {
      failWithMessage("Expected question '%s' to have %s %s respondents, but %s", actual.questionId(), what,
          expected, value);
    }
    return this;
  }
}
