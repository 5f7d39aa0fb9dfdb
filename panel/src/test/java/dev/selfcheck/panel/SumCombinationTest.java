package dev.selfcheck.panel;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Combination;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.panel.PanelResult.RuleSource;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.ScoringEngine;
import dev.selfcheck.scoring.Scorer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The rule {@code sum}: the exact sum of a number question's answers, for quantities each
 * respondent reports for their own part (panel-sum.yaml writes it for the whole questionnaire),
 * worked by hand; a sum the question does not allow falls back to the type's default, and
 * multiple choice, whose sum of sets is the union, is refused.
 */
class SumCombinationTest {

  static final Questionnaire SUMS = Fixtures.read("/panel-sum.yaml");
  static final Scorer SCORER = ScoringEngine.create().compile(SUMS);

  private static Response department(String id, String trained, String budget) {
    return Response.builder().questionnaireId(SUMS.id()).questionnaireVersion(SUMS.version())
        .respondent(Respondent.builder().id(id).build())
        .putAnswer("trained", Answer.of(AnswerValue.number(new BigDecimal(trained))))
        .putAnswer("budget", Answer.of(AnswerValue.number(new BigDecimal(budget))))
        .build();
  }

  private static BigDecimal number(PanelResult.Combined c, String q) {
    return c.response().answer(q).orElseThrow().value().orElseThrow().asNumber();
  }

  @Test
  void should_add_up_the_answers_exactly_when_the_questionnaire_combines_by_sum() {
    // GIVEN three departments: trained 12, 20.5, 14.25; budget 2.5, -1, 0.75
    List<Response> panel = List.of(department("a", "12", "2.5"), department("b", "20.5", "-1"),
        department("c", "14.25", "0.75"));
    // WHEN
    PanelResult result = PanelAnalysis.create().analyze(SCORER, Panel.of(SUMS, panel));
    PanelResult.Combined c = result.combined();
    // THEN trained 12 + 20.5 + 14.25 = 46.75; budget 2.5 − 1 + 0.75 = 2.25
    then(number(c, "trained")).isEqualByComparingTo("46.75");
    then(number(c, "budget")).isEqualByComparingTo("2.25");
    then(c.rules()).containsExactly(Map.entry("trained", Combination.SUM), Map.entry("budget", Combination.SUM));
    then(c.sources()).containsOnly(Map.entry("trained", RuleSource.DOCUMENT), Map.entry("budget", RuleSource.DOCUMENT));
    then(result.findings()).isEmpty();
    // scored once: trained 46.75 / 60 · 100 = 935/12; budget (2.25 + 10) / 20 · 100 = 245/4;
    // the field (935/12 + 735/12) / 2 = 835/12
    then(c.assessment().dimension("training").orElseThrow().score()).contains(Rational.of(835, 12));
    then(c.assessment()).isEqualTo(SCORER.score(c.response()));
    then(result.toJson()).contains("\"rules\":{\"trained\":\"sum\",\"budget\":\"sum\"}");
  }

  @Test
  void should_use_the_default_rule_and_say_so_when_the_sum_lies_outside_the_questions_range() {
    // GIVEN trained 30 + 25 + 10 = 65 > 60; budget −4 − 5 − 3 = −12 < −10
    List<Response> panel = List.of(department("a", "30", "-4"), department("b", "25", "-5"),
        department("c", "10", "-3"));
    // WHEN
    PanelResult result = PanelAnalysis.create().analyze(SCORER, Panel.of(SUMS, panel));
    PanelResult.Combined c = result.combined();
    // THEN the median instead: trained 25, budget −4
    then(number(c, "trained")).isEqualByComparingTo("25");
    then(number(c, "budget")).isEqualByComparingTo("-4");
    then(c.rules()).containsEntry("trained", Combination.MEDIAN).containsEntry("budget", Combination.MEDIAN);
    then(c.sources()).containsEntry("trained", RuleSource.DEFAULT).containsEntry("budget", RuleSource.DEFAULT);
    then(result.findings()).extracting(Finding::code, Finding::pointer, Finding::message).containsExactly(
        Tuple.tuple("PAN-0033", "/combination/trained",
            "the sum 65 of the answers to question 'trained' lies above its maximum 60; its default rule 'median' was used"),
        Tuple.tuple("PAN-0032", "/combination/budget",
            "the sum -12 of the answers to question 'budget' lies below its minimum -10; its default rule 'median' was used"));
    // trained 25 / 60 · 100 = 125/3; budget (−4 + 10) / 20 · 100 = 30; the field (125/3 + 30) / 2 = 215/6
    then(c.assessment().dimension("training").orElseThrow().score()).contains(Rational.of(215, 6));
  }

  @Test
  void should_add_up_numbers_without_weights_and_refuse_multiple_choice_when_the_caller_asks_for_sum() {
    // GIVEN the small questionnaire: q5 10, 20, 40, respondent b of weight 3; q6 en+ar and uk
    List<Response> responses = List.of(Fixtures.response("a", null, null, "q5=10", "q6=ar+en"),
        Fixtures.response("b", null, null, "q5=20", "q6=uk"), Fixtures.response("c", null, null, "q5=40"));
    // WHEN
    PanelResult result = PanelAnalysis.builder().combine("q5", Combination.SUM).combine("q6", Combination.SUM)
        .build().analyze(Fixtures.SCORER, Panel.of(Fixtures.SMALL, responses, Map.of("b", Rational.of(3))));
    // THEN q5: 10 + 20 + 40 = 70, each respondent once; q6: the union, by its default
    then(result.combined().response().answer("q5").orElseThrow().value().orElseThrow().asNumber())
        .isEqualByComparingTo("70");
    then(result.combined().rules()).containsEntry("q5", Combination.SUM).containsEntry("q6", Combination.UNION);
    then(result.combined().sources()).containsEntry("q5", RuleSource.CALLER).containsEntry("q6", RuleSource.DEFAULT);
    then(result.combined().response().answer("q6").orElseThrow().value().orElseThrow().asOptions())
        .containsExactly("en", "ar", "uk");
    then(result.findings()).filteredOn(f -> f.code().startsWith("PAN")).extracting(Finding::code, Finding::message)
        .containsExactly(Tuple.tuple("PAN-0031",
        "rule 'sum' does not fit question 'q6' of type multipleChoice; its default rule 'union' was used"));
  }

  @Test
  void should_not_load_a_questionnaire_that_sums_a_multiple_choice_question() {
    // GIVEN
    String yaml = """
        $schema: https://selfcheck.dev/schemas/1.0/questionnaire.schema.json
        formatVersion: "1.0"
        id: sums
        version: 1.0.0
        defaultLocale: en
        title: { en: Sums }
        dimensions:
          - id: d
            label: { en: D }
            questions:
              - id: languages
                type: multipleChoice
                text: { en: Which languages? }
                scoring: { combine: sum }
                options:
                  - { value: en, label: { en: English } }
                  - { value: ar, label: { en: Arabic } }
        """;
    // WHEN
    var read = QuestionnaireCodec.create().readQuestionnaire(yaml, DocumentFormat.YAML);
    // THEN
    then(read.findings()).extracting(Finding::code, Finding::pointer, Finding::message).contains(Tuple.tuple(
        "QST-0036", "/dimensions/0/questions/0/scoring/combine",
        "rule 'sum' does not combine question 'languages' of type multipleChoice; rules for multipleChoice: "
            + "leadRole, union"));
  }
}
