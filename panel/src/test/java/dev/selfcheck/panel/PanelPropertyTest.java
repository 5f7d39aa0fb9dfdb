package dev.selfcheck.panel;

import static dev.selfcheck.panel.Fixtures.SCORER;
import static dev.selfcheck.panel.Fixtures.SMALL;
import static dev.selfcheck.panel.Fixtures.response;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Rational;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of a panel analysis over generated panels of the small questionnaire. */
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

  @Property(tries = 60)
  void should_not_depend_on_the_order_of_respondents(
      @ForAll("panels") List<List<String>> answers, @ForAll long seed) {
    // GIVEN
    List<Response> responses = panel(answers);
    List<Response> shuffled = new ArrayList<>(responses);
    Collections.shuffle(shuffled, new Random(seed));
    // WHEN
    PanelResult one = PanelAnalysis.create().analyze(SCORER, Panel.of(SMALL, responses));
    PanelResult other = PanelAnalysis.create().analyze(SCORER, Panel.of(SMALL, shuffled));
    // THEN everything but the pointers of the findings, which name positions in the list
    then(other.dimensions()).isEqualTo(one.dimensions());
    then(other.questions()).isEqualTo(one.questions());
    then(other.dimensionAgreement()).isEqualTo(one.dimensionAgreement());
    then(other.alpha()).isEqualTo(one.alpha());
    then(other.combined()).isEqualTo(one.combined());
    then(other.groups()).isEqualTo(one.groups());
    then(other.groupGaps()).isEqualTo(one.groupGaps());
    then(other.agenda()).isEqualTo(one.agenda());
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
