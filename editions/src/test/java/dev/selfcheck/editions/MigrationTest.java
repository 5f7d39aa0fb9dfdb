package dev.selfcheck.editions;

import static dev.selfcheck.editions.Fixtures.MERGE_1;
import static dev.selfcheck.editions.Fixtures.MERGE_2;
import static dev.selfcheck.editions.Fixtures.V1_0_0;
import static dev.selfcheck.editions.Fixtures.V1_1_0;
import static dev.selfcheck.editions.Fixtures.V2_0_0;
import static dev.selfcheck.editions.Fixtures.response;
import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.groups.Tuple.tuple;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Response;
import dev.selfcheck.editions.MigrationResult.Changed;
import dev.selfcheck.editions.MigrationResult.Lost;
import dev.selfcheck.editions.MigrationResult.Provenance;
import dev.selfcheck.editions.MigrationStep.Carry;
import dev.selfcheck.editions.MigrationStep.Combine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Migration plans: checked before they run, and run without touching the original response. The
 * expected answers are worked out by hand from the fixtures under src/test/resources.
 */
class MigrationTest {

  /** The plan from 1.0.0 to 2.0.0 of the small questionnaire, as an author completes the draft. */
  static MigrationPlan plan() {
    return MigrationPlan.builder(V1_0_0, V2_0_0)
        .step(new Carry("plan", "plan", Map.of("most", OptionTarget.option("all")),
            Map.of("dontKnow", OptionTarget.drop("2.0.0 asks for a step; don't know is no longer offered"))))
        .retire("council", "the council's approval is asked in the plan question")
        .rescale("trained", "trained", new BigDecimal("0.5"), BigDecimal.ZERO)
        .remap("contact", "contact", Map.of("nobody", OptionTarget.option("no"),
            "anyone", OptionTarget.option("no"), "named", OptionTarget.option("yes")))
        .build();
  }

