package dev.selfcheck.panel;

import static dev.selfcheck.panel.Fixtures.SMALL;
import static dev.selfcheck.panel.Fixtures.response;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.scoring.Rational;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A panel keeps the members that belong to it and reports every other response with a pointer. */
class PanelTest {

  @Test
  void should_keep_every_member_with_role_group_and_weight_when_all_responses_belong() {
    // GIVEN
    List<Response> responses = List.of(response("a", "mayor", "administration", "q1=2"),
        response("b", null, null, "q1=3"));
    // WHEN
    Panel panel = Panel.of(SMALL, responses, Map.of("a", Rational.of(2)));
    // THEN
    then(panel.findings()).isEmpty();
    then(panel.members()).extracting(Panel.Member::respondentId).containsExactly("a", "b");
    then(panel.members().get(0).role()).contains("mayor");
    then(panel.members().get(0).group()).contains("administration");
    then(panel.members().get(0).weight()).isEqualTo(Rational.of(2));
    then(panel.members().get(1).weight()).isEqualTo(Rational.ONE);
  }

  @Test
  void should_report_bad_members_with_pointers_when_they_do_not_belong() {
    // GIVEN
    Response otherQuestionnaire = Response.builder().from(response("c", null, null))
        .questionnaireId("another").build();
    Response otherVersion = Response.builder().from(response("d", null, null))
        .questionnaireVersion(SemanticVersion.of(2, 0, 0)).build();
    Response anonymous = Response.builder().questionnaireId(SMALL.id())
        .questionnaireVersion(SMALL.version()).build();
    List<Response> responses = List.of(response("a", null, null), otherQuestionnaire, otherVersion,
        anonymous, response("a", null, null), response("e", null, null));
    // WHEN
    Panel panel = Panel.of(SMALL, responses, Map.of("e", Rational.ZERO, "ghost", Rational.ONE));
    // THEN
    then(panel.members()).extracting(Panel.Member::respondentId).containsExactly("a");
    then(panel.findings()).extracting(Finding::code, Finding::pointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple("PAN-0001", "/responses/1/questionnaireId"),
        org.assertj.core.groups.Tuple.tuple("PAN-0002", "/responses/2/questionnaireVersion"),
        org.assertj.core.groups.Tuple.tuple("PAN-0003", "/responses/3"),
        org.assertj.core.groups.Tuple.tuple("PAN-0004", "/responses/4/respondent/id"),
        org.assertj.core.groups.Tuple.tuple("PAN-0006", "/weights/e"),
        org.assertj.core.groups.Tuple.tuple("PAN-0005", "/weights/ghost"));
    then(panel.findings().get(0).message())
        .isEqualTo("the response answers questionnaire 'another', not the panel's 'panel-small', and is left out");
    then(panel.findings().get(3).message())
        .isEqualTo("respondent 'a' already answered in response 0; this response is left out");
  }

  @Test
  void should_report_an_empty_panel_when_no_response_is_left() {
    // WHEN
    Panel panel = Panel.of(SMALL, List.of());
    // THEN
    then(panel.findings()).extracting(Finding::code).containsExactly("PAN-0007");
    then(panel.size()).isZero();
  }
}
