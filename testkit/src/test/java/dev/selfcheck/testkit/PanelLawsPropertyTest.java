package dev.selfcheck.testkit;

import static dev.selfcheck.testkit.SelfcheckAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.panel.Panel;
import dev.selfcheck.panel.PanelAnalysis;
import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/*
 * Laws of the panel analysis over generated questionnaires and panels (the testkit's arbitraries):
 * the order of the respondents does not matter, a panel of one is the single assessment on route 1,
 * identical respondents agree fully, and Krippendorff's interval alpha equals an independent
 * computation from the variances of the answers (1 − D_o / D_e with Σ_{i≠j} (x_i − x_j)² =
 * 2 m Σx² − 2 (Σx)², no coincidence matrix), exactly.
 */
/** Laws of panel analysis over generated panels. */
class PanelLawsPropertyTest {

  private static final PanelAnalysis ANALYSIS = PanelAnalysis.create();

  @Provide
  Arbitrary<Tuple2<Questionnaire, List<Response>>> panels() {
    return SelfcheckArbitraries.questionnaires()
        .flatMap(q -> SelfcheckArbitraries.panelsFor(q).map(p -> Tuple.of(q, p)));
  }

  @Provide
  Arbitrary<Tuple2<Questionnaire, Response>> singles() {
    return SelfcheckArbitraries.questionnaires()
        .flatMap(q -> SelfcheckArbitraries.panelsFor(q, 1, 1).map(p -> Tuple.of(q, p.get(0))));
  }

  @Property(tries = 100)
  void should_not_depend_on_the_order_of_respondents(
      @ForAll("panels") Tuple2<Questionnaire, List<Response>> c, @ForAll long seed) {
    // GIVEN
    Scorer scorer = ScoringEngine.create().compile(c.get1());
    List<Response> shuffled = new ArrayList<>(c.get2());
    Collections.shuffle(shuffled, new Random(seed));
    // WHEN
    PanelResult one = ANALYSIS.analyze(scorer, c.get2());
    PanelResult other = ANALYSIS.analyze(scorer, shuffled);
    // THEN everything but the findings, whose pointers name positions in the list
    then(other.dimensions()).isEqualTo(one.dimensions());
    then(other.questions()).isEqualTo(one.questions());
    then(other.dimensionAgreement()).isEqualTo(one.dimensionAgreement());
    then(other.alpha()).isEqualTo(one.alpha());
    then(other.combined()).isEqualTo(one.combined());
    then(other.groups()).isEqualTo(one.groups());
    then(other.groupGaps()).isEqualTo(one.groupGaps());
    then(other.agenda()).isEqualTo(one.agenda());
    then(other.findings()).hasSameSizeAs(one.findings());
  }

  @Property(tries = 100)
  void should_describe_the_single_assessment_on_route_one_when_the_panel_has_one_respondent(
      @ForAll("singles") Tuple2<Questionnaire, Response> c) {
    // GIVEN
    Scorer scorer = ScoringEngine.create().compile(c.get1());
    Assessment single = scorer.score(c.get2());
    // WHEN
    PanelResult result = ANALYSIS.analyze(scorer, Panel.of(c.get1(), List.of(c.get2())));
    // THEN
    assertThat(result).hasRespondents(1);
    List<DimensionResult> expected = new ArrayList<>(single.dimensions());
    expected.add(single.total());
    for (DimensionResult d : expected) {
      DistributionAssert route1 = assertThat(result).distribution(d.id());
      if (d.score().isEmpty()) {
        route1.hasNoScores().hasNotScorable(1);
        continue;
      }
      String score = d.score().get().toString();
      route1.hasN(1).hasMean(score).hasWeightedMean(score).hasMedian(score).hasMin(score).hasMax(score)
          .hasQuartiles(score, score).hasBandCount(d.band().map(b -> b.id()).orElse(""), 1);
      then(result.dimensions().stream().filter(x -> x.dimensionId().equals(d.id())).findFirst().orElseThrow()
          .variance()).isEmpty();
    }
  }

