package dev.selfcheck.surveyjs;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.flagship.Flagship;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The flagship goes to SurveyJS and comes back with exactly the loss the mapping table predicts. */
class FlagshipExportTest {

  private final Questionnaire flagship = Flagship.questionnaire();

  @Test
  void should_report_only_the_losses_of_the_mapping_table_when_the_flagship_is_exported() {
    Conversion<String> exported = SurveyJs.exportSurvey(flagship);
    then(exported.losses().stream().map(l -> l.finding().code()).collect(Collectors.toSet()))
        .isSubsetOf(Set.of("SJS-0101", "SJS-0102", "SJS-0103"));
    then(exported.losses()).extracting(Loss::source).contains("/bands", "/rules", "/recommendations", "/metadata");
  }

  @Test
  void should_come_back_as_its_mappable_part_when_the_export_is_imported() {
    String survey = SurveyJs.exportSurvey(flagship).value().orElseThrow();
    Conversion<Questionnaire> imported = SurveyJs.importSurvey(survey);
    then(imported.losses()).isEmpty();
    then(imported.value()).contains(RoundTripPropertyTest.mappable(flagship));
    then(imported.value().orElseThrow().allQuestions().count()).isEqualTo(flagship.allQuestions().count());
  }
}
