package dev.selfcheck.scenarios;

import dev.selfcheck.core.Band;
import dev.selfcheck.core.Finding;
import dev.selfcheck.scenarios.internal.Numbers;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Reason;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Checks of an assessment that need no test framework: each returns why the check fails, in words
 * that name the expected and the actual value and list what is there instead, or empty when it
 * holds.
 *
 * <pre>{@code
 * Optional<String> failure = AssessmentChecks.isInBand(assessment.total(), "advanced");
 * failure.ifPresent(System.err::println);
 * }</pre>
 *
 * <p>The scenario runner's {@link Expectation}s and the testkit's AssertJ assertions both report
 * through these checks, so a failed expectation reads like a failed assertion. Stateless and
 * thread-safe; no argument may be {@code null}. Exact numbers are written as text: an integer
 * ({@code "21"}), a decimal ({@code "62.5"}) or a fraction ({@code "250/3"}), see {@link
 * #exactNumber(String)}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AssessmentChecks {

  private AssessmentChecks() {}

  /**
   * Reads an exact number written as text.
   *
   * @param text an integer, a decimal such as {@code 62.5} or a fraction such as {@code 250/3}
   * @return the number
   * @throws IllegalArgumentException if the text is not such a number
   */
  public static Rational exactNumber(String text) {
    return Numbers.require(text);
  }

  // ------------------------------------------------------------------ assessment

  /**
   * Checks that the assessment has a result for a dimension.
   *
   * @param actual the assessment
   * @param dimensionId a dimension id, or {@code "total"}
   * @return why not, or empty
   */
  public static Optional<String> hasDimension(Assessment actual, String dimensionId) {
    if (actual.dimension(dimensionId).isPresent()) {
      return Optional.empty();
    }
    return Optional.of("Expected the assessment to have a dimension '" + dimensionId
        + "', but its dimensions are: " + actual.dimensions().stream().map(DimensionResult::id)
            .collect(Collectors.toList()));
  }

  /**
   * Checks that a recommendation fired.
   *
   * @param actual the assessment
   * @param recommendationId a recommendation id
   * @return why not, or empty
   */
  public static Optional<String> recommends(Assessment actual, String recommendationId) {
    if (fired(actual, recommendationId).isPresent()) {
      return Optional.empty();
    }
    return Optional.of("Expected the assessment to recommend '" + recommendationId
        + "', but it recommends " + describeFired(actual));
  }

  /**
   * Checks that none of some recommendations fired.
   *
   * @param actual the assessment
   * @param recommendationIds recommendation ids
   * @return why not, or empty
   */
  public static Optional<String> doesNotRecommend(Assessment actual, String... recommendationIds) {
    List<String> ids = Arrays.asList(recommendationIds);
    List<FiredRecommendation> unexpected = actual.recommendations().stream()
        .filter(r -> ids.contains(r.recommendation().id())).collect(Collectors.toList());
    if (unexpected.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Expected the assessment not to recommend " + quoted(ids) + ", but it recommends "
        + unexpected.stream().map(r -> "'" + r.recommendation().id() + "' (rules " + r.rules() + ")")
            .collect(Collectors.joining(", "))
        + "; all fired: " + describeFired(actual));
  }

  /**
   * Checks that exactly these recommendations fired, in any order.
   *
   * @param actual the assessment
   * @param recommendationIds recommendation ids
   * @return why not, or empty
   */
  public static Optional<String> recommendsExactly(Assessment actual, String... recommendationIds) {
    TreeSet<String> expected = new TreeSet<>(Arrays.asList(recommendationIds));
    TreeSet<String> fired = firedIds(actual);
    if (expected.equals(fired)) {
      return Optional.empty();
    }
    TreeSet<String> missing = new TreeSet<>(expected);
    missing.removeAll(fired);
    TreeSet<String> extra = new TreeSet<>(fired);
    extra.removeAll(expected);
    return Optional.of("Expected the assessment to recommend exactly " + quoted(expected)
        + ", but it recommends " + quoted(fired) + " (missing: " + quoted(missing) + ", unexpected: "
        + quoted(extra) + ")");
  }

  /**
   * Checks that no recommendation fired.
   *
   * @param actual the assessment
   * @return why not, or empty
   */
  public static Optional<String> recommendsNothing(Assessment actual) {
    if (actual.recommendations().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Expected the assessment to recommend nothing, but it recommends "
        + describeFired(actual));
  }

  /**
   * Checks that the assessment has a finding with a code.
   *
   * @param actual the assessment
   * @param code a finding code such as {@code SCO-0001}
   * @return why not, or empty
   */
  public static Optional<String> hasFinding(Assessment actual, String code) {
    if (actual.findings().stream().anyMatch(f -> f.code().equals(code))) {
      return Optional.empty();
    }
    return Optional.of("Expected the assessment to have a finding " + code + ", but its findings are"
        + describeFindings(actual));
  }

  /**
   * Checks that the assessment has no findings at all.
   *
   * @param actual the assessment
   * @return why not, or empty
   */
  public static Optional<String> hasNoFindings(Assessment actual) {
    if (actual.findings().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Expected the assessment to have no findings, but it has" + describeFindings(actual));
  }

  // ------------------------------------------------------------------ dimension results

  /**
   * Checks the exact score.
   *
   * @param actual the result of a dimension or of the total
   * @param expected the score
   * @return why not, or empty
   */
  public static Optional<String> hasScore(DimensionResult actual, Rational expected) {
    return scorableFor(actual, "have score " + expected).or(() -> {
      Rational score = actual.score().orElseThrow();
      return score.equals(expected) ? Optional.empty() : Optional.of("Expected " + name(actual)
          + " to have score " + expected + ", but it has " + describeScore(actual));
    });
  }

  /**
   * Checks the display score (rounded half up to the dimension's decimals), compared as a number:
   * {@code "21"} equals {@code 21.0}.
   *
   * @param actual the result of a dimension or of the total
   * @param expected the display score, such as {@code "83.3"}
   * @return why not, or empty
   * @throws NumberFormatException if {@code expected} is not a decimal number
   */
  public static Optional<String> hasDisplayScore(DimensionResult actual, String expected) {
    BigDecimal wanted = new BigDecimal(expected);
    return scorableFor(actual, "have display score " + expected).or(() -> {
      BigDecimal shown = actual.displayScore().orElseThrow();
      return shown.compareTo(wanted) == 0 ? Optional.empty() : Optional.of("Expected " + name(actual)
          + " to have display score " + expected + ", but it has " + describeScore(actual));
    });
  }

  /**
   * Checks that the exact score lies within bounds, both included.
   *
   * @param actual the result of a dimension or of the total
   * @param lowest the lowest score accepted
   * @param highest the highest score accepted
   * @return why not, or empty
   */
  public static Optional<String> hasScoreBetween(DimensionResult actual, Rational lowest, Rational highest) {
    return scorableFor(actual, "have a score between " + lowest + " and " + highest).or(() -> {
      Rational score = actual.score().orElseThrow();
      return score.compareTo(lowest) >= 0 && score.compareTo(highest) <= 0 ? Optional.empty()
          : Optional.of("Expected " + name(actual) + " to have a score between " + lowest + " and "
              + highest + ", but it has " + describeScore(actual));
    });
  }

  /**
   * Checks the band the score lies in.
   *
   * @param actual the result of a dimension or of the total
   * @param bandId the band id
   * @return why not, or empty
   */
  public static Optional<String> isInBand(DimensionResult actual, String bandId) {
    return scorableFor(actual, "be in band '" + bandId + "'").or(() -> {
      String band = actual.band().map(Band::id).orElse(null);
      return bandId.equals(band) ? Optional.empty() : Optional.of("Expected " + name(actual)
          + " to be in band '" + bandId + "', but it is "
          + (band == null ? "in no band" : "in band '" + band + "'") + " with score " + describeScore(actual));
    });
  }

  /**
   * Checks that the dimension is scorable but its score lies in none of its bands.
   *
   * @param actual the result of a dimension or of the total
   * @return why not, or empty
   */
  public static Optional<String> hasNoBand(DimensionResult actual) {
    return scorableFor(actual, "be in no band").or(() -> actual.band().map(b -> "Expected " + name(actual)
        + " to be in no band, but it is in band '" + b.id() + "' with score " + describeScore(actual)));
  }

  /**
   * Checks the completion: the share (0 to 1) of shown scored questions that got a response.
   *
   * @param actual the result of a dimension or of the total
   * @param expected the completion
   * @return why not, or empty
   */
  public static Optional<String> hasCompletion(DimensionResult actual, Rational expected) {
    if (actual.completion().equals(expected)) {
      return Optional.empty();
    }
    return Optional.of("Expected " + name(actual) + " to have completion " + expected + ", but it has "
        + actual.completion() + " (" + actual.answered() + " answered, " + actual.dontKnow()
        + " don't know, " + actual.notApplicable() + " not applicable, " + actual.notAnswered()
        + " not answered)");
  }

  /**
   * Checks that the dimension has a score.
   *
   * @param actual the result of a dimension or of the total
   * @return why not, or empty
   */
  public static Optional<String> isScorable(DimensionResult actual) {
    return scorableFor(actual, "be scorable");
  }

  /**
   * Checks that the dimension has no score.
   *
   * @param actual the result of a dimension or of the total
   * @return why not, or empty
   */
  public static Optional<String> isNotScorable(DimensionResult actual) {
    if (!actual.scorable()) {
      return Optional.empty();
    }
    return Optional.of("Expected " + name(actual) + " not to be scorable, but it has score "
        + describeScore(actual));
  }

  /**
   * Checks that the dimension has no score for a reason that contains a text.
   *
   * @param actual the result of a dimension or of the total
   * @param text a part of the reason, such as {@code "no question"}
   * @return why not, or empty
   */
  public static Optional<String> isNotScorableBecause(DimensionResult actual, String text) {
    return isNotScorable(actual).or(() -> {
      String because = actual.notScorableBecause().orElse("");
      return because.contains(text) ? Optional.empty() : Optional.of("Expected " + name(actual)
          + " not to be scorable because of \"" + text + "\", but the reason is \"" + because + "\"");
    });
  }

  // ------------------------------------------------------------------ fired recommendations

  /**
   * Checks that one of the reasons (the facts that made a rule fire) contains a text.
   *
   * @param actual a fired recommendation
   * @param text a part of a fact, such as {@code "is below 50"}
   * @return why not, or empty
   */
  public static Optional<String> hasReasonContaining(FiredRecommendation actual, String text) {
    if (actual.reasons().stream().anyMatch(r -> r.fact().contains(text))) {
      return Optional.empty();
    }
    return Optional.of("Expected recommendation '" + actual.recommendation().id()
        + "' to have a reason containing \"" + text + "\", but its reasons are" + describeReasons(actual));
  }

  /**
   * Checks that a rule yielded the recommendation.
   *
   * @param actual a fired recommendation
   * @param ruleId a rule id
   * @return why not, or empty
   */
  public static Optional<String> isFiredBy(FiredRecommendation actual, String ruleId) {
    if (actual.rules().contains(ruleId)) {
      return Optional.empty();
    }
    return Optional.of("Expected recommendation '" + actual.recommendation().id()
        + "' to be yielded by rule '" + ruleId + "', but it was yielded by " + actual.rules());
  }

  // ------------------------------------------------------------------ descriptions

  static Optional<FiredRecommendation> fired(Assessment actual, String recommendationId) {
    Objects.requireNonNull(recommendationId, "recommendationId");
    return actual.recommendations().stream()
        .filter(r -> r.recommendation().id().equals(recommendationId)).findFirst();
  }

  private static TreeSet<String> firedIds(Assessment actual) {
    return actual.recommendations().stream().map(r -> r.recommendation().id())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Optional<String> scorableFor(DimensionResult actual, String what) {
    if (actual.scorable()) {
      return Optional.empty();
    }
    return Optional.of("Expected " + name(actual) + " to " + what + ", but it is not scorable: "
        + actual.notScorableBecause().orElse("no reason given"));
  }

  private static String name(DimensionResult actual) {
    return DimensionResult.TOTAL.equals(actual.id()) ? "the total" : "dimension '" + actual.id() + "'";
  }

  private static String describeScore(DimensionResult actual) {
    Rational score = actual.score().orElseThrow();
    BigDecimal shown = actual.displayScore().orElseThrow();
    String exact = score.toString();
    return (Rational.of(shown).equals(score) ? exact : exact + " (displayed " + shown.toPlainString() + ")")
        + actual.band().map(b -> ", band '" + b.id() + "'").orElse(", no band");
  }

  private static String describeFired(Assessment actual) {
    if (actual.recommendations().isEmpty()) {
      return "nothing";
    }
    return actual.recommendations().stream().map(r -> "'" + r.recommendation().id() + "'")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String describeFindings(Assessment actual) {
    if (actual.findings().isEmpty()) {
      return " none";
    }
    return actual.findings().stream().map(Finding::toString).collect(Collectors.joining("\n  ", ":\n  ", ""));
  }

  private static String describeReasons(FiredRecommendation actual) {
    if (actual.reasons().isEmpty()) {
      return " none (scored without explanations?)";
    }
    return actual.reasons().stream().map(AssessmentChecks::describe).collect(Collectors.joining("\n  ", ":\n  ", ""));
  }

  private static String describe(Reason r) {
    return r.pointer() + " (" + r.rule() + "): " + r.fact();
  }

  private static String quoted(Collection<String> ids) {
    return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ", "[", "]"));
  }
}
