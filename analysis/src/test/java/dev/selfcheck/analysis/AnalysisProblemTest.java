package dev.selfcheck.analysis;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Severity;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The message catalog of the analysis: stable codes, severities, and the exact message texts. */
class AnalysisProblemTest {

  @Test
  void should_use_unique_codes_of_the_ana_series_when_the_catalog_is_listed() {
    // GIVEN
    List<String> codes = Arrays.stream(AnalysisProblem.values()).map(AnalysisProblem::code).toList();
    // WHEN
    long distinct = codes.stream().distinct().count();
    // THEN
    then(distinct).isEqualTo(codes.size());
    then(codes).allMatch(c -> c.matches("ANA-\\d{4}"));
  }

  @Test
  void should_rate_impossible_rules_and_never_shown_required_questions_as_errors_when_severities_are_read() {
    // GIVEN
    // WHEN
    List<AnalysisProblem> errors = Arrays.stream(AnalysisProblem.values())
        .filter(p -> p.severity() == Severity.ERROR).toList();
    // THEN
    then(errors).containsExactly(AnalysisProblem.REQUIRED_BUT_HIDEABLE, AnalysisProblem.REQUIRED_NEVER_SHOWN,
        AnalysisProblem.RULE_NEVER_FIRES, AnalysisProblem.CONTRADICTORY_CONDITION);
    then(AnalysisProblem.INFORMATION_ONLY_QUESTION.severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void should_format_the_exact_message_with_the_root_locale_when_a_finding_is_made() {
    // GIVEN
    AnalysisProblem problem = AnalysisProblem.RULE_NEVER_FIRES;
    // WHEN
    Finding f = problem.at("/rules/2/when", "r", "this condition never holds ('d' scores from 0 to 1.5)");
    // THEN
    then(f.code()).isEqualTo("ANA-0030");
    then(f.severity()).isEqualTo(Severity.ERROR);
    then(f.pointer()).isEqualTo("/rules/2/when");
    then(f.message()).isEqualTo(
        "rule 'r' can never fire: this condition never holds ('d' scores from 0 to 1.5)");
  }

  @Test
  void should_pin_every_template_when_the_catalog_changes() {
    // GIVEN
    // WHEN
    List<String> templates = Arrays.stream(AnalysisProblem.values())
        .map(p -> p.code() + " " + p.template()).toList();
    // THEN any change of a text is deliberate (and goes into docs/upgrading.md)
    then(templates).containsExactly(
        "ANA-0001 question '{0}' influences no score and no rule: it is not scored, and neither a rule"
            + " nor the visibility of a question that counts refers to it",
        "ANA-0002 question '{0}' has weight 0 and no rule refers to it, so it only counts towards"
            + " completion",
        "ANA-0003 question '{0}' is never shown: its visibility condition can never hold",
        "ANA-0004 question '{0}' is required, but its visibility condition can hide it, for example"
            + " when {1}",
        "ANA-0005 the visibility of question '{0}' depends on question '{1}', which comes after it",
        "ANA-0006 question '{0}' is required, but it is never shown: its visibility condition can never"
            + " hold",
        "ANA-0010 dimension '{0}' has weight 0, so neither it nor anything below it counts towards {1}",
        "ANA-0011 every scored question and sub-dimension of {0} has weight 0, so {1}",
        "ANA-0012 dimension '{0}' can never have a score: none of its questions or sub-dimensions can"
            + " be scored",
        "ANA-0020 no band contains {0}: bands '{1}' and '{2}' leave a gap",
        "ANA-0021 the score {0} of '{1}' lies in no band; it is reached when every question is answered"
            + " with its {2} score",
        "ANA-0022 band '{0}' can never be reached: {1}",
        "ANA-0030 rule '{0}' can never fire: {1}",
        "ANA-0031 rule '{0}' fires for every response: its condition always holds",
        "ANA-0032 the parts of this 'all' can never hold together: {0}",
        "ANA-0033 this part of the '{0}' is redundant: {1}",
        "ANA-0034 rule '{0}' adds nothing: whenever it fires, rule '{1}' fires too and recommends {2} as"
            + " well",
        "ANA-0035 rule '{0}' fires for every response in which {1} can be scored: its condition holds for"
            + " every score");
  }
}
