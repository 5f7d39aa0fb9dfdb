package dev.selfcheck.flagship;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Link;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Rule;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The flagship questionnaire: it loads cleanly, has the intended structure and is fully translated. */
class FlagshipQuestionnaireTest {

  private static final List<String> FIELDS = List.of(
      "management", "opening", "access", "work", "participation", "cohesion", "communication");

  private static final Set<String> KINDS_OF_SUPPORT =
      Set.of("workshop", "decision-makers", "resident-dialogue", "knowledge-article");

  /** Members of the document format whose value is a localized text. */
  private static final Set<String> LOCALIZED_MEMBERS =
      Set.of("title", "description", "label", "text", "help", "rationale");

  private static final Questionnaire QUESTIONNAIRE = Flagship.questionnaire();

  @Test
  void should_load_without_errors_or_warnings_when_the_bundled_document_is_read() {
    // GIVEN
    String document = Flagship.questionnaireDocument();
    // WHEN
    DecodeResult<Questionnaire> result =
        QuestionnaireCodec.create().readQuestionnaire(document, DocumentFormat.YAML);
    List<Finding> semantic = result.orElseThrow().validate();
    // THEN
    then(result.findings()).isEmpty();
    then(semantic).isEmpty();
    then(result.orElseThrow().id()).isEqualTo("welcoming-municipality");
    then(result.orElseThrow().version()).hasToString("1.0.0");
    then(result.orElseThrow().defaultLocale()).isEqualTo("de");
    then(result.orElseThrow().locales()).containsExactly("en");
  }

  @Test
  void should_have_the_seven_fields_in_order_each_with_goals_when_loaded() {
    // GIVEN
    // WHEN
    List<String> fields = QUESTIONNAIRE.dimensions().stream().map(Dimension::id).toList();
    // THEN
    then(fields).containsExactlyElementsOf(FIELDS);
    for (Dimension field : QUESTIONNAIRE.dimensions()) {
      then(field.dimensions()).as("goals of %s", field.id()).hasSizeBetween(2, 4);
      then(field.questions()).as("questions directly in %s", field.id()).isEmpty();
      then(field.allQuestions().count()).as("criteria of %s", field.id()).isBetween(12L, 16L);
    }
  }

  @Test
  void should_have_about_a_hundred_questions_when_counted() {
    // GIVEN
    // WHEN
    long questions = QUESTIONNAIRE.allQuestions().count();
    // THEN
    then(questions).isBetween(95L, 110L);
  }

  @Test
  void should_offer_at_least_forty_recommendations_with_rationale_and_known_tags_when_loaded() {
    // GIVEN
    List<Recommendation> recommendations = QUESTIONNAIRE.recommendations();
    // WHEN
    List<String> withoutRationale = recommendations.stream()
        .filter(r -> r.rationale().isEmpty()).map(Recommendation::id).toList();
    List<String> untagged = recommendations.stream()
        .filter(r -> r.tags().isEmpty()).map(Recommendation::id).toList();
    Set<String> tags = recommendations.stream()
        .flatMap(r -> r.tags().stream()).collect(Collectors.toCollection(TreeSet::new));
    List<String> withoutField = recommendations.stream()
        .filter(r -> r.dimension().isEmpty()).map(Recommendation::id).toList();
    // THEN
    then(recommendations).hasSizeGreaterThanOrEqualTo(40);
    then(withoutRationale).isEmpty();
    then(untagged).isEmpty();
    then(tags).isSubsetOf(KINDS_OF_SUPPORT);
    then(withoutField).isEmpty();
  }

  @Test
  void should_offer_all_four_kinds_of_support_in_every_field_when_recommendations_are_grouped() {
    // GIVEN
    Map<String, Set<String>> kindsByField = new TreeMap<>();
    // WHEN
    for (Recommendation recommendation : QUESTIONNAIRE.recommendations()) {
      kindsByField.computeIfAbsent(field(recommendation), f -> new TreeSet<>())
          .addAll(recommendation.tags());
    }
    // THEN
    then(kindsByField).containsOnlyKeys(FIELDS);
    kindsByField.forEach((field, kinds) ->
        then(kinds).as("kinds of support in %s", field).containsExactlyInAnyOrderElementsOf(KINDS_OF_SUPPORT));
  }

