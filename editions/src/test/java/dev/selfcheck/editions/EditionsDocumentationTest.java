package dev.selfcheck.editions;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.SemanticVersion;
import java.util.List;
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
}
