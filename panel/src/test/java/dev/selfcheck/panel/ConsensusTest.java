package dev.selfcheck.panel;

import static dev.selfcheck.panel.Fixtures.SCORER;
import static dev.selfcheck.panel.Fixtures.SMALL;
import static dev.selfcheck.panel.Fixtures.response;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Combination;
import dev.selfcheck.core.Consensus;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Scorer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Consensus responses: drafted from route 2, overridden with a rationale, checked against their panel. */
class ConsensusTest {

  private static final List<Response> FOUR = RouteOneTest.FOUR;

  private static Response draftOf(List<Response> responses) {
    Panel panel = Panel.of(SMALL, responses);
    return PanelConsensus.draft(panel, PanelAnalysis.create().analyze(SCORER, panel));
  }

  @Test
  void should_record_the_override_and_its_rationale_when_the_workshop_agrees_on_another_answer() {
    // GIVEN q1 combined by the median: 2 (steps 0, 2, 2, 4)
    Response draft = draftOf(FOUR);
    // WHEN the workshop agrees on "fully applies"
    Response agreed = PanelConsensus.override(draft, "q1", Answer.of(AnswerValue.option("4")),
        "the council adopted the strategy in March");
    // THEN
    then(agreed.answer("q1").orElseThrow().value().orElseThrow().asOption()).isEqualTo("4");
    then(agreed.consensus().orElseThrow().answers().get("q1"))
        .isEqualTo(Consensus.Reached.byOverride("the council adopted the strategy in March"));
    then(agreed.consensus().orElseThrow().answers().get("q2")).isEqualTo(Consensus.Reached.byRule(Combination.MEDIAN));
    // strategy: (100 + 2 · 75) / 3 instead of (50 + 2 · 75) / 3
    then(SCORER.score(agreed).dimension("strategy").orElseThrow().score()).contains(Rational.of(250, 3));
    then(SCORER.score(draft).dimension("strategy").orElseThrow().score()).contains(Rational.of(200, 3));
  }

