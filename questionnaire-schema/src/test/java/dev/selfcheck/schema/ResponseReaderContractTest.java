package dev.selfcheck.schema;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.internal.FastResponseReader;
import dev.selfcheck.scoring.BoundResponse;
import dev.selfcheck.scoring.ScoringEngine;
import dev.selfcheck.scoring.Scorer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/*
 * The contract of ResponseReader: for every document, its result equals what
 * QuestionnaireCodec.readResponse(bytes, JSON, questionnaire) gives, the same value and the same
 * findings in the same order. Documents: the response files of the corpus and of docs/examples,
 * the documents under fast-reader/, and generated responses to generated questionnaires, as the
 * codec writes them, minified, and mutated (wrong types, unknown ids, duplicate members, huge
 * numbers, deep nesting, bad UTF-8, stray bytes, truncation), read with the default limits and
 * with tight ones. ResponseReader.readBound gives the same findings, a bound response whose
 * response is the codec's value, and (for a questionnaire without errors) the same assessment. A
 * second property checks that the fast path is taken at all: every plainly valid document without
 * extensions is read by the streaming pass, and bound by it when no question has a visibility
 * condition.
 */
class ResponseReaderContractTest {

  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();
  private static final QuestionnaireCodec TIGHT = QuestionnaireCodec.withLimits(Limits.builder()
      .maxNestingDepth(4).maxStringLength(24).maxArrayLength(6).maxValues(60).maxNumberLength(12)
      .build());
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path EXAMPLES = Path.of("..", "docs", "examples");

  @Test
  void should_give_the_codecs_results_when_reading_the_corpus_responses() throws IOException {
    // GIVEN
    Questionnaire municipalMini = CODEC.readQuestionnaire(EXAMPLES.resolve("municipal-mini.yaml")).orElseThrow();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Stream.concat(
        Files.list(resource("/corpus/invalid-responses")), Files.list(resource("/fast-reader")))) {
      s.sorted().forEach(files::add);
    }

