package dev.selfcheck.core;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How one question's answer becomes a score, for the question types whose answers have no option
 * scores of their own: yes/no scores, number thresholds or a piecewise-linear map, and how
 * multiple-choice selections combine.
 *
 * <p>Choice questions are scored by their options' {@link AnswerOption#score()}; free text is never
 * scored. Every question may also set how a panel combines its answers ({@link #combine()},
 * {@link #leadRole()}), which otherwise it inherits from its dimensions and the questionnaire
 * ({@link Questionnaire#scoringOf(Question)}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ItemScoring {

  ItemScoring() {}

  /** How the selected options of a multiple-choice question combine. */
  public enum Multiple {
    /** The sum of the selected options' scores, capped by {@link #cap()} if set (the default). */
    SUM("sum"),
    /** The share (0 to 1) of the offered options that are selected. */
    SHARE("share");

    private final String jsonName;

    Multiple(String jsonName) {
      this.jsonName = jsonName;
    }

    /** @return the name in documents */
    public String jsonName() {
      return jsonName;
    }

    /**
     * Finds a mode by its document name.
     *
     * @param jsonName {@code "sum"} or {@code "share"}
     * @return the mode, or empty
     */
    public static Optional<Multiple> fromJsonName(String jsonName) {
      for (Multiple m : values()) {
        if (m.jsonName.equals(jsonName)) {
          return Optional.of(m);
        }
      }
      return Optional.empty();
    }
  }

  /** @return the score of "yes" for a yes/no question */
  public abstract Optional<BigDecimal> yes();

  /** @return the score of "no" for a yes/no question */
  public abstract Optional<BigDecimal> no();

  /**
   * Step scores for a number question: the score of the last threshold whose {@code from} is at
   * most the answer; answers below the first threshold get the first threshold's score.
   *
   * @return the thresholds, ascending by {@code from}
   */
  public abstract List<Threshold> thresholds();

  /**
   * A piecewise-linear map for a number question: between two points the score is interpolated
   * exactly; outside the first and last point it is clamped to their scores.
   *
   * @return the points, ascending by value
   */
  public abstract List<Point> points();

  /** @return how multiple-choice selections combine */
  public abstract Optional<Multiple> multiple();

  /** @return the largest score of a multiple-choice sum */
  public abstract Optional<BigDecimal> cap();

  /**
   * How a panel's answers to this question are combined (see {@link ScoringSettings#combine()});
   * must fit the question's type.
   *
   * @return the question's own combination rule; inherited from its dimensions when empty
   */
  public abstract Optional<Combination> combine();

  /**
   * The respondent role whose answers {@link Combination#LEAD_ROLE} combines for this question.
   *
   * @return the question's own lead role; inherited from its dimensions when empty
   */
  public abstract Optional<@Size(min = 1, max = 256) String> leadRole();

  /** A step of a threshold map. */
  @Value.Immutable
  @SuppressWarnings("immutables:from") // 'from' is the document's name; Threshold needs no from()
  public abstract static class Threshold {
    Threshold() {}

    /** @return the smallest answer that gets this score */
    @Value.Parameter
    public abstract BigDecimal from();

    /** @return the score */
    @Value.Parameter
    public abstract BigDecimal score();

    /**
     * A threshold.
     *
     * @param from the smallest answer that gets the score
     * @param score the score
     * @return the threshold
     */
    public static Threshold of(BigDecimal from, BigDecimal score) {
      return ImmutableThreshold.of(from, score);
    }
  }

  /** A point of a piecewise-linear map. */
  @Value.Immutable
  public abstract static class Point {
    Point() {}

    /** @return the answer */
    @Value.Parameter
    public abstract BigDecimal value();

    /** @return its score */
    @Value.Parameter
    public abstract BigDecimal score();

    /**
     * A point.
     *
     * @param value the answer
     * @param score its score
     * @return the point
     */
    public static Point of(BigDecimal value, BigDecimal score) {
      return ImmutablePoint.of(value, score);
    }
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ItemScoring}s. */
  public static final class Builder extends ImmutableItemScoring.Builder {
    Builder() {}
  }
}
