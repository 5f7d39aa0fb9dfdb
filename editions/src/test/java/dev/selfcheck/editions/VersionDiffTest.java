package dev.selfcheck.editions;

import static dev.selfcheck.editions.Fixtures.V1_0_0;
import static dev.selfcheck.editions.Fixtures.V1_0_1;
import static dev.selfcheck.editions.Fixtures.V1_1_0;
import static dev.selfcheck.editions.Fixtures.V2_0_0;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.erosb.jsonsKema.FormatValidationPolicy;
import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;
import com.github.erosb.jsonsKema.ValidatorConfig;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.editions.Change.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Comparing two versions of a questionnaire: every change with its kind, level and pointers into
 * both documents, worked out by hand from the fixtures under src/test/resources.
 */
class VersionDiffTest {

  private static Change change(Kind kind, String subject, String before, String after, String detail) {
    return new Change(kind, subject, Optional.ofNullable(before), Optional.ofNullable(after),
        Optional.ofNullable(detail));
  }

  private static Questionnaire numbered(Questionnaire q, String version) {
    return Questionnaire.builder().from(q).version(SemanticVersion.parse(version)).build();
  }

  @Test
  void should_find_no_change_when_a_version_is_compared_with_itself() {
    // WHEN
    VersionDiff diff = VersionDiff.between(V1_0_0, V1_0_0);
    // THEN
    then(diff.changes()).isEmpty();
    then(diff.required()).isEqualTo(ChangeLevel.NONE);
    then(diff.suggestedVersion()).isEqualTo(SemanticVersion.of(1, 0, 0));
    then(diff.findings()).isEmpty();
  }

  @Test
  void should_find_a_named_condition_added_changed_or_removed() {
    // GIVEN 1.0.0 with the named conditions a and b; 1.1.0 changes a, drops b and adds c
    Questionnaire older = Questionnaire.builder().from(V1_0_0)
        .putNamedCondition("a", dev.selfcheck.core.Condition.answerIs("plan",
            dev.selfcheck.core.AnswerState.DONT_KNOW))
        .putNamedCondition("b", dev.selfcheck.core.Condition.answerIs("plan",
            dev.selfcheck.core.AnswerState.ANSWERED)).build();
    Questionnaire newer = Questionnaire.builder().from(numbered(V1_0_0, "1.1.0"))
        .putNamedCondition("a", dev.selfcheck.core.Condition.answerIs("plan",
            dev.selfcheck.core.AnswerState.ANSWERED))
        .putNamedCondition("c", dev.selfcheck.core.Condition.answerIs("plan",
            dev.selfcheck.core.AnswerState.DONT_KNOW)).build();
    // WHEN
    VersionDiff diff = VersionDiff.between(older, newer);
    // THEN
    then(diff.changes()).containsExactly(
        change(Kind.VISIBILITY, "a", "/conditions/a", "/conditions/a", null),
        change(Kind.VISIBILITY, "b", "/conditions/b", null, null),
        change(Kind.VISIBILITY, "c", null, "/conditions/c", null));
    then(diff.required()).isEqualTo(ChangeLevel.MINOR);
  }

  @Test
  void should_call_for_a_patch_when_only_words_changed() {
    // WHEN
    VersionDiff diff = VersionDiff.between(V1_0_0, V1_0_1);
    // THEN
    then(diff.changes()).containsExactly(
        change(Kind.TEXT, "text", "/dimensions/0/questions/0/text", "/dimensions/0/questions/0/text", null),
        change(Kind.TEXT, "label", "/scales/0/options/1/label", "/scales/0/options/1/label", null));
    then(diff.required()).isEqualTo(ChangeLevel.PATCH);
    then(diff.declared()).isEqualTo(ChangeLevel.PATCH);
    then(diff.keepsResponsesValid()).isTrue();
    then(diff.findings()).isEmpty();
  }

