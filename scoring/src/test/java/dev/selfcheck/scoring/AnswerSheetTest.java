package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.compile;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer sheet scores exactly as the response with the same answers: the same scores, bands,
 * completion, counts and fired recommendations: the same evaluator over the same cells.
 */
class AnswerSheetTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Fills a sheet with what a sheet can hold of a response; returns that part as a response. */
  private static Response fill(Scorer scorer, Response response, AnswerSheet sheet) {
    Questionnaire q = scorer.questionnaire();
    Response.Builder kept = Response.builder()
        .questionnaireId(response.questionnaireId())
        .questionnaireVersion(response.questionnaireVersion());
    sheet.clear();
    for (Map.Entry<String, Answer> e : response.answers().entrySet()) {
      Question question = q.question(e.getKey()).orElse(null);
      Answer a = e.getValue();
      if (question == null) {
        continue;
      }
      int at = sheet.questionIndex(question.id());
      if (a.state() == AnswerState.ANSWERED) {
        boolean choice = question.type() == QuestionType.SINGLE_CHOICE
            || question.type() == QuestionType.ORDINAL_SCALE;
        String value = a.value().orElseThrow().kind() == AnswerValue.Kind.STRING
            ? a.value().get().asString() : null;
        if (choice && value != null
            && q.optionsOf(question).stream().map(AnswerOption::value).anyMatch(value::equals)) {
          sheet.choose(question.id(), value);
          kept.putAnswer(e.getKey(), a);
        }
      } else if (a.state() == AnswerState.DONT_KNOW && q.allowsDontKnow(question)
          || a.state() == AnswerState.NOT_APPLICABLE && q.allowsNotApplicable(question)) {
        sheet.state(at, a.state());
        kept.putAnswer(e.getKey(), a);
      }
    }
    return kept.build();
  }

  private static List<DimensionResult> results(Assessment a) {
    List<DimensionResult> all = new ArrayList<>(a.dimensions());
    all.add(a.total());
    return all;
  }

  static void thenSame(SheetScores s, Assessment a) {
    List<DimensionResult> all = results(a);
    then(s.size()).isEqualTo(all.size());
    for (int i = 0; i < all.size(); i++) {
      DimensionResult d = all.get(i);
      then(s.id(i)).isEqualTo(d.id());
      then(s.scorable(i)).as("scorable %s", d.id()).isEqualTo(d.scorable());
      then(s.score(i)).as("score of %s", d.id()).isEqualTo(d.score());
      then(s.displayScore(i)).as("display score of %s", d.id()).isEqualTo(d.displayScore());
      then(s.band(i)).as("band of %s", d.id()).isEqualTo(d.band());
      then(s.completion(i)).as("completion of %s", d.id()).isEqualTo(d.completion());
      then(new int[] {s.answered(i), s.dontKnow(i), s.notApplicable(i), s.notAnswered(i)})
          .as("counts of %s", d.id())
          .containsExactly(d.answered(), d.dontKnow(), d.notApplicable(), d.notAnswered());
    }
    then(s.recommendations()).isEqualTo(
        a.recommendations().stream().map(FiredRecommendation::recommendation).toList());
    for (FiredRecommendation f : a.recommendations()) {
      then(s.recommends(f.recommendation().id())).isTrue();
    }
  }

  @Property(tries = 1000)
  void should_score_as_the_response_when_a_sheet_holds_its_answers(
      @ForAll("anyCase") ScoringPropertyTest.Case c) {
    // GIVEN
    Scorer scorer = compile(c.questionnaire());
    AnswerSheet sheet = scorer.newAnswerSheet();
    Response same = fill(scorer, c.response(), sheet);
    // WHEN
    SheetScores s = scorer.score(sheet, scorer.newSheetScores());
    // THEN
    thenSame(s, scorer.score(same));
  }

  @Provide
  Arbitrary<ScoringPropertyTest.Case> anyCase() {
    return new ScoringPropertyTest().anyCase();
  }

  @Property(tries = 300)
  void should_fire_the_same_rules_when_a_wk108_sheet_is_scored(@ForAll("seeds") long seed) {
    // GIVEN
    Questionnaire q = Wk108.questionnaire();
    Scorer scorer = compile(q);
    Random r = new Random(seed);
    Response.Builder b = Response.builder().questionnaireId(q.id()).questionnaireVersion(q.version());
    int missing = r.nextInt(100);
    int dontKnow = r.nextInt(100);
    int bias = r.nextInt(5);
    q.allQuestions().forEach(question -> {
      int roll = r.nextInt(100);
      if (roll < missing / 3) {
        return;
      }
      if (roll < missing / 3 + dontKnow / 4) {
        b.putAnswer(question.id(), Answer.dontKnow());
      } else {
        int o = Math.min(4, Math.max(0, bias + r.nextInt(3) - 1));
        b.putAnswer(question.id(),
            Answer.of(AnswerValue.option(String.valueOf(o))));
      }
    });
    Response response = b.build();
    AnswerSheet sheet = scorer.newAnswerSheet();
    Response same = fill(scorer, response, sheet);
    // WHEN
    SheetScores s = scorer.score(sheet, scorer.newSheetScores());
    // THEN
    then(same).isEqualTo(response);
    thenSame(s, scorer.score(response));
    Statistics.label("fired").collect(s.recommendations().size() > 0);
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Test
  void should_match_the_response_path_when_scoring_every_wk108_response_on_one_reused_sheet()
      throws IOException {
    Assumptions.assumeTrue(Wk108.available(), "the shared workload is not beside the checkout");
    // GIVEN
    Scorer scorer = compile(Wk108.questionnaire());
    AnswerSheet sheet = scorer.newAnswerSheet();
    SheetScores scores = scorer.newSheetScores();
    int fired = 0;
    for (String set : List.of("edge", "1k")) {
      for (String line : Files.readAllLines(Wk108.DIR.resolve("responses-" + set + ".jsonl"),
          StandardCharsets.UTF_8)) {
        Response response = Wk108.response(JSON.readTree(line));
        // WHEN
        fill(scorer, response, sheet);
        scorer.score(sheet, scores);
        // THEN
        thenSame(scores, scorer.score(response));
        fired += scores.recommendations().size();
      }
    }
    then(fired).isPositive();
  }

  @Test
  void should_forget_every_answer_when_the_sheet_is_cleared() {
    // GIVEN
    Scorer scorer = compile(Wk108.questionnaire());
    AnswerSheet sheet = scorer.newAnswerSheet().choose("q001", "4").state("q002", AnswerState.DONT_KNOW);
    // WHEN
    sheet.clear();
    SheetScores s = scorer.score(sheet, scorer.newSheetScores());
    // THEN
    then(sheet.stateAt(sheet.questionIndex("q001"))).isEqualTo(AnswerState.NOT_ANSWERED);
    then(s.scorable(s.totalIndex())).isFalse();
    thenSame(s, scorer.score(Response.builder().questionnaireId("wk108")
        .questionnaireVersion(scorer.questionnaire().version()).build()));
  }

  @Test
  void should_refuse_unknown_questions_options_and_states_when_filling_a_sheet() {
    // GIVEN
    Scorer scorer = compile(Wk108.questionnaire());
    AnswerSheet sheet = scorer.newAnswerSheet();
    // THEN
    thenThrownBy(() -> sheet.choose("nope", "1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no question 'nope'");
    thenThrownBy(() -> sheet.choose("q001", "9")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offers no option '9'");
    thenThrownBy(() -> sheet.choose(0, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no option number 5");
    thenThrownBy(() -> sheet.state("q001", AnswerState.NOT_APPLICABLE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot take the state");
    thenThrownBy(() -> sheet.state(0, AnswerState.ANSWERED))
        .isInstanceOf(IllegalArgumentException.class);
    thenThrownBy(() -> scorer.score(compile(Wk108.questionnaire()).newAnswerSheet(),
        scorer.newSheetScores())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from this scorer");
  }

  @Test
  void should_score_every_question_type_and_visibility_as_the_response_when_answered_by_value() {
    // GIVEN
    Questionnaire q = Fixtures.questionnaire(Fixtures.dim("d1",
        Fixtures.yesNo("yn", "4", "0"),
        Question.builder().from(Fixtures.number("num", ItemScoring.builder()
            .addPoint(ItemScoring.Point.of(Fixtures.dec("0"), Fixtures.dec("0")))
            .addPoint(ItemScoring.Point.of(Fixtures.dec("10"), Fixtures.dec("4")))
            .build()))
            .visibleWhen(AnswerComparison.of("yn", Operator.EQ,
                List.of(Literal.of(true)))).build(),
        Fixtures.multiple("multi", ItemScoring.builder().build(), "1", "2", "3"),
        Fixtures.freeText("note"),
        Fixtures.choice("c", "0", "2", "4")));
    Scorer scorer = compile(q);
    AnswerSheet sheet = scorer.newAnswerSheet();
    Response response = Fixtures.answers().yes("yn").number("num", "2.5").options("multi", "o1", "o3")
        .put("note", Answer.of(AnswerValue.text("fine"))).option("c", "o2").response();
    // WHEN
    sheet.answer("yn", AnswerValue.bool(true))
        .answer("num", AnswerValue.number(Fixtures.dec("2.5")))
        .answer("multi", AnswerValue.options(List.of("o1", "o3")))
        .answer("note", AnswerValue.text("fine"))
        .answer("c", AnswerValue.option("o2"));
    SheetScores s = scorer.score(sheet, scorer.newSheetScores());
    // THEN
    thenSame(s, scorer.score(response));
    then(s.score(s.totalIndex())).contains(Rational.of(11, 4));
    then(s.answered(s.totalIndex())).isEqualTo(4);
    then(sheet.stateAt(sheet.questionIndex("num"))).isEqualTo(AnswerState.ANSWERED);

    // WHEN the number's question is hidden by a "no"
    sheet.answer("yn", AnswerValue.bool(false));
    scorer.score(sheet, s);
    // THEN
    thenSame(s, scorer.score(Fixtures.answers().no("yn").number("num", "2.5").options("multi", "o1", "o3")
        .option("c", "o2").response()));
    then(s.answered(s.totalIndex())).isEqualTo(3);
    thenThrownBy(() -> sheet.answer("num", AnswerValue.bool(true)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("question 'num'");
    thenThrownBy(() -> sheet.answer("multi", AnswerValue.options(List.of("o9"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offers no option 'o9'");
  }

  @Test
  void should_read_results_by_id_and_index_when_a_sheet_is_scored() {
    // GIVEN
    Scorer scorer = compile(Wk108.questionnaire());
    AnswerSheet sheet = scorer.newAnswerSheet();
    for (int i = 0; i < sheet.size(); i++) {
      sheet.choose(i, 0);
    }
    SheetScores s = scorer.score(sheet, scorer.newSheetScores());
    Questionnaire q = scorer.questionnaire();
    Response.Builder first = Response.builder().questionnaireId(q.id()).questionnaireVersion(q.version());
    q.allQuestions().forEach(question -> first.putAnswer(question.id(),
        Answer.of(AnswerValue.option(q.optionsOf(question).get(0).value()))));
    Assessment a = scorer.score(first.build());
    // WHEN
    int total = s.indexOf(DimensionResult.TOTAL);
    // THEN
    then(total).isEqualTo(s.totalIndex()).isEqualTo(s.size() - 1).isPositive();
    then(s.id(total)).isEqualTo(DimensionResult.TOTAL);
    then(s.compareScore(total, a.total().score().orElseThrow())).isZero();
    then(s.compareScore(total, a.total().score().orElseThrow().plus(Rational.ONE))).isNegative();
    then(s.compareScore(total, a.total().score().orElseThrow().minus(Rational.ONE))).isPositive();
    then(s.bandIndex(total)).isEqualTo(scorer.questionnaire().bands().indexOf(a.total().band().orElseThrow()));
    then(s.recommends(a.recommendations().get(0).recommendation().id())).isTrue();
    then(s.recommends("no such recommendation")).isFalse();
    thenThrownBy(() -> s.indexOf("nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no dimension 'nope'");
    sheet.clear();
    scorer.score(sheet, s);
    thenThrownBy(() -> s.compareScore(total, Rational.ONE)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not scorable");
  }

  @Test
  void should_list_recommendations_in_the_assessment_order_when_several_fire() {
    // GIVEN
    Scorer scorer = compile(Wk108.questionnaire());
    AnswerSheet sheet = scorer.newAnswerSheet();
    for (int i = 0; i < sheet.size(); i++) {
      sheet.choose(i, 0);
    }
    // WHEN
    SheetScores s = scorer.score(sheet, scorer.newSheetScores());
    // THEN
    List<Recommendation> recs = s.recommendations();
    then(recs).hasSizeGreaterThan(1);
    then(recs.stream().mapToInt(Recommendation::priority).toArray())
        .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
  }
}
