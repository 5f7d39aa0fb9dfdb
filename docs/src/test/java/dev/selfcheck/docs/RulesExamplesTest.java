package dev.selfcheck.docs;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Link;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Contribution;
import dev.selfcheck.core.Finding;
import java.util.Locale;
import java.util.ArrayList;
import dev.selfcheck.scoring.Reason;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of docs/rules.md: the fired recommendations, their order and their reasons. */
class RulesExamplesTest {

  private static Assessment assessment() {
    return ExampleFiles.score("rules-example.yaml", "rules-example-response.json");
  }

  private static FiredRecommendation fired(Assessment a, String id) {
    return a.recommendations().stream().filter(r -> r.recommendation().id().equals(id)).findFirst()
        .orElseThrow();
  }

  @Test
  void should_fire_by_priority_then_catalog_order_when_scoring_the_rules_example() {
    // GIVEN / WHEN
    Assessment assessment = assessment();
    // THEN
    then(assessment.recommendations()).extracting(r -> r.recommendation().id() + "@" + r.recommendation().priority())
        .containsExactly("rec.strategyWorkshop@10", "rec.complaints@5", "rec.residentDialogue@5",
            "rec.dataBasics@0");
    then(assessment.recommends("rec.audit")).isFalse();
  }

  @Test
  void should_merge_a_recommendation_when_several_rules_yield_it() {
    // GIVEN / WHEN
    Assessment assessment = assessment();
    // THEN
    then(fired(assessment, "rec.strategyWorkshop").rules()).containsExactly("noStrategy", "weakManagement");
    then(fired(assessment, "rec.residentDialogue").rules()).containsExactly("weakManagement", "onlineButFewStaff");
    then(fired(assessment, "rec.dataBasics").rules()).containsExactly("unclearResources", "noMonitoring", "incomplete");
  }

  @Test
  void should_word_every_explanation_in_the_readers_language_when_asked_for_a_locale() {
    // GIVEN
    Assessment assessment = assessment();
    Locale locale = Locale.GERMAN;
    // WHEN
    List<String> words = new ArrayList<>();
    // tag::explain[]
    for (FiredRecommendation fired : assessment.recommendations()) {
      for (Reason reason : fired.reasons()) {
        // e.g. "der Punktwert von „management“ ist 8,3 (genau 25/3), also unter 50"
        words.add(reason.code() + ": " + reason.message(locale));
      }
    }
    for (DimensionResult result : assessment.dimensions()) {
      // e.g. "keine Frage und kein Unterbereich hat einen Punktwert"
      result.notScorable().ifPresent(why -> words.add(result.id() + ": " + why.message(locale)));
      for (Contribution contribution : result.contributions()) {
        // e.g. "mit „weiß nicht“ beantwortet"
        contribution.exclusion().ifPresent(why -> words.add(contribution.id() + ": " + why.message(locale)));
      }
    }
    for (Finding finding : assessment.findings()) {
      words.add(finding.code() + ": " + finding.message(locale));
    }
    // end::explain[]
    // THEN
    then(words).contains(
        "SCORE: der Punktwert von „management“ ist 8,3 (genau 25/3), also unter 50",
        "BAND: die Stufe von „management“ ist „start“",
        "ANSWER_VALUE: die Antwort auf „staffShare“ ist 8 und erfüllt kleiner als 10",
        "COMPLETION: die Vollständigkeit von „Gesamt“ ist 0,875, also unter 1",
        "monitoring: keine Frage und kein Unterbereich hat einen Punktwert",
        "SCO-0001: der Bereich „monitoring“ ist nicht bewertbar: keine Frage und kein Unterbereich hat einen Punktwert");
  }

