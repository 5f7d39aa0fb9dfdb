package dev.selfcheck.analysis;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Conditional terms in the analysis: the ranges they widen, the questions they read. */
@Tag("issue-16")
class TermAnalysisTest {

  /** A mean of one item scored 0 to 100, minus 200 when the unscored flag is answered "yes". */
  private static final String YAML = """
      $schema: https://selfcheck.dev/schemas/1.0/questionnaire.schema.json
      formatVersion: "1.0"
      id: terms
      version: 1.0.0
      defaultLocale: en
      title: { en: Terms }
      dimensions:
        - id: d
          label: { en: D }
          scoring:
            terms:
              - { id: penalty, when: { answer: flag, eq: true }, add: -200 }
          bands:
            - { id: farBelow, label: { en: far below }, lower: -1000, upper: -200 }
            - { id: below, label: { en: below }, lower: -200, upper: 0 }
            - { id: onScale, label: { en: on the scale }, lower: 0, upper: 100, upperInclusive: true }
          questions:
            - id: q
              type: ordinalScale
              text: { en: Q }
              options:
                - { value: "0", label: { en: low }, score: 0 }
                - { value: "1", label: { en: high }, score: 100 }
            - { id: flag, type: yesNo, text: { en: Flag } }
      """;

  @Test
  void should_reach_the_bands_a_term_moves_the_score_into_and_no_further_when_a_term_subtracts() {
    // GIVEN
    Questionnaire q = QuestionnaireCodec.create().readQuestionnaire(YAML, DocumentFormat.YAML).orElseThrow();

    // WHEN
    var findings = QuestionnaireAnalysis.of(q).findings();

    // THEN the score reaches −200 to 100: "below" is reachable through the term, "far below" is not
    then(findings).filteredOn(f -> f.code().equals("ANA-0022")).extracting(Finding::pointer)
        .containsExactly("/dimensions/0/bands/0");
    // and the unscored flag influences a score through the term
    then(findings).extracting(Finding::code).doesNotContain("ANA-0001");
  }
}
