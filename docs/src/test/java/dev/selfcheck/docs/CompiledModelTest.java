package dev.selfcheck.docs;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.ConditionProgram;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.ScoringEngine;
import dev.selfcheck.scoring.ScoringModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a host can ask the compiled questionnaire (docs/scoring.md and docs/hosts.md): the
 * read-only {@code ScoringModel} and the condition program. The tagged regions are copied into
 * the pages.
 */
class CompiledModelTest {

  @Test
  void should_state_ranges_settings_and_ranked_options_when_asking_the_scoring_model() {
    // GIVEN
    Questionnaire questionnaire = ExampleFiles.questionnaire("scoring-example-1.yaml");
    // WHEN
    // tag::model[]
    ScoringModel model = ScoringEngine.create().compile(questionnaire).model();
    ScoringModel.Range total = model.scoreRange("total");             // 0 … 100
    ScoringModel.Range q5 = model.itemRange("q5").orElseThrow();      // no: 0 … yes: 100
    List<AnswerOption> best = model.optionsByScore("q1");             // "4" (100) first, "0" last
    String band = model.bandOf("strategy", Rational.of(75, 1)).map(b -> b.id()).orElse("none");
    int decimals = model.settingsOf("staff").decimals().orElse(2);    // 1, inherited
    // end::model[]
    // THEN
    then(total).isEqualTo(new ScoringModel.Range(Rational.ZERO, Rational.HUNDRED));
    then(q5).isEqualTo(new ScoringModel.Range(Rational.ZERO, Rational.HUNDRED));
    then(best).extracting(AnswerOption::value).containsExactly("4", "3", "2", "1", "0");
    then(band).isEqualTo("exemplary");
    then(decimals).isEqualTo(1);
  }

  @Test
  void should_show_a_follow_up_question_when_the_form_answers_yes() {
    // GIVEN the flagship's follow-up mgmt.strategyGoals, asked only when there is a strategy
    Questionnaire questionnaire = Flagship.questionnaire();
    Response response = Response.builder().questionnaireId(questionnaire.id())
        .questionnaireVersion(questionnaire.version())
        .putAnswer("mgmt.strategyExists", Answer.of(AnswerValue.bool(false))).build();
    Response changed = Response.builder().from(response)
        .putAnswer("mgmt.strategyExists", Answer.of(AnswerValue.bool(true))).build();
    // WHEN
    // tag::visibility[]
    ConditionProgram conditions = questionnaire.conditions();     // compiled once per questionnaire
    int goals = conditions.questionIndex("mgmt.strategyGoals");
    boolean before = conditions.answers(response).visible(goals);  // false: no strategy yet
    boolean after = conditions.answers(changed).visible(goals);    // true once it is answered yes
    // end::visibility[]
    // THEN
    then(before).isFalse();
    then(after).isTrue();
    then(questionnaire.visibleQuestions(changed)).contains("mgmt.strategyGoals");
  }
}
