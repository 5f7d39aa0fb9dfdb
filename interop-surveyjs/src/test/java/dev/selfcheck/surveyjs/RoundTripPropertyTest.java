package dev.selfcheck.surveyjs;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Metadata;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.testkit.QuestionnaireShape;
import dev.selfcheck.testkit.SelfcheckArbitraries;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Over generated questionnaires (the testkit's arbitraries), cut down to the mappable subset of the
 * mapping table: the export reports no loss, {@code import(export(x))} is {@code x}, and every
 * generated response comes back from a SurveyJS result as it was.
 */
class RoundTripPropertyTest {

  @Provide
  Arbitrary<Tuple.Tuple2<Questionnaire, Response>> mappableWithResponse() {
    QuestionnaireShape shape = QuestionnaireShape.builder().rules(false).bands(false).variedScoring(false).build();
    return SelfcheckArbitraries.questionnaires(shape).map(RoundTripPropertyTest::mappable)
        .flatMap(q -> Combinators.combine(Arbitraries_just(q), SelfcheckArbitraries.responsesFor(q)).as(Tuple::of));
  }

  private static Arbitrary<Questionnaire> Arbitraries_just(Questionnaire q) {
    return net.jqwik.api.Arbitraries.just(q);
  }

  @Property(tries = 200)
  void should_import_what_was_exported_when_the_questionnaire_is_mappable(
      @ForAll("mappableWithResponse") Tuple.Tuple2<Questionnaire, Response> pair) {
    Questionnaire q = pair.get1();
    Statistics.label("visibility conditions").collect(q.allQuestions().filter(x -> x.visibleWhen().isPresent()).count() > 0);
    Conversion<String> exported = SurveyJs.exportSurvey(q);
    then(exported.losses()).isEmpty();
    Conversion<Questionnaire> imported = SurveyJs.importSurvey(exported.value().orElseThrow());
    then(imported.losses()).isEmpty();
    then(imported.value()).contains(q);
  }

  @Property(tries = 200)
  void should_read_the_response_back_when_its_result_was_written(
      @ForAll("mappableWithResponse") Tuple.Tuple2<Questionnaire, Response> pair) {
    Questionnaire q = pair.get1();
    Response response = carriedOnly(q, pair.get2());
    Conversion<String> result = SurveyJs.exportResult(q, response);
    then(result.losses()).isEmpty();
    then(SurveyJs.importResult(q, result.value().orElseThrow()).value()).contains(response);
  }

  /**
   * The generated questionnaire without what the mapping table says SurveyJS cannot carry:
   * metadata, host data, weights, scoring settings, item scoring, reversal, units, shared scales (their options are
   * written into the questions), "not applicable", "don't know" on other than radiogroup and
   * checkbox questions, and visibility conditions with a part that has no SurveyJS counterpart;
   * a group of one part becomes the part.
   */
  static Questionnaire mappable(Questionnaire generated) {
    Questionnaire stripped = Questionnaire.builder().from(generated)
        .scales(List.of()).scoring(Optional.empty()).bands(List.of()).rules(List.of()).recommendations(List.of())
        .metadata(Metadata.empty()).extensions(Map.of())
        .dimensions(generated.dimensions().stream().map(d -> dimension(generated, d)).toList())
        .build();
    // conditions the export cannot write (it says so per question) are dropped, the rest kept
    Set<String> unwritable = SurveyJs.exportSurvey(stripped).losses().stream()
        .filter(l -> l.finding().code().equals("SJS-0103"))
        .map(l -> l.source().replace("/visibleWhen", ""))
        .collect(Collectors.toSet());
    return Questionnaire.builder().from(stripped)
        .dimensions(stripped.dimensions().stream().map(d -> withoutConditions(d, "/dimensions/"
            + stripped.dimensions().indexOf(d), unwritable)).toList())
        .build();
  }

  private static Dimension dimension(Questionnaire q, Dimension d) {
    return Dimension.builder().from(d).weight(BigDecimal.ONE).extensions(Map.of()).scoring(Optional.empty()).bands(List.of()).ownBands(false)
        .questions(d.questions().stream().map(x -> question(q, x)).toList())
        .dimensions(d.dimensions().stream().map(x -> dimension(q, x)).toList())
        .build();
  }

  private static Question question(Questionnaire q, Question x) {
    boolean dontKnow = q.allowsDontKnow(x)
        && (x.type() == QuestionType.SINGLE_CHOICE || x.type() == QuestionType.MULTIPLE_CHOICE);
    return Question.builder().from(x).visibleWhen(x.visibleWhen().map(RoundTripPropertyTest::withoutSingleGroups))
        .weight(BigDecimal.ONE).scoring(Optional.empty()).reversed(false)
        .unit(Optional.empty()).scale(Optional.empty()).extensions(Map.of())
        .options(q.optionsOf(x).stream().map(o -> AnswerOption.builder().from(o).extensions(Map.of()).build()).toList())
        .allowDontKnow(dontKnow ? Optional.of(true) : Optional.empty()).allowNotApplicable(Optional.empty())
        .build();
  }

  /** A group ({@code all}, {@code any}) of one part means the part, and SurveyJS writes it so. */
  private static Condition withoutSingleGroups(Condition c) {
    if (c instanceof AllOf all) {
      List<Condition> parts = all.parts().stream().map(RoundTripPropertyTest::withoutSingleGroups).toList();
      return parts.size() == 1 ? parts.get(0) : AllOf.of(parts);
    }
    if (c instanceof AnyOf any) {
      List<Condition> parts = any.parts().stream().map(RoundTripPropertyTest::withoutSingleGroups).toList();
      return parts.size() == 1 ? parts.get(0) : AnyOf.of(parts);
    }
    return c instanceof Not not ? Not.of(withoutSingleGroups(not.part())) : c;
  }

  private static Dimension withoutConditions(Dimension d, String pointer, Set<String> unwritable) {
    return Dimension.builder().from(d)
        .questions(d.questions().stream().map(x -> unwritable.contains(pointer + "/questions/" + d.questions().indexOf(x))
            ? Question.builder().from(x).visibleWhen(Optional.empty()).build() : x).toList())
        .dimensions(d.dimensions().stream().map(x -> withoutConditions(x, pointer + "/dimensions/"
            + d.dimensions().indexOf(x), unwritable)).toList())
        .build();
  }

  /** The response without what a SurveyJS result cannot hold: "not applicable", evidence, empty selections. */
  private static Response carriedOnly(Questionnaire q, Response r) {
    Response.Builder b = Response.builder().from(r).answers(java.util.Map.of());
    r.answers().forEach((id, a) -> {
      boolean emptySelection = a.valueOrNull() != null && a.valueOrNull().kind() == dev.selfcheck.core.AnswerValue.Kind.STRINGS
          && a.valueOrNull().asOptions().isEmpty();
      if (a.state() != dev.selfcheck.core.AnswerState.NOT_APPLICABLE && a.evidence().isEmpty() && !emptySelection) {
        b.putAnswer(id, a);
      }
    });
    return b.respondent(Optional.empty()).startedAt(Optional.empty()).submittedAt(Optional.empty()).build();
  }
}
