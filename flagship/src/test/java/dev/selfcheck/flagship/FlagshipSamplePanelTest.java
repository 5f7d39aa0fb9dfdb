package dev.selfcheck.flagship;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample panel of the fictional town of Lindenfeld: eight respondents who disagree. */
class FlagshipSamplePanelTest {

  private static final Questionnaire QUESTIONNAIRE = Flagship.questionnaire();
  private static final List<Response> PANEL = Flagship.samplePanel();

  @Test
  void should_validate_without_findings_when_each_member_is_read_against_the_questionnaire() {
    // GIVEN
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    // WHEN
    List<DecodeResult<Response>> results = Flagship.samplePanelDocuments().stream()
        .map(d -> codec.readResponse(d, DocumentFormat.JSON, QUESTIONNAIRE)).toList();
    // THEN
    then(results).hasSize(8).hasSameSizeAs(Flagship.SAMPLE_PANEL_RESOURCES);
    for (int i = 0; i < results.size(); i++) {
      then(results.get(i).findings()).as(Flagship.SAMPLE_PANEL_RESOURCES.get(i)).isEmpty();
      then(results.get(i).orElseThrow()).isEqualTo(PANEL.get(i));
    }
  }

  @Test
  void should_span_administration_politics_and_civil_society_when_the_members_are_listed() {
    // WHEN
    List<Respondent> respondents = PANEL.stream().map(r -> r.respondent().orElseThrow()).toList();
    // THEN
    then(PANEL.subList(0, 3)).isEqualTo(Flagship.sampleResponses());
    then(respondents).extracting(Respondent::id).doesNotHaveDuplicates()
        .allMatch(id -> id.startsWith("lindenfeld-"));
    then(respondents).extracting(Respondent::role).allMatch(Optional::isPresent).doesNotHaveDuplicates();
    Map<String, Long> groups = respondents.stream()
        .collect(Collectors.groupingBy(r -> r.group().orElseThrow(), Collectors.counting()));
    then(groups).containsExactlyInAnyOrderEntriesOf(
        Map.of("Verwaltung", 3L, "Politik", 2L, "Zivilgesellschaft", 3L));
    then(PANEL).allMatch(r -> r.questionnaireId().equals(QUESTIONNAIRE.id())
        && r.questionnaireVersion().equals(QUESTIONNAIRE.version()));
  }

  private static Object plain(AnswerValue value) {
    return switch (value.kind()) {
      case BOOLEAN -> value.asBoolean();
      case STRING -> value.asString();
      default -> value.toString();
    };
  }

  @Test
  void should_disagree_when_the_answers_are_compared_question_by_question() {
    // GIVEN the values given per question
    Map<String, List<Object>> values = QUESTIONNAIRE.allQuestions().collect(Collectors.toMap(
        q -> q.id(), q -> PANEL.stream().map(r -> r.answers().get(q.id())).filter(Objects::nonNull)
            .map(Answer::value).flatMap(Optional::stream).map(FlagshipSamplePanelTest::plain).toList()));
    // THEN yes/no questions answered both ways
    then(values.values()).filteredOn(v -> v.contains(Boolean.TRUE) && v.contains(Boolean.FALSE))
        .hasSizeGreaterThanOrEqualTo(2);
    // ordinal answers ("0" to "4") two steps or more apart, and some using both ends
    Function<List<Object>, Integer> range = v -> {
      List<Integer> steps = v.stream().filter(s -> s instanceof String t && t.length() == 1)
          .map(s -> Integer.valueOf((String) s)).toList();
      return steps.isEmpty() ? 0 : steps.stream().max(Integer::compare).orElseThrow()
          - steps.stream().min(Integer::compare).orElseThrow();
    };
    then(values.values().stream().filter(v -> range.apply(v) >= 2).count()).isGreaterThanOrEqualTo(10);
    then(values.values().stream().filter(v -> range.apply(v) == 4).count()).isPositive();
    // every member says "don't know" somewhere
    then(PANEL).allMatch(r -> r.answers().values().stream().anyMatch(a -> a.state() == AnswerState.DONT_KNOW));
    // exactly one question nobody can answer, though everyone gives it an entry
    Set<String> nobody = values.entrySet().stream().filter(e -> e.getValue().isEmpty())
        .map(Map.Entry::getKey)
        .filter(id -> PANEL.stream().allMatch(r -> r.answers().containsKey(id)))
        .collect(Collectors.toSet());
    then(nobody).containsExactly("work.processingWeeks");
    then(PANEL).anyMatch(r -> r.answers().get("work.processingWeeks").state() == AnswerState.DONT_KNOW);
  }
}
