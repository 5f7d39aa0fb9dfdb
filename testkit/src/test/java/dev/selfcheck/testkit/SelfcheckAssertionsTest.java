package dev.selfcheck.testkit;

import static dev.selfcheck.testkit.SelfcheckAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.scoring.Assessment;
import org.junit.jupiter.api.Test;

/** Each assertion passes on the documented assessment of the rules example, and fails with a message that says what was there. */
class SelfcheckAssertionsTest {

  private static final Assessment ASSESSMENT = Fixtures.assessment();

  @Test
  void should_pass_when_the_assessment_is_as_documented() {
    // GIVEN the documented assessment of docs/rules.md
    // WHEN
    Throwable failure = catchThrowable(() -> {
      assertThat(ASSESSMENT).dimension("management").hasScore("25/3").hasDisplayScore("8.3")
          .isInBand("start").hasCompletion("1").isScorable().hasScoreBetween("8", "9");
      assertThat(ASSESSMENT).dimension("monitoring").isNotScorable().isNotScorableBecause("no question");
      assertThat(ASSESSMENT).total().hasScore("605/18").hasDisplayScore("33.6").isInBand("developing")
          .hasCompletion("0.875");
      assertThat(ASSESSMENT).recommends("rec.dataBasics").firedBy("noMonitoring")
          .withReasonContaining("is not scorable");
      assertThat(ASSESSMENT).doesNotRecommend("rec.audit")
          .recommendsExactly("rec.complaints", "rec.strategyWorkshop", "rec.dataBasics", "rec.residentDialogue")
          .hasFinding("RSP-0010");
      SelfcheckAssertions.then(ASSESSMENT.total()).isScorable();
    });
    // THEN
    then(failure).isNull();
  }

  @Test
  void should_name_dimension_expected_and_actual_score_when_the_score_differs() {
    // GIVEN
    // WHEN
    Throwable failure = catchThrowable(() -> assertThat(ASSESSMENT).dimension("management").hasScore("21"));
    // THEN
    then(failure).isInstanceOf(AssertionError.class).hasMessage(
        "Expected dimension 'management' to have score 21, but it has 25/3 (displayed 8.3), band 'start'");
  }

  @Test
  void should_list_the_dimensions_when_the_dimension_does_not_exist() {
    // GIVEN
    // WHEN
    Throwable failure = catchThrowable(() -> assertThat(ASSESSMENT).dimension("steering"));
    // THEN
    then(failure).hasMessage("Expected the assessment to have a dimension 'steering', but its dimensions"
        + " are: [management, opening, monitoring]");
  }

  @Test
  void should_name_the_actual_band_when_the_band_differs() {
    // GIVEN
    // WHEN
    Throwable failure = catchThrowable(() -> assertThat(ASSESSMENT).total().isInBand("advanced"));
    // THEN
    then(failure).hasMessage("Expected the total to be in band 'advanced', but it is in band 'developing'"
        + " with score 605/18 (displayed 33.6), band 'developing'");
  }

  @Test
  void should_give_the_reason_when_a_score_is_expected_of_a_dimension_that_is_not_scorable() {
    // GIVEN
    // WHEN
    Throwable failure = catchThrowable(() -> assertThat(ASSESSMENT).dimension("monitoring").hasScore("50"));
    // THEN
    then(failure).hasMessage("Expected dimension 'monitoring' to have score 50, but it is not scorable:"
        + " no question or sub-dimension has a score");
  }

  @Test
  void should_show_the_score_when_a_scorable_dimension_is_expected_not_to_be() {
    // GIVEN
    // WHEN
    Throwable failure = catchThrowable(() -> assertThat(ASSESSMENT).dimension("opening").isNotScorable());
    // THEN
    then(failure).hasMessage("Expected dimension 'opening' not to be scorable, but it has score 530/9"
        + " (displayed 58.9), band 'advanced'");
  }

  @Test
  void should_count_the_answers_when_the_completion_differs() {
    // GIVEN
    // WHEN
    Throwable failure = catchThrowable(() -> assertThat(ASSESSMENT).total().hasCompletion("1"));
    // THEN
    then(failure).hasMessage("Expected the total to have completion 1, but it has 0.875 (6 answered,"
        + " 1 don't know, 0 not applicable, 1 not answered)");
  }