  @Property(tries = 100)
  void should_agree_fully_when_every_respondent_answers_alike(
      @ForAll("singles") Tuple2<Questionnaire, Response> c, @ForAll @IntRange(min = 3, max = 6) int size) {
    // GIVEN the same answers from several respondents
    Scorer scorer = ScoringEngine.create().compile(c.get1());
    List<Response> same = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      same.add(Response.builder().from(c.get2()).respondent(Respondent.builder().id("r" + i).build()).build());
    }
    // WHEN
    PanelResult result = ANALYSIS.analyze(scorer, same);
    // THEN every defined r_wg and alpha is 1, and alpha is the independent one
    for (PanelResult.QuestionSummary q : result.questions()) {
      if (q.agreement().flatMap(PanelResult.Agreement::rwg).isPresent()) {
        assertThat(result).question(q.questionId()).hasRwg("1").hasRange(0).hasInterquartileRange("0");
      }
    }
    result.dimensionAgreement().forEach(d -> d.rwgJ().ifPresent(r -> assertThat(result).hasRwgJ(d.dimensionId(), "1")));
    result.alpha().ordinal().ifPresent(a -> assertThat(result).hasOrdinalAlpha("1"));
    result.alpha().interval().ifPresent(a -> assertThat(result).hasIntervalAlpha("1"));
    then(result.alpha().interval()).isEqualTo(intervalAlpha(scorer, same));
  }

  @Property(tries = 150)
  void should_equal_the_independent_interval_alpha_when_the_panel_is_any(
      @ForAll("panels") Tuple2<Questionnaire, List<Response>> c) {
    // GIVEN
    Scorer scorer = ScoringEngine.create().compile(c.get1());
    // WHEN
    PanelResult result = ANALYSIS.analyze(scorer, c.get2());
    // THEN
    then(result.alpha().interval()).isEqualTo(intervalAlpha(scorer, c.get2()));
    Statistics.label("alpha defined").collect(result.alpha().interval().isPresent())
        .coverage(k -> k.check(true).count(count -> count >= 15));
  }

  /**
   * Interval alpha from the variances: units are the scored choice questions, values the scale
   * steps (distinct item scores ranked from the lowest) that respondents who saw the question gave.
   */
  private static Optional<Rational> intervalAlpha(Scorer scorer, List<Response> responses) {
    Questionnaire q = scorer.questionnaire();
    Rational observed = Rational.ZERO;
    long n = 0;
    Rational all = Rational.ZERO;
    Rational allSquares = Rational.ZERO;
    for (Question question : q.allQuestions().toList()) {
      if (question.type() != QuestionType.SINGLE_CHOICE && question.type() != QuestionType.ORDINAL_SCALE) {
        continue;
      }
      List<AnswerOption> ranked = scorer.model().optionsByScore(question.id());
      Set<Rational> scores = new TreeSet<>();
      ranked.forEach(o -> scores.add(scorer.model().optionScore(question.id(), o.value()).orElseThrow()));
      List<Rational> ascending = new ArrayList<>(scores);
      List<Long> unit = new ArrayList<>();
      for (Response r : responses) {
        if (!q.visibleQuestions(r).contains(question.id()) || r.stateOf(question.id()) != AnswerState.ANSWERED) {
          continue;
        }
        r.answer(question.id()).flatMap(a -> a.value()).map(v -> v.asOption())
            .flatMap(v -> scorer.model().optionScore(question.id(), v))
            .ifPresent(s -> unit.add((long) ascending.indexOf(s)));
      }
      long m = unit.size();
      if (m < 2) {
        continue;
      }
      long sum = unit.stream().mapToLong(Long::longValue).sum();
      long squares = unit.stream().mapToLong(x -> x * x).sum();
      observed = observed.plus(Rational.of(2 * m * squares - 2 * sum * sum, m - 1));
      n += m;
      all = all.plus(Rational.of(sum));
      allSquares = allSquares.plus(Rational.of(squares));
    }
    if (n < 2) {
      return Optional.empty();
    }
    Rational expected = Rational.of(2 * n).times(allSquares).minus(Rational.of(2).times(all).times(all))
        .dividedBy(Rational.of(n * (n - 1)));
    if (expected.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(Rational.ONE.minus(observed.dividedBy(Rational.of(n)).dividedBy(expected)));
  }
}
