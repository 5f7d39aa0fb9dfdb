package dev.selfcheck.scoring;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.scoring.internal.CompiledQuestionnaire;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The entry point of scoring: compiles a {@link Questionnaire} once into an immutable,
 * thread-safe {@link Scorer}, which turns responses into {@link Assessment}s.
 *
 * <pre>{@code
 * ScoringEngine engine = ScoringEngine.builder().decimals(1).build();
 * Scorer scorer = engine.compile(questionnaire);        // once
 * Assessment assessment = scorer.score(response);       // per response, from any thread
 * assessment.dimension("management").flatMap(DimensionResult::displayScore);
 * }</pre>
 *
 * <p>All arithmetic is exact ({@link Rational}); rounding happens only for the display values,
 * half up, to the number of decimals that the questionnaire or dimension sets, else to
 * {@link Builder#decimals(int)} (2 unless set).
 *
 * <p><b>Errors.</b> Compiling a questionnaire that has errors ({@link Questionnaire#validate()}) is
 * a misuse and throws {@link IllegalArgumentException} listing them. Problems of a response never
 * throw: they are findings of the assessment, and answers that cannot be scored are left out.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScoringEngine {

  private final int decimals;
  private final boolean explain;

  private ScoringEngine(Builder b) {
    this.decimals = b.decimals;
    this.explain = b.explain;
  }

  /** @return an engine with the defaults */
  public static ScoringEngine create() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Compiles a questionnaire.
   *
   * @param questionnaire a questionnaire without errors
   * @return the scorer
   * @throws IllegalArgumentException if the questionnaire has errors
   */
  public Scorer compile(Questionnaire questionnaire) {
    Objects.requireNonNull(questionnaire, "questionnaire");
    List<Finding> errors = questionnaire.validate().stream().filter(Finding::isError)
        .collect(Collectors.toList());
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("questionnaire '" + questionnaire.id() + "' has errors:\n"
          + errors.stream().map(f -> "  " + f).collect(Collectors.joining("\n")));
    }
    return new Scorer(new CompiledQuestionnaire(questionnaire, decimals), explain);
  }

  /** Builds a {@link ScoringEngine}; each setting may be set once. */
  public static final class Builder {
    private int decimals = 2;
    private boolean explain = true;
    private boolean decimalsSet;
    private boolean explainSet;

    private Builder() {}

    /**
     * The display decimals where the questionnaire does not set them.
     *
     * @param decimals 0 to 10
     * @return this builder
     */
    public Builder decimals(int decimals) {
      if (decimalsSet) {
        throw new IllegalStateException("decimals is already set to " + this.decimals);
      }
      if (decimals < 0 || decimals > 10) {
        throw new IllegalArgumentException("decimals must be 0 to 10, but is " + decimals);
      }
      this.decimals = decimals;
      this.decimalsSet = true;
      return this;
    }

    /**
     * Whether assessments carry contributions and reasons (true unless set). Without them,
     * scoring allocates less; scores, bands and fired recommendations are the same.
     *
     * @param explain whether to explain
     * @return this builder
     */
    public Builder explanations(boolean explain) {
      if (explainSet) {
        throw new IllegalStateException("explanations is already set to " + this.explain);
      }
      this.explain = explain;
      this.explainSet = true;
      return this;
    }

    /** @return the engine */
    public ScoringEngine build() {
      return new ScoringEngine(this);
    }
  }
}
