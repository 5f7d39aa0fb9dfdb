package dev.selfcheck.panel;

import static dev.selfcheck.panel.Fixtures.SCORER;
import static dev.selfcheck.panel.Fixtures.SMALL;
import static dev.selfcheck.panel.Fixtures.response;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Response;
import dev.selfcheck.panel.PanelResult.AgendaReason;
import dev.selfcheck.scoring.Rational;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Groups, their minimum size without a subtraction attack, the gaps between them, and the agenda. */
class GroupsTest {

  private static List<Response> members(String group, int count, String... answers) {
    List<Response> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(response(group + i, null, group, answers));
    }
    return out;
  }

  private static PanelResult analyze(PanelAnalysis.Builder builder, List<Response> responses) {
    return builder.build().analyze(SCORER, Panel.of(SMALL, responses));
  }

  @Test
  void should_fold_small_groups_into_other_when_they_are_below_the_minimum_size() {
    // GIVEN administration 3, politics 1, civil society 2
    List<Response> responses = new ArrayList<>(members("administration", 3, "q1=4"));
    responses.addAll(members("politics", 1, "q1=0"));
    responses.addAll(members("civil", 2, "q1=2"));
    // WHEN
    PanelResult result = analyze(PanelAnalysis.builder(), responses);
    // THEN politics and civil society together are 3
    then(result.groups()).extracting(PanelResult.Group::key, PanelResult.Group::size).containsExactly(
        org.assertj.core.groups.Tuple.tuple("administration", 3),
        org.assertj.core.groups.Tuple.tuple(PanelAnalysis.OTHER, 3));
    then(result.findings()).filteredOn(f -> f.code().equals("PAN-0020")).extracting(Finding::message)
        .containsExactly("group 'civil' is not shown on its own (minimum group size 3); it is counted in '(other)'"
            + " when the folded groups together reach that size",
            "group 'politics' is not shown on its own (minimum group size 3); it is counted in '(other)'"
            + " when the folded groups together reach that size");
    // (0 + 50 + 50) / 3 in "other"
    then(result.groups().get(1).dimensions().get(0).mean()).contains(Rational.of(100, 3));
  }

  @Test
  void should_fold_the_smallest_shown_group_too_when_other_would_stay_below_the_minimum() {
    // GIVEN administration 3, politics 1, civil society 4: "all" minus the shown groups must not
    // reveal the politician alone
    List<Response> responses = new ArrayList<>(members("administration", 3, "q1=4"));
    responses.addAll(members("politics", 1, "q1=0"));
    responses.addAll(members("civil", 4, "q1=2"));
    // WHEN
    PanelResult result = analyze(PanelAnalysis.builder(), responses);
    // THEN
    then(result.groups()).extracting(PanelResult.Group::key, PanelResult.Group::size).containsExactly(
        org.assertj.core.groups.Tuple.tuple("civil", 4),
        org.assertj.core.groups.Tuple.tuple(PanelAnalysis.OTHER, 4));
    then(result.findings()).filteredOn(f -> f.code().equals("PAN-0020")).extracting(f -> f.arguments().get(0))
        .containsExactly("administration", "politics");
  }

  @Test
  void should_show_no_group_when_even_all_groups_together_are_below_the_anonymous_minimum() {
    // GIVEN four respondents in two groups, anonymous mode (minimum 5)
    List<Response> responses = new ArrayList<>(members("administration", 2, "q1=4"));
    responses.addAll(members("civil", 2, "q1=2"));
    // WHEN
    PanelResult result = analyze(PanelAnalysis.builder().anonymous(true), responses);
    // THEN
    then(result.settings().minimumGroupSize()).isEqualTo(5);
    then(result.groups()).isEmpty();
    then(result.groupGaps()).isEmpty();
  }

  @Test
  void should_rank_the_agenda_by_weight_times_disagreement_with_reasons_when_groups_disagree() {
    // GIVEN administration says "fully" and yes, civil society "not at all" and no
    List<Response> responses = new ArrayList<>(members("administration", 3, "q1=4", "q2=4", "q4=yes"));
    responses.addAll(members("civil", 3, "q1=0", "q2=0", "q4=no"));
    responses.set(0, response("administration0", null, "administration", "q1=4", "q2=4", "q4=yes", "q3=?"));
    responses.set(3, response("civil0", null, "civil", "q1=0", "q2=0", "q4=no", "q3=?"));
    // WHEN
    PanelResult result = analyze(PanelAnalysis.builder(), responses);
    // THEN strategy: administration 100, civil society 0
    then(result.groupGaps().get(0)).isEqualTo(new PanelResult.GroupGap("strategy", "civil", Rational.ZERO,
        "administration", Rational.of(100), Rational.of(100)));
    // per question: civil society's median step 0, the administration's 4 (q3: nobody answered)
    then(result.questionGaps()).containsExactly(
        new PanelResult.QuestionGap("q1", "civil", Rational.ZERO, "administration", Rational.of(4), Rational.of(4)),
        new PanelResult.QuestionGap("q2", "civil", Rational.ZERO, "administration", Rational.of(4), Rational.of(4)));
    // q2 (weight 2, r_wg 0) first; q1 and q4 (weight 1, disagreement 1) in document order;
    // q3 (2 of 6 don't know, no disagreement) last
    then(result.agenda()).extracting(PanelResult.AgendaItem::questionId).containsExactly("q2", "q1", "q4", "q3");
    then(result.agenda().get(0).priority()).isEqualTo(Rational.of(2));
    then(result.agenda().get(0).reasons()).containsExactly(AgendaReason.SPREAD_OF_TWO_STEPS,
        AgendaReason.BOTH_ENDS, AgendaReason.LOW_AGREEMENT, AgendaReason.GROUP_GAP);
    then(result.agenda().get(2).reasons()).containsExactly(AgendaReason.YES_AND_NO);
    then(result.agenda().get(2).disagreement()).isEqualTo(Rational.ONE);
    then(result.agenda().get(3).reasons()).containsExactly(AgendaReason.MANY_DONT_KNOW);
    then(result.agenda().get(3).priority()).isEqualTo(Rational.ZERO);
    then(result.agenda()).extracting(PanelResult.AgendaItem::fieldId).containsExactly("strategy", "strategy",
        "staff", "staff");
  }

  @Test
  void should_group_by_role_when_asked() {
    // GIVEN
    List<Response> responses = List.of(response("a", "mayor", "x", "q1=1"), response("b", "mayor", "y", "q1=1"),
        response("c", "mayor", "z", "q1=1"), response("d", null, null, "q1=3"), response("e", null, null, "q1=3"),
        response("f", null, null, "q1=3"));
    // WHEN
    PanelResult result = analyze(PanelAnalysis.builder().groupBy(PanelAnalysis.GroupBy.ROLE), responses);
    // THEN
    then(result.groups()).extracting(PanelResult.Group::key).containsExactly(PanelAnalysis.NO_GROUP, "mayor");
    then(result.groupGaps().get(0).gap()).isEqualTo(Rational.of(50));
  }
}
