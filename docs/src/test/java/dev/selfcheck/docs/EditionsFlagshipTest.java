package dev.selfcheck.docs;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.editions.ChangeLevel;
import dev.selfcheck.editions.Migration;
import dev.selfcheck.editions.MigrationPlan;
import dev.selfcheck.editions.MigrationResult;
import dev.selfcheck.editions.VersionDiff;
import dev.selfcheck.flagship.Flagship;
import org.junit.jupiter.api.Test;

/**
 * The editions module on the flagship (which only the docs module may use, as the editions module
 * sits below it): a version compared with itself and a new number, and the identity migration of
 * every sample response.
 */
class EditionsFlagshipTest {

  private final Questionnaire flagship = Flagship.questionnaire();

  @Test
  void should_find_no_change_and_keep_every_answer_when_the_flagship_is_renumbered() {
    // GIVEN the same content under the next patch number
    Questionnaire next = Questionnaire.builder().from(flagship)
        .version(SemanticVersion.of(flagship.version().major(), flagship.version().minor(),
            flagship.version().patch() + 1)).build();
    // WHEN
    VersionDiff diff = VersionDiff.between(flagship, next);
    Migration identity = Migration.prepare(flagship, next, MigrationPlan.draft(flagship, next));
    // THEN
    then(diff.changes()).isEmpty();
    then(diff.required()).isEqualTo(ChangeLevel.NONE);
    then(identity.findings()).isEmpty();
    for (Response r : Flagship.sampleResponses()) {
      MigrationResult result = identity.run(r);
      then(result.migrated().orElseThrow().answers()).isEqualTo(r.answers());
      then(result.lost()).isEmpty();
      then(result.changed()).isEmpty();
    }
  }
}
