package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.answers;
import static dev.selfcheck.scoring.Fixtures.choice;
import static dev.selfcheck.scoring.Fixtures.compile;
import static dev.selfcheck.scoring.Fixtures.dim;
import static dev.selfcheck.scoring.Fixtures.questionnaire;
import static dev.selfcheck.scoring.Fixtures.yesNo;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A response bound by index: built only when asked for, misuse refused, scored as its response. */
class BoundResponseTest {

  /** q1 (options o1 to o3), q2 (yes/no). */
  private static final Questionnaire Q = questionnaire(dim("d", choice("q1", "0", "1", "2"),
      yesNo("q2", "2", "0")));

  private static final Response RESPONSE = answers().option("q1", "o3").yes("q2").response();

  @Test
  void should_build_the_response_only_when_the_assessments_parts_are_read() {
    // GIVEN
    AtomicInteger built = new AtomicInteger();
    BoundResponse bound = BoundResponse.builder(Q).choose(0, 2).choose(1, 1)
        .build(() -> {
          built.incrementAndGet();
          return RESPONSE;
        });
    Scorer scorer = compile(Q);
    // WHEN
    Assessment a = scorer.score(bound);
    String compact = a.toCompactJson();
    int beforeReading = built.get();
    a.dimensions();
    bound.response();
    // THEN
    then(beforeReading).isZero();
    then(built.get()).isOne();
    then(compact).isEqualTo(scorer.score(RESPONSE).toCompactJson());
    then(a).isEqualTo(scorer.score(RESPONSE));
  }

  @Test
  void should_bind_by_id_when_a_response_is_not_bound_or_bound_to_another_questionnaire_object() {
    // GIVEN an equal questionnaire that is another object
    Questionnaire twin = Questionnaire.builder().from(Q).build();
    Scorer scorer = compile(Q);
    // WHEN
    Assessment notBound = scorer.score(BoundResponse.of(Q, RESPONSE));
    Assessment boundToTwin = scorer.score(BoundResponse.builder(twin).choose(0, 0).choose(1, 1)
        .build(() -> RESPONSE));
    // THEN the response decides, as when it is scored itself
    then(notBound).isEqualTo(scorer.score(RESPONSE));
    then(boundToTwin).isEqualTo(scorer.score(RESPONSE));
  }

  @Test
  void should_refuse_an_index_that_names_no_question_or_no_option() {
    // GIVEN
    BoundResponse.Builder builder = BoundResponse.builder(Q);
    Scorer scorer = compile(Q);
    // WHEN
    Throwable noQuestion = catchThrowable(() -> builder.choose(2, 0));
    Throwable negative = catchThrowable(() -> builder.choose(0, -1));
    Throwable answered = catchThrowable(() -> builder.state(0, AnswerState.ANSWERED));
    Throwable noOption = catchThrowable(() -> scorer.score(
        BoundResponse.builder(Q).choose(0, 3).build(() -> RESPONSE)));
    Throwable noYes = catchThrowable(() -> scorer.score(
        BoundResponse.builder(Q).choose(1, 2).build(() -> RESPONSE)));
    // THEN
    then(noQuestion).isInstanceOf(IllegalArgumentException.class).hasMessage("no question number 2");
    then(negative).isInstanceOf(IllegalArgumentException.class).hasMessage("no choice number -1");
    then(answered).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an answered question takes a choice or a value");
    then(noOption).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("question 'q1' (number 0) has no choice number 3");
    then(noYes).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("question 'q2' (number 1) has no choice number 2");
  }

  @Test
  void should_refuse_a_builder_that_was_built_and_a_response_that_is_not_the_one_bound() {
    // GIVEN
    BoundResponse.Builder builder = BoundResponse.builder(Q).choose(0, 1);
    BoundResponse other = builder.respondent(Respondent.builder().id("p1").build())
        .build(() -> RESPONSE);
    // WHEN
    Throwable again = catchThrowable(() -> builder.choose(0, 0));
    Throwable notTheOne = catchThrowable(other::response);
    // THEN
    then(again).isInstanceOf(IllegalStateException.class).hasMessage("the builder was built");
    then(notTheOne).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the response is not the one bound");
    then(other.respondent()).map(Respondent::id).contains("p1");
  }
}
