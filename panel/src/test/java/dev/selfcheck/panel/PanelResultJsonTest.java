package dev.selfcheck.panel;

import static dev.selfcheck.panel.Fixtures.SCORER;
import static dev.selfcheck.panel.Fixtures.SMALL;
import static dev.selfcheck.panel.Fixtures.response;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.erosb.jsonsKema.FormatValidationPolicy;
import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.Schema;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;
import com.github.erosb.jsonsKema.ValidatorConfig;
import dev.selfcheck.core.Combination;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canonical JSON of a panel result, and its schema describes what it writes. */
class PanelResultJsonTest {

  private static ValidationFailure validate(String json) {
    Schema schema = new SchemaLoader(new JsonParser(PanelResult.jsonSchema()).parse()).load();
    Validator validator = Validator.create(schema, new ValidatorConfig(FormatValidationPolicy.ALWAYS));
    return validator.validate(new JsonParser(json).parse());
  }

  @Test
  void should_write_exact_values_as_strings_and_name_both_routes() {
    // WHEN
    String json = Fixtures.analyze(RouteOneTest.FOUR).toJson();
    // THEN
    then(json).startsWith("{\"questionnaire\":{\"id\":\"panel-small\",\"version\":\"1.0.0\"},\"respondents\":4,")
        .contains("\"routes\":{\"scoreEachThenDescribe\":{\"dimensions\":[{\"dimension\":\"strategy\","
            + "\"route\":\"scoreEachThenDescribe\",\"n\":4,\"notScorable\":0,\"mean\":\"425/6\"")
        .contains("\"standardDeviation\":20.971762,\"bands\":[{\"value\":\"low\",\"count\":0},{\"value\":\"high\",\"count\":4}]")
        .contains("\"combineThenScore\":{\"rules\":{\"q1\":\"median\",")
        .contains("\"rwg\":\"0.875\"")
        .doesNotContain("\n");
    then(validate(json)).as("%s", validate(json)).isNull();
  }

  @Test
  void should_be_valid_when_the_panel_has_groups_findings_and_an_agenda() {
    // GIVEN
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      responses.add(response("a" + i, "office", "administration", "q1=4", "q2=3", "q4=yes", "q5=30", "q6=en"));
      responses.add(response("c" + i, null, "civil \"society\"", "q1=0", "q2=?", "q4=no", "q6=ar+uk"));
    }
    responses.add(response("p", "council", "politics", "q1=9"));
    responses.add(response("a0", null, null));
    // WHEN
    PanelResult result = PanelAnalysis.builder().combine("q4", Combination.UNION).build()
        .analyze(SCORER, Panel.of(SMALL, responses, Map.of("ghost", Rational.ONE)));
    // THEN
    then(result.agenda()).isNotEmpty();
    then(result.groups()).extracting(PanelResult.Group::key).containsExactly("civil \"society\"", PanelAnalysis.OTHER);
    then(result.findings()).extracting(f -> f.code()).contains("PAN-0004", "PAN-0005", "PAN-0020", "PAN-0031", "RSP-0005");
    then(validate(result.toJson())).as("%s", validate(result.toJson())).isNull();
  }

  @Test
  void should_be_valid_when_the_panel_is_empty() {
    // WHEN
    String json = Fixtures.analyze(List.of()).toJson();
    // THEN
    then(validate(json)).as("%s", validate(json)).isNull();
    then(json).contains("\"respondents\":0");
  }
}
