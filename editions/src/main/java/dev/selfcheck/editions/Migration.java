package dev.selfcheck.editions;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.editions.internal.Migrator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A {@link MigrationPlan} checked against its two versions, ready to migrate responses.
 *
 * <p>{@link #prepare} checks the plan before anything runs: every question of the older version is
 * read by some step or retired, every step reads questions of the older version and writes
 * questions of the newer one, no two steps write the same question, and every answer a step can
 * produce from an answer the older version accepts is valid in the newer version (asked of the
 * newer version's response validation). What fails is a {@link Finding} with a pointer into the
 * plan ({@link EditionProblem}), and such a plan does not run.
 *
 * <p>{@link #run} never changes the response it is given: it returns the migrated response with
 * the provenance of each answer and the dry-run report. Immutable and thread-safe.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Migration {

  private final Migrator migrator;
  private final List<Finding> findings;

  private Migration(Migrator migrator) {
    this.migrator = migrator;
    this.findings = migrator.check();
  }

  /**
   * Checks a plan against the two versions.
   *
   * @param older the version the responses answer, valid
   * @param newer the version they are migrated to, valid
   * @param plan the plan
   * @return the prepared migration, with the plan's findings
   */
  public static Migration prepare(Questionnaire older, Questionnaire newer, MigrationPlan plan) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    Objects.requireNonNull(plan, "plan");
    return new Migration(new Migrator(older, newer, plan));
  }

  /** @return what the check found in the plan, with pointers into its JSON form */
  public List<Finding> findings() {
    return findings;
  }

  /** @return whether the plan has no error, so that it can run */
  public boolean isRunnable() {
    return findings.stream().noneMatch(Finding::isError);
  }

  /**
   * Migrates one response. A response to another questionnaire or version than the plan's is not
   * migrated: the result holds {@link EditionProblem#RESPONSE_OF_OTHER_VERSION} and no response.
   *
   * @param response a response to the older version
   * @return the migrated response, the provenance of its answers and the dry-run report
   * @throws IllegalStateException if the plan has errors ({@link #isRunnable()} is false)
   */
  public MigrationResult run(Response response) {
    Objects.requireNonNull(response, "response");
    if (!isRunnable()) {
      throw new IllegalStateException("the migration plan has errors and cannot run: " + findings);
    }
    return migrator.run(response);
  }
}
