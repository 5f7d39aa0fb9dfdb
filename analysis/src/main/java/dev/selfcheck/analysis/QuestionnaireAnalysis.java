package dev.selfcheck.analysis;

import dev.selfcheck.analysis.internal.Analyzer;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Finds mistakes in a questionnaire that loading it cannot see: questions and dimensions that
 * influence nothing, rules that can never or always fire, contradictory and redundant conditions,
 * rules that duplicate each other, bands with gaps or out of reach, required questions that
 * visibility can hide, and visibility that looks ahead.
 *
 * <p><b>Using it.</b> {@code QuestionnaireAnalysis.of(questionnaire).findings()} returns the
 * analysis findings ({@link AnalysisProblem}, codes {@code ANA-nnnn}), each with a severity, a JSON
 * Pointer into the questionnaire document and a message, in document order.
 * {@link #allFindings()} adds what {@link Questionnaire#validate()} reports (codes
 * {@code QST-nnnn}: visibility cycles, overlapping bands, missing translations, …), which the
 * analysis does not repeat; that is what a linter shows.
 *
 * <pre>{@code
 * Questionnaire questionnaire = QuestionnaireCodec.create().readQuestionnaire(file).orElseThrow();
 * for (Finding finding : QuestionnaireAnalysis.of(questionnaire).allFindings()) {
 *   System.err.println(finding);  // e.g. ERROR ANA-0030 at '/rules/3/when/all/1': rule ...
 * }
 * }</pre>
 *
 * <p><b>What it proves.</b> "Never" and "always" are proven by reasoning over every response the
 * questionnaire admits (the answers each question allows, and the score ranges the scoring model
 * allows), never guessed from samples; where the reasoning is inconclusive, nothing is reported.
 * See {@code docs/analysis.md} for every check and its limits.
 *
 * <p><b>Threads, nulls, errors.</b> The analysis runs once, in {@link #of}; instances are immutable
 * and thread-safe. A questionnaire with validation errors is analysed as far as its errors allow
 * (rules and visibility conditions with errors are skipped, and score reasoning needs a scoring
 * model without errors); it never throws for bad content. Null arguments throw
 * {@link NullPointerException}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class QuestionnaireAnalysis {

  private final Questionnaire questionnaire;
  private final List<Finding> findings;

  private QuestionnaireAnalysis(Questionnaire questionnaire, List<Finding> findings) {
    this.questionnaire = questionnaire;
    this.findings = List.copyOf(findings);
  }

  /**
   * Analyses a questionnaire.
   *
   * @param questionnaire the questionnaire
   * @return the analysis, with its findings computed
   */
  public static QuestionnaireAnalysis of(Questionnaire questionnaire) {
    Objects.requireNonNull(questionnaire, "questionnaire");
    return new QuestionnaireAnalysis(questionnaire, Analyzer.analyse(questionnaire));
  }

  /** @return the questionnaire analysed */
  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /**
   * The findings of the analysis, {@link AnalysisProblem} kinds only.
   *
   * @return the findings in document order ({@link Finding#DOCUMENT_ORDER}); empty if all is well
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The findings of {@link Questionnaire#validate()} and of the analysis together, as a linter
   * shows them.
   *
   * @return all findings in document order
   */
  public List<Finding> allFindings() {
    List<Finding> all = new ArrayList<>(questionnaire.validate());
    all.addAll(findings);
    all.sort(Finding.DOCUMENT_ORDER);
    return List.copyOf(all);
  }

  /** @return whether any finding of {@link #allFindings()} is an error */
  public boolean hasErrors() {
    return allFindings().stream().anyMatch(Finding::isError);
  }

  @Override
  public String toString() {
    return "QuestionnaireAnalysis[questionnaire=" + questionnaire.id() + ", findings="
        + findings.size() + "]";
  }
}
