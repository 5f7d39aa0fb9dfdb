package dev.selfcheck.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Scoring settings of the questionnaire (the defaults) or of one dimension (overrides). Every
 * setting is optional; an unset setting is inherited from the enclosing level.
 *
 * <p>Inheritance is decided here, once: {@link #inheritFrom(ScoringSettings)} gives the settings in
 * effect on a level from its own and its parent's, and {@link Questionnaire#scoringOf(String)}
 * the settings in effect on a dimension or the total. The {@code scoring} module gives them
 * meaning.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ScoringSettings {

  ScoringSettings() {}

  /** @return how children are combined */
  public abstract Optional<Aggregation> aggregation();

  /** @return the score a child must reach to count as met, for {@link Aggregation#SHARE_MEETING} */
  public abstract Optional<BigDecimal> threshold();

  /** @return what happens to unanswered, don't-know and not-applicable questions */
  public abstract Optional<MissingPolicy> missing();

  /** @return the score that {@link MissingPolicy#COUNT_AS} counts */
  public abstract Optional<BigDecimal> missingScore();

  /** @return the share (0 to 1) of questions that must be answered for a score to exist */
  public abstract Optional<@DecimalMin("0") @DecimalMax("1") BigDecimal> minAnsweredShare();

  /**
   * The most applicable questions that may be left without a score ("at most k items missing")
   * for a score to exist, counted like {@link #minAnsweredShare()} over the questions below the
   * level that are shown and not "not applicable".
   *
   * @return the number of questions that may miss a score; inherited when empty
   */
  public abstract Optional<@Min(0) Integer> maxMissing();

  /**
   * Whether the score is expressed as 0 to 100 of what the scored children could reach:
   * {@code 100 · Σ wᵢ(sᵢ − loᵢ) / Σ wᵢ(hiᵢ − loᵢ)} over the scored children, where loᵢ and hiᵢ are
   * the lowest and highest score child i can have. Left-out children never push the score off its
   * scale.
   *
   * @return true to normalise; inherited when empty
   */
  public abstract Optional<Boolean> normalize();

  /** @return the factor a of a linear rescale a·x + b */
  public abstract Optional<BigDecimal> factor();

  /** @return the offset b of a linear rescale a·x + b */
  public abstract Optional<BigDecimal> offset();

  /**
   * The conditional terms of this level: constants added once to its aggregate when their
   * condition on the answers holds, after aggregation and before the rescale. Never inherited.
   *
   * @return the terms, in document order
   */
  public abstract List<@Valid Term> terms();

  /**
   * The counts reported with this level's result: how many of a list of questions pass a test.
   * They weigh nothing in any score. Never inherited.
   *
   * @return the counts, in document order
   */
  public abstract List<@Valid ItemCount> counts();

  /** @return the lower clamp of the score */
  public abstract Optional<BigDecimal> min();

  /** @return the upper clamp of the score */
  public abstract Optional<BigDecimal> max();

  /**
   * A stated rounding step after the rescale and the clamp: the score itself is rounded, and the
   * band, the rules and the parent see the rounded score. Like the rescale, it applies only where
   * it is written.
   *
   * @return the rounding step, or empty for none
   */
  public abstract Optional<Rounding> round();

  /**
   * A published conversion table, the last step after the rounding: the raw score is converted to
   * the score of its row ({@link Conversion}), which the band, the rules and the parent see, and
   * the row's further values are reported with it. Like the rescale, it applies only where it is
   * written.
   *
   * @return the table's rows in ascending order of raw score; empty for no conversion
   */
  public abstract List<Conversion> convert();

  /** @return the number of decimals shown (rounded half up) */
  public abstract Optional<@Min(0) @Max(10) Integer> decimals();

  /**
   * How a panel's answers to the questions below this level are combined into one answer (the
   * panel module's route 2), unless a question or a nearer dimension sets its own rule or the
   * caller of the analysis overrides it. The rule in effect on a question must fit its type
   * ({@link Combination#fits(QuestionType)}); text questions are never combined.
   *
   * @return the combination rule; inherited when empty
   */
  public abstract Optional<Combination> combine();

  /**
   * The respondent role whose answers {@link Combination#LEAD_ROLE} combines for the questions
   * below this level (compared with {@code respondent.role} of the panel's responses).
   *
   * @return the lead role; inherited when empty
   */
  public abstract Optional<@Size(min = 1, max = 256) String> leadRole();

  /**
   * The settings in effect on a level whose parent level has the effective settings
   * {@code parent}: aggregation, threshold, missing policy and score, minimum answered share,
   * the most missing questions, normalisation, decimals, the combination rule and the lead role are inherited where this
   * level does not set them; the rescale
   * ({@code factor}, {@code offset}), the {@code terms}, the {@code counts}, the clamp
   * ({@code min}, {@code max}), the rounding step ({@code round}) and the conversion table
   * ({@code convert}) apply only where they are written and are never inherited.
   *
   * @param parent the parent level's effective settings ({@link #defaults()} above the
   *     questionnaire)
   * @return the effective settings of this level
   */
  public ScoringSettings inheritFrom(ScoringSettings parent) {
    return builder()
        .aggregation(aggregation().or(parent::aggregation))
        .threshold(threshold().or(parent::threshold))
        .missing(missing().or(parent::missing))
        .missingScore(missingScore().or(parent::missingScore))
        .minAnsweredShare(minAnsweredShare().or(parent::minAnsweredShare))
        .maxMissing(maxMissing().or(parent::maxMissing))
        .normalize(normalize().or(parent::normalize))
        .decimals(decimals().or(parent::decimals))
        .combine(combine().or(parent::combine))
        .leadRole(leadRole().or(parent::leadRole))
        .factor(factor())
        .offset(offset())
        .terms(terms())
        .counts(counts())
        .min(min())
        .max(max())
        .round(round())
        .convert(convert())
        .build();
  }

  /**
   * The settings above every questionnaire: a weighted mean, missing answers excluded, no
   * normalisation. Decimals are left to the scoring engine's option.
   *
   * @return the defaults
   */
  public static ScoringSettings defaults() {
    return DEFAULTS;
  }

  private static final ScoringSettings DEFAULTS = builder().aggregation(Aggregation.WEIGHTED_MEAN)
      .missing(MissingPolicy.EXCLUDE).normalize(false).build();

  /** @return settings with nothing set */
  public static ScoringSettings empty() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ScoringSettings}. */
  public static final class Builder extends ImmutableScoringSettings.Builder {
    Builder() {}
  }
}
