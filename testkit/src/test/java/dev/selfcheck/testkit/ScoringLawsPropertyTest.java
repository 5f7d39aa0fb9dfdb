package dev.selfcheck.testkit;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.ScoringEngine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/*
 * Laws of the scoring engine, for all generated questionnaires and responses. These live in the
 * testkit rather than in the scoring module because Maven forbids the cycle scoring(test) ->
 * testkit -> scoring; they are the scoring module's property tests written with the testkit's
 * arbitraries. The monotonicity and don't-know laws use questionnaires without visibility
 * conditions, so that changing one answer cannot show or hide another question.
 */
/** Scoring laws over generated questionnaires and responses. */
class ScoringLawsPropertyTest {

  private static final ScoringEngine ENGINE = ScoringEngine.create();

  @Provide
  Arbitrary<Tuple2<Questionnaire, Response>> anyCase() {
    return SelfcheckArbitraries.questionnaires()
        .flatMap(q -> SelfcheckArbitraries.responsesFor(q).map(r -> Tuple.of(q, r)));
  }

  @Provide
  Arbitrary<Tuple2<Questionnaire, Response>> withoutVisibility() {
    QuestionnaireShape shape = QuestionnaireShape.builder().visibility(false).build();
    return SelfcheckArbitraries.questionnaires(shape)
        .flatMap(q -> SelfcheckArbitraries.responsesFor(q).map(r -> Tuple.of(q, r)));
  }

  @Property(tries = 400)
  void should_lie_within_its_range_when_a_dimension_is_scorable(
      @ForAll("anyCase") Tuple2<Questionnaire, Response> c) {
    // GIVEN
    Assessment assessment = ENGINE.compile(c.get1()).score(c.get2());
    // WHEN
    List<DimensionResult> all = results(assessment);
    // THEN
    then(all).filteredOn(DimensionResult::scorable).allSatisfy(d -> {
      then(d.score().orElseThrow()).isBetween(d.minScore(), d.maxScore());
      then(d.completion()).isBetween(Rational.ZERO, Rational.ONE);
    });
  }

  @Property(tries = 400)
  void should_be_in_the_first_band_that_contains_the_score_when_a_dimension_has_bands(
      @ForAll("anyCase") Tuple2<Questionnaire, Response> c) {
    // GIVEN
    Questionnaire questionnaire = c.get1();
    Assessment assessment = ENGINE.compile(questionnaire).score(c.get2());
    // WHEN
    List<DimensionResult> all = results(assessment);
    // THEN
    then(all).allSatisfy(d -> {
      Optional<String> expected = d.score().flatMap(s -> bandsOf(questionnaire, d.id()).stream()
          .filter(b -> contains(b, s)).findFirst()).map(Band::id);
      then(d.band().map(Band::id)).as("band of %s with score %s", d.id(), d.score()).isEqualTo(expected);
    });
  }

  @Property(tries = 300)
  void should_give_the_same_assessment_when_a_response_is_scored_again(
      @ForAll("anyCase") Tuple2<Questionnaire, Response> c) {
    // GIVEN
    Assessment first = ENGINE.compile(c.get1()).score(c.get2());
    // WHEN
    Assessment again = ScoringEngine.create().compile(c.get1()).score(c.get2());
    // THEN
    then(again.toJson()).isEqualTo(first.toJson());
    then(again).isEqualTo(first);
  }

  @Property(tries = 400)
  void should_lower_no_score_when_one_choice_answer_gets_a_higher_item_score(
      @ForAll("withoutVisibility") Tuple2<Questionnaire, Response> c) {
    // GIVEN the first choice question answered with an option that is not its best
    Questionnaire questionnaire = c.get1();
    Response response = c.get2();
    Optional<Question> question = questionnaire.allQuestions()
        .filter(q -> q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.ORDINAL_SCALE)
        .filter(q -> response.stateOf(q.id()) == AnswerState.ANSWERED)
        .filter(q -> better(questionnaire, q, response.answer(q.id()).orElseThrow()).isPresent())
        .findFirst();
    if (question.isEmpty()) {
      return;  // nothing to improve in this response
    }
    String id = question.get().id();
    String option = better(questionnaire, question.get(), response.answer(id).orElseThrow()).orElseThrow();
    Response improved = with(response, id, Answer.of(AnswerValue.option(option)));
    // WHEN
    Assessment before = ENGINE.compile(questionnaire).score(response);
    Assessment after = ENGINE.compile(questionnaire).score(improved);
    // THEN
    then(results(after)).allSatisfy(d -> {
      DimensionResult old = before.dimension(d.id()).orElseThrow();
      if (old.score().isPresent()) {
        then(d.score()).as("score of %s after answering %s with %s", d.id(), id, option).isPresent();
        then(d.score().orElseThrow()).as("score of %s after answering %s with %s", d.id(), id, option)
            .isGreaterThanOrEqualTo(old.score().orElseThrow());
      }
    });
  }

