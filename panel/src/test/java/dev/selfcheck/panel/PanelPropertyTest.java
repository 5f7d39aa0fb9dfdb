package dev.selfcheck.panel;

import static dev.selfcheck.panel.Fixtures.SCORER;
import static dev.selfcheck.panel.Fixtures.SMALL;
import static dev.selfcheck.panel.Fixtures.response;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Combination;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Rational;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of a panel analysis over generated panels of the small questionnaire. The laws over
 * generated questionnaires (order of respondents, a panel of one, identical respondents, interval
 * alpha from variances) are the testkit's {@code PanelLawsPropertyTest}, written with its panel
 * arbitraries.
 */
class PanelPropertyTest {

  /** The answers of one respondent as the Fixtures shorthand ("q1=3", "q4=?", ...). */
  @Provide
  Arbitrary<List<String>> answers() {
    Arbitrary<Optional<String>> scale = Arbitraries.of("0", "1", "2", "3", "4", "?", "-", "").map(Optional::of);
    Arbitrary<String> yesNo = Arbitraries.of("yes", "no", "?", "");
    Arbitrary<String> number = Arbitraries.integers().between(-1, 100).map(i -> i < 0 ? "" : Integer.toString(i));
    Arbitrary<String> languages = Arbitraries.of("", "en", "ar", "uk", "en+ar", "ar+uk", "en+ar+uk");
    return Combinators.combine(scale, scale, scale, yesNo, number, languages).as((q1, q2, q3, q4, q5, q6) -> {
      List<String> out = new ArrayList<>();
      add(out, "q1", q1.get());
      add(out, "q2", q2.get());
      add(out, "q3", q3.get());
      add(out, "q4", q4);
      add(out, "q5", q5);
      add(out, "q6", q6);
      return out;
    });
  }

  private static void add(List<String> out, String q, String v) {
    if (!v.isEmpty()) {
      out.add(q + "=" + v);
    }
  }

