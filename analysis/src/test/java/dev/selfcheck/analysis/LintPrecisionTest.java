package dev.selfcheck.analysis;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.groups.Tuple.tuple;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What lint reports as certain is precise: a rule that only tests that its dimension has a score
 * is reported (ANA-0035) although it does not fire for every response; a required question that a
 * condition hides is skip logic, not an error; a required question that is never shown is one.
 */
@Tag("issue-18")
class LintPrecisionTest {

  /** One dimension 'plan' of two optional 0-100 questions, the second shown after a "yes", plus {@code extra}. */
  private static Questionnaire questionnaire(String extraQuestion, String rules) {
    String yaml = """
        $schema: https://selfcheck.dev/schemas/1.0/questionnaire.schema.json
        formatVersion: "1.0"
        id: lint-precision
        version: 1.0.0
        defaultLocale: en
        title: { en: Lint precision }
        dimensions:
          - id: plan
            label: { en: Plan }
            questions:
              - id: hasPlan
                type: yesNo
                scoring: { yes: 100, no: 0 }
                text: { en: Is there a plan? }
              - id: planSize
                type: number
                min: 0
                max: 100
                scoring: { thresholds: [{ from: 0, score: 0 }, { from: 50, score: 100 }] }
                required: true
                visibleWhen: { answer: hasPlan, eq: true }
                text: { en: How large is it? }
        """ + extraQuestion + """
        bands:
          - { id: low, label: { en: Low }, lower: 0, upper: 50 }
          - { id: high, label: { en: High }, lower: 50, upper: 100, upperInclusive: true }
        recommendations:
          - { id: rec, title: { en: Advice }, text: { en: Do something. } }
        rules:
        """ + rules;
    return QuestionnaireCodec.create().readQuestionnaire(yaml, DocumentFormat.YAML).orElseThrow();
  }

  @Test
  void should_report_a_rule_that_fires_whenever_its_dimension_has_a_score_when_it_splits_the_range() {
    // GIVEN "score < 50 or score >= 50", and "score >= 0", on a dimension that may have no score
    Questionnaire q = questionnaire("", """
          - id: split
            when: { any: [{ score: plan, lt: 50 }, { score: plan, ge: 50 }] }
            recommend: [rec]
          - id: atLeastZero
            when: { score: plan, ge: 0 }
            recommend: [rec]
          - id: lowOnly
            when: { score: plan, lt: 50 }
            recommend: [rec]
        """);
    // WHEN
    var findings = QuestionnaireAnalysis.of(q).findings();
    // THEN both are reported, the real test of the score is not, and none "fires for every response"
    then(findings).extracting(Finding::code, Finding::pointer, Finding::message).contains(
        tuple("ANA-0035", "/rules/0/when", "rule 'split' fires for every response in which 'plan' can be"
            + " scored: its condition holds for every score"),
        tuple("ANA-0035", "/rules/1/when", "rule 'atLeastZero' fires for every response in which 'plan'"
            + " can be scored: its condition holds for every score"));
    then(findings).extracting(Finding::code).doesNotContain("ANA-0031");
    then(findings).filteredOn(f -> f.pointer().startsWith("/rules/2")).extracting(Finding::code)
        .doesNotContain("ANA-0035");
  }

  @Test
  void should_report_nothing_when_a_required_question_is_hidden_by_its_condition() {
    // GIVEN planSize is required and shown only after a "yes"
    Questionnaire q = questionnaire("", """
          - id: noPlan
            when: { answer: hasPlan, eq: false }
            recommend: [rec]
        """);
    // WHEN
    var analysis = QuestionnaireAnalysis.of(q);
    // THEN skip logic: required means "required while visible"
    then(analysis.findings()).isEmpty();
    then(analysis.hasErrors()).isFalse();
  }

  @Test
  void should_report_an_error_when_a_required_question_can_never_be_shown() {
    // GIVEN a required question shown only for a size above the maximum of 100
    Questionnaire q = questionnaire("""
              - id: bigPlanOwner
                type: yesNo
                scoring: { yes: 100, no: 0 }
                required: true
                visibleWhen: { answer: planSize, gt: 100 }
                text: { en: Does the big plan have an owner? }
        """, """
          - id: noPlan
            when: { answer: hasPlan, eq: false }
            recommend: [rec]
        """);
    // WHEN
    var analysis = QuestionnaireAnalysis.of(q);
    // THEN
    then(analysis.findings()).extracting(Finding::code, Finding::pointer).containsExactly(
        tuple("ANA-0006", "/dimensions/0/questions/2/visibleWhen"));
    then(analysis.hasErrors()).isTrue();
  }
}
