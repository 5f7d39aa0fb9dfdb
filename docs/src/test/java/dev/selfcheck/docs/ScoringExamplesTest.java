package dev.selfcheck.docs;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.schema.ResponseReader;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.BoundResponse;
import dev.selfcheck.scoring.Contribution;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of docs/scoring.md: every number the page states is asserted here, exactly.
 * The regions between {@code tag::} and {@code end::} are copied into the page.
 */
class ScoringExamplesTest {

  private static DimensionResult result(Assessment a, String id) {
    return a.dimension(id).orElseThrow();
  }

  private static String exact(DimensionResult d) {
    return d.score().map(Rational::toString).orElse(null);
  }

  private static String display(DimensionResult d) {
    return d.displayScore().map(BigDecimal::toPlainString).orElse(null);
  }

  private static String band(DimensionResult d) {
    return d.band().map(b -> b.id()).orElse(null);
  }

  private static Contribution contribution(DimensionResult d, String id) {
    return d.contributions().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void should_give_exact_weighted_means_when_scoring_example_1() {
    // GIVEN
    Path questionnaireFile = Path.of("examples/scoring-example-1.yaml");
    Path responseFile = Path.of("examples/scoring-example-1-response.json");
    // WHEN
    // tag::compile-and-score[]
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    Questionnaire questionnaire = codec.readQuestionnaire(questionnaireFile).orElseThrow();
    Response response = codec.readResponse(responseFile).orElseThrow();

    ScoringEngine engine = ScoringEngine.builder().decimals(2).build();  // 2 unless the document says
    Scorer scorer = engine.compile(questionnaire);   // once per questionnaire; immutable, thread-safe
    Assessment assessment = scorer.score(response);  // per response, from any thread
    // end::compile-and-score[]
    // THEN
    // tag::inspect[]
    DimensionResult strategy = assessment.dimension("strategy").orElseThrow();
    Rational exact = strategy.score().orElseThrow();           // 250/3, exactly
    BigDecimal shown = strategy.displayScore().orElseThrow();  // 83.3 (decimals: 1, half up)
    String band = strategy.band().map(b -> b.id()).orElse("none");  // "exemplary"
    Rational completion = strategy.completion();               // 1: every shown question got a response
    Rational answeredShare = strategy.answeredShare();         // 2/3: one of three is "don't know"
    for (Contribution c : strategy.contributions()) {
      // q1 included share 1/3 points 50/3; q2 included share 2/3 points 200/3; q3 excluded
      System.err.println(c.id() + (c.included() ? " included share " + c.share() + " points " + c.points()
          : " excluded: " + c.excludedBecause().orElse("")));
    }
    // end::inspect[]
    then(exact.toString()).isEqualTo("250/3");
    then(shown).isEqualByComparingTo("83.3");
    then(band).isEqualTo("exemplary");
    then(completion).isEqualTo(Rational.ONE);
    then(answeredShare.toString()).isEqualTo("2/3");
    then(contribution(strategy, "q1").points().toString()).isEqualTo("50/3");
    then(contribution(strategy, "q1").share().toString()).isEqualTo("1/3");
    then(contribution(strategy, "q2").points().toString()).isEqualTo("200/3");
    then(contribution(strategy, "q2").share().toString()).isEqualTo("2/3");
    then(contribution(strategy, "q3").included()).isFalse();
    then(contribution(strategy, "q3").excludedBecause()).contains("answered \"don't know\"");

    DimensionResult staff = result(assessment, "staff");
    then(exact(staff)).isEqualTo("425/6");
    then(display(staff)).isEqualTo("70.8");
    then(band(staff)).isEqualTo("advanced");
    then(contribution(staff, "q5").score()).contains(Rational.of(100));
    then(contribution(staff, "q6").score().orElseThrow().toString()).isEqualTo("125/3");
    then(contribution(staff, "q6").points().toString()).isEqualTo("125/6");
    then(contribution(staff, "q4").excludedBecause()).contains("answered \"not applicable\"");
    then(staff.completion()).isEqualTo(Rational.ONE);
    then(staff.answeredShare()).isEqualTo(Rational.ONE);

    DimensionResult total = assessment.total();
    then(exact(total)).isEqualTo("475/6");
    then(display(total)).isEqualTo("79.2");
    then(band(total)).isEqualTo("exemplary");
    then(contribution(total, "strategy").points().toString()).isEqualTo("500/9");
    then(contribution(total, "staff").points().toString()).isEqualTo("425/18");
    then(total.answeredShare().toString()).isEqualTo("0.8");
    then(total.completion()).isEqualTo(Rational.ONE);
    then(List.of(total.answered(), total.dontKnow(), total.notApplicable(), total.notAnswered(),
        total.hidden())).containsExactly(4, 1, 1, 0, 0);
    then(assessment.findings()).isEmpty();
  }

  @Test
  void should_leave_out_or_impute_missing_answers_when_scoring_example_2() {
    // GIVEN / WHEN
    Assessment assessment = ExampleFiles.score("scoring-example-2.yaml", "scoring-example-2-response.json");
    // THEN
    DimensionResult policy = result(assessment, "policy");
    then(exact(policy)).isEqualTo("0");
    then(display(policy)).isEqualTo("0.00");
    then(policy.answeredShare().toString()).isEqualTo("0.5");
    then(policy.completion()).isEqualTo(Rational.ONE);
    then(policy.hidden()).isEqualTo(1);
    then(contribution(policy, "p2").visible()).isFalse();
    then(contribution(policy, "p2").excludedBecause()).contains("hidden by its visibility condition");

    DimensionResult practice = result(assessment, "practice");
    then(exact(practice)).isEqualTo("37.5");
    then(practice.answeredShare().toString()).isEqualTo("2/3");
    then(practice.completion()).isEqualTo(Rational.ONE);
    then(contribution(practice, "r3").imputed()).isTrue();
    then(contribution(practice, "r4").imputed()).isTrue();
    then(contribution(practice, "r4").score()).contains(Rational.ZERO);

    DimensionResult monitoring = result(assessment, "monitoring");
    then(monitoring.scorable()).isFalse();
    then(monitoring.notScorableBecause()).contains(
        "only 0.33 of the applicable questions are answered, less than the required 0.50");
    then(monitoring.completion().toString()).isEqualTo("1/3");
    then(monitoring.answeredShare().toString()).isEqualTo("1/3");

    DimensionResult total = assessment.total();
    then(exact(total)).isEqualTo("18.75");
    then(display(total)).isEqualTo("18.75");
    then(total.completion().toString()).isEqualTo("7/9");
    then(total.answeredShare().toString()).isEqualTo("0.5");
    then(List.of(total.answered(), total.dontKnow(), total.notApplicable(), total.notAnswered(),
        total.hidden())).containsExactly(4, 2, 1, 2, 1);
    then(contribution(total, "monitoring").excludedBecause()).contains("not scorable");
    then(assessment.findings()).extracting(f -> f.code() + " " + f.pointer())
        .containsExactly("RSP-0010 /answers/p2", "SCO-0001 /dimensions/2");
  }

  /** A response to at-most-one-missing.yaml: the given answers to i1, i2, …, then nothing. */
  private static Response answers(String... values) {
    Response.Builder response = Response.builder().questionnaireId("at-most-one-missing")
        .questionnaireVersion(SemanticVersion.parse("1.0.0"));
    for (int i = 0; i < values.length; i++) {
      response.putAnswer("i" + (i + 1), values[i].equals("n/a") ? Answer.notApplicable()
          : Answer.of(AnswerValue.option(values[i])));
    }
    return response.build();
  }

  @Test
  @Tag("issue-16")
  void should_allow_exactly_one_missing_item_of_nine_and_mark_the_prorated_sum() {
    // GIVEN "at most 1 of 9 missing, then prorate" as maxMissing: 1 and missing: prorate
    Scorer scorer = ScoringEngine.create().compile(ExampleFiles.questionnaire("at-most-one-missing.yaml"));

    // WHEN all nine, eight, and seven items are answered, and seven with one "not applicable"
    DimensionResult nine = result(scorer.score(answers("2", "1", "3", "0", "2", "1", "1", "2", "0")), "scale");
    DimensionResult eight = result(scorer.score(answers("2", "1", "3", "0", "2", "1", "1", "2")), "scale");
    DimensionResult seven = result(scorer.score(answers("2", "1", "3", "0", "2", "1", "1")), "scale");
    DimensionResult sevenOfEight = result(scorer.score(answers("2", "1", "3", "0", "2", "1", "1", "n/a")), "scale");

    // THEN nine: the plain sum 12, not marked; eight: one missing, the sum 12 prorated by 9/8
    then(exact(nine)).isEqualTo("12");
    then(nine.prorated()).isEmpty();
    then(exact(eight)).isEqualTo("13.5");
    then(eight.prorated()).hasValueSatisfying(p -> {
      then(p.answered()).isEqualTo(8);
      then(p.applicable()).isEqualTo(9);
      then(p.factor().toString()).isEqualTo("1.125");  // 9/8
    });
    // seven: two missing, one allowed
    then(seven.notScorableBecause()).contains(
        "2 of the applicable questions have no score, more than the 1 allowed");
    // seven of eight applicable: "not applicable" is not missing; 10 prorated by 8/7
    then(exact(sevenOfEight)).isEqualTo("80/7");
    then(sevenOfEight.prorated()).hasValueSatisfying(p -> {
      then(p.answered()).isEqualTo(7);
      then(p.applicable()).isEqualTo(8);
      then(p.factor().toString()).isEqualTo("8/7");
    });
    then(scorer.score(answers("2", "1", "3", "0", "2", "1", "1", "2")).toJson())
        .contains("\"prorated\":{\"answered\":8,\"applicable\":9,\"factor\":\"1.125\"}");
  }

  @Test
  @Tag("issue-16")
  void should_score_the_quickdash_from_ten_of_eleven_items_and_refuse_nine() {
    // GIVEN the QuickDASH: mean of 1-5 items, maxMissing 1, × 25 − 25
    Assessment ten = ExampleFiles.score("quickdash.yaml", "quickdash-response.json");
    Response nine = Response.builder().from(ExampleFiles.response("quickdash-response.json"))
        .answers(ExampleFiles.response("quickdash-response.json").answers().entrySet().stream()
            .filter(e -> !e.getKey().equals("q10"))
            .collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> e.getValue())))
        .build();
    // WHEN
    DimensionResult nineItems = result(ScoringEngine.create()
        .compile(ExampleFiles.questionnaire("quickdash.yaml")).score(nine), "disability");
    // THEN (26 / 10 − 1) × 25 = 40; nine answered: two missing, one allowed
    then(exact(result(ten, "disability"))).isEqualTo("40");
    then(display(result(ten, "disability"))).isEqualTo("40.0");
    then(nineItems.scorable()).isFalse();
    then(nineItems.notScorable().orElseThrow().code().jsonName()).isEqualTo("tooManyMissing");
    then(nineItems.notScorable().orElseThrow().missing()).contains(2);
    then(nineItems.notScorable().orElseThrow().allowedMissing()).contains(1);
    then(nineItems.notScorableBecause()).contains("2 of the applicable questions have no score, more than the 1 allowed");
    then(nineItems.notScorable().orElseThrow().message(java.util.Locale.GERMAN))
        .isEqualTo("2 der zutreffenden Fragen haben keinen Punktwert, mehr als die erlaubten 1");
  }

  @Test
  @Tag("issue-16")
  void should_convert_the_promis_raw_score_to_a_t_score_and_its_standard_error() {
    // GIVEN PROMIS Global Physical Health: four items summed to 4-20, converted by the table
    Assessment assessment = ExampleFiles.score("promis-global-physical.yaml",
        "promis-global-physical-response.json");
    // WHEN
    // tag::converted[]
    DimensionResult physical = assessment.dimension("physical").orElseThrow();
    Rational raw = physical.raw().orElseThrow();              // 14 = 3 + 4 + 3 + 4
    Rational tScore = physical.score().orElseThrow();         // 44.9: the row of raw 14
    Rational se = physical.values().get("se");                // 4.3: the same row's standard error
    String band = physical.band().map(b -> b.id()).orElse("none");  // "within" [40, 60)
    // end::converted[]
    // THEN good 3, mostly 4, pain 5 → 3 (from 4), mild fatigue reversed 6 − 2 = 4
    then(contribution(physical, "global07").score()).contains(Rational.of(3));
    then(contribution(physical, "global08").score()).contains(Rational.of(4));
    then(raw).isEqualTo(Rational.of(14));
    then(tScore.toString()).isEqualTo("44.9");
    then(se.toString()).isEqualTo("4.3");
    then(band).isEqualTo("within");
    then(display(physical)).isEqualTo("44.9");
    then(physical.minScore().toString()).isEqualTo("16.2");
    then(physical.maxScore().toString()).isEqualTo("67.7");
    then(exact(assessment.total())).isEqualTo("44.9");
    then(assessment.total().raw()).isEmpty();
    then(assessment.toJson()).contains("\"score\":\"44.9\",\"displayScore\":44.9,\"raw\":\"14\",\"values\":{\"se\":\"4.3\"}");
  }

  @Test
  @Tag("issue-16")
  void should_round_the_zung_index_half_up_and_band_the_rounded_index() {
    // GIVEN the Zung SDS: raw sum of twenty items 1-4 (ten reversed), × 1.25, rounded half up
    Assessment assessment = ExampleFiles.score("zung-sds.yaml", "zung-sds-response.json");
    // WHEN
    // tag::rounded[]
    DimensionResult sds = assessment.dimension("sds").orElseThrow();
    Rational index = sds.score().orElseThrow();            // 53: what the band and the total see
    Rational before = sds.unrounded().orElseThrow();       // 52.5 = 42 × 1.25, before rounding
    String band = sds.band().map(b -> b.id()).orElse("none");  // "mild" [50, 60)
    // end::rounded[]
    // THEN raw 18 (non-reversed items) + 24 (reversed) = 42; 42 × 1.25 = 52.5 → 53
    then(index).isEqualTo(Rational.of(53));
    then(before.toString()).isEqualTo("52.5");
    then(band).isEqualTo("mild");
    then(display(sds)).isEqualTo("53");
    then(contribution(sds, "item2").score()).contains(Rational.of(2));  // option "3" reversed: 5 − 3
    then(sds.contributions().stream().map(c -> c.points()).reduce(Rational.ZERO, Rational::plus))
        .isEqualTo(Rational.of(42));
    then(sds.minScore()).isEqualTo(Rational.ZERO);
    then(sds.maxScore()).isEqualTo(Rational.HUNDRED);
    then(exact(assessment.total())).isEqualTo("53");
    then(assessment.total().unrounded()).isEmpty();
    then(assessment.toJson()).contains("\"score\":\"53\",\"displayScore\":53,\"unrounded\":\"52.5\"");
  }

  @Test
  void should_apply_each_aggregation_kind_when_scoring_example_3() {
    // GIVEN / WHEN
    Assessment assessment = ExampleFiles.score("scoring-example-3.yaml", "scoring-example-3-response.json");
    // THEN
    DimensionResult weakest = result(assessment, "weakest");
    then(exact(weakest)).isEqualTo("25");
    then(display(weakest)).isEqualTo("25.000");
    then(contribution(weakest, "w2").share()).isEqualTo(Rational.ONE);
    then(contribution(weakest, "w1").share()).isEqualTo(Rational.ZERO);

    then(exact(result(assessment, "strongest"))).isEqualTo("40");
    then(contribution(result(assessment, "strongest"), "s2").score()).contains(Rational.of(40));

    DimensionResult coverage = result(assessment, "coverage");
    then(exact(coverage)).isEqualTo("75");
    then(coverage.minScore()).isEqualTo(Rational.ZERO);
    then(coverage.maxScore()).isEqualTo(Rational.HUNDRED);
    then(contribution(coverage, "c1").points().toString()).isEqualTo("0.25");
    then(contribution(coverage, "c2").points()).isEqualTo(Rational.ZERO);
    then(contribution(coverage, "c3").points().toString()).isEqualTo("0.5");

    DimensionResult services = result(assessment, "services");
    then(services.contributions()).extracting(c -> c.id() + "=" + c.score().orElseThrow())
        .containsExactly("m1=5", "m2=0.25", "m3=1", "m4=2");
    then(exact(services)).isEqualTo("8.25");
    then(display(services)).isEqualTo("8.3");
    then(services.maxScore()).isEqualTo(Rational.of(10));

    DimensionResult total = assessment.total();
    then(exact(total)).isEqualTo("37.0625");
    then(display(total)).isEqualTo("37.063");
  }

  @Test
  void should_place_a_score_on_the_band_boundary_exactly_when_scoring_example_4() {
    // GIVEN / WHEN
    Assessment assessment = ExampleFiles.score("scoring-example-4.json", "scoring-example-4-response.json");
    // THEN
    DimensionResult readiness = result(assessment, "readiness");
    then(exact(readiness)).isEqualTo("60");
    then(band(readiness)).isEqualTo("good");
    then(contribution(readiness, "plan").share().toString()).isEqualTo("1/3");
    then(contribution(readiness, "drills").share().toString()).isEqualTo("2/3");
    then((0.1 * 100 + 0.2 * 40) / (0.1 + 0.2)).as("the same sum in binary floating point").isLessThan(60.0);
  }

  @Test
  void should_reverse_prorate_rescale_and_flag_when_scoring_the_screening_instrument() {
    // GIVEN / WHEN
    Assessment assessment = ExampleFiles.score("screening-instrument.json", "screening-instrument-response.json");
    // THEN
    DimensionResult stress = result(assessment, "stress");
    then(stress.contributions()).extracting(c -> c.id() + "=" + c.score().map(Rational::toString).orElse("-")
            + " points " + c.points())
        .containsExactly("item1=1 points 1.25", "item2=1 points 1.25", "item3=0 points 0",
            "item4=- points 0", "item5=2 points 2.5");
    then(exact(stress)).isEqualTo("25");
    then(band(stress)).isEqualTo("mild");
    then(stress.answeredShare().toString()).isEqualTo("0.8");
    then(stress.minScore()).isEqualTo(Rational.ZERO);
    then(stress.maxScore()).isEqualTo(Rational.HUNDRED);
    then(exact(assessment.total())).isEqualTo("25");
    then(display(assessment.total())).isEqualTo("25");
    then(band(assessment.total())).isEqualTo("mild");
    // the flag fires although the total is only "mild"; the band rule does not
    FiredRecommendation flag = assessment.recommendations().get(0);
    then(assessment.recommendations()).extracting(r -> r.recommendation().id()).containsExactly("talkToSomeone");
    then(flag.reasons()).singleElement().satisfies(r -> {
      then(r.pointer()).isEqualTo("/rules/0/when");
      then(r.fact()).isEqualTo("the answer to 'item5' is '2', which satisfies ge '2'");
    });
  }

  @Test
  void should_stay_on_the_0_to_100_scale_when_not_applicable_answers_are_left_out_of_the_index() {
    // GIVEN / WHEN
    Assessment assessment = ExampleFiles.score("weighted-index.yaml", "weighted-index-response.json");
    // THEN
    then(exact(result(assessment, "access.language"))).isEqualTo("75");
    then(exact(result(assessment, "access.housing"))).isEqualTo("50");
    then(exact(result(assessment, "access"))).isEqualTo("62.5");
    then(band(result(assessment, "access"))).isEqualTo("medium");
    DimensionResult participation = result(assessment, "participation");
    then(exact(participation)).isEqualTo("600/7");
    then(display(participation)).isEqualTo("85.7");
    then(contribution(participation, "p1").points().toString()).isEqualTo("600/7");
    then(contribution(participation, "p3").included()).isFalse();
    DimensionResult index = assessment.total();
    then(exact(index)).isEqualTo("1475/21");
    then(display(index)).isEqualTo("70.2");
    then(band(index)).isEqualTo("high");
    then(index.notApplicable()).isEqualTo(2);
    then(index.answeredShare()).isEqualTo(Rational.ONE);
    then(assessment.dimensions()).allSatisfy(d -> {
      then(d.minScore()).isEqualTo(Rational.ZERO);
      then(d.maxScore()).isEqualTo(Rational.HUNDRED);
    });
  }

  @Test
  void should_write_one_line_of_canonical_json_when_calling_to_json() {
    // GIVEN
    Assessment assessment = ExampleFiles.score("scoring-example-1.yaml", "scoring-example-1-response.json");
    // WHEN
    // tag::json[]
    String json = assessment.toJson();
    // {"questionnaire":{"id":"scoring-example-1","version":"1.0.0"},"respondent":{...},
    //  "total":{"id":"total",...,"score":"475/6","displayScore":79.2,"band":"exemplary",...},...}
    // end::json[]
    // THEN
    then(json).doesNotContain("\n")
        .startsWith("{\"questionnaire\":{\"id\":\"scoring-example-1\",\"version\":\"1.0.0\"},"
            + "\"respondent\":{\"id\":\"example-respondent\",\"role\":\"integration office\","
            + "\"group\":\"administration\"},\"total\":{\"id\":\"total\"")
        .contains("\"score\":\"475/6\",\"displayScore\":79.2,\"band\":\"exemplary\",\"minScore\":\"0\","
            + "\"maxScore\":\"100\",\"completion\":\"1\",\"answeredShare\":\"0.8\","
            + "\"counts\":{\"answered\":4,\"dontKnow\":1,\"notApplicable\":1,\"notAnswered\":0,\"hidden\":0}")
        .contains("{\"kind\":\"question\",\"id\":\"q3\",\"state\":\"dontKnow\",\"weight\":1,\"included\":false,"
            + "\"share\":\"0\",\"points\":\"0\",\"excluded\":\"dontKnow\"}")
        .endsWith("\"recommendations\":[],\"findings\":[]}");
  }

  @Test
  void should_write_scores_bands_completion_and_fired_ids_when_calling_to_compact_json() {
    // GIVEN
    Assessment assessment = ExampleFiles.score("scoring-example-1.yaml", "scoring-example-1-response.json");
    // WHEN
    // tag::compact[]
    String line = assessment.toCompactJson();
    // {"questionnaire":{"id":"scoring-example-1","version":"1.0.0"},"respondent":"example-respondent",
    //  "results":[{"id":"total","score":"475/6","band":"exemplary","completion":"1"},...],
    //  "recommendations":[]}
    // end::compact[]
    // THEN
    then(line).isEqualTo("{\"questionnaire\":{\"id\":\"scoring-example-1\",\"version\":\"1.0.0\"},"
        + "\"respondent\":\"example-respondent\",\"results\":["
        + "{\"id\":\"total\",\"score\":\"475/6\",\"band\":\"exemplary\",\"completion\":\"1\"},"
        + "{\"id\":\"strategy\",\"score\":\"250/3\",\"band\":\"exemplary\",\"completion\":\"1\"},"
        + "{\"id\":\"staff\",\"score\":\"425/6\",\"band\":\"advanced\",\"completion\":\"1\"}],"
        + "\"recommendations\":[]}");
  }

  @Test
  void should_write_the_same_compact_line_when_a_response_is_read_bound_to_its_questionnaire()
      throws java.io.IOException {
    // GIVEN
    Questionnaire questionnaire = ExampleFiles.questionnaire("scoring-example-1.yaml");
    Scorer scorer = ScoringEngine.builder().explanations(false).build().compile(questionnaire);
    byte[] line = java.nio.file.Files.readAllBytes(
        ExampleFiles.EXAMPLES.resolve("scoring-example-1-response.json"));
    // WHEN
    // tag::bound[]
    ResponseReader reader = QuestionnaireCodec.create().responseReader(questionnaire); // once
    DecodeResult<BoundResponse> read = reader.readBound(line);      // per line
    String out = read.isValid()
        ? scorer.score(read.orElseThrow()).toCompactJson()           // no look-up per answer
        : read.findings().toString();                                // the codec's findings
    // end::bound[]
    // THEN
    then(out).isEqualTo(scorer.score(ExampleFiles.response("scoring-example-1-response.json"))
        .toCompactJson());
  }

  @Test
  void should_load_without_findings_when_reading_the_example_documents() {
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    for (String[] pair : ExampleFiles.PAIRS) {
      // GIVEN / WHEN
      var questionnaire = codec.readQuestionnaire(ExampleFiles.EXAMPLES.resolve(pair[0]));
      var response = codec.readResponse(ExampleFiles.EXAMPLES.resolve(pair[1]));
      // THEN
      then(questionnaire.findings()).as(pair[0]).isEmpty();
      then(response.findings()).as(pair[1]).isEmpty();
    }
  }
}