  private static List<Response> panel(List<List<String>> answers) {
    List<Response> out = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      out.add(response("r" + i, i % 3 == 0 ? "mayor" : "office", i % 2 == 0 ? "administration" : "civil",
          answers.get(i).toArray(String[]::new)));
    }
    return out;
  }

  @Provide
  Arbitrary<List<List<String>>> panels() {
    return answers().list().ofMinSize(1).ofMaxSize(9);
  }

  @Property(tries = 80)
  void should_equal_the_single_assessment_when_the_panel_has_one_respondent(
      @ForAll("answers") List<String> answers) {
    // GIVEN
    Response only = response("only", null, null, answers.toArray(String[]::new));
    Assessment single = SCORER.score(only);
    // WHEN
    PanelResult result = PanelAnalysis.create().analyze(SCORER, Panel.of(SMALL, List.of(only)));
    // THEN route 1 describes exactly the one score; route 2 scores the same answers
    List<DimensionResult> expected = new ArrayList<>(single.dimensions());
    expected.add(single.total());
    for (int i = 0; i < expected.size(); i++) {
      PanelResult.Distribution d = result.dimensions().get(i);
      Optional<Rational> score = expected.get(i).score();
      then(d.dimensionId()).isEqualTo(expected.get(i).id());
      then(d.n()).isEqualTo(score.isPresent() ? 1 : 0);
      then(d.mean()).isEqualTo(score);
      then(d.median()).isEqualTo(score);
      then(d.min()).isEqualTo(score);
      then(d.max()).isEqualTo(score);
      then(result.combined().assessment().dimension(expected.get(i).id()).orElse(
          result.combined().assessment().total()).score()).isEqualTo(score);
    }
  }

  @Property(tries = 60)
  void should_agree_fully_when_every_respondent_answers_alike(
      @ForAll("answers") List<String> answers, @ForAll @IntRange(min = 3, max = 8) int size) {
    // GIVEN
    List<List<String>> same = Collections.nCopies(size, answers);
    // WHEN
    PanelResult result = PanelAnalysis.create().analyze(SCORER, Panel.of(SMALL, panel(same)));
    // THEN
    for (PanelResult.QuestionSummary q : result.questions()) {
      q.agreement().ifPresent(a -> {
        then(a.rwg()).contains(Rational.ONE);
        then(a.range()).isZero();
        then(a.withinOneStep()).isEqualTo(Rational.ONE);
      });
    }
    result.dimensionAgreement().forEach(d -> d.rwgJ().ifPresent(r -> then(r).isEqualTo(Rational.ONE)));
    result.alpha().ordinal().ifPresent(a -> then(a).isEqualTo(Rational.ONE));
    result.alpha().interval().ifPresent(a -> then(a).isEqualTo(Rational.ONE));
    long distinct = answers.stream().filter(a -> a.matches("q[123]=[0-4]")).map(a -> a.substring(3)).distinct().count();
    then(result.alpha().interval().isPresent()).isEqualTo(distinct >= 2);
  }

  @Property(tries = 80)
  void should_match_the_independent_pairwise_alpha_when_the_panel_is_any(
      @ForAll("panels") List<List<String>> answers) {
    // GIVEN the units: per ordinal question the steps given (scores 0 to 100 by 25: step = value)
    List<List<Integer>> units = new ArrayList<>();
    for (String q : List.of("q1", "q2", "q3")) {
      List<Integer> unit = new ArrayList<>();
      answers.forEach(a -> a.stream().filter(x -> x.matches(q + "=[0-4]"))
          .forEach(x -> unit.add(Integer.parseInt(x.substring(3)))));
      units.add(unit);
    }
    // WHEN
    PanelResult result = PanelAnalysis.create().analyze(SCORER, Panel.of(SMALL, panel(answers)));
    // THEN
    result.alpha().interval().ifPresent(a -> then(a.doubleValue())
        .isCloseTo(PairwiseAlpha.interval(units), org.assertj.core.api.BDDAssertions.within(1e-9)));
    result.alpha().ordinal().ifPresent(a -> then(a.doubleValue())
        .isCloseTo(PairwiseAlpha.ordinal(units), org.assertj.core.api.BDDAssertions.within(1e-9)));
    long pairable = units.stream().filter(u -> u.size() > 1).count();
    then(result.alpha().units()).isEqualTo((int) pairable);
    long distinct = units.stream().filter(u -> u.size() > 1).flatMap(List::stream).distinct().count();
    then(result.alpha().interval().isPresent()).isEqualTo(distinct >= 2);
  }

  @Property(tries = 60)
  void should_give_the_same_result_streamed_as_from_the_panel(
      @ForAll("panels") List<List<String>> answers, @ForAll @IntRange(min = 1, max = 3) int weightOfFirst,
      @ForAll boolean byRole) {
    // GIVEN the panel's responses with a duplicate respondent and a weight for nobody
    List<Response> responses = new ArrayList<>(panel(answers));
    responses.add(responses.get(0));
    Map<String, Rational> weights = Map.of("r0", Rational.of(weightOfFirst), "nobody", Rational.ONE);
    PanelAnalysis analysis = PanelAnalysis.builder()
        .groupBy(byRole ? PanelAnalysis.GroupBy.ROLE : PanelAnalysis.GroupBy.GROUP)
        .combine("q1", Combination.WEIGHTED_MEAN).build();
    // WHEN
    PanelResult fromPanel = analysis.analyze(SCORER, Panel.of(SMALL, responses, weights));
    PanelAnalysis.Accumulator accumulator = analysis.accumulator(SCORER, weights);
    responses.forEach(accumulator::add);
    // THEN every part, findings with their pointers included
    then(accumulator.result()).isEqualTo(fromPanel);
    then(analysis.analyze(SCORER, responses)).isEqualTo(analysis.analyze(SCORER, Panel.of(SMALL, responses)));
  }

  /** Panels larger than the counts' first buffer, so that scores are sorted and merged in runs. */
  @Provide
  Arbitrary<List<List<String>>> largePanels() {
    return answers().list().ofMinSize(17).ofMaxSize(150);
  }

  @Property(tries = 60)
  void should_describe_route_one_as_the_sorted_scores_of_the_single_assessments(
      @ForAll("panels") List<List<String>> answers) {
    describesSortedScores(answers);
  }

  @Property(tries = 30)
  void should_describe_route_one_as_the_sorted_scores_when_the_panel_is_large(
      @ForAll("largePanels") List<List<String>> answers) {
    describesSortedScores(answers);
    List<Response> responses = panel(answers);
    then(PanelAnalysis.create().analyze(SCORER, responses))
        .isEqualTo(PanelAnalysis.create().analyze(SCORER, Panel.of(SMALL, responses)));
  }

  private static void describesSortedScores(List<List<String>> answers) {
    // GIVEN each respondent's own assessment
    List<Response> responses = panel(answers);
    // WHEN
    PanelResult result = PanelAnalysis.create().analyze(SCORER, responses);
    // THEN per dimension: n, min, max, mean, median and quartiles (type 7) of the sorted list
    for (PanelResult.Distribution d : result.dimensions()) {
      List<Rational> scores = new ArrayList<>();
      for (Response r : responses) {
        Assessment a = SCORER.score(r);
        (DimensionResult.TOTAL.equals(d.dimensionId()) ? Optional.of(a.total()) : a.dimension(d.dimensionId()))
            .flatMap(DimensionResult::score).ifPresent(scores::add);
      }
      scores.sort(null);
      then(d.n()).isEqualTo(scores.size());
      then(d.notScorable()).isEqualTo(responses.size() - scores.size());
      if (scores.isEmpty()) {
        then(d.mean()).isEmpty();
        continue;
      }
      Rational sum = Rational.ZERO;
      for (Rational x : scores) {
        sum = sum.plus(x);
      }
      then(d.min()).contains(scores.get(0));
      then(d.max()).contains(scores.get(scores.size() - 1));
      then(d.mean()).contains(sum.dividedBy(Rational.of(scores.size())));
      then(d.median()).contains(type7(scores, 2, 4));
      then(d.lowerQuartile()).contains(type7(scores, 1, 4));
      then(d.upperQuartile()).contains(type7(scores, 3, 4));
    }
  }

  /** R's type 7 quantile at p = k / m, written out on the sorted list. */
  private static Rational type7(List<Rational> sorted, int k, int m) {
    int h = (sorted.size() - 1) * k;  // (n − 1) p = h / m
    int lo = h / m;
    Rational x = sorted.get(lo);
    return h % m == 0 ? x : x.plus(Rational.of(h % m, m).times(sorted.get(lo + 1).minus(x)));
  }

  @Property(tries = 60)
  void should_score_a_consensus_draft_like_route_2_when_nothing_is_overridden(
      @ForAll("panels") List<List<String>> answers) {
    // GIVEN
    Panel panel = Panel.of(SMALL, panel(answers));
    PanelResult result = PanelAnalysis.create().analyze(SCORER, panel);
    // WHEN
    Assessment consensus = SCORER.score(PanelConsensus.draft(panel, result));
    // THEN the same scores, bands and recommendations as the combined response
    Assessment combined = result.combined().assessment();
    then(consensus.total()).isEqualTo(combined.total());
    then(consensus.dimensions()).isEqualTo(combined.dimensions());
    then(consensus.recommendations()).isEqualTo(combined.recommendations());
    then(PanelConsensus.check(PanelConsensus.draft(panel, result), panel)).isEmpty();
  }
}
