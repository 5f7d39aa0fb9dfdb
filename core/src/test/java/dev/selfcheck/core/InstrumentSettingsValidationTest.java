package dev.selfcheck.core;

import static dev.selfcheck.core.Fixtures.error;
import static dev.selfcheck.core.Fixtures.questionnaireWith;
import static dev.selfcheck.core.Fixtures.rule;
import static dev.selfcheck.core.Fixtures.shownWhen;
import static dev.selfcheck.core.Fixtures.thenFindings;
import static dev.selfcheck.core.Fixtures.yesNo;
import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What loading says about the settings of published instruments: conversion tables, conditional
 * terms, counts beside a score and named conditions. Each questionnaire has exactly one mistake,
 * and the finding names it with its pointer and its message.
 */
class InstrumentSettingsValidationTest {

  private static final Condition Q1_YES = Condition.answer("q1", Operator.EQ, Literal.of(true));

  private static Conversion row(String raw, String score, Map<String, BigDecimal> also) {
    return Conversion.of(new BigDecimal(raw), new BigDecimal(score), also);
  }

  private static Term term(String id, Condition when) {
    return Term.builder().id(id).when(when).add(new BigDecimal("-1.5")).build();
  }

  private static ItemCount count(String id) {
    return ItemCount.builder().id(id)
        .test(Quantifier.builder().addQuestions("q1").atLeast(1).state(AnswerState.ANSWERED).build())
        .build();
  }

  private static Questionnaire scoring(ScoringSettings.Builder settings) {
    return questionnaireWith(b -> b.scoring(settings.build()), yesNo("q1"), yesNo("q2"));
  }

  private static Questionnaire named(Map<String, Condition> conditions, Question... questions) {
    return questionnaireWith(b -> b.namedConditions(conditions)
        .addRules(rule("r1", Condition.named("flag"))), questions);
  }

  /** Two named conditions in document order (the cycle is reported from the first). */
  private static Map<String, Condition> ordered(String first, Condition one, String second,
      Condition two) {
    Map<String, Condition> map = new java.util.LinkedHashMap<>();
    map.put(first, one);
    map.put(second, two);
    return map;
  }

  static Stream<Arguments> mistakes() {
    Map<String, BigDecimal> se = Map.of("se", BigDecimal.ONE);
    return Stream.of(
        Arguments.of("conversion rows that do not ascend",
            scoring(ScoringSettings.builder().addConvert(row("4", "20", se), row("4", "30", se))),
            error(QuestionnaireProblem.CONVERSION_NOT_ASCENDING, "/scoring/convert/1/raw"),
            "the raw scores of the conversion table must ascend strictly, but 4 comes after 4"),
        Arguments.of("conversion rows that descend",
            scoring(ScoringSettings.builder().addConvert(row("5", "20", se), row("4.5", "30", se),
                row("6", "40", se))),
            error(QuestionnaireProblem.CONVERSION_NOT_ASCENDING, "/scoring/convert/1/raw"),
            "the raw scores of the conversion table must ascend strictly, but 4.5 comes after 5"),
        Arguments.of("a conversion row with other values than the first",
            scoring(ScoringSettings.builder().addConvert(row("4", "20", se),
                row("5", "30", Map.of("error", BigDecimal.ONE)))),
            error(QuestionnaireProblem.CONVERSION_VALUES_DIFFER, "/scoring/convert/1/also"),
            "this row of the conversion table states the values [error], but the first row states [se]"),
        Arguments.of("two terms with one id",
            scoring(ScoringSettings.builder().addTerms(term("n3", Q1_YES), term("n3", Q1_YES))),
            error(QuestionnaireProblem.DUPLICATE_TERM_ID, "/scoring/terms/1/id"),
            "term id 'n3' is already used at /scoring/terms/0"),
        Arguments.of("a term whose condition reads a dimension's result",
            scoring(ScoringSettings.builder().addTerm(term("n3", ScorableIs.of("d1", true)))),
            error(QuestionnaireProblem.RULE_ONLY_CONDITION, "/scoring/terms/0/when/score"),
            "'score' conditions can only be used in rules, not to decide visibility or in a term (which see answers only)"),
        Arguments.of("two counts with one id",
            scoring(ScoringSettings.builder().addCounts(count("c"), count("c"))),
            error(QuestionnaireProblem.DUPLICATE_COUNT_ID, "/scoring/counts/1/id"),
            "count id 'c' is already used at /scoring/counts/0"),
        Arguments.of("a rule that refers to a named condition that does not exist",
            named(Map.of("other", Q1_YES), yesNo("q1")),
            error(QuestionnaireProblem.UNKNOWN_CONDITION, "/rules/0/when/condition"),
            "the condition refers to the named condition 'flag', which does not exist (named conditions: other)"),
        Arguments.of("named conditions that refer to each other",
            named(ordered("flag", Condition.named("again"), "again", Condition.any(Q1_YES,
                Condition.named("flag"))), yesNo("q1")),
            error(QuestionnaireProblem.CONDITION_CYCLE, "/conditions/flag"),
            "the named condition 'flag' refers to itself: flag -> again -> flag"),
        Arguments.of("visibility through a named condition that reads a dimension's result",
            named(Map.of("flag", ScorableIs.of("d1", true)), yesNo("q1"),
                shownWhen(yesNo("q2"), Condition.named("flag"))),
            error(QuestionnaireProblem.RULE_ONLY_CONDITION,
                "/dimensions/0/questions/1/visibleWhen/condition"),
            "'score' conditions can only be used in rules, not to decide visibility or in a term (which see answers only)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void should_report_the_mistake_with_its_pointer_and_message(String mistake,
      Questionnaire questionnaire, Tuple expected, String message) {
    // WHEN
    var findings = questionnaire.validate();
    // THEN
    thenFindings(findings).containsExactly(expected);
    then(findings.get(0).message()).isEqualTo(message);
  }
}
