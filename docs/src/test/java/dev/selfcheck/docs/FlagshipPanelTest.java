package dev.selfcheck.docs;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Combination;
import dev.selfcheck.core.Consensus;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.panel.Panel;
import dev.selfcheck.panel.PanelAnalysis;
import dev.selfcheck.panel.PanelConsensus;
import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The flagship's panels: its three sample responses (three offices of the administration) and its
 * sample panel of eight respondents (the panel page's example). Here rather than in the panel
 * module, whose tests may not use the flagship: the testkit depends on the panel module and the
 * flagship's tests on the testkit.
 */
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

  @Test
  void should_show_the_disagreement_of_the_sample_panel_of_the_panel_page() {
    // tag::samplePanel[]
    Questionnaire flagship = Flagship.questionnaire();
    PanelResult sample = PanelAnalysis.create()
        .analyze(ScoringEngine.create().compile(flagship), Panel.of(flagship, Flagship.samplePanel()));
    // end::samplePanel[]
    then(sample.respondents()).isEqualTo(8);
    then(sample.findings()).noneMatch(dev.selfcheck.core.Finding::isError);
    then(sample.questions()).filteredOn(PanelResult.QuestionSummary::knowledgeGap)
        .extracting(PanelResult.QuestionSummary::questionId).containsExactly("work.processingWeeks");
    then(sample.agenda()).flatExtracting(PanelResult.AgendaItem::reasons).contains(
        PanelResult.AgendaReason.values());
    java.util.function.Function<String, List<PanelResult.AgendaReason>> reasons = id -> sample.agenda().stream()
        .filter(i -> i.questionId().equals(id)).findFirst().orElseThrow().reasons();
    then(reasons.apply("acc.interpreting")).contains(PanelResult.AgendaReason.YES_AND_NO);
    then(reasons.apply("comm.crisisPlan")).contains(PanelResult.AgendaReason.YES_AND_NO);
    then(reasons.apply("mgmt.diversityCheck")).contains(PanelResult.AgendaReason.SPREAD_OF_TWO_STEPS,
        PanelResult.AgendaReason.BOTH_ENDS);
    then(reasons.apply("part.councilInfluence")).contains(PanelResult.AgendaReason.BOTH_ENDS);
    then(sample.groups()).extracting(PanelResult.Group::key, PanelResult.Group::size).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Zivilgesellschaft", 3), org.assertj.core.groups.Tuple.tuple(PanelAnalysis.OTHER, 5));
  }

  @Test
  void should_draft_the_combined_answers_with_their_rules_when_the_flagship_sample_panel_meets() {
    // GIVEN the eight respondents of Lindenfeld
    Questionnaire flagship = Flagship.questionnaire();
    Scorer scorer = ScoringEngine.create().compile(flagship);
    Panel panel = Panel.of(flagship, Flagship.samplePanel());
    PanelResult result = PanelAnalysis.create().analyze(scorer, panel);
    // WHEN
    Response draft = PanelConsensus.draft(panel, result);
    // THEN a response of the consensus role, with a record of its panel
    then(draft.respondent()).contains(Respondent.builder().id("consensus").role("consensus").build());
    Consensus record = draft.consensus().orElseThrow();
    then(record.members()).extracting(Consensus.Member::respondentId).containsExactlyInAnyOrder(
        "lindenfeld-integrationsbuero", "lindenfeld-buergermeisterinbuero", "lindenfeld-personalamt",
        "lindenfeld-integrationsbeirat", "lindenfeld-finanzausschuss", "lindenfeld-integrationsausschuss",
        "lindenfeld-fluechtlingshilfe", "lindenfeld-tsv");
    then(record.members()).extracting(Consensus.Member::fingerprint)
        .allMatch(f -> f.matches(Consensus.FINGERPRINT_PATTERN)).doesNotHaveDuplicates();
    // acc.interpreting: six yes, two no, by the majority: yes
    then(draft.answer("acc.interpreting").orElseThrow().value().orElseThrow().asBoolean()).isTrue();
    then(record.answers().get("acc.interpreting")).isEqualTo(Consensus.Reached.byRule(Combination.MAJORITY));
    // mgmt.diversityCheck: 2, 2, 1, 0, 4, 2 and two "don't know"; sorted 0 1 2 2 2 4, lower middle: 2
    then(draft.answer("mgmt.diversityCheck").orElseThrow().value().orElseThrow().asOption()).isEqualTo("2");
    then(record.answers().get("mgmt.diversityCheck")).isEqualTo(Consensus.Reached.byRule(Combination.MEDIAN));
    // every answer records its rule; the knowledge gap work.processingWeeks stays "don't know"
    then(record.answers().keySet()).isEqualTo(draft.answers().keySet());
    then(record.answers().values()).noneMatch(Consensus.Reached::overridden);
    // scored like any response: the organisation's result of route 2
    then(scorer.score(draft).total()).isEqualTo(result.combined().assessment().total());
    then(PanelConsensus.check(draft, panel)).isEmpty();
  }
}