  @Test
  void should_call_for_a_minor_version_when_questions_options_and_scores_are_added_or_changed() {
    // WHEN
    VersionDiff diff = VersionDiff.between(V1_0_0, V1_1_0);
    // THEN
    then(diff.changes()).containsExactly(
        change(Kind.SCORING, "some", "/scales/0/options/1", "/scales/0/options/1", "score of option 'some' 50 -> 25"),
        change(Kind.SCORING, "council", "/dimensions/0/questions/1", "/dimensions/0/questions/1", "weight 1 -> 2"),
        change(Kind.ANSWER_ADDED, "contact", "/dimensions/1/questions/1", "/dimensions/1/questions/1/options/2",
            "option 'shared'"),
        change(Kind.QUESTION_ADDED, "budget", null, "/dimensions/1/questions/2", null));
    then(diff.required()).isEqualTo(ChangeLevel.MINOR);
    then(diff.keepsResponsesValid()).isTrue();
    then(diff.suggestedVersion()).isEqualTo(SemanticVersion.of(1, 1, 0));
    then(diff.findings()).isEmpty();
  }

  @Test
  void should_call_for_a_major_version_when_answers_of_the_older_version_are_no_longer_valid() {
    // WHEN
    VersionDiff diff = VersionDiff.between(V1_0_0, V2_0_0);
    // THEN
    then(diff.changes()).containsExactly(
        change(Kind.ANSWER_INVALIDATED, "plan", "/scales/0/options/2", "/dimensions/0/questions/0", "option 'most'"),
        change(Kind.ANSWER_INVALIDATED, "plan", "/dimensions/0/questions/0", "/dimensions/0/questions/0", "dontKnow"),
        change(Kind.QUESTION_REMOVED, "council", "/dimensions/0/questions/1", null, null),
        change(Kind.TEXT, "text", "/dimensions/1/questions/0/text", "/dimensions/1/questions/0/text", null),
        change(Kind.TEXT, "unit", "/dimensions/1/questions/0/unit", null, null),
        change(Kind.ANSWER_INVALIDATED, "trained", "/dimensions/1/questions/0/max", "/dimensions/1/questions/0",
            "number 100"),
        change(Kind.SCORING, "trained", "/dimensions/1/questions/0", "/dimensions/1/questions/0", "item scoring"),
        change(Kind.TEXT, "text", "/dimensions/1/questions/1/text", "/dimensions/1/questions/1/text", null),
        change(Kind.REQUIRED, "contact", "/dimensions/1/questions/1", "/dimensions/1/questions/1", "false -> true"),
        change(Kind.QUESTION_TYPE, "contact", "/dimensions/1/questions/1/type", "/dimensions/1/questions/1/type",
            "singleChoice -> yesNo"),
        change(Kind.SCORING, "contact", "/dimensions/1/questions/1", "/dimensions/1/questions/1", "item scoring"));
    then(diff.required()).isEqualTo(ChangeLevel.MAJOR);
    then(diff.keepsResponsesValid()).isFalse();
    then(diff.findings()).isEmpty();
  }

  @Test
  void should_see_the_same_changes_from_the_other_side_when_the_versions_are_swapped() {
    // WHEN going back from 1.1.0 to 1.0.0
    VersionDiff diff = VersionDiff.between(V1_1_0, V1_0_0);
    // THEN the added option is an invalidated answer and the added question a removed one
    then(diff.changes()).contains(
        change(Kind.ANSWER_INVALIDATED, "contact", "/dimensions/1/questions/1/options/2", "/dimensions/1/questions/1",
            "option 'shared'"),
        change(Kind.QUESTION_REMOVED, "budget", "/dimensions/1/questions/2", null, null));
    then(diff.required()).isEqualTo(ChangeLevel.MAJOR);
  }

