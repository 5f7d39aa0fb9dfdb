package dev.selfcheck.editions;

import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.editions.internal.PlanDocument;
import dev.selfcheck.editions.internal.PlanJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How the responses of one questionnaire version become responses of another: the steps that read
 * the older answers and write the newer ones, and whether comments and evidence are carried over.
 *
 * <p>A plan is data: {@link Migration#prepare} checks it against the two versions before anything
 * runs, and {@link #draft} writes the plan that matches questions by id, for the author to
 * complete. Findings of the check point into the plan's JSON form ({@link #toJson()}):
 * {@code /steps/N} is the N-th step, {@code /steps/N/options/V} its map entry for option
 * {@code V}. Immutable and thread-safe; build one with {@link #builder(Questionnaire, Questionnaire)}.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class MigrationPlan {

  private final String fromId;
  private final SemanticVersion fromVersion;
  private final String toId;
  private final SemanticVersion toVersion;
  private final List<MigrationStep> steps;
  private final boolean carryComments;
  private final boolean carryEvidence;

  private MigrationPlan(Builder b) {
    this.fromId = b.fromId;
    this.fromVersion = b.fromVersion;
    this.toId = b.toId;
    this.toVersion = b.toVersion;
    this.steps = List.copyOf(b.steps);
    this.carryComments = b.carryComments;
    this.carryEvidence = b.carryEvidence;
  }

  /**
   * A builder of a plan from one version to another.
   *
   * @param older the version the responses answer
   * @param newer the version they are migrated to
   * @return a builder without steps, carrying comments and evidence
   */
  public static Builder builder(Questionnaire older, Questionnaire newer) {
    return builder(older.id(), older.version(), newer.id(), newer.version());
  }

  /**
   * A builder of a plan between two versions named by id and number.
   *
   * @param fromId the questionnaire id the responses answer
   * @param fromVersion its version
   * @param toId the questionnaire id they are migrated to
   * @param toVersion its version
   * @return a builder without steps, carrying comments and evidence
   */
  public static Builder builder(String fromId, SemanticVersion fromVersion, String toId, SemanticVersion toVersion) {
    return new Builder(Objects.requireNonNull(fromId, "fromId"), Objects.requireNonNull(fromVersion, "fromVersion"),
        Objects.requireNonNull(toId, "toId"), Objects.requireNonNull(toVersion, "toVersion"));
  }

  /**
   * The draft plan: every question of the older version whose id the newer version has is
   * carried over as it is; the others are left out, so that {@link Migration#prepare} names each
   * one as not accounted for, and options the newer question lacks as invalid answers, for the
   * author to retire, rename, remap, split or merge.
   *
   * @param older the older version
   * @param newer the newer version
   * @return the draft
   */
  public static MigrationPlan draft(Questionnaire older, Questionnaire newer) {
    Builder b = builder(older, newer);
    older.allQuestions().map(Question::id).filter(id -> newer.question(id).isPresent()).forEach(b::carry);
    return b.build();
  }

  /**
   * Builds a plan from a migration plan document as plain values: what
   * {@code QuestionnaireCodec.readMigrationPlan} of the questionnaire-schema module returns after
   * checking the document against {@code migration.schema.json}. Steps keep their order, so the
   * pointers of {@link Migration#findings()} point into the document.
   *
   * @param document the document's values (maps, lists, strings, numbers)
   * @return the plan
   * @throws IllegalArgumentException if the values do not have the schema's shape
   */
  public static MigrationPlan fromDocument(Map<String, ?> document) {
    return PlanDocument.read(document);
  }

  /** @return the questionnaire id the plan migrates from */
  public String fromId() {
    return fromId;
  }

  /** @return the version it migrates from */
  public SemanticVersion fromVersion() {
    return fromVersion;
  }

  /** @return the questionnaire id it migrates to */
  public String toId() {
    return toId;
  }

  /** @return the version it migrates to */
  public SemanticVersion toVersion() {
    return toVersion;
  }

  /** @return the steps, in order */
  public List<MigrationStep> steps() {
    return steps;
  }

  /** @return whether the comment of an answer goes with it (else it is dropped) */
  public boolean carryComments() {
    return carryComments;
  }

  /** @return whether the evidence of an answer goes with it (else it is dropped) */
  public boolean carryEvidence() {
    return carryEvidence;
  }

  /**
   * The canonical JSON form: one line, members in a fixed order, maps sorted by key, numbers as
   * strings.
   *
   * @return the JSON text
   */
  public String toJson() {
    return PlanJson.write(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MigrationPlan p && toJson().equals(p.toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  @Override
  public String toString() {
    return "MigrationPlan[" + fromId + " " + fromVersion + " -> " + toId + " " + toVersion + ", steps="
        + steps.size() + "]";
  }

  /** Builds a plan, step by step. Not thread-safe. */
  public static final class Builder {
    private final String fromId;
    private final SemanticVersion fromVersion;
    private final String toId;
    private final SemanticVersion toVersion;
    private final List<MigrationStep> steps = new ArrayList<>();
    private boolean carryComments = true;
    private boolean carryEvidence = true;

    private Builder(String fromId, SemanticVersion fromVersion, String toId, SemanticVersion toVersion) {
      this.fromId = fromId;
      this.fromVersion = fromVersion;
      this.toId = toId;
      this.toVersion = toVersion;
    }

    /**
     * @param step any step
     * @return this builder
     */
    public Builder step(MigrationStep step) {
      steps.add(Objects.requireNonNull(step, "step"));
      return this;
    }

    /**
     * Carries a question's answers over under the same id, as they are.
     *
     * @param question the question id
     * @return this builder
     */
    public Builder carry(String question) {
      return step(new MigrationStep.Carry(question, question, Map.of(), Map.of()));
    }

    /**
     * Carries a question's answers to another question (a rename or a move), as they are.
     *
     * @param from the older question
     * @param to the newer question
     * @return this builder
     */
    public Builder rename(String from, String to) {
      return step(new MigrationStep.Carry(from, to, Map.of(), Map.of()));
    }

    /**
     * Carries a question's answers with options remapped.
     *
     * @param from the older question
     * @param to the newer question
     * @param options what older options become
     * @return this builder
     */
    public Builder remap(String from, String to, Map<String, OptionTarget> options) {
      return step(new MigrationStep.Carry(from, to, options, Map.of()));
    }

    /**
     * @param question the older question
     * @param reason why its answers are dropped
     * @return this builder
     */
    public Builder retire(String question, String reason) {
      return step(new MigrationStep.Retire(question, reason));
    }

    /**
     * @param from the older number question
     * @param to the newer one
     * @param factor multiplies the value
     * @param offset is added after
     * @return this builder
     */
    public Builder rescale(String from, String to, BigDecimal factor, BigDecimal offset) {
      return step(new MigrationStep.Rescale(from, to, Optional.of(factor), Optional.of(offset), Map.of()));
    }

    /**
     * @param from the older number question
     * @param to the newer one
     * @param table older value to newer value; other values are dropped
     * @return this builder
     */
    public Builder rescale(String from, String to, Map<BigDecimal, BigDecimal> table) {
      return step(new MigrationStep.Rescale(from, to, Optional.empty(), Optional.empty(), table));
    }

    /**
     * @param from the older questions, in priority order
     * @param to the newer question
     * @param combine how the answers become one
     * @param options what older options become
     * @return this builder
     */
    public Builder merge(List<String> from, String to, MigrationStep.Combine combine,
        Map<String, OptionTarget> options) {
      return step(new MigrationStep.Merge(from, to, combine, options));
    }

    /**
     * @param carry whether comments go with the answers (default true)
     * @return this builder
     */
    public Builder carryComments(boolean carry) {
      this.carryComments = carry;
      return this;
    }

    /**
     * @param carry whether evidence goes with the answers (default true)
     * @return this builder
     */
    public Builder carryEvidence(boolean carry) {
      this.carryEvidence = carry;
      return this;
    }

    /** @return the plan */
    public MigrationPlan build() {
      return new MigrationPlan(this);
    }
  }
}
