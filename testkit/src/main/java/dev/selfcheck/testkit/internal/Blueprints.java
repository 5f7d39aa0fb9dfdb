package dev.selfcheck.testkit.internal;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.testkit.QuestionnaireShape;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/*
 * Generated questionnaires are built in two steps so that they shrink well. First a blueprint
 * (the records below) is generated from plain jqwik combinators: numbers, flags and, for every
 * reference to another element, an int "pick". No flatMap and no filter is involved, so jqwik can
 * shrink every part on its own. Then QuestionnaireBuilder turns a blueprint into a model
 * deterministically: it numbers the ids, resolves each pick modulo the number of possible targets
 * (visibility only looks at earlier questions, so there are no cycles), and adjusts what the
 * validator would reject. Shrinking a pick to 0 moves a reference to the first target; shrinking
 * a list drops elements; the builder still yields a valid questionnaire.
 */
/** Blueprints of questionnaires, and their arbitraries. */
public final class Blueprints {

  private Blueprints() {}

  /** A whole questionnaire. */
  public record QuestionnaireSpec(List<DimensionSpec> fields, boolean totalBands, List<Integer> bandCuts,
      int recommendations, List<RuleSpec> rules, int totalSettings) {}

  /** A dimension: weight, questions, sub-dimensions, a settings pick (0 = none) and band flag. */
  public record DimensionSpec(int weight, List<QuestionSpec> questions, List<DimensionSpec> children,
      int settings, boolean ownBands) {}

  /**
   * A question: the type pick, weight, whether it uses the shared scale, option scores, whether it
   * allows don't know and not applicable, a variant (bits: required, reversed, scoring flavour),
   * and its visibility condition.
   */
  public record QuestionSpec(int type, int weight, boolean sharedScale, List<Integer> scores,
      boolean dontKnow, boolean notApplicable, int variant, Optional<ConditionSpec> visibleWhen) {}

  /** A rule: its condition and the recommendations it picks. */
  public record RuleSpec(ConditionSpec when, List<Integer> recommend) {}

  /** A condition blueprint. */
  public sealed interface ConditionSpec permits All, Any, Not, Is, Compare, Count, Measure {}

  /** All parts. */
  public record All(List<ConditionSpec> parts) implements ConditionSpec {}

  /** Any part. */
  public record Any(List<ConditionSpec> parts) implements ConditionSpec {}

  /** Not the part. */
  public record Not(ConditionSpec part) implements ConditionSpec {}

  /** A question's state. */
  public record Is(int question, AnswerState state) implements ConditionSpec {}

  /** A comparison: question, operator and literal picks, and a number for number questions. */
  public record Compare(int question, int operator, int literal, int number) implements ConditionSpec {}

  /** A quantifier over picked questions, with bounds and a state or comparison test. */
  public record Count(List<Integer> questions, int least, int spread, boolean bothBounds,
      Optional<AnswerState> state, int operator, int literal) implements ConditionSpec {}

  /** A score (0), completion (1), scorable (2) or band (3) condition on a picked dimension. */
  public record Measure(int kind, int dimension, int operator, int value, int band) implements ConditionSpec {}

  private static Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, 99);
  }

  /**
   * Questionnaire blueprints.
   *
   * @param shape the shape
   * @return the arbitrary
   */
  public static Arbitrary<QuestionnaireSpec> questionnaires(QuestionnaireShape shape) {
    Arbitrary<List<RuleSpec>> rules = shape.rules()
        ? Combinators.combine(conditions(2, true), picks().list().ofMinSize(1).ofMaxSize(2))
            .as(RuleSpec::new).list().ofMaxSize(4)
        : Arbitraries.just(List.of());
    return Combinators.combine(
            dimensions(shape, shape.depth()).list().ofMinSize(1).ofMaxSize(shape.fields()),
            Arbitraries.of(shape.bands(), false),
            Arbitraries.integers().between(1, 30).list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.integers().between(1, 3),
            rules,
            shape.variedScoring() ? Arbitraries.integers().between(0, 6) : Arbitraries.just(0))
        .as(QuestionnaireSpec::new);
  }

  private static Arbitrary<DimensionSpec> dimensions(QuestionnaireShape shape, int depth) {
    Arbitrary<List<DimensionSpec>> children = depth <= 1 || shape.subDimensions() == 0
        ? Arbitraries.just(List.of())
        : dimensions(shape, depth - 1).list().ofMaxSize(shape.subDimensions());
    return Combinators.combine(
            weights(),
            questions(shape).list().ofMinSize(1).ofMaxSize(shape.questionsPerDimension()),
            children,
            shape.variedScoring() ? Arbitraries.integers().between(0, 6) : Arbitraries.just(0),
            Arbitraries.of(false, shape.bands()))
        .as(DimensionSpec::new);
  }

  private static Arbitrary<Integer> weights() {
    return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.integers().between(1, 3)),
        Tuple.of(1, Arbitraries.just(0)));
  }

  private static Arbitrary<QuestionSpec> questions(QuestionnaireShape shape) {
    Arbitrary<Optional<ConditionSpec>> visibility = shape.visibility()
        ? conditions(1, false).optional(0.25) : Arbitraries.just(Optional.empty());
    return Combinators.combine(
            Arbitraries.integers().between(0, shape.questionTypes().size() - 1),
            weights(),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 100).list().ofMinSize(2).ofMaxSize(5),
            Arbitraries.of(true, false),
            Arbitraries.of(false, true),
            Arbitraries.integers().between(0, 15),
            visibility)
        .as(QuestionSpec::new);
  }

  private static Arbitrary<ConditionSpec> conditions(int depth, boolean inRule) {
    Arbitrary<ConditionSpec> is = Combinators.combine(picks(), Arbitraries.of(AnswerState.class)).as(Is::new);
    Arbitrary<ConditionSpec> compare = Combinators.combine(picks(), picks(), picks(),
        Arbitraries.integers().between(0, 100)).as(Compare::new);
    Arbitrary<ConditionSpec> count = Combinators.combine(picks().list().ofMinSize(1).ofMaxSize(3),
            picks(), Arbitraries.integers().between(0, 2), Arbitraries.of(false, true),
            Arbitraries.of(AnswerState.class).optional(0.5), picks(), picks())
        .as(Count::new);
    Arbitrary<ConditionSpec> measure = Combinators.combine(Arbitraries.integers().between(0, 3), picks(),
        picks(), Arbitraries.integers().between(0, 100), picks()).as(Measure::new);
    Arbitrary<ConditionSpec> leaf = inRule
        ? Arbitraries.frequencyOf(Tuple.of(4, compare), Tuple.of(2, is), Tuple.of(1, count), Tuple.of(3, measure))
        : Arbitraries.frequencyOf(Tuple.of(4, compare), Tuple.of(2, is), Tuple.of(1, count));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<ConditionSpec> part = conditions(depth - 1, inRule);
    return Arbitraries.frequencyOf(
        Tuple.of(5, leaf),
        Tuple.of(1, part.list().ofMinSize(1).ofMaxSize(3).map(All::new)),
        Tuple.of(1, part.list().ofMinSize(1).ofMaxSize(3).map(Any::new)),
        Tuple.of(1, part.map(Not::new)));
  }
}
