package dev.selfcheck.analysis;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.groups.Tuple.tuple;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.Questionnaire;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The entry point: what findings() and allFindings() return, and misuse. */
class QuestionnaireAnalysisTest {

  /** q2 depends on the later q3 (ANA-0005); the title has an undeclared French text (QST-0052). */
  private static Questionnaire questionnaire() {
    return Models.questionnaire("api")
        .title(LocalizedText.of(Map.of("en", "api", "fr", "api")))
        .addDimensions(Models.dimension("d",
            Models.scaled("q1", null),
            Models.scaled("q2", Condition.answerIs("q3", AnswerState.ANSWERED)),
            Models.scaled("q3", null)))
        .build();
  }

  @Test
  void should_report_only_analysis_findings_when_findings_are_asked_for() {
    // GIVEN
    QuestionnaireAnalysis analysis = QuestionnaireAnalysis.of(questionnaire());
    // WHEN
    List<Finding> findings = analysis.findings();
    // THEN
    then(findings).extracting(Finding::code).containsExactly("ANA-0005");
  }

  @Test
  void should_merge_validation_and_analysis_in_document_order_when_all_findings_are_asked_for() {
    // GIVEN
    QuestionnaireAnalysis analysis = QuestionnaireAnalysis.of(questionnaire());
    // WHEN
    List<Finding> all = analysis.allFindings();
    // THEN
    then(all).extracting(Finding::code, Finding::pointer).containsExactly(
        tuple("ANA-0005", "/dimensions/0/questions/1/visibleWhen/answer"),
        tuple("QST-0052", "/title/fr"));
    then(analysis.hasErrors()).isFalse();
    then(analysis).hasToString("QuestionnaireAnalysis[questionnaire=api, findings=1]");
  }

  @Test
  void should_throw_a_null_pointer_exception_when_the_questionnaire_is_null() {
    // GIVEN
    Questionnaire none = null;
    // WHEN
    Throwable thrown = catchThrowable(() -> QuestionnaireAnalysis.of(none));
    // THEN
    then(thrown).isInstanceOf(NullPointerException.class).hasMessage("questionnaire");
  }
}