  @Test
  void should_name_every_recommendation_in_a_rule_when_rules_are_read() {
    // GIVEN
    Set<String> named = QUESTIONNAIRE.rules().stream()
        .flatMap(r -> r.recommend().stream()).collect(Collectors.toSet());
    // WHEN
    List<String> neverRecommended = QUESTIONNAIRE.recommendations().stream()
        .map(Recommendation::id).filter(id -> !named.contains(id)).toList();
    // THEN
    then(neverRecommended).isEmpty();
    then(QUESTIONNAIRE.rules()).extracting(Rule::id).doesNotHaveDuplicates();
  }

  @Test
  void should_link_only_relative_to_the_host_when_recommendations_carry_links() {
    // GIVEN
    List<String> hrefs = QUESTIONNAIRE.recommendations().stream()
        .flatMap(r -> r.links().stream()).map(Link::href).toList();
    // WHEN
    List<String> notRelative = hrefs.stream()
        .filter(href -> href.startsWith("/") || href.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*"))
        .toList();
    List<String> unlabelled = QUESTIONNAIRE.recommendations().stream()
        .flatMap(r -> r.links().stream()).filter(l -> l.label().isEmpty()).map(Link::href).toList();
    // THEN
    then(hrefs).hasSizeGreaterThanOrEqualTo(QUESTIONNAIRE.recommendations().size());
    then(notRelative).isEmpty();
    then(unlabelled).isEmpty();
  }

  @Test
  void should_have_a_german_and_an_english_text_when_any_localized_text_is_read() {
    // GIVEN the canonical JSON, so that every text of the model is visited
    JsonNode root = JsonMapper.builder().build()
        .readTree(QuestionnaireCodec.create().writeQuestionnaire(QUESTIONNAIRE));
    List<String> texts = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    // WHEN
    walk(root, "", texts, problems);
    // THEN
    then(problems).isEmpty();
    // at least a text per question and a title, text and rationale per recommendation
    then((long) texts.size()).isGreaterThan(
        QUESTIONNAIRE.allQuestions().count() + 3L * QUESTIONNAIRE.recommendations().size());
  }

  @Test
  void should_not_hide_a_required_question_when_visibility_conditions_are_set() {
    // GIVEN
    // WHEN
    List<String> hiddenRequired = QUESTIONNAIRE.allQuestions()
        .filter(q -> q.required() && q.visibleWhen().isPresent()).map(q -> q.id()).toList();
    long followUps = QUESTIONNAIRE.allQuestions().filter(q -> q.visibleWhen().isPresent()).count();
    // THEN
    then(hiddenRequired).isEmpty();
    then(followUps).isGreaterThanOrEqualTo(3);
  }

  /**
   * Visits every node. A member named like a localized text must be an object with exactly a
   * non-blank "de" and "en"; any other object with a "de" member is a localized text under a name
   * this test does not know, which is reported too, so that no text slips through.
   */
  private static void walk(JsonNode node, String pointer, List<String> texts, List<String> problems) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, texts, problems);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    Map<String, JsonNode> members = new HashMap<>();
    node.properties().forEach(e -> members.put(e.getKey(), e.getValue()));
    for (Map.Entry<String, JsonNode> member : members.entrySet()) {
      String at = pointer + "/" + member.getKey();
      JsonNode value = member.getValue();
      if (LOCALIZED_MEMBERS.contains(member.getKey()) && value.isObject()) {
        texts.add(at);
        Set<String> languages = new TreeSet<>();
        value.propertyNames().forEach(languages::add);
        if (!languages.equals(Set.of("de", "en"))) {
          problems.add(at + " has languages " + languages);
        }
        for (String language : languages) {
          if (!value.get(language).isString() || value.get(language).asString().isBlank()) {
            problems.add(at + "/" + language + " is blank");
          }
        }
      } else {
        if (value.isObject() && value.has("de")) {
          problems.add(at + " looks like a localized text under an unexpected name");
        }
        walk(value, at, texts, problems);
      }
    }
  }

  private static String field(Recommendation recommendation) {
    String dimension = recommendation.dimension().orElseThrow();
    return QUESTIONNAIRE.dimensions().stream()
        .filter(f -> f.descendantsAndSelf().anyMatch(d -> d.id().equals(dimension)))
        .map(Dimension::id).findFirst().orElseThrow();
  }
}