  @Test
  void should_name_each_gap_of_the_draft_plan_with_a_pointer_into_it() {
    // GIVEN the draft: plan, trained and contact carried as they are (their ids are in 2.0.0)
    MigrationPlan draft = MigrationPlan.draft(V1_0_0, V2_0_0);
    // WHEN
    Migration migration = Migration.prepare(V1_0_0, V2_0_0, draft);
    // THEN
    then(draft.toJson()).isEqualTo("{\"formatVersion\":\"1.0\",\"from\":{\"id\":\"editions-small\",\"version\":\"1.0.0\"},"
        + "\"to\":{\"id\":\"editions-small\",\"version\":\"2.0.0\"},\"comments\":\"carry\",\"evidence\":\"carry\","
        + "\"steps\":[{\"carry\":\"plan\",\"to\":\"plan\"},{\"carry\":\"trained\",\"to\":\"trained\"},"
        + "{\"carry\":\"contact\",\"to\":\"contact\"}]}");
    then(migration.isRunnable()).isFalse();
    then(migration.findings()).extracting(Finding::code, Finding::pointer).containsExactly(
        tuple("EDI-0016", "/steps/0"),     // 'most' is no option of 2.0.0
        tuple("EDI-0016", "/steps/0"),     // "don't know" is no longer allowed
        tuple("EDI-0016", "/steps/1"),     // 100 lies above the new maximum 50
        tuple("EDI-0016", "/steps/2"),     // nobody, anyone, named: no yes/no answers
        tuple("EDI-0016", "/steps/2"),
        tuple("EDI-0016", "/steps/2"),
        tuple("EDI-0014", "/steps"));      // council: read by no step
    then(migration.findings().get(0).message()).isEqualTo("the answer option 'most' to 'plan' becomes an answer to "
        + "'plan' that version 2.0.0 rejects: " + V2_0_0.validate(response(V2_0_0, "plan=most")).stream()
        .filter(Finding::isError).findFirst().orElseThrow().message());
    then(migration.findings().get(6).message()).isEqualTo("no step reads or retires question 'council': its answers "
        + "would be lost without a word; carry, rename, remap, split, merge or retire it");
    then(catchThrowable(() -> migration.run(response(V1_0_0, "plan=all")))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void should_accept_the_completed_plan() {
    // WHEN
    Migration migration = Migration.prepare(V1_0_0, V2_0_0, plan());
    // THEN
    then(migration.findings()).isEmpty();
    then(migration.isRunnable()).isTrue();
  }

  @Test
  void should_point_at_the_map_entry_when_a_remapped_option_is_invalid_and_at_a_second_writer() {
    // GIVEN 'most' mapped to an option 2.0.0 does not have, contact written twice, an unknown question read
    MigrationPlan bad = MigrationPlan.builder(V1_0_0, V2_0_0)
        .step(new Carry("plan", "plan", Map.of("most", OptionTarget.option("nearly"), "many", OptionTarget.option("all")),
            Map.of("dontKnow", OptionTarget.state(AnswerState.NOT_APPLICABLE))))
        .retire("council", "gone")
        .rescale("trained", "trained", Map.of(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("50")))
        .remap("contact", "contact", Map.of("nobody", OptionTarget.option("no"), "anyone", OptionTarget.option("no"),
            "named", OptionTarget.option("yes")))
        .rename("contact", "contact")
        .retire("budget", "never asked")
        .build();
    // WHEN
    List<Finding> findings = Migration.prepare(V1_0_0, V2_0_0, bad).findings();
    // THEN
    then(findings).extracting(Finding::code, Finding::pointer).containsExactly(
        tuple("EDI-0017", "/steps/0/options/many"),
        tuple("EDI-0016", "/steps/0/options/most"),
        tuple("EDI-0016", "/steps/0/states/dontKnow"),   // plan allows no "not applicable" either
        tuple("EDI-0015", "/steps/4/to"),
        tuple("EDI-0016", "/steps/4"),
        tuple("EDI-0016", "/steps/4"),
        tuple("EDI-0016", "/steps/4"),
        tuple("EDI-0012", "/steps/5/retire"));
  }

  @Test
  void should_report_a_plan_for_other_versions() {
    // WHEN
    List<Finding> findings = Migration.prepare(V1_1_0, V2_0_0, plan()).findings();
    // THEN
    then(findings).extracting(Finding::code, Finding::pointer, Finding::message).startsWith(
        tuple("EDI-0010", "/from", "the plan migrates from editions-small 1.0.0, but the older questionnaire is "
            + "editions-small 1.1.0"));
  }

  @Test
  void should_migrate_a_response_with_provenance_and_a_dry_run_report_and_leave_the_original_alone() {
    // GIVEN
    Response original = Response.builder().from(response(V1_0_0, "council=yes", "trained=80", "contact=anyone"))
        .putAnswer("plan", Answer.builder().value(AnswerValue.option("most")).comment("see the minutes of May")
            .addEvidence("https://example.org/plan.pdf").build())
        .build();
    String before = original.toString();
    // WHEN
    MigrationResult result = Migration.prepare(V1_0_0, V2_0_0, plan()).run(original);
    // THEN
    Response migrated = result.migrated().orElseThrow();
    then(migrated.questionnaireVersion()).hasToString("2.0.0");
    then(migrated.answers()).containsOnlyKeys("plan", "trained", "contact");
    then(migrated.answer("plan").orElseThrow().valueOrNull()).isEqualTo(AnswerValue.option("all"));
    then(migrated.answer("plan").orElseThrow().comment()).contains("see the minutes of May");
    then(migrated.answer("plan").orElseThrow().evidence()).containsExactly("https://example.org/plan.pdf");
    then(migrated.answer("trained").orElseThrow().valueOrNull()).isEqualTo(AnswerValue.number(new BigDecimal("40")));
    then(migrated.answer("contact").orElseThrow().valueOrNull()).isEqualTo(AnswerValue.bool(false));
    then(V2_0_0.validate(migrated)).isEmpty();
    then(result.provenance()).isEqualTo(Map.of(
        "plan", new Provenance(List.of("plan"), 0, "carry"),
        "trained", new Provenance(List.of("trained"), 2, "rescale"),
        "contact", new Provenance(List.of("contact"), 3, "carry")));
    then(result.lost()).containsExactly(
        new Lost("council", "yes", "the council's approval is asked in the plan question", 1));
    then(result.changed()).containsExactly(
        new Changed("plan", "plan", "'most'", "'all'"),
        new Changed("trained", "trained", "80", "40"),
        new Changed("contact", "contact", "'anyone'", "no"));
    then(result.newlyMissing()).isEmpty();
    then(original.toString()).isEqualTo(before);
  }

  @Test
  void should_report_dropped_answers_and_newly_missing_required_questions() {
    // WHEN "don't know" is dropped and contact, required in 2.0.0, was never answered
    MigrationResult result = Migration.prepare(V1_0_0, V2_0_0, plan()).run(response(V1_0_0, "plan=?", "trained=0"));
    // THEN
    then(result.migrated().orElseThrow().answers()).containsOnlyKeys("trained");
    then(result.lost()).containsExactly(
        new Lost("plan", "dontKnow", "2.0.0 asks for a step; don't know is no longer offered", 0));
    then(result.changed()).isEmpty();
    then(result.newlyMissing()).containsExactly("contact");
  }

  @Test
  void should_drop_a_number_the_rescale_table_has_no_row_for() {
    // GIVEN
    MigrationPlan table = MigrationPlan.builder(V1_0_0, V2_0_0)
        .step(new Carry("plan", "plan", Map.of("most", OptionTarget.option("all")),
            Map.of("dontKnow", OptionTarget.drop("no longer offered"))))
        .retire("council", "gone")
        .rescale("trained", "trained", Map.of(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("50"),
            new BigDecimal("25"), new BigDecimal("100"), new BigDecimal("50")))
        .remap("contact", "contact", Map.of("nobody", OptionTarget.option("no"), "anyone", OptionTarget.option("no"),
            "named", OptionTarget.option("yes")))
        .build();
    Migration migration = Migration.prepare(V1_0_0, V2_0_0, table);
    // WHEN
    MigrationResult fifty = migration.run(response(V1_0_0, "trained=50"));
    MigrationResult eighty = migration.run(response(V1_0_0, "trained=80"));
    // THEN
    then(migration.findings()).isEmpty();
    then(fifty.migrated().orElseThrow().answer("trained").orElseThrow().valueOrNull())
        .isEqualTo(AnswerValue.number(new BigDecimal("25")));
    then(eighty.lost()).containsExactly(new Lost("trained", "80", "the rescale table has no row for 80", 2));
  }

  @Test
  void should_not_migrate_a_response_to_another_version() {
    // WHEN
    MigrationResult result = Migration.prepare(V1_0_0, V2_0_0, plan()).run(response(V1_1_0, "plan=all"));
    // THEN
    then(result.migrated()).isEmpty();
    then(result.findings()).extracting(Finding::code, Finding::pointer).containsExactly(tuple("EDI-0020", "/questionnaire"));
  }

  /** The split and merge plan from merge-small 1.0.0 to 2.0.0. */
  private static MigrationPlan splitAndMerge(Combine combine, List<String> from) {
    return MigrationPlan.builder(MERGE_1, MERGE_2)
        .merge(from, "approach", combine, Map.of())
        .step(new MigrationStep.Split("languages", List.of(
            new Carry("languages", "spoken", Map.of("ar", OptionTarget.drop("asked in 'arabic'")), Map.of()),
            new Carry("languages", "arabic", Map.of("en", OptionTarget.drop("asked in 'spoken'"),
                "de", OptionTarget.drop("asked in 'spoken'")), Map.of()))))
        .build();
  }

  @Test
  void should_combine_merged_answers_by_their_score_in_the_newer_version() {
    // GIVEN written: not at all (0), approved: fully (100)
    Response r = response(MERGE_1, "written=none", "approved=all");
    List<String> order = List.of("approved", "written");
    // WHEN / THEN
    then(answer(Combine.MIN, order, r, "approach")).isEqualTo(AnswerValue.option("none"));
    then(answer(Combine.MAX, order, r, "approach")).isEqualTo(AnswerValue.option("all"));
    then(answer(Combine.MEAN, order, r, "approach")).isEqualTo(AnswerValue.option("some"));  // mean 50
    then(answer(Combine.FIRST, order, r, "approach")).isEqualTo(AnswerValue.option("none"));  // written comes first
    then(answer(Combine.PRIORITY, order, r, "approach")).isEqualTo(AnswerValue.option("all"));  // approved is listed first
  }

  @Test
  void should_take_a_state_only_when_no_merged_question_has_a_value() {
    // WHEN
    MigrationResult both = run(Combine.MIN, response(MERGE_1, "written=-", "approved=some"));
    MigrationResult states = run(Combine.MIN, response(MERGE_1, "written=-"));
    // THEN
    then(both.migrated().orElseThrow().answer("approach").orElseThrow().valueOrNull()).isEqualTo(AnswerValue.option("some"));
    then(both.provenance().get("approach")).isEqualTo(new Provenance(List.of("written", "approved"), 0, "merge"));
    then(states.migrated().orElseThrow().answer("approach").orElseThrow().state()).isEqualTo(AnswerState.NOT_APPLICABLE);
  }

  @Test
  void should_split_one_answer_into_two_questions() {
    // WHEN
    MigrationResult both = run(Combine.MIN, response(MERGE_1, "languages=en+ar"));
    MigrationResult english = run(Combine.MIN, response(MERGE_1, "languages=en+de"));
    // THEN
    then(both.migrated().orElseThrow().answer("spoken").orElseThrow().valueOrNull()).isEqualTo(AnswerValue.options(List.of("en")));
    then(both.migrated().orElseThrow().answer("arabic").orElseThrow().valueOrNull()).isEqualTo(AnswerValue.options(List.of("ar")));
    then(both.provenance().get("arabic")).isEqualTo(new Provenance(List.of("languages"), 1, "split"));
    then(english.migrated().orElseThrow().answers()).containsOnlyKeys("spoken");
    then(english.lost()).containsExactly(new Lost("languages", "[en, de]", "asked in 'spoken'", 1));
    then(Migration.prepare(MERGE_1, MERGE_2, splitAndMerge(Combine.MIN, List.of("written", "approved"))).findings())
        .isEmpty();
  }

  private static MigrationResult run(Combine combine, Response r) {
    return Migration.prepare(MERGE_1, MERGE_2, splitAndMerge(combine, List.of("written", "approved"))).run(r);
  }

  private static AnswerValue answer(Combine combine, List<String> from, Response r, String question) {
    return Migration.prepare(MERGE_1, MERGE_2, splitAndMerge(combine, from)).run(r).migrated().orElseThrow()
        .answer(question).orElseThrow().valueOrNull();
  }
}
