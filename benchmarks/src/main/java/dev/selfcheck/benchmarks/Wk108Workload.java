package dev.selfcheck.benchmarks;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.AnswerSheet;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.SheetScores;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared reference workload wk108 in our own formats: the questionnaire document
 * ({@code wk108.json}, written by {@code benchmarks/gen-wk108.py}), its responses turned into
 * response documents, and the check against the expected results that runs before anything is
 * timed.
 *
 * <p>The workload folder is {@code -Dwk108.workload}, else the environment variable
 * {@code WK108_WORKLOAD}, else {@code ../shared/bench/wk108} (seen from the repository root).
 *
 * @since 0.1
 */
public final class Wk108Workload {

  /** The class-path resource of the questionnaire document. */
  public static final String QUESTIONNAIRE_RESOURCE = "/wk108.json";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Wk108Workload() {}

  /** @return the folder of the shared workload */
  public static Path directory() {
    String p = System.getProperty("wk108.workload");
    if (p == null) {
      p = System.getenv("WK108_WORKLOAD");
    }
    return Path.of(p == null ? "../shared/bench/wk108" : p);
  }

  /** @return the questionnaire document (JSON, UTF-8) */
  public static byte[] questionnaireDocument() {
    try (InputStream in = Wk108Workload.class.getResourceAsStream(QUESTIONNAIRE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + QUESTIONNAIRE_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the questionnaire through the public codec.
   *
   * @return the questionnaire
   * @throws IllegalStateException if the document does not load
   */
  public static Questionnaire questionnaire() {
    DecodeResult<Questionnaire> r = QuestionnaireCodec.create()
        .readQuestionnaire(questionnaireDocument(), DocumentFormat.JSON);
    if (!r.isValid()) {
      throw new IllegalStateException("wk108.json does not load: " + r.findings());
    }
    return r.orElseThrow();
  }

  /**
   * The lines of one of the workload's files.
   *
   * @param name a file name such as {@code responses-1k.jsonl}
   * @return its non-empty lines
   */
  public static List<String> lines(String name) {
    Path file = directory().resolve(name);
    try {
      List<String> out = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isEmpty()) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the wk108 workload at " + file.toAbsolutePath()
          + " (set -Dwk108.workload)", e);
    }
  }

  /**
   * Turns one line of a wk108 responses file, such as
   * {@code {"id":"resp-0000001","answers":{"q001":1,"q002":"dk"}}}, into a response document on
   * one line: the wk108 id becomes the respondent's id, option numbers become option values,
   * {@code "dk"} the state "don't know", and missing or null answers stay absent.
   *
   * @param wk108Line a line of a responses file
   * @return the response document (compact JSON)
   */
  public static String responseDocument(String wk108Line) {
    JsonNode in = JSON.readTree(wk108Line);
    StringBuilder out = new StringBuilder(2048);
    out.append("{\"$schema\":\"https://selfcheck.dev/schemas/1.0/response.schema.json\",")
        .append("\"formatVersion\":\"1.0\",")
        .append("\"questionnaire\":{\"id\":\"wk108\",\"version\":\"1.0.0\"},")
        .append("\"respondent\":{\"id\":\"").append(in.get("id").asString()).append("\"},")
        .append("\"answers\":{");
    boolean first = true;
    for (Map.Entry<String, JsonNode> e : in.get("answers").properties()) {
      JsonNode v = e.getValue();
      if (v.isNull()) {
        continue;
      }
      out.append(first ? "" : ",").append('"').append(e.getKey()).append("\":");
      first = false;
      if (v.isString() && v.asString().equals("dk")) {
        out.append("{\"state\":\"dontKnow\"}");
      } else {
        out.append("{\"value\":\"").append(v.asInt()).append("\"}");
      }
    }
    return out.append("}}").toString();
  }

  /**
   * Reads a response document through the public codec.
   *
   * @param document a response document
   * @return the response
   * @throws IllegalStateException if it does not load
   */
  public static Response response(String document) {
    DecodeResult<Response> r = QuestionnaireCodec.create()
        .readResponse(document.getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON);
    if (!r.isValid()) {
      throw new IllegalStateException("response does not load: " + r.findings());
    }
    return r.orElseThrow();
  }

  /**
   * Scores every response of a set and compares the assessments with the expected results
   * (numbers compared as numbers, rules as sorted ids).
   *
   * @param scorer a scorer of the wk108 questionnaire
   * @param set {@code 1k} or {@code edge}
   * @return one line per response that differs; empty if all match
   */
  public static List<String> verify(Scorer scorer, String set) {
    return verify(set, line -> {
      Assessment a = scorer.score(response(responseDocument(line)));
      return new Outcome() {
        @Override
        public Optional<BigDecimal> display(String id) {
          return a.dimension(id).orElseThrow().displayScore();
        }

        @Override
        public Optional<String> band(String id) {
          return a.dimension(id).orElseThrow().band().map(Band::id);
        }

        @Override
        public BigDecimal completion(String id) {
          return a.dimension(id).orElseThrow().completion().toBigDecimal(4);
        }

        @Override
        public List<String> rules() {
          List<String> rules = new ArrayList<>();
          a.recommendations().forEach(r -> rules.add(r.recommendation().id()));
          return rules;
        }
      };
    });
  }

  /**
   * The same check through the fast path: each line decoded as the baseline decodes it
   * ({@link #decode}), filled into one reused answer sheet and scored into reused results.
   *
   * @param scorer a scorer of the wk108 questionnaire
   * @param set {@code 1k} or {@code edge}
   * @return one line per response that differs; empty if all match
   */
  public static List<String> verifySheet(Scorer scorer, String set) {
    SheetFiller filler = new SheetFiller(scorer);
    SheetScores scores = scorer.newSheetScores();
    return verify(set, line -> {
      scorer.score(filler.fill(decode(line)), scores);
      return new Outcome() {
        @Override
        public Optional<BigDecimal> display(String id) {
          return scores.displayScore(scores.indexOf(id));
        }

        @Override
        public Optional<String> band(String id) {
          return scores.band(scores.indexOf(id)).map(Band::id);
        }

        @Override
        public BigDecimal completion(String id) {
          return scores.completion(scores.indexOf(id)).toBigDecimal(4);
        }

        @Override
        public List<String> rules() {
          List<String> rules = new ArrayList<>();
          scores.recommendations().forEach(r -> rules.add(r.id()));
          return rules;
        }
      };
    });
  }

  /** What a check reads of one scored response. */
  private interface Outcome {
    Optional<BigDecimal> display(String id);

    Optional<String> band(String id);

    BigDecimal completion(String id);

    List<String> rules();
  }

  private static List<String> verify(String set, Function<String, Outcome> scoring) {
    List<String> responses = lines("responses-" + set + ".jsonl");
    List<String> expected = lines("expected-" + set + ".jsonl");
    List<String> mismatches = new ArrayList<>();
    if (responses.size() != expected.size()) {
      mismatches.add(set + ": " + responses.size() + " responses but " + expected.size() + " results");
      return mismatches;
    }
    for (int i = 0; i < responses.size(); i++) {
      Outcome a = scoring.apply(responses.get(i));
      JsonNode want = JSON.readTree(expected.get(i));
      StringBuilder diff = new StringBuilder();
      compare(diff, "overall", a.display(DimensionResult.TOTAL), want.get("overall"));
      compare(diff, "overallBand", a.band(DimensionResult.TOTAL), want.get("overallBand"));
      for (Map.Entry<String, JsonNode> e : want.get("dimensions").properties()) {
        compare(diff, e.getKey(), a.display(e.getKey()), e.getValue());
        compare(diff, e.getKey() + ".band", a.band(e.getKey()), want.get("bands").get(e.getKey()));
        compare(diff, e.getKey() + ".completion", Optional.of(a.completion(e.getKey())),
            want.get("completion").get(e.getKey()));
      }
      for (Map.Entry<String, JsonNode> e : want.get("criteria").properties()) {
        compare(diff, e.getKey(), a.display(e.getKey()), e.getValue());
      }
      List<String> rules = new ArrayList<>(a.rules());
      rules.sort(null);
      List<String> wantRules = new ArrayList<>();
      want.get("rules").forEach(r -> wantRules.add(r.asString()));
      if (!rules.equals(wantRules)) {
        diff.append(" rules ").append(rules).append(" instead of ").append(wantRules);
      }
      if (diff.length() > 0) {
        mismatches.add(want.get("id").asString() + ":" + diff);
      }
    }
    return mismatches;
  }

  /** Marks "don't know" in {@link #decode}d answers. */
  public static final byte DONT_KNOW = -1;
  /** Marks a missing answer in {@link #decode}d answers. */
  public static final byte MISSING = -2;

  /**
   * Decodes one line of a wk108 responses file as the baseline holds it: per question
   * (q001 … q108) the option number 0 to 4, {@link #DONT_KNOW} or {@link #MISSING}.
   *
   * @param wk108Line a line of a responses file
   * @return 108 answers
   */
  public static byte[] decode(String wk108Line) {
    byte[] out = new byte[QUESTIONS];
    java.util.Arrays.fill(out, MISSING);
    for (Map.Entry<String, JsonNode> e : JSON.readTree(wk108Line).get("answers").properties()) {
      JsonNode v = e.getValue();
      int q = Integer.parseInt(e.getKey().substring(1)) - 1;
      if (v.isNull()) {
        continue;
      }
      out[q] = v.isString() && v.asString().equals("dk") ? DONT_KNOW : (byte) v.asInt();
    }
    return out;
  }

  /** The number of wk108 questions. */
  public static final int QUESTIONS = 108;

  /**
   * Fills one reused answer sheet from {@link #decode}d answers, by index: the positions of the
   * questions and options are looked up once.
   */
  public static final class SheetFiller {
    private final AnswerSheet sheet;
    private final int[] question = new int[QUESTIONS];
    private final int[][] option = new int[QUESTIONS][5];

    /**
     * A filler of a sheet of the scorer.
     *
     * @param scorer a scorer of the wk108 questionnaire
     */
    public SheetFiller(Scorer scorer) {
      sheet = scorer.newAnswerSheet();
      for (int q = 0; q < QUESTIONS; q++) {
        question[q] = sheet.questionIndex(String.format(java.util.Locale.ROOT, "q%03d", q + 1));
        for (int o = 0; o < 5; o++) {
          option[q][o] = sheet.optionIndex(question[q], String.valueOf(o));
        }
      }
    }

    /**
     * @param answers decoded answers
     * @return the sheet, holding exactly those answers
     */
    public AnswerSheet fill(byte[] answers) {
      sheet.clear();
      for (int q = 0; q < QUESTIONS; q++) {
        byte a = answers[q];
        if (a >= 0) {
          sheet.choose(question[q], option[q][a]);
        } else if (a == DONT_KNOW) {
          sheet.state(question[q], AnswerState.DONT_KNOW);
        }
      }
      return sheet;
    }
  }

  /**
   * Fails unless the scorer reproduces the expected results of the 1k and edge sets.
   *
   * @param scorer a scorer of the wk108 questionnaire
   * @throws IllegalStateException naming the first differences
   */
  public static void requireConformance(Scorer scorer) {
    for (String set : List.of("edge", "1k", "edge (answer sheet)", "1k (answer sheet)")) {
      List<String> mismatches = set.endsWith(")")
          ? verifySheet(scorer, set.substring(0, set.indexOf(' '))) : verify(scorer, set);
      if (!mismatches.isEmpty()) {
        throw new IllegalStateException(mismatches.size() + " responses of the " + set
            + " set differ from the expected results, e.g. "
            + mismatches.subList(0, Math.min(3, mismatches.size())));
      }
    }
  }

  private static void compare(StringBuilder diff, String what, Optional<?> actual, JsonNode want) {
    boolean same;
    if (want == null || want.isNull()) {
      same = actual.isEmpty();
    } else if (actual.isPresent() && actual.get() instanceof BigDecimal) {
      same = ((BigDecimal) actual.get()).compareTo(want.decimalValue()) == 0;
    } else {
      same = actual.isPresent() && actual.get().toString().equals(want.asString());
    }
    if (!same) {
      diff.append(' ').append(what).append('=').append(actual.orElse(null))
          .append(" instead of ").append(want);
    }
  }
}
