package dev.selfcheck.docs;

import static dev.selfcheck.testkit.SelfcheckAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.panel.PanelAnalysis;
import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.panel.PanelResult.AgendaReason;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import dev.selfcheck.testkit.SelfcheckArbitraries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;

/** The panel part of docs/testing-rule-sets.md, compiled and run on the flagship's sample panel. */
class PanelTestingDocsTest {

  @Test
  void should_run_the_panel_assertions_of_the_testing_page() {
    Questionnaire questionnaire = Flagship.questionnaire();
    Scorer scorer = ScoringEngine.create().compile(questionnaire);
    // tag::panelAssertions[]
    PanelResult result = PanelAnalysis.create().analyze(scorer, Flagship.samplePanel());

    assertThat(result).hasRespondents(8).hasKnowledgeGap("work.processingWeeks")
        .agendaContains("mgmt.diversityCheck", AgendaReason.SPREAD_OF_TWO_STEPS, AgendaReason.BOTH_ENDS)
        .hasGroups("Zivilgesellschaft", PanelAnalysis.OTHER);
    assertThat(result).total().hasN(8).hasNotScorable(0);          // route 1: score each, describe
    assertThat(result).combined().total().isScorable();             // route 2: combine, score once
    assertThat(result).question("acc.interpreting").hasCount("true", 6).hasCount("false", 2);
    // end::panelAssertions[]
    then(result.findings()).noneMatch(dev.selfcheck.core.Finding::isError);
  }

  // tag::panelArbitraries[]
  @Provide
  Arbitrary<Tuple2<Questionnaire, List<Response>>> panels() {
    return SelfcheckArbitraries.questionnaires()
        .flatMap(q -> SelfcheckArbitraries.panelsFor(q, 1, 8).map(p -> Tuple.of(q, p)));
  }

  @Property(tries = 50)
  void should_not_depend_on_the_order_of_respondents(@ForAll("panels") Tuple2<Questionnaire, List<Response>> c) {
    Scorer scorer = ScoringEngine.create().compile(c.get1());
    List<Response> reversed = new ArrayList<>(c.get2());
    Collections.reverse(reversed);
    then(PanelAnalysis.create().analyze(scorer, reversed).dimensions())
        .isEqualTo(PanelAnalysis.create().analyze(scorer, c.get2()).dimensions());
  }
  // end::panelArbitraries[]
}