  @Test
  void should_name_the_display_score_when_it_differs() {
    // GIVEN
    // WHEN
    Throwable failure = catchThrowable(() -> assertThat(ASSESSMENT).dimension("management").hasDisplayScore("8.4"));
    // THEN
    then(failure).hasMessage("Expected dimension 'management' to have display score 8.4, but it has 25/3"
        + " (displayed 8.3), band 'start'");
  }

  @Test
  void should_list_the_fired_recommendations_when_an_expected_one_did_not_fire() {
    // GIVEN
    // WHEN
    Throwable failure = catchThrowable(() -> assertThat(ASSESSMENT).recommends("rec.audit"));
    // THEN
    then(failure).hasMessage("Expected the assessment to recommend 'rec.audit', but it recommends"
        + " ['rec.strategyWorkshop', 'rec.complaints', 'rec.residentDialogue', 'rec.dataBasics']");
  }

  @Test
  void should_name_the_rules_when_an_unexpected_recommendation_fired() {
    // GIVEN
    // WHEN
    Throwable failure = catchThrowable(() -> assertThat(ASSESSMENT).doesNotRecommend("rec.audit", "rec.complaints"));
    // THEN
    then(failure).hasMessage("Expected the assessment not to recommend ['rec.audit', 'rec.complaints'],"
        + " but it recommends 'rec.complaints' (rules [complaints]); all fired: ['rec.strategyWorkshop',"
        + " 'rec.complaints', 'rec.residentDialogue', 'rec.dataBasics']");
  }

  @Test
  void should_list_missing_and_unexpected_when_the_recommendations_are_not_exactly_those() {
    // GIVEN
    // WHEN
    Throwable failure = catchThrowable(() ->
        assertThat(ASSESSMENT).recommendsExactly("rec.audit", "rec.complaints", "rec.dataBasics"));
    // THEN
    then(failure).hasMessage("Expected the assessment to recommend exactly ['rec.audit', 'rec.complaints',"
        + " 'rec.dataBasics'], but it recommends ['rec.complaints', 'rec.dataBasics', 'rec.residentDialogue',"
        + " 'rec.strategyWorkshop'] (missing: ['rec.audit'], unexpected: ['rec.residentDialogue',"
        + " 'rec.strategyWorkshop'])");
  }

  @Test
  void should_list_the_reasons_when_no_reason_contains_the_text() {
    // GIVEN
    // WHEN
    Throwable failure = catchThrowable(() ->
        assertThat(ASSESSMENT).recommends("rec.strategyWorkshop").withReasonContaining("budget"));
    // THEN
    then(failure).hasMessage("Expected recommendation 'rec.strategyWorkshop' to have a reason containing"
        + " \"budget\", but its reasons are:\n"
        + "  /rules/0/when/any/0 (noStrategy): the score of 'management' is 8.3 (exactly 25/3), which is below 50\n"
        + "  /rules/1/when (weakManagement): the band of 'management' is 'start'");
  }

  @Test
  void should_name_the_rules_when_the_recommendation_came_from_others() {
    // GIVEN
    // WHEN
    Throwable failure = catchThrowable(() -> assertThat(ASSESSMENT).recommends("rec.dataBasics").firedBy("noStrategy"));
    // THEN
    then(failure).hasMessage("Expected recommendation 'rec.dataBasics' to be yielded by rule 'noStrategy',"
        + " but it was yielded by [unclearResources, noMonitoring, incomplete]");
  }

  @Test
  void should_list_the_findings_when_an_expected_finding_is_missing() {
    // GIVEN
    // WHEN
    Throwable failure = catchThrowable(() -> assertThat(ASSESSMENT).hasFinding("SCO-0004"));
    // THEN
    then(failure).hasMessageStartingWith("Expected the assessment to have a finding SCO-0004, but its findings are:\n  ")
        .hasMessageContaining("RSP-0010").hasMessageContaining("SCO-0001");
  }

  @Test
  void should_reject_the_expected_number_when_it_is_not_exact() {
    // GIVEN
    // WHEN
    Throwable failure = catchThrowable(() -> assertThat(ASSESSMENT).total().hasScore("about 30"));
    // THEN
    then(failure).isInstanceOf(IllegalArgumentException.class).hasMessage("'about 30' is not an exact number:"
        + " write an integer, a decimal such as 62.5 or a fraction such as 250/3");
  }
}
