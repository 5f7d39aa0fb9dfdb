package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.answers;
import static dev.selfcheck.scoring.Fixtures.choice;
import static dev.selfcheck.scoring.Fixtures.compile;
import static dev.selfcheck.scoring.Fixtures.dec;
import static dev.selfcheck.scoring.Fixtures.dim;
import static dev.selfcheck.scoring.Fixtures.en;
import static dev.selfcheck.scoring.Fixtures.level;
import static dev.selfcheck.scoring.Fixtures.settings;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rule;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The canonical JSON form of an assessment. */
class AssessmentJsonTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Texts with a quote, a backslash, a newline, a tab, a control character and U+2028. */
  private static final String AWKWARD = "say \"hi\"\\ now\nnext\tline\u0001end\u2028sep";

  /** d: q1 = 2 (0…4), q2 = 3, q3 (w 1) = 3 → (2 + 3 + 3) / 3 = 8/3; one recommendation fires. */
  private static Questionnaire questionnaire() {
    return Fixtures.questionnaire()
        .addDimensions(dim("d").label(en(AWKWARD)).addQuestions(level("q1"), level("q2"), level("q3"))
            .scoring(settings().decimals(3).build()).build())
        .addRecommendations(Recommendation.builder().id("rec").title(en(AWKWARD)).text(en("text"))
            .priority(2).addTags("workshop").build())
        .addRules(Rule.builder().id("r1").when(Condition.answerIs("q1", AnswerState.ANSWERED))
            .addRecommend("rec").build())
        .build();
  }

  private static Response response() {
    return Response.builder().from(answers().option("q1", "o3").option("q2", "o4").option("q3", "o4").response())
        .respondent(Respondent.builder().id("resp-1").role("integration \"office\"").build()).build();
  }

  private static String json() {
    return compile(questionnaire()).score(response()).toJson();
  }

  @Test
  void should_write_one_line_with_escapes_when_texts_contain_special_characters() {
    // GIVEN
    // WHEN
    String json = json();
    // THEN
    then(json).doesNotContain("\n", "\r", "\u2028", "\u0001")
        .contains("say \\\"hi\\\"\\\\ now\\nnext\\tline\\u0001end\\u2028sep")
        .startsWith("{\"questionnaire\":{\"id\":\"check\",\"version\":\"1.0.0\"},");
  }

  @Test
  void should_keep_exact_scores_as_strings_and_display_scores_as_numbers_when_parsed() {
    // GIVEN
    String json = json();
    // WHEN
    JsonNode root = JSON.readTree(json);
    // THEN (2 + 3 + 3) / 3 = 8/3, displayed with 3 decimals 2.667
    JsonNode d = root.get("dimensions").get(0);
    then(d.get("label").get("en").asString()).isEqualTo(AWKWARD);
    then(d.get("score").isString()).isTrue();
    then(d.get("score").asString()).isEqualTo("8/3");
    then(d.get("displayScore").isNumber()).isTrue();
    then(d.get("displayScore").decimalValue()).isEqualByComparingTo(dec("2.667"));
    then(d.get("counts").get("answered").asInt()).isEqualTo(3);
    then(d.get("contributions").get(0).get("share").asString()).isEqualTo("1/3");
    then(root.get("respondent").get("role").asString()).isEqualTo("integration \"office\"");
    then(root.get("recommendations").get(0).get("rules").get(0).asString()).isEqualTo("r1");
    then(root.get("recommendations").get(0).get("title").get("en").asString()).isEqualTo(AWKWARD);
    then(root.get("total").get("score").asString()).isEqualTo("8/3");
    then(root.get("findings").isArray()).isTrue();
  }

  @Test
  void should_write_the_same_bytes_when_equal_inputs_are_scored_on_two_threads() throws Exception {
    // GIVEN two scorers compiled from equal questionnaires
    Scorer first = compile(questionnaire());
    Scorer second = compile(questionnaire());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      // WHEN
      CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> first.score(response()).toJson(), pool);
      CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> second.score(response()).toJson(), pool);
      // THEN
      then(a.get().getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(b.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      then(a.get()).isEqualTo(json());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void should_write_a_terminating_decimal_plainly_when_the_score_has_one() {
    // GIVEN a one-option question scored 62.5
    Questionnaire q = Fixtures.questionnaire(dim("d", choice("q1", "62.5")));
    // WHEN
    JsonNode root = JSON.readTree(compile(q).score(answers().option("q1", "o1").response()).toJson());
    // THEN
    then(root.get("total").get("score").asString()).isEqualTo("62.5");
    then(root.get("total").get("displayScore").decimalValue()).isEqualByComparingTo(dec("62.50"));
    then(root.has("respondent")).isFalse();
  }

  @Test
  void should_mark_a_contribution_hidden_when_its_question_is_hidden_by_its_condition() {
    // GIVEN q2 is shown only when q1 is o5, and q1 is o1
    Question hidden = Question.builder().from(level("q2"))
        .visibleWhen(Condition.answer("q1", Operator.EQ, Literal.of("o5"))).build();
    Questionnaire q = Fixtures.questionnaire(dim("d", level("q1"), hidden));
    // WHEN
    JsonNode root = JSON.readTree(compile(q).score(answers().option("q1", "o1").response()).toJson());
    // THEN
    JsonNode contributions = root.get("dimensions").get(0).get("contributions");
    then(contributions.get(0).has("hidden")).as("visible q1").isFalse();
    then(contributions.get(1).has("hidden")).as("hidden q2").isTrue();
    then(contributions.get(1).get("hidden").booleanValue()).isTrue();
    then(contributions.get(1).get("state").asString()).isEqualTo("notAnswered");
  }

  @Property(tries = 300)
  void should_write_exactly_what_the_previous_writer_wrote_when_texts_answers_and_explanations_vary(
      @ForAll("texts") String label, @ForAll("texts") String title, @ForAll("texts") String other,
      @ForAll @IntRange(min = 0, max = 5) int q1, @ForAll @IntRange(min = 0, max = 5) int q2,
      @ForAll boolean explain, @ForAll boolean withRespondent) {
    // GIVEN a label in two languages, a title, a respondent and answers (0: not answered)
    Questionnaire q = Fixtures.questionnaire()
        .addDimensions(dim("d").label(LocalizedText.of(Map.of("en", label, "de", other)))
            .addQuestions(level("q1"), level("q2"), level("q3")).build())
        .addRecommendations(Recommendation.builder().id("rec").title(en(title)).text(en("text"))
            .priority(2).addTags(other, "workshop").build())
        .addRules(Rule.builder().id("r1").when(Condition.answerIs("q1", AnswerState.ANSWERED))
            .addRecommend("rec").build())
        .build();
    Fixtures.Answers answers = answers().option("q3", "o2");
    if (q1 > 0) {
      answers.option("q1", "o" + q1);
    }
    if (q2 > 0) {
      answers.option("q2", "o" + q2);
    }
    Response.Builder response = Response.builder().from(answers.response());
    if (withRespondent) {
      response.respondent(Respondent.builder().id(label).role(title).group(other).build());
    }
    Assessment a = ScoringEngine.builder().explanations(explain).build().compile(q).score(response.build());

    // WHEN
    String json = a.toJson();

    // THEN
    then(json).isEqualTo(Oracle.write(a));
  }

  @Test
  void should_write_exactly_what_the_previous_writer_wrote_when_scoring_wk108_responses() throws Exception {
    // GIVEN
    Assumptions.assumeTrue(Wk108.available(), "the shared workload is not beside the checkout");
    Scorer plain = ScoringEngine.builder().explanations(false).build().compile(Wk108.questionnaire());
    Scorer explaining = ScoringEngine.builder().explanations(true).build().compile(Wk108.questionnaire());
    List<String> lines = java.nio.file.Files.readAllLines(Wk108.DIR.resolve("responses-1k.jsonl"));

    // WHEN / THEN
    for (String line : lines.subList(0, 100)) {
      Response r = Wk108.response(JSON.readTree(line));
      for (Scorer scorer : List.of(plain, explaining)) {
        Assessment a = scorer.score(r);
        then(a.toJson()).isEqualTo(Oracle.write(a));
      }
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.strings().withChars("a\"\\\n\r\t\u0000\u001f\u007f\u2028\u2029\u00e9\ud83d\ude00/").ofMaxLength(12),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)));
  }

  /** The writer as it was before it was made faster, kept as the oracle for the property above. */
  static final class Oracle {
    private final StringBuilder out = new StringBuilder(4096);

    private Oracle() {}

    /**
     * Writes an assessment.
     *
     * @param a the assessment
     * @return one line of JSON
     */
    public static String write(Assessment a) {
      Oracle w = new Oracle();
      w.assessment(a);
      return w.out.toString();
    }

    private void assessment(Assessment a) {
      out.append('{');
      name("questionnaire").append('{');
      name("id").append(quote(a.questionnaireId())).append(',');
      name("version").append(quote(a.questionnaireVersion().toString())).append("},");
      a.respondent().ifPresent(r -> {
        name("respondent").append('{');
        name("id").append(quote(r.id()));
        r.role().ifPresent(v -> out.append(',').append(quote("role")).append(':').append(quote(v)));
        r.group().ifPresent(v -> out.append(',').append(quote("group")).append(':').append(quote(v)));
        out.append("},");
      });
      name("total");
      dimension(a.total());
      out.append(',');
      name("dimensions").append('[');
      for (int i = 0; i < a.dimensions().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        dimension(a.dimensions().get(i));
      }
      out.append("],");
      name("recommendations").append('[');
      for (int i = 0; i < a.recommendations().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        recommendation(a.recommendations().get(i));
      }
      out.append("],");
      name("findings").append('[');
      List<Finding> findings = a.findings();
      for (int i = 0; i < findings.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        Finding f = findings.get(i);
        out.append('{');
        name("code").append(quote(f.code())).append(',');
        name("severity").append(quote(f.severity().name())).append(',');
        name("pointer").append(quote(f.pointer())).append(',');
        name("message").append(quote(f.message())).append('}');
      }
      out.append("]}");
    }

    private void dimension(DimensionResult d) {
      out.append('{');
      name("id").append(quote(d.id())).append(',');
      name("label");
      text(d.label());
      out.append(',');
      name("scorable").append(d.scorable()).append(',');
      if (d.score().isPresent()) {
        name("score").append(quote(d.score().get().toString())).append(',');
        name("displayScore").append(d.displayScore().orElseThrow().toPlainString()).append(',');
      }
      d.notScorable().ifPresent(v -> name("notScorable").append(notScorable(v)).append(','));
      d.band().ifPresent(b -> name("band").append(quote(b.id())).append(','));
      name("minScore").append(quote(d.minScore().toString())).append(',');
      name("maxScore").append(quote(d.maxScore().toString())).append(',');
      name("completion").append(quote(d.completion().toString())).append(',');
      name("answeredShare").append(quote(d.answeredShare().toString())).append(',');
      name("counts").append('{');
      name("answered").append(d.answered()).append(',');
      name("dontKnow").append(d.dontKnow()).append(',');
      name("notApplicable").append(d.notApplicable()).append(',');
      name("notAnswered").append(d.notAnswered()).append(',');
      name("hidden").append(d.hidden()).append("},");
      name("contributions").append('[');
      for (int i = 0; i < d.contributions().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        contribution(d.contributions().get(i));
      }
      out.append("]}");
    }

    private void contribution(Contribution c) {
      out.append('{');
      name("kind").append(quote(c.kind() == Contribution.Kind.QUESTION ? "question" : "dimension")).append(',');
      name("id").append(quote(c.id())).append(',');
      name("state").append(quote(c.state().jsonName())).append(',');
      if (!c.visible()) {
        name("hidden").append("true,");
      }
      c.score().ifPresent(s -> name("score").append(quote(s.toString())).append(','));
      if (c.imputed()) {
        name("imputed").append("true,");
      }
      name("weight").append(c.weight().toPlainString()).append(',');
      name("included").append(c.included()).append(',');
      name("share").append(quote(c.share().toString())).append(',');
      name("points").append(quote(c.points().toString()));
      c.exclusion().ifPresent(v -> out.append(',').append(quote("excluded")).append(':')
          .append(quote(v.jsonName())));
      out.append('}');
    }

    private void recommendation(FiredRecommendation f) {
      out.append('{');
      name("id").append(quote(f.recommendation().id())).append(',');
      name("priority").append(f.recommendation().priority()).append(',');
      f.recommendation().dimension().ifPresent(d -> name("dimension").append(quote(d)).append(','));
      name("title");
      text(f.recommendation().title());
      out.append(',');
      name("tags");
      strings(f.recommendation().tags());
      out.append(',');
      name("rules");
      strings(f.rules());
      out.append(',');
      name("reasons").append('[');
      for (int i = 0; i < f.reasons().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        Reason r = f.reasons().get(i);
        out.append('{');
        name("rule").append(quote(r.rule())).append(',');
        name("pointer").append(quote(r.pointer())).append(',');
        name("code").append(quote(r.code().jsonName()));
        r.question().ifPresent(v -> out.append(",\"question\":").append(quote(v)));
        if (r.questionCount().isPresent()) {
          out.append(",\"questions\":");
          strings(r.questions());
          out.append(",\"questionCount\":").append(r.questionCount().getAsInt());
        }
        r.atLeast().ifPresent(v -> out.append(",\"atLeast\":").append(v));
        r.atMost().ifPresent(v -> out.append(",\"atMost\":").append(v));
        r.state().ifPresent(v -> out.append(",\"state\":").append(quote(v.jsonName())));
        r.answer().ifPresent(v -> out.append(",\"answer\":").append(switch (v.kind()) {
          case STRING -> quote(v.asString());
          case STRINGS -> v.asOptions().stream().map(Oracle::quote)
              .collect(java.util.stream.Collectors.joining(",", "[", "]"));
          case BOOLEAN -> String.valueOf(v.asBoolean());
          case NUMBER -> v.asNumber().toPlainString();
        }));
        r.operator().ifPresent(v -> out.append(",\"operator\":").append(quote(v.jsonName())));
        if (!r.literals().isEmpty()) {
          out.append(",\"literals\":").append(r.literals().stream().map(l -> switch (l.kind()) {
            case TEXT -> quote(l.text());
            case NUMBER -> l.number().toPlainString();
            case BOOLEAN -> String.valueOf(l.bool());
          }).collect(java.util.stream.Collectors.joining(",", "[", "]")));
        }
        r.dimension().ifPresent(v -> out.append(",\"dimension\":").append(quote(v)));
        r.value().ifPresent(v -> out.append(",\"value\":").append(quote(v.toString())));
        r.displayScore().ifPresent(v -> out.append(",\"displayScore\":").append(v.toPlainString()));
        r.band().ifPresent(v -> out.append(",\"band\":").append(quote(v)));
        r.notScorable().ifPresent(v -> out.append(",\"notScorable\":").append(notScorable(v)));
        out.append('}');
      }
      out.append("]}");
    }

    private static String notScorable(NotScorable v) {
      return "{\"code\":" + quote(v.code().jsonName())
          + v.answeredShare().map(x -> ",\"answeredShare\":" + quote(x.toString())).orElse("")
          + v.requiredShare().map(x -> ",\"requiredShare\":" + quote(x.toString())).orElse("") + "}";
    }

    private void strings(List<String> values) {
      out.append('[');
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(quote(values.get(i)));
      }
      out.append(']');
    }

    private void text(LocalizedText t) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, String> e : new TreeMap<>(t.translations()).entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        name(e.getKey()).append(quote(e.getValue()));
      }
      out.append('}');
    }

    private StringBuilder name(String name) {
      return out.append(quote(name)).append(':');
    }

    /**
     * Quotes a string as JSON.
     *
     * @param s the string
     * @return the JSON string literal
     */
    static String quote(String s) {
      StringBuilder b = new StringBuilder(s.length() + 2).append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"':
            b.append("\\\"");
            break;
          case '\\':
            b.append("\\\\");
            break;
          case '\n':
            b.append("\\n");
            break;
          case '\r':
            b.append("\\r");
            break;
          case '\t':
            b.append("\\t");
            break;
          default:
            if (c < 0x20 || c == 0x2028 || c == 0x2029) {
              b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
              b.append(c);
            }
        }
      }
      return b.append('"').toString();
    }
  }
}
