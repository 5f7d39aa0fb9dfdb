package dev.selfcheck.scoring;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.ConditionProgram;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A bound response against the same response built by hand, on generated questionnaires that use
 * every feature of the format (see {@link AnswerSheetPropertyTest}): the responses also hold
 * answers that draw findings (states a question does not allow, options it does not offer, values
 * of the wrong kind), and each answer is bound by index where it can be (options and yes/no as
 * indexes, states) and as a value otherwise. Both assessments are equal, with and without
 * explanations, and so are their JSON and compact JSON.
 */
class BoundResponsePropertyTest {

  /** One generated questionnaire and response, with answers that may draw findings. */
  record Case(Questionnaire questionnaire, Response response) {}

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.randomValue(random -> {
      AnswerSheetPropertyTest.Case c = new AnswerSheetPropertyTest.Generator(random).generate();
      return new Case(c.questionnaire(), spoil(c.questionnaire(), c.response(), random));
    }).filter(c -> c.questionnaire().validate().stream().noneMatch(Finding::isError));
  }

  /** Some answers that draw findings, and sometimes a respondent. */
  private static Response spoil(Questionnaire q, Response response, Random r) {
    Map<String, Answer> answers = new LinkedHashMap<>(response.answers());
    for (Question question : q.allQuestions().toList()) {
      int pick = r.nextInt(20);
      if (pick == 0) {
        answers.put(question.id(), Answer.dontKnow());
      } else if (pick == 1) {
        answers.put(question.id(), Answer.notApplicable());
      } else if (pick == 2) {
        answers.put(question.id(), Answer.of(AnswerValue.option("not-offered")));
      } else if (pick == 3) {
        answers.put(question.id(), Answer.of(AnswerValue.bool(true)));
      }
    }
    Response.Builder b = Response.builder().from(response).answers(answers);
    if (r.nextBoolean()) {
      b.respondent(Respondent.builder().id("p" + r.nextInt(9)).build());
    }
    return b.build();
  }

  /**
   * Binds a response by hand: options of single-choice and ordinal-scale questions and yes/no
   * answers by index, states as states, anything else as a value.
   */
  static BoundResponse bind(Questionnaire q, Response response) {
    ConditionProgram program = q.conditions();
    BoundResponse.Builder b = BoundResponse.builder(q);
    response.respondent().ifPresent(b::respondent);
    for (Map.Entry<String, Answer> e : response.answers().entrySet()) {
      int at = program.questionIndex(e.getKey());
      Question question = q.question(e.getKey()).orElseThrow();
      Answer a = e.getValue();
      AnswerValue v = a.valueOrNull();
      if (v == null) {
        b.state(at, a.state());
        continue;
      }
      int choice = -1;
      if (v.kind() == AnswerValue.Kind.BOOLEAN && question.type() == QuestionType.YES_NO) {
        choice = v.asBoolean() ? 1 : 0;
      } else if (v.kind() == AnswerValue.Kind.STRING
          && (question.type() == QuestionType.SINGLE_CHOICE
              || question.type() == QuestionType.ORDINAL_SCALE)) {
        List<String> values = new ArrayList<>();
        q.optionsOf(question).stream().map(AnswerOption::value).forEach(values::add);
        choice = values.indexOf(v.asOption());
      }
      if (choice >= 0) {
        b.choose(at, choice);
      } else {
        b.answer(at, v);
      }
    }
    return b.build(() -> response);
  }

  @Property(tries = 1000)
  void should_score_as_the_response_when_a_response_is_bound_by_index(@ForAll("cases") Case c) {
    // GIVEN
    Scorer plain = ScoringEngine.builder().explanations(false).build().compile(c.questionnaire());
    Scorer explaining = ScoringEngine.builder().explanations(true).build().compile(c.questionnaire());
    // WHEN
    Assessment boundPlain = plain.score(bind(c.questionnaire(), c.response()));
    Assessment boundExplained = explaining.score(bind(c.questionnaire(), c.response()));
    String compact = plain.score(bind(c.questionnaire(), c.response())).toCompactJson();
    // THEN
    Assessment handPlain = plain.score(c.response());
    Assessment handExplained = explaining.score(c.response());
    then(compact).isEqualTo(handPlain.toCompactJson());
    then(boundPlain).isEqualTo(handPlain);
    then(boundPlain.toJson()).isEqualTo(handPlain.toJson());
    then(boundExplained).isEqualTo(handExplained);
    then(boundExplained.toJson()).isEqualTo(handExplained.toJson());
    Statistics.label("findings").collect(!handPlain.findings().isEmpty());
    Statistics.label("total scorable").collect(handPlain.total().scorable());
  }
}
