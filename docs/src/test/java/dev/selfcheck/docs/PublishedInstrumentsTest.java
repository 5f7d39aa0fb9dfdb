package dev.selfcheck.docs;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Published instruments written as data (docs/scoring.md, "Published instruments as data"): each
 * is scored here against values worked out by hand from the instrument's publication.
 */
@Tag("issue-16")
class PublishedInstrumentsTest {

  private static final String[] EQ5D = {"mobility", "selfCare", "usualActivities", "pain", "anxiety"};

  /** A response to a questionnaire (version 1.0.0) choosing the given options, question by question. */
  private static Response options(String questionnaire, String[] questions, String... values) {
    Response.Builder response = Response.builder().questionnaireId(questionnaire)
        .questionnaireVersion(SemanticVersion.parse("1.0.0"));
    for (int i = 0; i < values.length; i++) {
      response.putAnswer(questions[i], Answer.of(AnswerValue.option(values[i])));
    }
    return response.build();
  }

  /** A response to eq5d-3l-uk.yaml from a five-digit health state such as "21232". */
  private static Response state(String digits) {
    return options("eq5d-3l-uk", EQ5D, digits.split(""));
  }

  @Test
  void should_value_eq5d_health_states_with_the_constant_and_n3_terms_when_scoring_the_uk_value_set() {
    // GIVEN the EQ-5D-3L UK TTO value set (Dolan 1997): decrements per level, a constant 0.081
    // when any dimension is not at level 1, N3 0.269 when any is at level 3, from 1
    var read = QuestionnaireCodec.create().readQuestionnaire(ExampleFiles.EXAMPLES.resolve("eq5d-3l-uk.yaml"));
    then(read.findings()).isEmpty();
    Scorer scorer = ScoringEngine.create().compile(read.orElseThrow());

    // WHEN health states are scored
    // tag::eq5d-terms[]
    DimensionResult worst = scorer.score(state("33333")).dimension("index").orElseThrow();
    Rational value = worst.score().orElseThrow();  // -0.594: 1 + five decrements − 0.081 − 0.269
    List<String> added = worst.terms();             // [constant, N3]: the terms whose condition held
    Rational lowest = worst.minScore();             // -0.594: decrements and negative terms at worst
    // end::eq5d-terms[]
    DimensionResult full = scorer.score(state("11111")).dimension("index").orElseThrow();
    DimensionResult mild = scorer.score(state("11112")).dimension("index").orElseThrow();
    DimensionResult moderate = scorer.score(state("22222")).dimension("index").orElseThrow();
    DimensionResult mixed = scorer.score(state("12321")).dimension("index").orElseThrow();

    // THEN 11111: no term holds, 1
    then(full.score()).hasValueSatisfying(s -> then(s.toString()).isEqualTo("1"));
    then(full.terms()).isEmpty();
    // 11112: 1 − 0.081 − 0.071 = 0.848
    then(mild.score().orElseThrow().toString()).isEqualTo("0.848");
    then(mild.terms()).containsExactly("constant");
    // 22222: 1 − 0.081 − 0.069 − 0.104 − 0.036 − 0.123 − 0.071 = 0.516
    then(moderate.score().orElseThrow().toString()).isEqualTo("0.516");
    // 12321: 1 − 0.081 − 0.104 − 0.094 − 0.123 − 0.269 = 0.329
    then(mixed.score().orElseThrow().toString()).isEqualTo("0.329");
    then(mixed.terms()).containsExactly("constant", "N3");
    // 33333: 1 − 0.081 − 0.314 − 0.214 − 0.094 − 0.386 − 0.236 − 0.269 = −0.594, below zero
    then(value.toString()).isEqualTo("-0.594");
    then(added).containsExactly("constant", "N3");
    then(worst.displayScore().orElseThrow().toPlainString()).isEqualTo("-0.594");
    // the range: every decrement at its worst and both terms, to nothing subtracted
    then(lowest.toString()).isEqualTo("-0.594");
    then(worst.maxScore().toString()).isEqualTo("1");
  }

  @Test
  void should_leave_the_eq5d_index_without_a_score_when_one_dimension_is_not_answered() {
    // GIVEN the value set needs all five dimensions (minAnsweredShare: 1)
    Scorer scorer = ScoringEngine.create().compile(ExampleFiles.questionnaire("eq5d-3l-uk.yaml"));

    // WHEN only four are answered
    DimensionResult four = scorer.score(state("2223")).dimension("index").orElseThrow();

    // THEN there is no index, and no term is reported
    then(four.scorable()).isFalse();
    then(four.terms()).isEmpty();
  }

  @Test
  void should_read_back_the_terms_and_the_assessment_when_both_are_written_as_json() {
    // GIVEN the value set and the worst state's assessment
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    var questionnaire = ExampleFiles.questionnaire("eq5d-3l-uk.yaml");
    var assessment = ScoringEngine.create().compile(questionnaire).score(state("33333"));

    // WHEN both are written and read again
    var again = codec.readQuestionnaire(codec.writeQuestionnaire(questionnaire)
        .getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON);
    var read = codec.readAssessment(assessment.toJson().getBytes(StandardCharsets.UTF_8), questionnaire);

    // THEN nothing is lost: the terms with their conditions, and the terms the index added
    then(again.orElseThrow()).isEqualTo(questionnaire);
    then(assessment.toJson()).contains("\"terms\":[\"constant\",\"N3\"]");
    then(read.findings()).isEmpty();
    then(read.orElseThrow().dimension("index").orElseThrow().terms()).containsExactly("constant", "N3");
  }

