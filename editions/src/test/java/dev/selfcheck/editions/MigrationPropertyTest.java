package dev.selfcheck.editions;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of every migration: the identity plan changes nothing, and every old answer is accounted for. */
class MigrationPropertyTest {

  /** Any answer the small questionnaire 1.0.0 accepts, for any subset of its questions. */
  @Provide
  Arbitrary<Response> responses() {
    Questionnaire q = Fixtures.V1_0_0;
    List<Arbitrary<Map.Entry<String, Answer>>> parts = new ArrayList<>();
    for (Question question : q.allQuestions().toList()) {
      List<Answer> choices = new ArrayList<>();
      switch (question.type()) {
        case YES_NO -> {
          choices.add(Answer.of(AnswerValue.bool(true)));
          choices.add(Answer.of(AnswerValue.bool(false)));
        }
        case NUMBER -> {
          for (int n = 0; n <= 100; n += 10) {
            choices.add(Answer.of(AnswerValue.number(BigDecimal.valueOf(n))));
          }
        }
        default -> q.optionsOf(question).forEach(o -> choices.add(Answer.of(AnswerValue.option(o.value()))));
      }
      if (q.allowsDontKnow(question)) {
        choices.add(Answer.dontKnow());
      }
      choices.add(Answer.builder().comment("ask the council").build());   // a comment only
      choices.add(Answer.builder().from(choices.get(0)).addEvidence("minutes of 3 May").build());
      parts.add(Arbitraries.of(choices).map(a -> Map.entry(question.id(), a)).injectNull(0.3));
    }
    return Combinators.combine(parts).as(entries -> {
      Response.Builder b = Response.builder().questionnaireId(q.id()).questionnaireVersion(q.version());
      entries.stream().filter(e -> e != null).forEach(e -> b.putAnswer(e.getKey(), e.getValue()));
      return b.build();
    });
  }

  @Property(tries = 200)
  void should_change_nothing_when_the_plan_carries_every_question_to_the_same_version(
      @ForAll("responses") Response response) {
    // GIVEN the draft plan from a version to itself: every question carried as it is
    Migration identity = Migration.prepare(Fixtures.V1_0_0, Fixtures.V1_0_0,
        MigrationPlan.draft(Fixtures.V1_0_0, Fixtures.V1_0_0));
    // WHEN
    MigrationResult result = identity.run(response);
    // THEN
    then(identity.findings()).isEmpty();
    then(result.migrated().orElseThrow().answers()).isEqualTo(response.answers());
    then(result.lost()).isEmpty();
    then(result.changed()).isEmpty();
  }

  @Property(tries = 200)
  void should_account_for_every_old_answer_when_a_checked_plan_runs(@ForAll("responses") Response response) {
    // WHEN
    MigrationResult result = Migration.prepare(Fixtures.V1_0_0, Fixtures.V2_0_0, MigrationTest.plan()).run(response);
    // THEN every old answer (a comment alone too) is either the source of a new answer or lost with a reason
    Set<String> sources = result.provenance().values().stream().flatMap(p -> p.from().stream()).collect(Collectors.toSet());
    Set<String> lost = result.lost().stream().map(MigrationResult.Lost::question).collect(Collectors.toSet());
    for (Map.Entry<String, Answer> e : response.answers().entrySet()) {
      then(sources.contains(e.getKey()) || lost.contains(e.getKey())).as(e.getKey()).isTrue();
    }
    then(Fixtures.V2_0_0.validate(result.migrated().orElseThrow()).stream().filter(f -> f.isError())).isEmpty();
  }
}
