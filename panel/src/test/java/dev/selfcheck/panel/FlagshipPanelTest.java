package dev.selfcheck.panel;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A panel of the flagship's three sample responses (three offices of the administration). */
class FlagshipPanelTest {

  private static final Questionnaire QUESTIONNAIRE = Flagship.questionnaire();
  private static final Scorer SCORER = ScoringEngine.create().compile(QUESTIONNAIRE);

  @Test
  void should_describe_each_field_by_the_three_assessments_when_the_offices_form_a_panel() {
    // GIVEN
    List<Response> responses = Flagship.sampleResponses();
    List<Assessment> assessments = responses.stream().map(SCORER::score).toList();
    // WHEN
    PanelResult result = PanelAnalysis.create().analyze(SCORER, Panel.of(QUESTIONNAIRE, responses));
    // THEN every field's distribution is made of exactly the three assessments' scores
    then(result.respondents()).isEqualTo(3);
    for (PanelResult.Distribution d : result.dimensions()) {
      List<Rational> scores = new ArrayList<>();
      for (Assessment a : assessments) {
        Optional<DimensionResult> r = d.dimensionId().equals(DimensionResult.TOTAL)
            ? Optional.of(a.total()) : a.dimension(d.dimensionId());
        r.flatMap(DimensionResult::score).ifPresent(scores::add);
      }
      then(d.n()).as(d.dimensionId()).isEqualTo(scores.size());
      then(d.n() + d.notScorable()).isEqualTo(3);
      then(d.min()).isEqualTo(scores.stream().min(Rational::compareTo));
      then(d.max()).isEqualTo(scores.stream().max(Rational::compareTo));
      then(d.bands().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(d.n());
    }
    // all three are in the group "Verwaltung", shown as one group of three
    then(result.groups()).extracting(PanelResult.Group::key, PanelResult.Group::size)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Verwaltung", 3));
    then(result.combined().assessment().findings()).noneMatch(Finding::isError);
    then(result.questions()).hasSize((int) QUESTIONNAIRE.allQuestions().count());
    then(result.agenda()).isSortedAccordingTo((x, y) -> y.priority().compareTo(x.priority()));
  }
}