  @Property(tries = 400)
  void should_change_no_score_when_an_unanswered_question_is_answered_dont_know(
      @ForAll("withoutVisibility") Tuple2<Questionnaire, Response> c) {
    // GIVEN every unanswered question that allows it answered "don't know"
    Questionnaire questionnaire = c.get1();
    Response response = c.get2();
    Map<String, Answer> answers = new LinkedHashMap<>(response.answers());
    questionnaire.allQuestions()
        .filter(q -> questionnaire.allowsDontKnow(q) && response.stateOf(q.id()) == AnswerState.NOT_ANSWERED)
        .forEach(q -> answers.put(q.id(), Answer.dontKnow()));
    Response dontKnow = Response.builder().from(response).answers(answers).build();
    // WHEN
    Assessment before = ENGINE.compile(questionnaire).score(response);
    Assessment after = ENGINE.compile(questionnaire).score(dontKnow);
    // THEN "don't know" is excluded like no answer: same scores and bands, completion not lower
    then(results(after)).allSatisfy(d -> {
      DimensionResult old = before.dimension(d.id()).orElseThrow();
      then(d.score()).as("score of %s", d.id()).isEqualTo(old.score());
      then(d.band()).as("band of %s", d.id()).isEqualTo(old.band());
      then(d.completion()).as("completion of %s", d.id()).isGreaterThanOrEqualTo(old.completion());
    });
  }

  private static List<DimensionResult> results(Assessment assessment) {
    List<DimensionResult> all = new ArrayList<>(assessment.dimensions());
    all.add(assessment.total());
    return all;
  }

  private static List<Band> bandsOf(Questionnaire questionnaire, String id) {
    if (DimensionResult.TOTAL.equals(id)) {
      return questionnaire.bands();
    }
    List<Band> own = questionnaire.dimension(id).orElseThrow().bands();
    return own.isEmpty() ? questionnaire.bands() : own;
  }

  private static boolean contains(Band band, Rational score) {
    int lower = score.compareTo(band.lower());
    int upper = score.compareTo(band.upper());
    return (band.lowerInclusive() ? lower >= 0 : lower > 0) && (band.upperInclusive() ? upper <= 0 : upper < 0);
  }

  /** @return an option of the question with a higher item score than the answer's, if there is one */
  private static Optional<String> better(Questionnaire questionnaire, Question q, Answer answer) {
    List<AnswerOption> options = questionnaire.optionsOf(q);
    if (options.stream().anyMatch(o -> o.score().isEmpty())) {
      return Optional.empty();
    }
    BigDecimal current = itemScore(options, q, answer.value().orElseThrow().asOption());
    return options.stream().filter(o -> itemScore(options, q, o.value()).compareTo(current) > 0)
        .map(AnswerOption::value).findFirst();
  }

  private static BigDecimal itemScore(List<AnswerOption> options, Question q, String value) {
    BigDecimal score = options.stream().filter(o -> o.value().equals(value)).findFirst().orElseThrow()
        .score().orElseThrow();
    if (!q.reversed()) {
      return score;
    }
    List<BigDecimal> scores = options.stream().map(o -> o.score().orElseThrow()).collect(Collectors.toList());
    BigDecimal lo = scores.stream().min(BigDecimal::compareTo).orElseThrow();
    BigDecimal hi = scores.stream().max(BigDecimal::compareTo).orElseThrow();
    return lo.add(hi).subtract(score);
  }

  private static Response with(Response response, String id, Answer answer) {
    Map<String, Answer> answers = new LinkedHashMap<>(response.answers());
    answers.put(id, answer);
    return Response.builder().from(response).answers(answers).build();
  }
}
