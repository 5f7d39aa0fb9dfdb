package dev.selfcheck.scoring;

import dev.selfcheck.core.Band;
import dev.selfcheck.core.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The result of one dimension, or of the total: the exact score and its display value, the band,
 * how complete the answers were, and how every child contributed.
 *
 * <p>A dimension without a score is <em>not scorable</em> ({@link #scorable()} is false and
 * {@link #notScorable()} says why); it never silently counts as zero.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class DimensionResult {

  /** The id under which the total appears in results and conditions. */
  public static final String TOTAL = "total";

  DimensionResult() {}

  /** @return the dimension's id, or {@value #TOTAL} for the total */
  public abstract String id();

  /** @return the dimension's label (the questionnaire's title for the total) */
  public abstract LocalizedText label();

  /** @return the exact score; empty if the dimension is not scorable */
  public abstract Optional<Rational> score();

  /**
   * The exact score before the dimension's stated rounding step ({@code scoring.round}), which
   * explains the rounded {@link #score()}: the band, the rules and the parent see the rounded
   * score. Stated when the dimension rounds and has a score, in an assessment with explanations.
   *
   * @return the score before rounding; empty if the dimension does not round, has no score, or
   *     explanations are off
   */
  public abstract Optional<Rational> unrounded();

  /**
   * The exact score before the dimension's conversion table ({@code scoring.convert}): the raw
   * score that the table converted to {@link #score()}.
   *
   * @return the raw score; empty if the dimension does not convert or has no score
   */
  public abstract Optional<Rational> raw();

  /**
   * The further values of the conversion table's row that converted the score (such as a
   * standard error), by name.
   *
   * @return the values; empty if the dimension does not convert, has no score or its table
   *     states none
   */
  public abstract Map<String, Rational> values();

  /**
   * Whether the score was prorated ({@code missing: prorate}), from how many of the dimension's
   * own applicable questions and by which factor; stated when the factor is not 1, in an
   * assessment with explanations.
   *
   * @return the proration; empty if the score was not prorated or explanations are off
   */
  public abstract Optional<Proration> prorated();

  /** @return the score rounded half up for display; empty if not scorable */
  public abstract Optional<BigDecimal> displayScore();

  /** @return whether the dimension has a score */
  public boolean scorable() {
    return score().isPresent();
  }

  /** @return why the dimension is not scorable, as a code with its arguments */
  public abstract Optional<NotScorable> notScorable();

  /**
   * Why the dimension is not scorable, in English (rendered from {@link #notScorable()}; use
   * {@link NotScorable#message(Locale)} for other languages).
   *
   * @return the reason in English, if the dimension has no score
   */
  public Optional<String> notScorableBecause() {
    return notScorable().map(n -> n.message(Locale.ENGLISH));
  }

  /** @return the band the exact score lies in; empty if none or not scorable */
  public abstract Optional<Band> band();

  /** @return the lowest score this dimension can have */
  public abstract Rational minScore();

  /** @return the highest score this dimension can have */
  public abstract Rational maxScore();

  /**
   * The share (0 to 1) of the visible scored questions that got a response: a value, "don't
   * know" or "not applicable".
   *
   * @return the completion
   */
  public abstract Rational completion();

  /**
   * The share (0 to 1) of the applicable scored questions (visible, not "not applicable") answered
   * with a value: the evidence a score rests on; compared with the minimum answered share.
   *
   * @return the answered share
   */
  public abstract Rational answeredShare();

  /** @return scored questions below this dimension answered with a value */
  public abstract int answered();

  /** @return scored questions answered "don't know" */
  public abstract int dontKnow();

  /** @return scored questions answered "not applicable" */
  public abstract int notApplicable();

  /** @return visible scored questions not answered */
  public abstract int notAnswered();

  /** @return scored questions hidden by their visibility condition */
  public abstract int hidden();

  /**
   * The conditional terms added to the score (their condition on the answers held), by the ids
   * the questionnaire gives them, in document order; empty when none held or the dimension is not
   * scorable. The score is the aggregate plus their constants, then rescaled and clamped.
   *
   * @return the ids of the terms added
   */
  public abstract List<String> terms();

  /**
   * The counts the questionnaire states for this level ({@code scoring.counts}): per count id, how
   * many of its questions passed its test; whether or not the dimension is scorable (0 for a
   * response to another questionnaire).
   *
   * @return the counts by id, in document order
   */
  public abstract Map<String, Integer> counted();

  /**
   * How each child contributed: the scored questions first, then the sub-dimensions, each in
   * document order; empty when the engine was built without explanations.
   *
   * @return the contributions
   */
  public abstract List<Contribution> contributions();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DimensionResult}s. */
  public static final class Builder extends ImmutableDimensionResult.Builder {
    Builder() {}
  }
}
