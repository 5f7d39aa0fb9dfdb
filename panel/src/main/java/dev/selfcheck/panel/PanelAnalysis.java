package dev.selfcheck.panel;

import dev.selfcheck.core.Combination;
import dev.selfcheck.core.Response;
import dev.selfcheck.panel.internal.Analyzer;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Scorer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Describes, combines and compares the responses of a {@link Panel}: the entry point of the panel
 * module. Configure it once with its builder and analyse any number of panels.
 *
 * <pre>{@code
 * PanelAnalysis analysis = PanelAnalysis.builder()
 *     .combine("q1", Combination.MEAN)          // else the questionnaire's scoring.combine, else
 *                                               // median (choice, number), majority (yes/no)
 *     .groupBy(PanelAnalysis.GroupBy.ROLE)
 *     .build();
 * PanelResult result = analysis.analyze(scorer, panel);
 * PanelResult same = analysis.analyze(scorer, responses);   // streamed: no response kept
 * }</pre>
 *
 * <p>Scoring is the engine's: every response is scored by {@link Scorer#score}, the combined
 * response too, and scale steps come from {@link dev.selfcheck.scoring.ScoringModel}. Immutable and
 * thread-safe. Misuse (a panel of another questionnaire, a rule for an unknown question) throws
 * {@link IllegalArgumentException}; problems of the responses are findings of the result.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class PanelAnalysis {

  /** The key of the respondents whose response names no group (or role). */
  public static final String NO_GROUP = "(none)";

  /** The key of the groups folded together because they are below the minimum group size. */
  public static final String OTHER = "(other)";

  /** What groups the respondents: their response's {@code respondent.group} or {@code role}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public enum GroupBy {
    /** {@code respondent.group} */
    GROUP,
    /** {@code respondent.role} */
    ROLE
  }

  /**
   * The settings of an analysis.
   *
   * @param lowAgreement r_wg and r_wg(J) below it are low agreement (default 0.70)
   * @param manyDontKnow a share of "don't know" from which a question goes on the agenda (default 1/3)
   * @param groupGapSteps median steps of two groups this far apart put a question on the agenda
   *     (default 2)
   * @param groupBy what groups the respondents (default {@link GroupBy#GROUP})
   * @param anonymous whether the minimum group size defaults to 5 rather than 3
   * @param minimumGroupSize groups with fewer respondents are folded into {@value #OTHER}
   * @param rules the combination rule per question id, overriding the questionnaire's; questions
   *     not listed use the questionnaire's rule ({@code scoring.combine}), else their type's default
   * @param leadRoles the lead role per question or dimension id (a question's own first, then its
   *     dimensions from the nearest up), overriding the questionnaire's {@code scoring.leadRole}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Settings(Rational lowAgreement, Rational manyDontKnow, int groupGapSteps,
      GroupBy groupBy, boolean anonymous, int minimumGroupSize, Map<String, Combination> rules,
      Map<String, String> leadRoles) {

    /**
     * Checks the settings.
     *
     * @param lowAgreement the low-agreement cut-off, between 0 and 1
     * @param manyDontKnow the don't-know cut-off, between 0 and 1
     * @param groupGapSteps the group-gap cut-off, at least 1
     * @param groupBy what groups
     * @param anonymous anonymous mode
     * @param minimumGroupSize at least 1
     * @param rules rules by question id
     * @param leadRoles lead roles by question or dimension id
     */
    public Settings {
      between01("lowAgreement", lowAgreement);
      between01("manyDontKnow", manyDontKnow);
      if (groupGapSteps < 1) {
        throw new IllegalArgumentException("groupGapSteps must be at least 1, but is " + groupGapSteps);
      }
      Objects.requireNonNull(groupBy, "groupBy");
      if (minimumGroupSize < 1) {
        throw new IllegalArgumentException("minimumGroupSize must be at least 1, but is " + minimumGroupSize);
      }
      rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
      leadRoles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(leadRoles));
    }

    private static void between01(String name, Rational value) {
      if (value.signum() < 0 || value.compareTo(Rational.ONE) > 0) {
        throw new IllegalArgumentException(name + " must lie between 0 and 1, but is " + value);
      }
    }
  }

  private final Settings settings;

  private PanelAnalysis(Settings settings) {
    this.settings = settings;
  }

  /** @return a builder with the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return an analysis with the defaults */
  public static PanelAnalysis create() {
    return builder().build();
  }

  /** @return the settings */
  public Settings settings() {
    return settings;
  }

  /**
   * Analyses a panel: both routes, agreement, groups and the agenda.
   *
   * @param scorer the questionnaire compiled for scoring
   * @param panel a panel of that questionnaire and version
   * @return the result
   * @throws IllegalArgumentException if the panel answers another questionnaire or version, or a
   *     rule or lead role names an unknown question or dimension
   */
  public PanelResult analyze(Scorer scorer, Panel panel) {
    Objects.requireNonNull(scorer, "scorer");
    Objects.requireNonNull(panel, "panel");
    if (!scorer.questionnaire().id().equals(panel.questionnaireId())
        || !scorer.questionnaire().version().equals(panel.questionnaireVersion())) {
      throw new IllegalArgumentException("the panel answers " + panel.questionnaireId() + "@"
          + panel.questionnaireVersion() + ", the scorer scores " + scorer.questionnaire().id() + "@"
          + scorer.questionnaire().version());
    }
    return analyzer(scorer).analyze(panel);
  }

  /**
   * Analyses responses as they come, keeping none of them: the same result as
   * {@link #analyze(Scorer, Panel)} of {@code Panel.of(scorer.questionnaire(), responses)}, in
   * memory bounded by the distinct scores and answers rather than by the number of responses (see
   * {@link Accumulator}).
   *
   * @param scorer the questionnaire compiled for scoring; the panel answers its questionnaire
   * @param responses the responses, read once, in order
   * @return the result
   * @throws IllegalArgumentException if a rule or lead role names an unknown question or dimension
   */
  public PanelResult analyze(Scorer scorer, Iterable<Response> responses) {
    Objects.requireNonNull(responses, "responses");
    Accumulator accumulator = accumulator(scorer);
    responses.forEach(accumulator::add);
    return accumulator.result();
  }

  /**
   * Starts an analysis that takes the responses one at a time, every respondent with weight 1.
   *
   * @param scorer the questionnaire compiled for scoring; the panel answers its questionnaire
   * @return an empty accumulator
   * @throws IllegalArgumentException if a rule or lead role names an unknown question or dimension
   */
  public Accumulator accumulator(Scorer scorer) {
    return accumulator(scorer, Map.of());
  }

  /**
   * Starts an analysis that takes the responses one at a time.
   *
   * @param scorer the questionnaire compiled for scoring; the panel answers its questionnaire
   * @param weights the weight of each respondent by respondent id (default 1), positive
   * @return an empty accumulator
   * @throws IllegalArgumentException if a rule or lead role names an unknown question or dimension
   */
  public Accumulator accumulator(Scorer scorer, Map<String, Rational> weights) {
    return new Accumulator(analyzer(scorer), new Panel.Admission(scorer.questionnaire(), weights));
  }

  private Analyzer analyzer(Scorer scorer) {
    Objects.requireNonNull(scorer, "scorer");
    for (String id : settings.rules().keySet()) {
      if (scorer.questionnaire().question(id).isEmpty()) {
        throw new IllegalArgumentException("a combination rule names no question: '" + id + "'");
      }
    }
    for (String id : settings.leadRoles().keySet()) {
      if (scorer.questionnaire().question(id).isEmpty() && scorer.questionnaire().dimension(id).isEmpty()) {
        throw new IllegalArgumentException("a lead role names no question or dimension: '" + id + "'");
      }
    }
    return new Analyzer(scorer, settings);
  }

  /**
   * A panel analysis in progress, fed one response at a time: each response is checked as
   * {@link Panel#of} checks it, scored, counted and forgotten. Route 1 keeps per dimension the
   * number of respondents per distinct exact score and per band, per question the number per
   * answer state, option and scale step; route 2 keeps per question the number (and weight) per
   * distinct answer. Besides those counts it keeps the respondent ids seen (to find duplicates) and
   * the findings. {@link #result()} can be asked at any time and equals
   * {@link PanelAnalysis#analyze(Scorer, Panel)} of the responses added so far. Not thread-safe.
   *
   * @since 0.2
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Accumulator {
    private final Analyzer.Run run;
    private final Panel.Admission admission;

    private Accumulator(Analyzer analyzer, Panel.Admission admission) {
      this.run = analyzer.start();
      this.admission = admission;
    }

    /**
     * Adds the next response; a response that is no member (another questionnaire or version, no
     * respondent, a duplicate id, a weight not positive) becomes a finding, pointed at by its
     * position among the responses added.
     *
     * @param response the response
     * @return this accumulator
     */
    public Accumulator add(Response response) {
      admission.admit(Objects.requireNonNull(response, "response")).ifPresent(run::add);
      return this;
    }

    /** @return the result of the responses added so far */
    public PanelResult result() {
      return run.result(admission.close());
    }

    @Override
    public String toString() {
      return "PanelAnalysis.Accumulator[]";
    }
  }

  @Override
  public String toString() {
    return "PanelAnalysis[settings=" + settings + "]";
  }

  /** Builds {@link PanelAnalysis}es; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private Rational lowAgreement = Rational.of(7, 10);
    private Rational manyDontKnow = Rational.of(1, 3);
    private int groupGapSteps = 2;
    private GroupBy groupBy = GroupBy.GROUP;
    private boolean anonymous;
    private Optional<Integer> minimumGroupSize = Optional.empty();
    private final Map<String, Combination> rules = new LinkedHashMap<>();
    private final Map<String, String> leadRoles = new LinkedHashMap<>();

    private Builder() {}

    /**
     * @param cutOff r_wg below it is low agreement (default 0.70)
     * @return this builder
     */
    public Builder lowAgreement(Rational cutOff) {
      this.lowAgreement = Objects.requireNonNull(cutOff, "cutOff");
      return this;
    }

    /**
     * @param cutOff a share of "don't know" from which a question goes on the agenda (default 1/3)
     * @return this builder
     */
    public Builder manyDontKnow(Rational cutOff) {
      this.manyDontKnow = Objects.requireNonNull(cutOff, "cutOff");
      return this;
    }

    /**
     * @param steps group medians this many steps apart put a question on the agenda (default 2)
     * @return this builder
     */
    public Builder groupGapSteps(int steps) {
      this.groupGapSteps = steps;
      return this;
    }

    /**
     * @param by what groups the respondents (default {@link GroupBy#GROUP})
     * @return this builder
     */
    public Builder groupBy(GroupBy by) {
      this.groupBy = Objects.requireNonNull(by, "by");
      return this;
    }

    /**
     * @param on anonymous mode: the minimum group size defaults to 5 instead of 3
     * @return this builder
     */
    public Builder anonymous(boolean on) {
      this.anonymous = on;
      return this;
    }

    /**
     * @param size the minimum group size (default 3, or 5 in anonymous mode)
     * @return this builder
     */
    public Builder minimumGroupSize(int size) {
      this.minimumGroupSize = Optional.of(size);
      return this;
    }

    /**
     * Sets the combination rule of a question (route 2), overriding the one the questionnaire sets
     * for it; the result names the rule's source ({@link PanelResult.Combined#sources()}).
     *
     * @param questionId the question id
     * @param rule the rule
     * @return this builder
     * @throws IllegalStateException if the question already has a rule
     */
    public Builder combine(String questionId, Combination rule) {
      Objects.requireNonNull(rule, "rule");
      if (rules.putIfAbsent(Objects.requireNonNull(questionId, "questionId"), rule) != null) {
        throw new IllegalStateException("question '" + questionId + "' already has a rule");
      }
      return this;
    }

    /**
     * Sets the lead role of a question or dimension, for {@link Combination#LEAD_ROLE}, overriding
     * the questionnaire's {@code scoring.leadRole}.
     *
     * @param id a question or dimension id
     * @param role the role
     * @return this builder
     * @throws IllegalStateException if the id already has a lead role
     */
    public Builder leadRole(String id, String role) {
      Objects.requireNonNull(role, "role");
      if (leadRoles.putIfAbsent(Objects.requireNonNull(id, "id"), role) != null) {
        throw new IllegalStateException("'" + id + "' already has a lead role");
      }
      return this;
    }

    /** @return the analysis */
    public PanelAnalysis build() {
      return new PanelAnalysis(new Settings(lowAgreement, manyDontKnow, groupGapSteps, groupBy,
          anonymous, minimumGroupSize.orElse(anonymous ? 5 : 3), rules, leadRoles));
    }
  }
}
