package dev.selfcheck.editions;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.SemanticVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java code of docs/editions.md, compiled and run against the small test questionnaire. */
class EditionsDocumentationTest {

  private final Questionnaire older = Fixtures.V1_0_0;
  private final Questionnaire newer = Questionnaire.builder().from(Fixtures.V2_0_0)
      .version(SemanticVersion.parse("1.1.0")).build();

  @Test
  void should_run_the_diff_example_of_the_editions_page() {
    // tag::diff[]
    VersionDiff diff = VersionDiff.between(older, newer);   // matched by id
    for (Change change : diff.changes()) {
      change.level();        // PATCH, MINOR or MAJOR
      change.kind();         // e.g. ANSWER_INVALIDATED
      change.before();       // Optional[/scales/0/options/2]: into the older document
      change.after();        // Optional[/dimensions/0/questions/0]: into the newer one
    }
    diff.required();             // MAJOR: some old answers are no longer valid
    diff.keepsResponsesValid();  // false
    diff.suggestedVersion();     // 2.0.0
    List<Finding> findings = diff.findings();   // EDI-0001: 1.1.0 is too small
    String json = diff.toJson();                // version-diff.schema.json
    // end::diff[]
    Change first = diff.changes().get(0);
    then(first.level()).isEqualTo(ChangeLevel.MAJOR);
    then(first.kind()).isEqualTo(Change.Kind.ANSWER_INVALIDATED);
    then(first.before()).contains("/scales/0/options/2");
    then(first.after()).contains("/dimensions/0/questions/0");
    then(diff.required()).isEqualTo(ChangeLevel.MAJOR);
    then(diff.keepsResponsesValid()).isFalse();
    then(diff.suggestedVersion()).isEqualTo(SemanticVersion.of(2, 0, 0));
    then(findings).extracting(Finding::code).containsExactly("EDI-0001");
    then(json).startsWith("{\"older\":{\"id\":\"editions-small\",\"version\":\"1.0.0\"}");
  }

  @Test
  void should_run_the_migration_example_of_the_editions_page() {
    Questionnaire v1 = Fixtures.V1_0_0;
    Questionnaire v2 = Fixtures.V2_0_0;
    Response response = Fixtures.response(v1, "plan=most", "council=yes", "trained=80", "contact=anyone");
    // tag::migrate[]
    MigrationPlan draft = MigrationPlan.draft(v1, v2);      // carries the ids both versions have
    Migration.prepare(v1, v2, draft).findings();            // what the author must complete

    MigrationPlan plan = MigrationPlan.builder(v1, v2)
        .step(new MigrationStep.Carry("plan", "plan",
            Map.of("most", OptionTarget.option("all")),     // remap an option
            Map.of("dontKnow", OptionTarget.drop("no longer offered"))))
        .retire("council", "asked in the plan question")     // with a reason
        .rescale("trained", "trained", new BigDecimal("0.5"), BigDecimal.ZERO)
        .remap("contact", "contact", Map.of(
            "nobody", OptionTarget.option("no"),            // single choice -> yes/no
            "anyone", OptionTarget.option("no"),
            "named", OptionTarget.option("yes")))
        .build();
    Migration migration = Migration.prepare(v1, v2, plan);
    migration.findings();                                   // [] : every answer accounted for

    MigrationResult result = migration.run(response);       // the response itself is unchanged
    result.migrated();        // Optional[a response to 2.0.0: plan=all, trained=40, contact=no]
    result.provenance();      // trained <- [trained] by step 2 (rescale), ...
    result.lost();            // council 'yes': asked in the plan question
    result.changed();         // plan 'most' -> 'all', trained 80 -> 40, contact 'anyone' -> no
    result.newlyMissing();    // required questions of 2.0.0 left open: []
    // end::migrate[]
    then(Migration.prepare(v1, v2, draft).findings()).extracting(Finding::code).contains("EDI-0014", "EDI-0016");
    then(migration.findings()).isEmpty();
    then(result.migrated().orElseThrow().answers()).containsOnlyKeys("plan", "trained", "contact");
    then(result.provenance().get("trained")).isEqualTo(new MigrationResult.Provenance(List.of("trained"), 2, "rescale"));
    then(result.lost()).extracting(MigrationResult.Lost::question).containsExactly("council");
    then(result.changed()).hasSize(3);
    then(result.newlyMissing()).isEmpty();
  }
}