  @Test
  void should_explain_each_recommendation_with_facts_and_pointers_when_rules_fire() {
    // GIVEN
    Assessment assessment = assessment();
    // WHEN
    // tag::reasons[]
    for (FiredRecommendation fired : assessment.recommendations()) {
      System.err.println(fired.recommendation().id() + " (priority " + fired.recommendation().priority()
          + ", rules " + fired.rules() + ")");
      for (Reason reason : fired.reasons()) {
        // e.g. "  /rules/0/when/any/0: the score of 'management' is 8.3 (exactly 25/3), which is below 50"
        System.err.println("  " + reason.pointer() + ": " + reason.fact());
      }
    }
    // end::reasons[]
    // THEN
    then(fired(assessment, "rec.strategyWorkshop").reasons()).extracting(r -> r.rule() + " " + r.pointer() + " " + r.fact())
        .containsExactly(
            "noStrategy /rules/0/when/any/0 the score of 'management' is 8.3 (exactly 25/3), which is below 50",
            "weakManagement /rules/1/when the band of 'management' is 'start'");
    then(fired(assessment, "rec.complaints").reasons()).extracting(r -> r.pointer() + " " + r.fact())
        .containsExactly(
            "/rules/2/when/all/0 the answer to 'complaintChannel' is yes, which satisfies eq true",
            "/rules/2/when/all/1 it is not the case that the answer to 'complaintHandling' ge '3'");
    then(fired(assessment, "rec.residentDialogue").reasons()).extracting(r -> r.pointer() + " " + r.fact())
        .containsExactly(
            "/rules/1/when the band of 'management' is 'start'",
            "/rules/6/when/all/0 the answer to 'channels' is ['online', 'phone'], which satisfies contains 'online'",
            "/rules/6/when/all/1 the answer to 'staffShare' is 8, which satisfies lt 10");
    then(fired(assessment, "rec.dataBasics").reasons()).extracting(r -> r.pointer() + " " + r.fact())
        .containsExactly(
            "/rules/3/when 2 of 3 questions ('responsibility', 'budget') satisfy le '1' (required: at least 2)",
            "/rules/4/when 'monitoring' is not scorable: no question or sub-dimension has a score",
            "/rules/5/when the completion of the total is 0.875, which is below 1");
  }

  @Test
  void should_not_fire_when_the_question_has_no_value_or_is_hidden() {
    // GIVEN: mon1 is "don't know", so {"answer": "mon1", "ne": "4"} is false; complaintAudit is
    // answered in the response but hidden, so both eq true and eq false are false
    Assessment assessment = assessment();
    // THEN
    then(assessment.recommends("rec.audit")).isFalse();
    then(assessment.findings()).extracting(f -> f.code() + " " + f.pointer())
        .containsExactly("RSP-0010 /answers/complaintAudit", "SCO-0001 /dimensions/2");
  }

  @Test
  void should_carry_tags_and_relative_links_when_a_recommendation_fires() {
    // GIVEN
    Assessment assessment = assessment();
    // WHEN
    // tag::links[]
    URI base = URI.create("https://portal.example.org/selfcheck/");   // the host's base address
    FiredRecommendation workshop = assessment.recommendations().get(0);
    List<String> tags = workshop.recommendation().tags();               // [workshop, decision-makers]
    for (Link link : workshop.recommendation().links()) {
      URI target = base.resolve(link.href());  // relative links resolve, absolute ones stay as they are
      System.err.println(link.label().map(l -> l.in("en", "en")).orElse(link.href()) + ": " + target);
    }
    // end::links[]
    // THEN
    then(tags).containsExactly("workshop", "decision-makers");
    then(base.resolve(workshop.recommendation().links().get(0).href()).toString())
        .isEqualTo("https://portal.example.org/selfcheck/workshops/integration-strategy");
    then(base.resolve(fired(assessment, "rec.complaints").recommendation().links().get(0).href()).toString())
        .isEqualTo("https://example.org/articles/complaint-management");
    then(fired(assessment, "rec.residentDialogue").recommendation().tags()).containsExactly("resident-dialogue");
  }
}
