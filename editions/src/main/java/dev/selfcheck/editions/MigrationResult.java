package dev.selfcheck.editions;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What running a {@link Migration} on one response gave: the migrated response (the original is
 * never changed), where each of its answers came from, and the dry-run report: what was lost, what
 * changed and what is newly missing.
 *
 * @param migrated the response to the newer version; empty when the response could not be migrated
 *     (see {@link #findings()})
 * @param provenance per answered question of the newer version, where its answer came from
 * @param lost the answers of the older response that have no answer in the migrated one, with why
 * @param changed the answers whose value or state the migration changed
 * @param newlyMissing the questions the newer version requires that the migrated response leaves
 *     unanswered (as the newer version's response validation reports them)
 * @param findings why the response could not be migrated (it answers another version), else empty
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record MigrationResult(Optional<Response> migrated, Map<String, Provenance> provenance, List<Lost> lost,
    List<Changed> changed, List<String> newlyMissing, List<Finding> findings) {

  /** Copies the collections. */
  public MigrationResult {
    provenance = Map.copyOf(provenance);
    lost = List.copyOf(lost);
    changed = List.copyOf(changed);
    newlyMissing = List.copyOf(newlyMissing);
    findings = List.copyOf(findings);
  }

  /**
   * Where one answer of the migrated response came from.
   *
   * @param from the older questions whose answers it was made of, in the step's order
   * @param step the index of the plan's step that wrote it
   * @param op that step's name ({@code carry}, {@code rescale}, {@code split}, {@code merge})
   */
  public record Provenance(List<String> from, int step, String op) {
    /** Copies the list. */
    public Provenance {
      from = List.copyOf(from);
    }
  }

  /**
   * An answer of the older response that the migrated response does not keep.
   *
   * @param question the older question
   * @param answer the answer in a few words
   * @param reason why it is lost (a retirement's or a drop's stated reason, or what the step could
   *     not map)
   * @param step the index of the step that dropped it
   */
  public record Lost(String question, String answer, String reason, int step) {}

  /**
   * An answer whose value or state the migration changed.
   *
   * @param from the older question(s), comma-separated for a merge
   * @param to the newer question
   * @param before the older answer(s) in a few words
   * @param after the migrated answer in a few words
   */
  public record Changed(String from, String to, String before, String after) {}
}