  @Test
  void should_use_one_named_condition_in_the_n3_term_and_in_a_rule_when_a_dimension_is_at_level_3() {
    // GIVEN "any dimension at level 3" written once as conditions.anyExtreme, used by the N3 term
    // and by the rule anyExtreme
    Scorer scorer = ScoringEngine.create().compile(ExampleFiles.questionnaire("eq5d-3l-uk.yaml"));

    // WHEN a state with one dimension at level 3 and one without are scored
    var mixed = scorer.score(state("12321"));
    var moderate = scorer.score(state("22222"));

    // THEN the term and the rule agree: both hold for 12321, neither for 22222
    then(mixed.dimension("index").orElseThrow().terms()).contains("N3");
    then(mixed.recommendations()).singleElement().satisfies(r -> {
      then(r.recommendation().id()).isEqualTo("extremeProblems");
      // the reason is the count inside the named condition, pointing where it is written
      then(r.reasons()).singleElement().satisfies(reason -> {
        then(reason.pointer()).isEqualTo("/conditions/anyExtreme");
        then(reason.questions()).containsExactly("usualActivities");
      });
    });
    then(moderate.dimension("index").orElseThrow().terms()).doesNotContain("N3");
    then(moderate.recommendations()).isEmpty();
  }

  private static final String[] PHQ9 = {"i1", "i2", "i3", "i4", "i5", "i6", "i7", "i8", "i9"};

  /** A response to phq9.yaml: the answers to i1, i2, … in order. */
  private static Response phq9(String... values) {
    return options("phq9", PHQ9, values);
  }

  @Test
  void should_report_the_count_of_items_at_the_third_option_beside_the_sum_when_scoring_the_phq9() {
    // GIVEN the PHQ-9: the sum of nine items scored 0-3, and the count of items at "more than half
    // the days" or above
    var read = QuestionnaireCodec.create().readQuestionnaire(ExampleFiles.EXAMPLES.resolve("phq9.yaml"));
    then(read.findings()).isEmpty();
    Scorer scorer = ScoringEngine.create().compile(read.orElseThrow());

    // WHEN
    // tag::phq9-count[]
    DimensionResult result = scorer.score(phq9("3", "2", "1", "0", "2", "1", "0", "2", "0"))
        .dimension("phq9").orElseThrow();
    Rational sum = result.score().orElseThrow();                        // 3+2+1+0+2+1+0+2+0 = 11
    int count = result.counted().get("moreThanHalfTheDays");            // items 1, 2, 5, 8: 4
    // end::phq9-count[]
    DimensionResult allOnes = scorer.score(phq9("1", "1", "1", "1", "1", "1", "1", "1", "1"))
        .dimension("phq9").orElseThrow();
    DimensionResult high = scorer.score(phq9("3", "3", "3", "3", "3", "3", "2", "2", "1"))
        .dimension("phq9").orElseThrow();

    // THEN the items weigh once in the sum, and the count stands beside it
    then(sum.toString()).isEqualTo("11");
    then(result.band()).hasValueSatisfying(b -> then(b.id()).isEqualTo("moderate"));
    then(count).isEqualTo(4);
    // nine times "several days": 9, mild, and no item at the third option
    then(allOnes.score().orElseThrow().toString()).isEqualTo("9");
    then(allOnes.counted()).containsEntry("moreThanHalfTheDays", 0);
    // 3·6 + 2·2 + 1 = 23, severe, eight items at 2 or 3
    then(high.score().orElseThrow().toString()).isEqualTo("23");
    then(high.band()).hasValueSatisfying(b -> then(b.id()).isEqualTo("severe"));
    then(high.counted()).containsEntry("moreThanHalfTheDays", 8);
    // the total, a sum of the one dimension, counts the items once
    then(scorer.score(phq9("3", "3", "3", "3", "3", "3", "2", "2", "1")).total().score()
        .orElseThrow().toString()).isEqualTo("23");
  }

  @Test
  void should_read_back_the_counts_when_the_questionnaire_and_the_assessment_are_written_as_json() {
    // GIVEN
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    var questionnaire = ExampleFiles.questionnaire("phq9.yaml");
    var assessment = ScoringEngine.create().compile(questionnaire).score(phq9("3", "2", "1", "0", "2", "1", "0", "2", "0"));

    // WHEN
    var again = codec.readQuestionnaire(codec.writeQuestionnaire(questionnaire)
        .getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON);
    var read = codec.readAssessment(assessment.toJson().getBytes(StandardCharsets.UTF_8), questionnaire);

    // THEN
    then(again.orElseThrow()).isEqualTo(questionnaire);
    then(assessment.toJson()).contains("\"counted\":{\"moreThanHalfTheDays\":4}");
    then(read.findings()).isEmpty();
    then(read.orElseThrow().dimension("phq9").orElseThrow().counted()).containsEntry("moreThanHalfTheDays", 4);
  }
}
