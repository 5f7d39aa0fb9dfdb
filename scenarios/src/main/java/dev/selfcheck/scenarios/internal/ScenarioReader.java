package dev.selfcheck.scenarios.internal;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.JsonPointer;
import dev.selfcheck.core.MessageBundle;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scenarios.Expectation;
import dev.selfcheck.scenarios.Scenario;
import dev.selfcheck.scenarios.ScenarioProblem;
import dev.selfcheck.scenarios.ScenarioSuite;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/*
 * Reading a scenario file happens in two passes. The text is first read into SourceNodes, which
 * remember their JSON Pointer, line and column; then the nodes are interpreted member by member.
 * Every problem becomes a finding at the node concerned (a missing member at its parent), and
 * interpretation goes on after a problem, so one run reports all of them. Answers are turned into
 * a Response with ScenarioAnswers and then checked by the questionnaire's own response
 * validation, whose errors are reported at the answer that caused them.
 */
/** Reads scenario files into {@link ScenarioSuite}s. */
public final class ScenarioReader {

  private static final String CLASSPATH = "classpath:";
  private static final List<String> SUITE_MEMBERS =
      List.of("$schema", "name", "questionnaire", "defaults", "scenarios");
  private static final List<String> SCENARIO_MEMBERS =
      List.of("name", "description", "defaults", "answers", "expect");
  private static final List<String> EXPECT_MEMBERS =
      List.of("dimensions", "total", "recommends", "doesNotRecommend");
  private static final List<String> DIMENSION_MEMBERS =
      List.of("score", "displayScore", "band", "completion", "scorable");
  private static final QuestionnaireCodec CODEC = QuestionnaireCodec.create();
  /** Questionnaires by document text: suites of one questionnaire read it once. */
  private static final Map<String, DecodeResult<Questionnaire>> LOADED =
      java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DecodeResult<Questionnaire>> eldest) {
          return size() > 8;
        }
      });

  /**
   * A document found by reference.
   *
   * @param description where it is, for messages
   * @param text its text, if it exists
   */
  public record Document(String description, Optional<String> text) {}

  private final List<Finding> findings = new ArrayList<>();
  private final Function<String, Document> resolver;

  private ScenarioReader(Function<String, Document> resolver) {
    this.resolver = resolver;
  }

  /**
   * Reads a scenario file.
   *
   * @param file the file
   * @return the suite or findings
   */
  public static DecodeResult<ScenarioSuite> readFile(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return DecodeResult.failure(List.of(ScenarioProblem.MALFORMED_FILE.at("", file + ": " + e)));
    }
    Path dir = file.toAbsolutePath().getParent();
    boolean yaml = !file.getFileName().toString().endsWith(".json");
    return readText(text, yaml, file.toString(), ref -> ref.startsWith(CLASSPATH)
        ? resource(absolute(ref.substring(CLASSPATH.length()), "/"))
        : file(dir.resolve(ref)));
  }

  /**
   * Reads a scenario file from the class path.
   *
   * @param resource an absolute resource name
   * @return the suite or findings
   */
  public static DecodeResult<ScenarioSuite> readResource(String resource) {
    String name = absolute(resource, "/");
    Document suite = resource(name);
    if (suite.text().isEmpty()) {
      return DecodeResult.failure(List.of(ScenarioProblem.MALFORMED_FILE.at("",
          SourceNode.part("noClassPathResource", name))));
    }
    return readText(suite.text().get(), !name.endsWith(".json"), CLASSPATH + name,
        ref -> resource(ref.startsWith(CLASSPATH)
            ? absolute(ref.substring(CLASSPATH.length()), "/") : absolute(ref, name)));
  }

  /**
   * Reads a scenario document.
   *
   * @param text the document
   * @param yaml YAML (else JSON)
   * @param source a name for messages
   * @param resolver finds the questionnaire by reference; null for the working directory and the
   *     class path
   * @return the suite or findings
   */
  public static DecodeResult<ScenarioSuite> readText(
      String text, boolean yaml, String source, Function<String, Document> resolver) {
    ScenarioReader reader = new ScenarioReader(resolver != null ? resolver
        : ref -> ref.startsWith(CLASSPATH) ? resource(absolute(ref.substring(CLASSPATH.length()), "/"))
            : file(Path.of(ref)));
    SourceNode root = SourceNode.parse(text, yaml, reader.findings);
    ScenarioSuite suite = root == null ? null : reader.suite(root, source);
    List<Finding> all = reader.findings.stream().sorted(java.util.Comparator
        .comparingInt((Finding f) -> f.line().orElse(0)).thenComparingInt(f -> f.column().orElse(0))
        .thenComparing(Finding::pointer)).collect(Collectors.toList());
    return suite == null || all.stream().anyMatch(Finding::isError)
        ? DecodeResult.failure(all) : DecodeResult.of(suite, all);
  }

  private static String absolute(String ref, String base) {
    return URI.create(base).resolve(ref).normalize().getPath();
  }

  private static Document resource(String name) {
    String description = CLASSPATH + name;
    try (InputStream in = open(name)) {
      return new Document(description, in == null ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      return new Document(description, Optional.empty());
    }
  }

  private static InputStream open(String name) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    InputStream in = context == null ? null : context.getResourceAsStream(name.substring(1));
    return in != null ? in : ScenarioReader.class.getResourceAsStream(name);
  }

  private static Document file(Path path) {
    try {
      return new Document(path.toString(), Optional.of(Files.readString(path, StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      return new Document(path.toString(), Optional.empty());
    }
  }

  // ------------------------------------------------------------------ the suite

  private ScenarioSuite suite(SourceNode root, String source) {
    if (!members(root, SUITE_MEMBERS)) {
      return null;
    }
    Questionnaire questionnaire = required(root, "questionnaire")
        .flatMap(this::string).flatMap(ref -> questionnaire(root.members().get("questionnaire"), ref))
        .orElse(null);
    Optional<String> name = optional(root, "name").flatMap(this::string);
    if (questionnaire == null) {
      return null;
    }
    ScenarioAnswers.Default defaults = optional(root, "defaults")
        .flatMap(n -> defaults(n, questionnaire)).orElse(ScenarioAnswers.Default.NOT_ANSWERED);
    List<Scenario> scenarios = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    required(root, "scenarios").flatMap(this::array).ifPresent(list -> {
      for (SourceNode n : list) {
        SourceNode nameNode = n.members().get("name");
        if (nameNode != null && nameNode.kind() == SourceNode.Kind.STRING) {
          String earlier = names.putIfAbsent(nameNode.text(), n.pointer());
          if (earlier != null) {
            findings.add(nameNode.finding(ScenarioProblem.DUPLICATE_SCENARIO, nameNode.text(), earlier));
            continue;
          }
        }
        scenario(n, questionnaire, defaults).ifPresent(scenarios::add);
      }
    });
    String fileName = source.substring(source.lastIndexOf('/') + 1);
    return ScenarioSuite.builder()
        .name(name.orElse(fileName))
        .source(source)
        .questionnaire(questionnaire)
        .scenarios(scenarios)
        .build();
  }

  private Optional<Questionnaire> questionnaire(SourceNode at, String ref) {
    Document document = resolver.apply(ref);
    if (document.text().isEmpty()) {
      findings.add(at.finding(ScenarioProblem.QUESTIONNAIRE_NOT_FOUND, document.description()));
      return Optional.empty();
    }
    String text = document.text().get();
    DocumentFormat format = ref.endsWith(".json") ? DocumentFormat.JSON : DocumentFormat.YAML;
    DecodeResult<Questionnaire> result =
        LOADED.computeIfAbsent(text, t -> CODEC.readQuestionnaire(t, format));
    if (!result.isValid()) {
      List<Finding> errors = result.errors();
      findings.add(at.finding(ScenarioProblem.QUESTIONNAIRE_INVALID, document.description(),
          (MessageBundle.Localized) locale -> errors.stream().map(f -> nested(f).message(locale))
              .collect(Collectors.joining("; "))));
      return Optional.empty();
    }
    return result.value();
  }

  private Optional<ScenarioAnswers.Default> defaults(SourceNode n, Questionnaire questionnaire) {
    if (n.kind() == SourceNode.Kind.OBJECT && n.members().size() == 1 && n.members().containsKey("option")) {
      return string(n.members().get("option")).map(ScenarioAnswers.Default::option);
    }
    if (n.kind() == SourceNode.Kind.STRING) {
      Optional<ScenarioAnswers.Default> d = ScenarioAnswers.Default.named(n.text());
      if (d.isPresent()) {
        return d;
      }
    }
    findings.add(n.finding(ScenarioProblem.UNKNOWN_DEFAULT, n.text() != null ? n.text() : describe(n)));
    return Optional.empty();
  }

  // ------------------------------------------------------------------ one scenario

  private Optional<Scenario> scenario(SourceNode n, Questionnaire questionnaire,
      ScenarioAnswers.Default suiteDefaults) {
    if (!members(n, SCENARIO_MEMBERS)) {
      return Optional.empty();
    }
    int before = findings.size();
    Optional<String> name = required(n, "name").flatMap(this::string);
    optional(n, "description").flatMap(this::string);
    ScenarioAnswers.Default defaults = optional(n, "defaults")
        .flatMap(d -> defaults(d, questionnaire)).orElse(suiteDefaults);
    Map<String, Answer> answers = new LinkedHashMap<>();
    Map<String, SourceNode> answerNodes = new LinkedHashMap<>();
    optional(n, "answers").filter(a -> object(a)).ifPresent(a -> a.members().forEach((id, v) -> {
      Optional<Question> question = questionnaire.question(id);
      if (question.isEmpty()) {
        findings.add(v.finding(ScenarioProblem.UNKNOWN_QUESTION, id));
        return;
      }
      answerNodes.put(id, v);
      ScenarioAnswers.answer(questionnaire, question.get(), v, findings).ifPresent(x -> answers.put(id, x));
    }));
    Response response = ScenarioAnswers.response(questionnaire, answers, answerNodes.keySet(), defaults);
    for (Finding f : questionnaire.validate(response)) {
      if (f.isError()) {
        String id = answerId(f.pointer());
        SourceNode at = answerNodes.getOrDefault(id, n);
        findings.add(at.finding(ScenarioProblem.ANSWER_DOES_NOT_FIT, id,
            questionnaire.question(id).map(q -> q.type().jsonName()).orElse("?"),
            (MessageBundle.Localized) f::message));
      }
    }
    List<Expectation> expectations = optional(n, "expect")
        .map(e -> expectations(e, questionnaire)).orElse(List.of());
    if (findings.size() > before && findings.subList(before, findings.size()).stream().anyMatch(Finding::isError)
        || name.isEmpty()) {
      return Optional.empty();
    }
    Scenario.Builder b = Scenario.builder().name(name.get()).response(response).expectations(expectations)
        .pointer(n.pointer());
    if (n.line() > 0) {
      b.line(n.line());
    }
    return Optional.of(b.build());
  }

  private static String answerId(String pointer) {
    List<String> tokens = JsonPointer.tokens(pointer);
    return tokens.size() > 1 ? tokens.get(1) : "";
  }

  // ------------------------------------------------------------------ expectations

  private List<Expectation> expectations(SourceNode e, Questionnaire questionnaire) {
    List<Expectation> out = new ArrayList<>();
    if (!members(e, EXPECT_MEMBERS)) {
      return out;
    }
    optional(e, "dimensions").filter(this::object).ifPresent(d -> d.members().forEach((id, spec) -> {
      if (!DimensionResult.TOTAL.equals(id) && questionnaire.dimension(id).isEmpty()) {
        findings.add(spec.finding(ScenarioProblem.UNKNOWN_DIMENSION, id,
            questionnaire.dimensionsById().keySet()));
      } else {
        dimension(id, spec, questionnaire, out);
      }
    }));
    optional(e, "total").ifPresent(t -> dimension(DimensionResult.TOTAL, t, questionnaire, out));
    optional(e, "recommends").flatMap(this::array).ifPresent(list -> list.forEach(r -> {
      if (r.kind() == SourceNode.Kind.OBJECT) {
        if (members(r, List.of("id", "reasonContaining"))) {
          Optional<String> id = required(r, "id").flatMap(this::string).filter(x -> known(x, r, questionnaire));
          Optional<String> reason = optional(r, "reasonContaining").flatMap(this::string);
          id.ifPresent(x -> out.add((reason.isPresent() ? Expectation.recommends(x, reason.get())
              : Expectation.recommends(x)).at(r.pointer(), r.line())));
        }
      } else {
        string(r).filter(x -> known(x, r, questionnaire))
            .ifPresent(x -> out.add(Expectation.recommends(x).at(r.pointer(), r.line())));
      }
    }));
    optional(e, "doesNotRecommend").flatMap(this::array).ifPresent(list -> list.forEach(r ->
        string(r).filter(x -> known(x, r, questionnaire))
            .ifPresent(x -> out.add(Expectation.doesNotRecommend(x).at(r.pointer(), r.line())))));
    return out;
  }

  private boolean known(String recommendation, SourceNode at, Questionnaire questionnaire) {
    boolean known = questionnaire.recommendations().stream().map(Recommendation::id)
        .anyMatch(recommendation::equals);
    if (!known) {
      findings.add(at.finding(ScenarioProblem.UNKNOWN_RECOMMENDATION, recommendation));
    }
    return known;
  }

  private void dimension(String id, SourceNode spec, Questionnaire questionnaire, List<Expectation> out) {
    if (!members(spec, DIMENSION_MEMBERS)) {
      return;
    }
    optional(spec, "score").flatMap(this::number)
        .ifPresent(s -> out.add(Expectation.score(id, s).at(spec.members().get("score").pointer(),
            spec.members().get("score").line())));
    optional(spec, "displayScore").flatMap(this::number).ifPresent(s -> {
      SourceNode at = spec.members().get("displayScore");
      if (s.contains("/")) {
        findings.add(at.finding(ScenarioProblem.WRONG_TYPE, SourceNode.part("aDecimalNumber"), SourceNode.part("aFraction")));
      } else {
        out.add(Expectation.displayScore(id, s).at(at.pointer(), at.line()));
      }
    });
    optional(spec, "completion").flatMap(this::number)
        .ifPresent(s -> out.add(Expectation.completion(id, s).at(spec.members().get("completion").pointer(),
            spec.members().get("completion").line())));
    optional(spec, "scorable").ifPresent(at -> {
      if (at.kind() != SourceNode.Kind.BOOLEAN) {
        findings.add(at.finding(ScenarioProblem.WRONG_TYPE, SourceNode.part("trueOrFalse"), describe(at)));
      } else {
        out.add(Expectation.scorable(id, Boolean.parseBoolean(at.text())).at(at.pointer(), at.line()));
      }
    });
    optional(spec, "band").flatMap(this::string).ifPresent(band -> {
      SourceNode at = spec.members().get("band");
      List<String> bands = bandsOf(id, questionnaire);
      if (!bands.contains(band)) {
        findings.add(at.finding(ScenarioProblem.UNKNOWN_BAND, id, band, bands));
      } else {
        out.add(Expectation.band(id, band).at(at.pointer(), at.line()));
      }
    });
  }

  private static List<String> bandsOf(String dimensionId, Questionnaire questionnaire) {
    return questionnaire.bandsOf(dimensionId).stream().map(Band::id).collect(Collectors.toList());
  }

  // ------------------------------------------------------------------ structure

  /** Reports unknown members (and reading goes on); false if the value is not an object. */
  private boolean members(SourceNode n, List<String> allowed) {
    if (!object(n)) {
      return false;
    }
    for (Map.Entry<String, SourceNode> m : n.members().entrySet()) {
      if (!allowed.contains(m.getKey())) {
        findings.add(m.getValue().finding(ScenarioProblem.UNKNOWN_MEMBER, m.getKey(), allowed));
      }
    }
    return true;
  }

  private boolean object(SourceNode n) {
    if (n.kind() != SourceNode.Kind.OBJECT) {
      findings.add(n.finding(ScenarioProblem.WRONG_TYPE, SourceNode.part("anObject"), describe(n)));
      return false;
    }
    return true;
  }

  private Optional<List<SourceNode>> array(SourceNode n) {
    if (n.kind() != SourceNode.Kind.ARRAY) {
      findings.add(n.finding(ScenarioProblem.WRONG_TYPE, SourceNode.part("aList"), describe(n)));
      return Optional.empty();
    }
    return Optional.of(n.elements());
  }

  private Optional<String> string(SourceNode n) {
    if (n.kind() != SourceNode.Kind.STRING || n.text().isBlank()) {
      findings.add(n.finding(ScenarioProblem.WRONG_TYPE, SourceNode.part("aText"), describe(n)));
      return Optional.empty();
    }
    return Optional.of(n.text());
  }

  /** @return the number as written, checked to be an exact number */
  private Optional<String> number(SourceNode n) {
    if (n.kind() != SourceNode.Kind.NUMBER && n.kind() != SourceNode.Kind.STRING) {
      findings.add(n.finding(ScenarioProblem.WRONG_TYPE, SourceNode.part("aNumber"), describe(n)));
      return Optional.empty();
    }
    if (Numbers.parse(n.text()).isEmpty()) {
      findings.add(n.finding(ScenarioProblem.NOT_A_NUMBER, n.text()));
      return Optional.empty();
    }
    return Optional.of(n.text().strip());
  }

  private Optional<SourceNode> required(SourceNode parent, String member) {
    SourceNode n = parent.members().get(member);
    if (n == null) {
      findings.add(parent.finding(ScenarioProblem.MISSING_MEMBER, member));
    }
    return Optional.ofNullable(n);
  }

  private static Optional<SourceNode> optional(SourceNode parent, String member) {
    return Optional.ofNullable(parent.members().get(member));
  }

  /** A finding inside another one's message, in the reader's language. */
  private static MessageBundle.Localized nested(Finding f) {
    Object position = f.line().isEmpty() ? ""
        : f.column().isEmpty() ? SourceNode.part("atLine", f.line().getAsInt())
        : SourceNode.part("atLineAndColumn", f.line().getAsInt(), f.column().getAsInt());
    return SourceNode.part("nestedFinding", SourceNode.part("severity." + f.severity().name()), f.code(),
        f.pointer(), position, (MessageBundle.Localized) f::message);
  }

  static MessageBundle.Localized describe(SourceNode n) {
    return n.text() == null ? n.kind().description()
        : SourceNode.part("valueWithText", n.kind().description(), n.text());
  }
}
