package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.exact;
import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.Operator;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Which arguments each reason code carries: a reason with a missing argument, or with one its code
 * does not take, is refused when it is built, naming the argument.
 */
class ReasonArgumentsTest {

  /** Sets every argument of a code on a builder: the smallest complete reason of each code. */
  private static Reason.Builder complete(Reason.Code code) {
    Reason.Builder b = Reason.builder().rule("r1").pointer("/rules/0/when").code(code);
    switch (code) {
      case ANSWER_STATE -> b.question("q1").state(AnswerState.DONT_KNOW);
      case ANSWER_VALUE -> b.question("q1").answer(AnswerValue.option("yes")).operator(Operator.EQ)
          .addLiterals(Literal.of("yes"));
      case COUNT -> b.addQuestions("q1").questionCount(3).atLeast(1).state(AnswerState.DONT_KNOW);
      case SCORE -> b.dimension("d1").value(exact("2.5")).displayScore(new BigDecimal("2.5"))
          .operator(Operator.LT).addLiterals(Literal.of(new BigDecimal("3")));
      case COMPLETION -> b.dimension("d1").value(exact("0.5")).operator(Operator.LT)
          .addLiterals(Literal.of(new BigDecimal("0.8")));
      case SCORABLE -> b.dimension("d1");
      case NOT_SCORABLE -> b.dimension("d1").notScorable(NotScorable.of(NotScorable.Code.NOTHING_SCORED));
      case BAND -> b.dimension("d1").band("low");
      case NOT -> b.negated(AnswerIs.of("q1", AnswerState.ANSWERED));
      default -> throw new AssertionError(code);
    }
    return b;
  }

  /** Arguments that a code takes, each with the change that drops it. */
  private static final Map<String, Consumer<Reason.Builder>> DROPS = Map.of(
      "question", b -> b.question(java.util.Optional.empty()),
      "state", b -> b.state(java.util.Optional.empty()),
      "answer", b -> b.answer(java.util.Optional.empty()),
      "operator and literals", b -> b.operator(java.util.Optional.empty()),
      "questionCount", b -> b.questionCount(java.util.OptionalInt.empty()),
      "dimension", b -> b.dimension(java.util.Optional.empty()),
      "value", b -> b.value(java.util.Optional.empty()),
      "band", b -> b.band(java.util.Optional.empty()),
      "notScorable", b -> b.notScorable(java.util.Optional.empty()),
      "negated", b -> b.negated(java.util.Optional.empty()));

  static Stream<Arguments> missingArguments() {
    return Stream.of(
        Arguments.of(Reason.Code.ANSWER_STATE, "question"),
        Arguments.of(Reason.Code.ANSWER_STATE, "state"),
        Arguments.of(Reason.Code.ANSWER_VALUE, "question"),
        Arguments.of(Reason.Code.ANSWER_VALUE, "answer"),
        Arguments.of(Reason.Code.ANSWER_VALUE, "operator and literals"),
        Arguments.of(Reason.Code.COUNT, "questionCount"),
        Arguments.of(Reason.Code.SCORE, "dimension"),
        Arguments.of(Reason.Code.SCORE, "value"),
        Arguments.of(Reason.Code.SCORE, "operator and literals"),
        Arguments.of(Reason.Code.COMPLETION, "value"),
        Arguments.of(Reason.Code.COMPLETION, "operator and literals"),
        Arguments.of(Reason.Code.SCORABLE, "dimension"),
        Arguments.of(Reason.Code.NOT_SCORABLE, "dimension"),
        Arguments.of(Reason.Code.NOT_SCORABLE, "notScorable"),
        Arguments.of(Reason.Code.BAND, "dimension"),
        Arguments.of(Reason.Code.BAND, "band"),
        Arguments.of(Reason.Code.NOT, "negated"));
  }

  @ParameterizedTest(name = "{0} without {1}")
  @EnumSource(Reason.Code.class)
  void should_build_a_reason_when_its_code_has_every_argument(Reason.Code code) {
    // WHEN
    Reason reason = complete(code).build();

    // THEN
    then(reason.code()).isEqualTo(code);
    then(Reason.Code.fromJsonName(code.jsonName())).contains(code);
  }

  @ParameterizedTest(name = "{0} without {1}")
  @MethodSource("missingArguments")
  void should_refuse_a_reason_when_an_argument_of_its_code_is_missing(Reason.Code code, String what) {
    // GIVEN
    Reason.Builder b = complete(code);
    DROPS.get(what).accept(b);

    // WHEN
    Throwable thrown = catchThrowable(b::build);

    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a reason '" + code.jsonName() + "' has the wrong " + what);
  }

