package dev.selfcheck.panel;

import static dev.selfcheck.panel.Fixtures.response;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Combination;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java code of docs/panels.md, compiled and run against the small test questionnaire. */
class PanelDocumentationTest {

  private final Questionnaire questionnaire = Fixtures.SMALL;
  private final List<Response> responses = List.of(
      response("mayors-office", "mayor", "administration", "q1=0", "q2=3", "q4=yes"),
      response("integration-office", "integration", "administration", "q1=2", "q2=3", "q4=yes"),
      response("council", "council", "politics", "q1=2", "q2=3", "q4=no"),
      response("migrant-council", "advisory", "civil society", "q1=4", "q2=4", "q4=?"));

  @Test
  void should_run_the_example_of_the_panel_page() {
    // tag::analyze[]
    Scorer scorer = ScoringEngine.create().compile(questionnaire);
    Panel panel = Panel.of(questionnaire, responses);        // bad members become findings
    PanelResult result = PanelAnalysis.create().analyze(scorer, panel);

    PanelResult.Distribution strategy = result.dimensions().get(0);   // route 1
    strategy.mean();                                  // Optional[425/6], exact
    strategy.median();                                // Optional[200/3]
    result.questions().get(0).agreement().orElseThrow().rwg();        // Optional[0]
    result.alpha().interval();                        // Krippendorff's alpha, exact
    result.combined().assessment().total().score();   // route 2: answers combined, scored once
    result.agenda();                                  // what the workshop should discuss first
    String json = result.toJson();                    // panel-result.schema.json
    // end::analyze[]
    then(strategy.mean()).contains(Rational.of(425, 6));
    then(strategy.median()).contains(Rational.of(200, 3));
    then(result.questions().get(0).agreement().orElseThrow().rwg()).contains(Rational.ZERO);
    then(result.combined().assessment().total().score()).contains(Rational.of(250, 3));  // (200/3 + 100) / 2
    then(result.agenda()).extracting(PanelResult.AgendaItem::questionId).containsExactly("q1", "q4");
    then(json).contains("\"combineThenScore\"");
  }

  @Test
  void should_run_the_configured_example_of_the_panel_page() {
    Scorer scorer = ScoringEngine.create().compile(questionnaire);
    // tag::configure[]
    PanelAnalysis analysis = PanelAnalysis.builder()
        .combine("q1", Combination.MEAN)              // default: median; yes/no: majority
        .combine("q2", Combination.LEAD_ROLE)
        .leadRole("strategy", "integration")          // a question's own, else its dimensions'
        .lowAgreement(Rational.of(7, 10))             // r_wg below it is low agreement (default)
        .groupBy(PanelAnalysis.GroupBy.GROUP)         // or ROLE
        .anonymous(true)                              // groups of fewer than 5 are folded away
        .build();
    Panel weighted = Panel.of(questionnaire, responses, Map.of("council", Rational.of(2)));
    PanelResult result = analysis.analyze(scorer, weighted);
    // end::configure[]
    then(result.combined().response().answer("q1").orElseThrow().value().orElseThrow().asOption())
        .isEqualTo("2");                               // steps 0, 2, 2, 4: mean 2
    then(result.groups()).isEmpty();                  // four respondents, minimum 5
    then(result.settings().minimumGroupSize()).isEqualTo(5);
  }

  @Test
  void should_stream_the_responses_of_the_panel_page() {
    Scorer scorer = ScoringEngine.create().compile(questionnaire);
    Iterable<Response> lines = responses;  // in a host: read one by one, from a file or a query
    // tag::stream[]
    PanelResult streamed = PanelAnalysis.create().analyze(scorer, lines);   // keeps no response

    PanelAnalysis.Accumulator accumulator = PanelAnalysis.create()
        .accumulator(scorer, Map.of("council", Rational.of(2)));          // weights: optional
    for (Response response : lines) {
      accumulator.add(response);               // checked, scored, counted, forgotten
    }
    PanelResult result = accumulator.result(); // at any time: the responses added so far
    // end::stream[]
    then(streamed).isEqualTo(PanelAnalysis.create().analyze(scorer, Panel.of(questionnaire, responses)));
    then(result).isEqualTo(PanelAnalysis.create().analyze(scorer,
        Panel.of(questionnaire, responses, Map.of("council", Rational.of(2)))));
  }
}
