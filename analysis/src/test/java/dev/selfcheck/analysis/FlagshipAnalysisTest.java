package dev.selfcheck.analysis;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Finding;
import dev.selfcheck.flagship.Flagship;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled flagship questionnaire passes the analysis without findings. */
class FlagshipAnalysisTest {

  @Test
  void should_find_nothing_when_the_flagship_questionnaire_is_analysed() {
    // GIVEN
    QuestionnaireAnalysis analysis = QuestionnaireAnalysis.of(Flagship.questionnaire());
    // WHEN
    List<Finding> findings = analysis.allFindings();
    // THEN
    then(findings).isEmpty();
    then(analysis.hasErrors()).isFalse();
  }
}
