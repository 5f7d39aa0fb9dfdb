package dev.selfcheck.testkit;

import dev.selfcheck.core.QuestionType;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The size and shape of the questionnaires that {@link SelfcheckArbitraries#questionnaires(QuestionnaireShape)}
 * generates: how many fields (top-level dimensions), how deep, how many questions, which question
 * types, and whether there are rules, bands, visibility conditions and varied scoring settings.
 *
 * <pre>{@code
 * QuestionnaireShape shape = QuestionnaireShape.builder().fields(7).depth(2)
 *     .questionTypes(EnumSet.of(QuestionType.ORDINAL_SCALE, QuestionType.YES_NO)).visibility(false).build();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class QuestionnaireShape {

  QuestionnaireShape() {}

  /** @return the largest number of fields (top-level dimensions), at least 1; default 3 */
  @Value.Default
  public int fields() {
    return 3;
  }

  /** @return how many levels of dimensions there are at most, 1 to 4; default 2 */
  @Value.Default
  public int depth() {
    return 2;
  }

  /** @return the largest number of sub-dimensions of one dimension; default 2 */
  @Value.Default
  public int subDimensions() {
    return 2;
  }

  /** @return the largest number of questions of one dimension, at least 1; default 4 */
  @Value.Default
  public int questionsPerDimension() {
    return 4;
  }

  /** @return the question types used; at least one that is not text; default all */
  @Value.Default
  public Set<QuestionType> questionTypes() {
    return EnumSet.allOf(QuestionType.class);
  }

  /** @return whether there are recommendations and rules; default true */
  @Value.Default
  public boolean rules() {
    return true;
  }

  /** @return whether the total and some dimensions have bands; default true */
  @Value.Default
  public boolean bands() {
    return true;
  }

  /** @return whether questions may have visibility conditions; default true */
  @Value.Default
  public boolean visibility() {
    return true;
  }

  /**
   * Whether dimensions vary their scoring settings (aggregation, missing policy, answered share,
   * normalisation); without, every node is a weighted mean that excludes missing answers.
   *
   * @return default true
   */
  @Value.Default
  public boolean variedScoring() {
    return true;
  }

  @Value.Check
  void check() {
    if (fields() < 1 || depth() < 1 || depth() > 4 || subDimensions() < 0 || questionsPerDimension() < 1) {
      throw new IllegalArgumentException("unusable shape: fields " + fields() + " (at least 1), depth "
          + depth() + " (1 to 4), subDimensions " + subDimensions() + " (0 or more), questionsPerDimension "
          + questionsPerDimension() + " (at least 1)");
    }
    if (questionTypes().stream().allMatch(t -> t == QuestionType.TEXT)) {
      throw new IllegalArgumentException("questionTypes must include a scored type, but is " + questionTypes());
    }
  }

  /** @return the default shape */
  public static QuestionnaireShape defaults() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link QuestionnaireShape}s. */
  public static final class Builder extends ImmutableQuestionnaireShape.Builder {
    Builder() {}
  }
}