  static Stream<Arguments> foreignArguments() {
    return Stream.of(
        Arguments.of(Reason.Code.SCORABLE, "question", (Consumer<Reason.Builder>) b -> b.question("q1")),
        Arguments.of(Reason.Code.SCORABLE, "questionCount",
            (Consumer<Reason.Builder>) b -> b.questionCount(2)),
        Arguments.of(Reason.Code.SCORABLE, "questions, atLeast and atMost",
            (Consumer<Reason.Builder>) b -> b.atMost(2)),
        Arguments.of(Reason.Code.ANSWER_STATE, "questions, atLeast and atMost",
            (Consumer<Reason.Builder>) b -> b.addQuestions("q2")),
        Arguments.of(Reason.Code.BAND, "questions, atLeast and atMost",
            (Consumer<Reason.Builder>) b -> b.atLeast(1)),
        Arguments.of(Reason.Code.ANSWER_STATE, "answer",
            (Consumer<Reason.Builder>) b -> b.answer(AnswerValue.bool(true))),
        Arguments.of(Reason.Code.COUNT, "state or operator",
            (Consumer<Reason.Builder>) b -> b.operator(Operator.EQ).addLiterals(Literal.of("a"))),
        Arguments.of(Reason.Code.ANSWER_STATE, "dimension", (Consumer<Reason.Builder>) b -> b.dimension("d1")),
        Arguments.of(Reason.Code.BAND, "value", (Consumer<Reason.Builder>) b -> b.value(exact("1"))),
        Arguments.of(Reason.Code.COMPLETION, "displayScore",
            (Consumer<Reason.Builder>) b -> b.displayScore(BigDecimal.ONE)),
        Arguments.of(Reason.Code.SCORE, "band", (Consumer<Reason.Builder>) b -> b.band("low")),
        Arguments.of(Reason.Code.SCORABLE, "notScorable",
            (Consumer<Reason.Builder>) b -> b.notScorable(NotScorable.of(NotScorable.Code.ZERO_WEIGHTS))),
        Arguments.of(Reason.Code.SCORABLE, "negated",
            (Consumer<Reason.Builder>) b -> b.negated(AnswerIs.of("q1", AnswerState.ANSWERED))));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("foreignArguments")
  void should_refuse_a_reason_when_it_carries_an_argument_its_code_does_not_take(
      Reason.Code code, String what, Consumer<Reason.Builder> add) {
    // GIVEN
    Reason.Builder b = complete(code);
    add.accept(b);

    // WHEN
    Throwable thrown = catchThrowable(b::build);

    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a reason '" + code.jsonName() + "' has the wrong " + what);
  }

  @Test
  void should_find_every_code_and_exclusion_by_its_json_name_and_nothing_else() {
    then(Arrays.stream(Reason.Code.values()).map(Reason.Code::jsonName)
        .map(Reason.Code::fromJsonName).map(java.util.Optional::orElseThrow))
        .containsExactly(Reason.Code.values());
    then(Arrays.stream(NotScorable.Code.values()).map(NotScorable.Code::jsonName)
        .map(NotScorable.Code::fromJsonName).map(java.util.Optional::orElseThrow))
        .containsExactly(NotScorable.Code.values());
    then(Arrays.stream(Contribution.Exclusion.values()).map(Contribution.Exclusion::jsonName)
        .map(Contribution.Exclusion::fromJsonName).map(java.util.Optional::orElseThrow))
        .containsExactly(Contribution.Exclusion.values());
    for (String unknown : List.of("ANSWER_STATE", "", "answerstate", "dontknow")) {
      then(Reason.Code.fromJsonName(unknown)).as(unknown).isEmpty();
      then(NotScorable.Code.fromJsonName(unknown)).as(unknown).isEmpty();
      then(Contribution.Exclusion.fromJsonName(unknown)).as(unknown).isEmpty();
    }
  }

  @Test
  void should_name_the_code_and_the_shares_when_a_not_scorable_reason_is_printed() {
    then(NotScorable.tooFewAnswered(exact("1/3"), exact("1/2")))
        .hasToString("NotScorable[code=tooFewAnswered, answeredShare=1/3, requiredShare=0.5]");
    then(NotScorable.of(NotScorable.Code.ZERO_WEIGHTS)).hasToString("NotScorable[code=zeroWeights]");
    then(catchThrowable(() -> NotScorable.of(NotScorable.Code.TOO_FEW_ANSWERED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a not-scorable reason 'tooFewAnswered' needs answeredShare and requiredShare");
  }
}
