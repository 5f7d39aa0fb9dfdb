package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.answers;
import static dev.selfcheck.scoring.Fixtures.choice;
import static dev.selfcheck.scoring.Fixtures.compile;
import static dev.selfcheck.scoring.Fixtures.dec;
import static dev.selfcheck.scoring.Fixtures.dim;
import static dev.selfcheck.scoring.Fixtures.exact;
import static dev.selfcheck.scoring.Fixtures.level;
import static dev.selfcheck.scoring.Fixtures.questionnaire;
import static dev.selfcheck.scoring.Fixtures.result;
import static dev.selfcheck.scoring.Fixtures.settings;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.Conversion;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Rounding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conversion tables ({@code scoring.convert}): the raw score takes the last row whose raw score is
 * at most it (the first row below the table), its score and further values; the parent, the band
 * and the range see the converted score.
 */
class ConversionSpecificationTest {

  /** Raw 1 → 10 (se 3), raw 2 → 5 (se 2), raw 3 → 20 (se 1): not monotone on purpose. */
  private static final List<Conversion> TABLE = List.of(
      Conversion.of(dec("1"), dec("10"), Map.of("se", dec("3"))),
      Conversion.of(dec("2"), dec("5"), Map.of("se", dec("2"))),
      Conversion.of(dec("3"), dec("20"), Map.of("se", dec("1"))));

  private static Questionnaire converting(String... scores) {
    return questionnaire(dim("p").scoring(settings().aggregation(Aggregation.WEIGHTED_SUM).build())
        .addDimensions(dim("d").addQuestions(choice("q1", scores)).scoring(settings().convert(TABLE)
            .round(Rounding.of(Rounding.Rule.HALF_UP, 0)).build()).build()).build());
  }

  @ParameterizedTest(name = "raw {0} converts to {1}")
  @CsvSource({"0.2, 0, 10, 3", "1, 1, 10, 3", "1.4, 1, 10, 3", "1.5, 2, 5, 2", "2.9, 3, 20, 1", "7, 7, 20, 1"})
  void should_convert_the_rounded_raw_score_by_the_last_row_at_or_below_it(String item, String raw,
      String score, String se) {
    // WHEN
    var a = compile(converting(item)).score(answers().option("q1", "o1").response());
    DimensionResult d = result(a, "d");
    // THEN
    then(d.raw()).contains(exact(raw));
    then(d.score()).contains(exact(score));
    then(d.values()).containsExactly(Map.entry("se", exact(se)));
    then(result(a, "p").score()).contains(exact(score));
    then(result(a, "p").raw()).isEmpty();
  }

  @Test
  void should_state_the_range_of_the_rows_the_raw_range_reaches() {
    // GIVEN an item 0…4: raw 0…4 reaches every row, 5 … 20; an item 1…2: rows 1 and 2, 5 … 10
    Scorer wide = compile(questionnaire(dim("d").addQuestions(level("q1"))
        .scoring(settings().convert(TABLE).build()).build()));
    Scorer narrow = compile(converting("1", "2"));
    // THEN
    then(wide.model().scoreRange("d").lowest()).isEqualTo(exact("5"));
    then(wide.model().scoreRange("d").highest()).isEqualTo(exact("20"));
    then(narrow.model().scoreRange("d").lowest()).isEqualTo(exact("5"));
    then(narrow.model().scoreRange("d").highest()).isEqualTo(exact("10"));
  }

  @Test
  void should_refuse_a_table_whose_rows_do_not_ascend_or_state_other_values() {
    // GIVEN
    Questionnaire q = questionnaire(dim("d").addQuestions(level("q1")).scoring(settings().convert(List.of(
        Conversion.of(dec("1"), dec("10"), Map.of("se", dec("3"))),
        Conversion.of(dec("1"), dec("12"), Map.of("se", dec("3"))),
        Conversion.of(dec("2"), dec("14"), Map.of("sd", dec("3"))))).build()).build());
    // WHEN
    List<Finding> findings = q.validate();
    // THEN
    then(findings).extracting(f -> f.code() + " " + f.pointer() + " " + f.message()).containsExactly(
        "QST-0038 /dimensions/0/scoring/convert/1/raw the raw scores of the conversion table must"
            + " ascend strictly, but 1 comes after 1",
        "QST-0039 /dimensions/0/scoring/convert/2/also this row of the conversion table states the"
            + " values [sd], but the first row states [se]");
  }
}
