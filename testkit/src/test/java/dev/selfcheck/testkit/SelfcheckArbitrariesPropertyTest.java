package dev.selfcheck.testkit;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** The arbitraries produce valid questionnaires of their shape and responses that fit them. */
class SelfcheckArbitrariesPropertyTest {

  @Provide
  Arbitrary<Tuple2<Questionnaire, Response>> cases() {
    return SelfcheckArbitraries.questionnaires()
        .flatMap(q -> SelfcheckArbitraries.responsesFor(q).map(r -> Tuple.of(q, r)));
  }

  @Property(tries = 300)
  void should_have_no_errors_when_a_questionnaire_is_generated(
      @ForAll("cases") Tuple2<Questionnaire, Response> c) {
    // GIVEN
    Questionnaire questionnaire = c.get1();
    // WHEN
    List<Finding> errors = questionnaire.validate().stream().filter(Finding::isError)
        .collect(Collectors.toList());
    // THEN
    then(errors).isEmpty();
  }

  @Property(tries = 300)
  void should_validate_without_findings_when_a_response_is_generated_for_a_questionnaire(
      @ForAll("cases") Tuple2<Questionnaire, Response> c) {
    // GIVEN
    Questionnaire questionnaire = c.get1();
    // WHEN
    List<Finding> findings = questionnaire.validate(c.get2()).stream()
        .filter(f -> !f.code().equals("RSP-0012"))  // required questions may be left unanswered
        .collect(Collectors.toList());
    // THEN
    then(findings).isEmpty();
  }

  @Provide
  Arbitrary<Questionnaire> narrow() {
    return SelfcheckArbitraries.questionnaires(QuestionnaireShape.builder().fields(2).depth(1)
        .questionsPerDimension(2).questionTypes(EnumSet.of(QuestionType.YES_NO, QuestionType.TEXT))
        .rules(false).bands(false).visibility(false).build());
  }

  @Property(tries = 200)
  void should_follow_the_shape_when_a_narrow_shape_is_asked_for(@ForAll("narrow") Questionnaire q) {
    // GIVEN a shape of two flat fields with up to two yes/no or text questions, nothing else
    // WHEN
    List<QuestionType> types = q.allQuestions().map(Question::type).distinct().collect(Collectors.toList());
    // THEN
    then(q.dimensions()).hasSizeBetween(1, 2).allSatisfy(d -> {
      then(d.dimensions()).isEmpty();
      then(d.questions()).hasSizeBetween(1, 2);
    });
    then(types).isSubsetOf(QuestionType.YES_NO, QuestionType.TEXT);
    then(q.rules()).isEmpty();
    then(q.bands()).isEmpty();
    then(q.allQuestions().filter(x -> x.visibleWhen().isPresent())).isEmpty();
    then(q.validate().stream().filter(Finding::isError)).isEmpty();
  }

  @Property(tries = 5)
  void should_give_the_same_responses_when_sampled_twice_with_one_seed(
      @ForAll("narrow") Questionnaire q) {
    // GIVEN
    long seed = 42;
    // WHEN
    List<Response> first = SelfcheckArbitraries.sampleResponses(q, 5, seed);
    List<Response> second = SelfcheckArbitraries.sampleResponses(q, 5, seed);
    // THEN
    then(first).hasSize(5).isEqualTo(second);
  }
}
