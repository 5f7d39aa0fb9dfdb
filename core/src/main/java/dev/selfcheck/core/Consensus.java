package dev.selfcheck.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How a consensus response was reached: the {@code consensus} member of a response document, which
 * only a consensus response (respondent role {@code consensus}) carries. It names the panel the
 * consensus came from (the respondent ids of its members and a fingerprint of their answers; the
 * questionnaire and version are the response's own) and, per answer, whether a combination rule
 * gave it or the workshop overrode it, with the rationale.
 *
 * <p>The block leaves the meaning of the response unchanged: a consensus response is scored like
 * any response, and a response without the block is an ordinary one. The panel module builds,
 * overrides and checks consensus responses ({@code dev.selfcheck.panel.PanelConsensus}) and
 * computes the fingerprints.
 *
 * <p>Immutable and thread-safe. No method accepts or returns null.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Value.Immutable
public abstract class Consensus {

  /** The respondent role of a consensus response. */
  public static final String ROLE = "consensus";

  /** The form of a fingerprint: {@code sha256:} and 64 lower-case hexadecimal digits. */
  public static final String FINGERPRINT_PATTERN = "sha256:[0-9a-f]{64}";

  Consensus() {}

  /** @return the panel's members when the consensus was reached, in the panel's order */
  public abstract List<@Valid Member> members();

  /** @return the fingerprint of the whole panel: of its members' ids and fingerprints */
  @Pattern(regexp = FINGERPRINT_PATTERN)
  public abstract String fingerprint();

  /** @return how each answer of the response was reached, by question id */
  public abstract Map<String, @Valid Reached> answers();

  /**
   * One member of the panel a consensus came from.
   *
   * @param respondentId the member's respondent id
   * @param fingerprint the fingerprint of the member's answers when the consensus was reached
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Member(@Size(min = 1, max = 256) String respondentId,
      @Pattern(regexp = FINGERPRINT_PATTERN) String fingerprint) {

    /**
     * Checks the member.
     *
     * @param respondentId the respondent id
     * @param fingerprint the fingerprint
     */
    public Member {
      Objects.requireNonNull(respondentId, "respondentId");
      Objects.requireNonNull(fingerprint, "fingerprint");
    }
  }

  /**
   * How one answer of a consensus was reached: by a combination rule of the panel's answers, or
   * by an override of the workshop, which needs a rationale.
   *
   * @param rule the combination rule that gave the answer; empty for an override
   * @param rationale why the workshop overrode the combined answer; empty when a rule gave it
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Reached(Optional<Combination> rule,
      Optional<@Size(min = 1, max = 10000) @Pattern(regexp = "(?s).*\\S.*") String> rationale) {

    /**
     * Checks that exactly one of rule and rationale is given, and that a rationale is not blank.
     *
     * @param rule the rule
     * @param rationale the rationale
     * @throws IllegalArgumentException if both or neither are given, or the rationale is blank
     */
    public Reached {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(rationale, "rationale");
      if (rule.isPresent() == rationale.isPresent()) {
        throw new IllegalArgumentException("an answer is reached either by a rule or by an override"
            + " with a rationale, but rule is " + rule + " and rationale is " + rationale);
      }
      if (rationale.isPresent() && rationale.get().isBlank()) {
        throw new IllegalArgumentException("an override needs a rationale, but the rationale is blank");
      }
    }

    /**
     * @param rule the combination rule
     * @return an answer reached by that rule
     */
    public static Reached byRule(Combination rule) {
      return new Reached(Optional.of(rule), Optional.empty());
    }

    /**
     * @param rationale why the combined answer was overridden, not blank
     * @return an answer reached by an override
     * @throws IllegalArgumentException if the rationale is blank
     */
    public static Reached byOverride(String rationale) {
      return new Reached(Optional.empty(), Optional.of(Objects.requireNonNull(rationale, "rationale")));
    }

    /** @return whether the workshop overrode the combined answer */
    public boolean overridden() {
      return rationale.isPresent();
    }
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Consensus} records. */
  public static final class Builder extends ImmutableConsensus.Builder {
    Builder() {}
  }
}