  @Test
  void should_reject_an_override_when_its_rationale_is_blank() {
    // GIVEN
    Response draft = draftOf(FOUR);
    Answer fully = Answer.of(AnswerValue.option("4"));
    // WHEN / THEN
    thenThrownBy(() -> PanelConsensus.override(draft, "q1", fully, " \t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the override of question 'q1' needs a rationale, but the rationale is blank");
    thenThrownBy(() -> PanelConsensus.override(FOUR.get(0), "q1", fully, "agreed"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is no consensus");
    thenThrownBy(() -> Consensus.Reached.byOverride(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
  }

  @Test
  void should_read_back_what_it_writes_and_refuse_a_blank_rationale_when_the_document_is_read() {
    // GIVEN
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    Response agreed = PanelConsensus.override(draftOf(FOUR), "q1", Answer.of(AnswerValue.option("4")),
        "the council adopted the strategy in March");
    // WHEN
    String json = codec.writeResponse(agreed);
    DecodeResult<Response> read = codec.readResponse(json, DocumentFormat.JSON);
    DecodeResult<Response> blank = codec.readResponse(
        json.replace("the council adopted the strategy in March", "  "), DocumentFormat.JSON);
    DecodeResult<Response> neither = codec.readResponse(
        json.replace("\"rationale\": \"the council adopted the strategy in March\"", ""), DocumentFormat.JSON);
    // THEN
    then(json).contains("\"consensus\": {", "\"respondent\": \"a\"", "\"rule\": \"median\"",
        "\"rationale\": \"the council adopted the strategy in March\"");
    then(read.findings()).isEmpty();
    then(read.value()).contains(agreed);
    then(blank.findings()).extracting(Finding::pointer).contains("/consensus/answers/q1/rationale");
    then(blank.value()).isEmpty();
    then(neither.findings()).extracting(Finding::pointer).contains("/consensus/answers/q1");
  }

  @Test
  void should_detect_each_change_of_the_panel_when_a_consensus_is_checked() {
    // GIVEN a consensus of a, b, c, d
    Response consensus = draftOf(FOUR);
    List<Response> removed = FOUR.subList(0, 3);
    List<Response> added = new ArrayList<>(FOUR);
    added.add(response("e", null, null, "q1=1"));
    List<Response> changed = new ArrayList<>(FOUR);
    changed.set(2, response("c", null, null, "q1=3", "q2=3"));
    // WHEN / THEN
    then(PanelConsensus.check(consensus, Panel.of(SMALL, FOUR))).isEmpty();
    then(PanelConsensus.check(consensus, Panel.of(SMALL, removed)))
        .extracting(Finding::code, Finding::pointer).containsExactly(tuple("PAN-0043", "/consensus/members/3"));
    then(PanelConsensus.check(consensus, Panel.of(SMALL, added)))
        .extracting(Finding::code, Finding::pointer, Finding::message).containsExactly(tuple("PAN-0044",
            "/consensus/members", "respondent 'e' is a member of the panel now, but was not when the consensus was reached"));
    then(PanelConsensus.check(consensus, Panel.of(SMALL, changed)))
        .extracting(Finding::code, Finding::pointer, Finding::message).containsExactly(tuple("PAN-0045",
            "/consensus/members/2/fingerprint", "the answers of respondent 'c' changed after the consensus was reached"));
  }

  @Test
  void should_report_a_consensus_of_another_version_or_an_altered_record_when_checked() {
    // GIVEN
    Response consensus = draftOf(FOUR);
    Response otherVersion = Response.builder().from(consensus)
        .questionnaireVersion(SemanticVersion.parse("2.0.0")).build();
    Consensus record = consensus.consensus().orElseThrow();
    Response altered = Response.builder().from(consensus).consensus(Consensus.builder().from(record)
        .fingerprint("sha256:" + "0".repeat(64)).build()).build();
    Response unrecorded = Response.builder().from(consensus)
        .putAnswer("q3", Answer.of(AnswerValue.option("1"))).build();
    Panel panel = Panel.of(SMALL, FOUR);
    // WHEN / THEN
    then(PanelConsensus.check(otherVersion, panel)).extracting(Finding::code, Finding::pointer)
        .containsExactly(tuple("PAN-0040", "/questionnaire/version"));
    then(PanelConsensus.check(altered, panel)).extracting(Finding::code, Finding::pointer)
        .containsExactly(tuple("PAN-0046", "/consensus/fingerprint"));
    then(PanelConsensus.check(unrecorded, panel)).extracting(Finding::code, Finding::pointer)
        .containsExactly(tuple("PAN-0047", "/answers/q3"));
    then(PanelConsensus.check(FOUR.get(0), panel)).extracting(Finding::code)
        .containsExactly("PAN-0041", "PAN-0042");
  }

  @Test
  void should_keep_a_fingerprint_when_only_comments_change() {
    // GIVEN
    Response plain = response("a", null, null, "q1=2", "q5=40.0");
    Response commented = Response.builder().from(plain).putAnswer("q1",
        Answer.builder().from(plain.answer("q1").orElseThrow()).comment("after the audit").build())
        .putAnswer("q5", Answer.of(AnswerValue.number(new java.math.BigDecimal("40")))).build();
    // WHEN / THEN
    then(PanelConsensus.fingerprint(commented)).isEqualTo(PanelConsensus.fingerprint(plain))
        .isNotEqualTo(PanelConsensus.fingerprint(response("a", null, null, "q1=3", "q5=40")));
  }

  @Test
  void should_run_the_consensus_example_of_the_panel_page() {
    // GIVEN
    Scorer scorer = SCORER;
    Panel panel = Panel.of(SMALL, FOUR);
    PanelResult result = PanelAnalysis.create().analyze(scorer, panel);
    // WHEN
    // tag::consensus[]
    Response draft = PanelConsensus.draft(panel, result);     // route 2, every answer with its rule
    Response agreed = PanelConsensus.override(draft, "q1",
        Answer.of(AnswerValue.option("4")), "the council adopted the strategy in March");
    scorer.score(agreed);                                     // scored like any response
    String json = QuestionnaireCodec.create().writeResponse(agreed);   // with its "consensus" record
    PanelConsensus.check(agreed, panel);                      // empty while the panel is unchanged
    // end::consensus[]
    // THEN
    then(agreed.consensus().orElseThrow().answers().get("q1").rationale())
        .contains("the council adopted the strategy in March");
    then(json).contains("\"role\": \"consensus\"");
    then(PanelConsensus.check(agreed, panel)).isEmpty();
  }
}