    // WHEN / THEN
    then(files).hasSizeGreaterThan(30);
    for (Path file : files) {
      for (Questionnaire q : List.of(municipalMini, withoutConditions(municipalMini))) {
        assertSameResult(CODEC, q, Files.readAllBytes(file), file.toString());
        assertSameResult(TIGHT, q, Files.readAllBytes(file), file.toString());
      }
      if (file.getFileName().toString().startsWith("valid-")) {
        then(new FastResponseReader(withoutConditions(municipalMini), CODEC.limits())
            .read(Files.readAllBytes(file))).as("the streaming pass of %s", file).isNotNull();
      }
    }
  }

  @Test
  void should_give_the_codecs_results_and_take_the_fast_path_when_reading_the_example_responses()
      throws IOException {
    // GIVEN
    List<Path> responses;
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      responses = s.filter(p -> p.getFileName().toString().endsWith("-response.json")).sorted()
          .collect(Collectors.toList());
    }

    // WHEN / THEN
    then(responses).hasSizeGreaterThanOrEqualTo(7);
    for (Path file : responses) {
      String stem = file.getFileName().toString().replace("-response.json", "");
      Path questionnaireFile = Files.exists(EXAMPLES.resolve(stem + ".yaml"))
          ? EXAMPLES.resolve(stem + ".yaml") : EXAMPLES.resolve(stem + ".json");
      Questionnaire q = CODEC.readQuestionnaire(questionnaireFile).orElseThrow();
      byte[] bytes = Files.readAllBytes(file);
      DecodeResult<Response> full = assertSameResult(CODEC, q, bytes, file.toString());
      if (full.findings().isEmpty() && full.orElseThrow().extensions().isEmpty()) {
        then(new FastResponseReader(q, CODEC.limits()).read(bytes)).as(file.toString())
            .isEqualTo(full.orElseThrow());
      }
    }
  }

  @Property(tries = 300)
  void should_give_the_codecs_results_when_reading_generated_and_mutated_responses(
      @ForAll("documents") Tuple3<Questionnaire, byte[], Boolean> doc) {
    // GIVEN
    QuestionnaireCodec codec = doc.get3() ? TIGHT : CODEC;
    boolean fastPath = new FastResponseReader(doc.get1(), codec.limits()).read(doc.get2()) != null;
    Statistics.label("path").collect(fastPath ? "streaming pass" : "gave up");

    // WHEN / THEN
    assertSameResult(codec, doc.get1(), doc.get2(), new String(doc.get2(), StandardCharsets.UTF_8));
  }

  @Property(tries = 150)
  void should_take_the_fast_path_when_a_document_is_plainly_valid(
      @ForAll("plainResponses") Tuple.Tuple2<Questionnaire, Response> given) {
    // GIVEN
    Response plain = Response.builder().from(given.get2()).extensions(Map.of()).build();
    byte[] bytes = CODEC.writeResponse(plain).getBytes(StandardCharsets.UTF_8);
    DecodeResult<Response> full = CODEC.readResponse(bytes, DocumentFormat.JSON, given.get1());

    // WHEN
    Response fast = new FastResponseReader(given.get1(), CODEC.limits()).read(bytes);

    // THEN
    if (full.findings().isEmpty()) {
      then(fast).isEqualTo(full.orElseThrow());
      if (given.get1().allQuestions().noneMatch(q -> q.visibleWhen().isPresent())) {
        BoundResponse bound = new FastResponseReader(given.get1(), CODEC.limits()).bind(bytes);
        then(bound).as("the bound streaming pass").isNotNull();
        then(bound.response()).isEqualTo(full.orElseThrow());
      }
    } else {
      then(fast == null || !given.get1().validate(fast).isEmpty()).isTrue();
    }
  }

  // ---------------------------------------------------------------- helpers

  private static DecodeResult<Response> assertSameResult(
      QuestionnaireCodec codec, Questionnaire q, byte[] bytes, String what) {
    DecodeResult<Response> full = codec.readResponse(bytes, DocumentFormat.JSON, q);
    DecodeResult<Response> fast = codec.responseReader(q).read(bytes);
    then(fast.value()).as("value of %s", what).isEqualTo(full.value());
    then(fast.findings()).as("findings of %s", what).containsExactlyElementsOf(full.findings());
    DecodeResult<BoundResponse> bound = codec.responseReader(q).readBound(bytes);
    then(bound.findings()).as("findings of %s, bound", what).containsExactlyElementsOf(full.findings());
    then(bound.value().map(BoundResponse::response)).as("value of %s, bound", what)
        .isEqualTo(full.value());
    if (bound.isValid() && q.validate().stream().noneMatch(Finding::isError)) {
      Scorer scorer = ScoringEngine.create().compile(q);
      then(scorer.score(codec.responseReader(q).readBound(bytes).orElseThrow()))
          .as("assessment of %s, bound", what).isEqualTo(scorer.score(full.orElseThrow()));
    }
    return full;
  }

  private static Path resource(String name) {
    try {
      return Path.of(ResponseReaderContractTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Generated questionnaires, half of them without visibility conditions (then the reader checks
   * the answers itself rather than through Questionnaire.validate), with responses to them.
   */
  @Provide
  Arbitrary<Tuple.Tuple2<Questionnaire, Response>> plainResponses() {
    return Combinators.combine(ModelArbitraries.questionnaires(), Arbitraries.of(false, true))
        .as((q, strip) -> strip ? withoutConditions(q) : q)
        .flatMap(q -> ModelArbitraries.responsesFor(q).map(r -> Tuple.of(q, r)));
  }

  /** The questionnaire with no visibility conditions. */
  private static Questionnaire withoutConditions(Questionnaire q) {
    return Questionnaire.builder().from(q).dimensions(q.dimensions().stream()
        .map(ResponseReaderContractTest::withoutConditions).collect(Collectors.toList())).build();
  }

  private static Dimension withoutConditions(Dimension d) {
    return Dimension.builder().from(d)
        .dimensions(d.dimensions().stream().map(ResponseReaderContractTest::withoutConditions)
            .collect(Collectors.toList()))
        .questions(d.questions().stream().map(x -> Question.builder().from(x).visibleWhen(Optional.empty()).build())
            .collect(Collectors.toList()))
        .build();
  }

  @Provide
  Arbitrary<Tuple3<Questionnaire, byte[], Boolean>> documents() {
    return plainResponses().flatMap(qr -> {
      Response r = qr.get2();
      String written = CODEC.writeResponse(r);
      String minified = JSON.writeValueAsString(JSON.readTree(written));
      String noExtensions = CODEC.writeResponse(Response.builder().from(r).extensions(Map.of()).build());
      String minifiedNoExtensions = JSON.writeValueAsString(JSON.readTree(noExtensions));
      Arbitrary<String> base = Arbitraries.of(written, minified, noExtensions, minifiedNoExtensions,
          minifiedNoExtensions);
      Arbitrary<byte[]> mutated = Combinators.combine(base, mutations(qr.get1()))
          .as((text, m) -> m.apply(text));
      return Combinators.combine(mutated, Arbitraries.of(false, false, true))
          .as((bytes, tight) -> Tuple.of(qr.get1(), bytes, tight));
    });
  }

  /** A change to a document's text, giving the bytes to read. */
  private interface Mutation {
    byte[] apply(String text);
  }

  private static Arbitrary<Mutation> mutations(Questionnaire q) {
    List<String> ids = q.allQuestions().map(x -> x.id()).collect(Collectors.toList());
    Arbitrary<Integer> at = Arbitraries.integers().between(0, 1 << 20);
    Arbitrary<String> replacements = Arbitraries.of(
        "null", "1e400", "-0.0", "1.50", "2E+3", "12345678901234567890123456789", "\"x\"", "\"dontKnow\"",
        "true", "[]", "{}", "[\"a\",\"a\"]", "[1]", "\"\"", deep(80), "\"2025-02-30T10:00:00Z\"",
        "\"2025-03-14T09:30:00Z\"", "\"2025-03-14T09:30Z\"", "\"2025-03-14t09:30:00z\"", "{\"value\":null}",
        "{\"state\":\"maybe\"}", "{\"comment\":\"\"}", "{\"evidence\":[]}", "{\"evidence\":[\"\"]}",
        "\"" + "y".repeat(30) + "\"", "NaN", "\"\\ud800\"");
    List<Arbitrary<Mutation>> all = new ArrayList<>();
    all.add(Arbitraries.just(text -> text.getBytes(StandardCharsets.UTF_8)));
    all.add(Arbitraries.just(text -> text.getBytes(StandardCharsets.UTF_8))); // more valid ones
    // a value (after some ':') replaced
    all.add(Combinators.combine(at, replacements).as((i, v) -> text -> replaceValue(text, i, v)));
    // a member inserted after some '{': duplicates, unknown ids, unknown members
    Arbitrary<String> members = Arbitraries.of(ids.isEmpty() ? List.of("q") : ids)
        .flatMap(id -> Arbitraries.of("\"" + id + "\":{\"state\":\"dontKnow\"},", "\"answers\":{},",
            "\"value\":\"x\",", "\"id\":\"" + id + "\",", "\"extensions\":{\"a\":1},", "\"zz\":1,",
            "\"state\":\"notApplicable\",", "\"nope-" + id + "\":{\"value\":true},", "\"$schema\":1,"));
    all.add(Combinators.combine(at, members).as((i, m) -> text -> insertAfter(text, '{', i, m)));
    // bytes: bad UTF-8, stray characters, truncation, deletion
    Arbitrary<byte[]> stray = Arbitraries.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, 0x28},
        new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {','}, new byte[] {'}'}, new byte[] {'"'},
        new byte[] {0}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    all.add(Combinators.combine(at, stray).as((i, b) -> text -> insertBytes(text, i, b)));
    all.add(at.map(i -> text -> {
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      return java.util.Arrays.copyOf(b, i % (b.length + 1));
    }));
    all.add(Combinators.combine(at, Arbitraries.integers().between(1, 4)).as((i, n) -> text -> {
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      int from = i % b.length;
      int to = Math.min(b.length, from + n);
      byte[] out = new byte[b.length - (to - from)];
      System.arraycopy(b, 0, out, 0, from);
      System.arraycopy(b, to, out, from, b.length - to);
      return out;
    }));
    all.add(Arbitraries.just(text -> (text.strip() + " {}").getBytes(StandardCharsets.UTF_8)));
    return Arbitraries.oneOf(all);
  }

  private static String deep(int levels) {
    return "[".repeat(levels) + "]".repeat(levels);
  }

  /** Replaces the value after the n-th ':' (modulo their number) with another. */
  private static byte[] replaceValue(String text, int n, String value) {
    List<Integer> colons = positions(text, ':');
    if (colons.isEmpty()) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    int start = colons.get(n % colons.size()) + 1;
    while (start < text.length() && text.charAt(start) == ' ') {
      start++;
    }
    int end = valueEnd(text, start);
    return (text.substring(0, start) + value + text.substring(end)).getBytes(StandardCharsets.UTF_8);
  }

  /** The end of the JSON value at start (a rough scan, good enough for written documents). */
  private static int valueEnd(String text, int start) {
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
          if (depth == 0) {
            return i + 1;
          }
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          return i;
        }
        if (--depth == 0) {
          return i + 1;
        }
      } else if (c == ',' && depth == 0) {
        return i;
      }
    }
    return text.length();
  }

  private static byte[] insertAfter(String text, char c, int n, String insert) {
    List<Integer> at = positions(text, c);
    if (at.isEmpty()) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    int i = at.get(n % at.size()) + 1;
    return (text.substring(0, i) + insert + text.substring(i)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] insertBytes(String text, int n, byte[] insert) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    int i = n % (b.length + 1);
    byte[] out = new byte[b.length + insert.length];
    System.arraycopy(b, 0, out, 0, i);
    System.arraycopy(insert, 0, out, i, insert.length);
    System.arraycopy(b, i, out, i + insert.length, b.length - i);
    return out;
  }

  /** Positions of a character outside strings (roughly: not after an odd run of quotes). */
  private static List<Integer> positions(String text, char c) {
    List<Integer> out = new ArrayList<>();
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char x = text.charAt(i);
      if (inString) {
        if (x == '\\') {
          i++;
        } else if (x == '"') {
          inString = false;
        }
      } else if (x == '"') {
        inString = true;
      } else if (x == c) {
        out.add(i);
      }
    }
    return out;
  }
}