  @Test
  void should_report_a_version_too_small_when_a_minor_version_carries_structural_changes() {
    // GIVEN the structural changes of 2.0.0 numbered 1.1.0
    Questionnaire newer = numbered(V2_0_0, "1.1.0");
    // WHEN
    VersionDiff diff = VersionDiff.between(V1_0_0, newer);
    // THEN
    then(diff.declared()).isEqualTo(ChangeLevel.MINOR);
    then(diff.findings()).extracting(Finding::code, Finding::pointer, Finding::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("EDI-0001", "/version",
            "version 1.1.0 raises the minor part of 1.0.0, but its changes are major: the version should be at least 2.0.0"));
  }

  @Test
  void should_report_a_version_not_later_when_the_questionnaire_changed_under_the_same_number() {
    // GIVEN words changed, the number kept
    Questionnaire newer = numbered(V1_0_1, "1.0.0");
    // WHEN
    List<Finding> findings = VersionDiff.between(V1_0_0, newer).findings();
    // THEN
    then(findings).extracting(Finding::code, Finding::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("EDI-0002",
            "version 1.0.0 is not later than 1.0.0, but the questionnaire changed (patch): the version should be at least 1.0.1"));
  }

  @Test
  void should_accept_a_larger_version_than_needed() {
    // GIVEN words only, numbered as a new major version
    VersionDiff diff = VersionDiff.between(V1_0_0, numbered(V1_0_1, "2.0.0"));
    // THEN
    then(diff.required()).isEqualTo(ChangeLevel.PATCH);
    then(diff.declared()).isEqualTo(ChangeLevel.MAJOR);
    then(diff.findings()).isEmpty();
  }

  @Test
  void should_write_canonical_json_with_pointers_on_both_sides() {
    // WHEN
    String json = VersionDiff.between(V1_0_0, V1_1_0).toJson();
    // THEN
    then(json).isEqualTo("{\"older\":{\"id\":\"editions-small\",\"version\":\"1.0.0\"},"
        + "\"newer\":{\"id\":\"editions-small\",\"version\":\"1.1.0\"},"
        + "\"required\":\"minor\",\"declared\":\"minor\",\"suggestedVersion\":\"1.1.0\",\"keepsResponsesValid\":true,"
        + "\"changes\":["
        + "{\"level\":\"minor\",\"kind\":\"scoring\",\"subject\":\"some\",\"before\":\"/scales/0/options/1\","
        + "\"after\":\"/scales/0/options/1\",\"detail\":\"score of option 'some' 50 -> 25\"},"
        + "{\"level\":\"minor\",\"kind\":\"scoring\",\"subject\":\"council\",\"before\":\"/dimensions/0/questions/1\","
        + "\"after\":\"/dimensions/0/questions/1\",\"detail\":\"weight 1 -> 2\"},"
        + "{\"level\":\"minor\",\"kind\":\"answerAdded\",\"subject\":\"contact\",\"before\":\"/dimensions/1/questions/1\","
        + "\"after\":\"/dimensions/1/questions/1/options/2\",\"detail\":\"option 'shared'\"},"
        + "{\"level\":\"minor\",\"kind\":\"questionAdded\",\"subject\":\"budget\",\"after\":\"/dimensions/1/questions/2\"}],"
        + "\"findings\":[]}");
  }

  @Test
  void should_write_json_that_its_schema_describes_when_changes_and_findings_are_many() {
    // GIVEN every kind of level and a finding
    String json = VersionDiff.between(V1_0_0, numbered(V2_0_0, "1.0.1")).toJson();
    // WHEN
    Validator validator = Validator.create(new SchemaLoader(new JsonParser(VersionDiff.jsonSchema()).parse()).load(),
        new ValidatorConfig(FormatValidationPolicy.ALWAYS));
    ValidationFailure failure = validator.validate(new JsonParser(json).parse());
    // THEN
    then(failure).as("%s", failure).isNull();
    then(json).contains("\"kind\":\"questionType\"").contains("\"code\":\"EDI-0001\"");
  }
}
