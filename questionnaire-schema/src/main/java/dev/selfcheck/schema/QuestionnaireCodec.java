package dev.selfcheck.schema;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.internal.AssessmentMapper;
import dev.selfcheck.schema.internal.ConstraintValidation;
import dev.selfcheck.schema.internal.DocumentReader;
import dev.selfcheck.schema.internal.JacksonRequirement;
import dev.selfcheck.schema.internal.ModelMapper;
import dev.selfcheck.schema.internal.ModelWriter;
import dev.selfcheck.schema.internal.ParsedDocument;
import dev.selfcheck.schema.internal.SchemaValidation;
import dev.selfcheck.scoring.Assessment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads questionnaire and response documents (JSON or YAML) into the model, writes the model as
 * canonical JSON, and reads back the assessments that {@code Assessment.toJson()} writes. This is
 * the entry point of the {@code questionnaire-schema} module.
 *
 * <p><b>Reading</b> runs four stages and stops after the first that finds an error: parsing within
 * {@link Limits} (syntax, size, depth, duplicate members, refused YAML features), the format
 * version, JSON Schema validation against the bundled {@link QuestionnaireSchema}, and then the
 * model's field constraints (Jakarta Validation) and semantic checks
 * ({@link Questionnaire#validate()}). The result is a {@link DecodeResult}: the model, or every
 * finding with its JSON Pointer, line and column. Bad documents never throw.
 *
 * <pre>{@code
 * QuestionnaireCodec codec = QuestionnaireCodec.create();
 * DecodeResult<Questionnaire> result = codec.readQuestionnaire(Path.of("self-check.yaml"));
 * if (result.isValid()) {
 *   Questionnaire questionnaire = result.value().orElseThrow();
 * } else {
 *   result.findings().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p><b>Writing</b> gives canonical JSON: members in a fixed order, maps sorted by key, defaults
 * left out, two-space indentation, {@code \n} line ends. Equal models give identical bytes, and
 * reading what was written gives an equal model.
 *
 * <p><b>Threads and nulls.</b> A codec is immutable and thread-safe; create one and share it. No
 * method accepts null. Misuse (a null argument) throws {@link NullPointerException}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class QuestionnaireCodec {

  private static final Pattern SCHEMA_ID = Pattern.compile(
      "^https://selfcheck\\.dev/schemas/([^/]+)/(questionnaire|response|assessment|migration)\\.schema\\.json$");

  static {
    JacksonRequirement.check();  // before the first use of Jackson 3
  }

  private static final ObjectWriter WRITER = JsonMapper.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build()
      .writer()
      .with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private final Limits limits;
  private final DocumentReader reader;

  private QuestionnaireCodec(Limits limits) {
    this.limits = limits;
    this.reader = new DocumentReader(limits);
  }

  /** @return a codec with {@link Limits#defaults()} */
  public static QuestionnaireCodec create() {
    return new QuestionnaireCodec(Limits.defaults());
  }

  /**
   * A codec with other limits.
   *
   * @param limits the limits
   * @return the codec
   */
  public static QuestionnaireCodec withLimits(Limits limits) {
    return new QuestionnaireCodec(Objects.requireNonNull(limits, "limits"));
  }

  /** @return the limits of this codec */
  public Limits limits() {
    return limits;
  }

  // ---------------------------------------------------------------- questionnaires

  /**
   * Reads a questionnaire file; {@code .yaml} and {@code .yml} files are YAML, all others JSON.
   *
   * @param file the file
   * @return the questionnaire, or the findings
   */
  public DecodeResult<Questionnaire> readQuestionnaire(Path file) {
    return read(file, this::readQuestionnaire);
  }

  /**
   * Reads a questionnaire from text.
   *
   * @param text the document
   * @param format JSON or YAML
   * @return the questionnaire, or the findings
   */
  public DecodeResult<Questionnaire> readQuestionnaire(String text, DocumentFormat format) {
    return readQuestionnaire(text.getBytes(StandardCharsets.UTF_8), format);
  }

  /**
   * Reads a questionnaire from a stream, which is read to its end but not closed.
   *
   * @param in the document, UTF-8
   * @param format JSON or YAML
   * @return the questionnaire, or the findings
   */
  public DecodeResult<Questionnaire> readQuestionnaire(InputStream in, DocumentFormat format) {
    return read(in, bytes -> readQuestionnaire(bytes, format));
  }

  /**
   * Reads a questionnaire from bytes.
   *
   * @param bytes the document, UTF-8
   * @param format JSON or YAML
   * @return the questionnaire, or the findings
   */
  public DecodeResult<Questionnaire> readQuestionnaire(byte[] bytes, DocumentFormat format) {
    Objects.requireNonNull(format, "format");
    ParsedDocument doc = reader.read(Objects.requireNonNull(bytes, "bytes"), format);
    List<Finding> early = preflight(doc, "questionnaire");
    if (!early.isEmpty()) {
      return DecodeResult.failure(locate(doc, early));
    }
    List<Finding> schema = SchemaValidation.instance().validateQuestionnaire(doc.root());
    if (!schema.isEmpty()) {
      return DecodeResult.failure(locate(doc, schema));
    }
    ModelMapper mapper = new ModelMapper();
    Questionnaire q;
    try {
      q = mapper.questionnaire(doc.root());
    } catch (RuntimeException e) {
      return DecodeResult.failure(locate(doc, List.of(mappingFailure(mapper.currentPointer(), e))));
    }
    return DecodeResult.of(q, locate(doc, validate(q)));
  }

  /**
   * Checks a questionnaire built in code as reading would: field constraints, then semantics.
   *
   * @param questionnaire the questionnaire
   * @return all findings; pointers refer to the document form
   */
  public List<Finding> validate(Questionnaire questionnaire) {
    List<Finding> findings = new ArrayList<>(ConstraintValidation.validate(questionnaire));
    findings.addAll(questionnaire.validate());
    return List.copyOf(findings);
  }

  /**
   * Writes a questionnaire as canonical JSON.
   *
   * @param questionnaire the questionnaire
   * @return the JSON text, ending with a line feed
   */
  public String writeQuestionnaire(Questionnaire questionnaire) {
    return write(ModelWriter.questionnaire(questionnaire, QuestionnaireSchema.QUESTIONNAIRE_SCHEMA_ID));
  }

  /**
   * Writes a questionnaire as canonical JSON, UTF-8, to a stream, which is not closed.
   *
   * @param questionnaire the questionnaire
   * @param out the stream
   */
  public void writeQuestionnaire(Questionnaire questionnaire, OutputStream out) {
    writeTo(writeQuestionnaire(questionnaire), out);
  }

  // ---------------------------------------------------------------- responses

  /**
   * Reads a response file; {@code .yaml} and {@code .yml} files are YAML, all others JSON.
   *
   * @param file the file
   * @return the response, or the findings
   */
  public DecodeResult<Response> readResponse(Path file) {
    return read(file, this::readResponse);
  }

  /**
   * Reads a response from text.
   *
   * @param text the document
   * @param format JSON or YAML
   * @return the response, or the findings
   */
  public DecodeResult<Response> readResponse(String text, DocumentFormat format) {
    return readResponse(text.getBytes(StandardCharsets.UTF_8), format);
  }

  /**
   * Reads a response from a stream, which is read to its end but not closed.
   *
   * @param in the document, UTF-8
   * @param format JSON or YAML
   * @return the response, or the findings
   */
  public DecodeResult<Response> readResponse(InputStream in, DocumentFormat format) {
    return read(in, bytes -> readResponse(bytes, format));
  }

  /**
   * Reads a response from bytes, checking only the document itself.
   *
   * @param bytes the document, UTF-8
   * @param format JSON or YAML
   * @return the response, or the findings
   */
  public DecodeResult<Response> readResponse(byte[] bytes, DocumentFormat format) {
    Objects.requireNonNull(format, "format");
    return decodeResponse(reader.read(Objects.requireNonNull(bytes, "bytes"), format));
  }

  /** Turns a parsed response document into the response, or the findings. */
  private static DecodeResult<Response> decodeResponse(ParsedDocument doc) {
    List<Finding> early = preflight(doc, "response");
    if (!early.isEmpty()) {
      return DecodeResult.failure(locate(doc, early));
    }
    List<Finding> schema = SchemaValidation.instance().validateResponse(doc.root());
    if (!schema.isEmpty()) {
      return DecodeResult.failure(locate(doc, schema));
    }
    ModelMapper mapper = new ModelMapper();
    Response r;
    try {
      r = mapper.response(doc.root());
    } catch (RuntimeException e) {
      return DecodeResult.failure(locate(doc, List.of(mappingFailure(mapper.currentPointer(), e))));
    }
    return DecodeResult.of(r, locate(doc, ConstraintValidation.validate(r)));
  }

  /**
   * Reads a response file and checks it against its questionnaire; {@code .yaml} and {@code .yml}
   * files are YAML, all others JSON.
   *
   * @param file the file
   * @param questionnaire the questionnaire the response answers
   * @return the response, or the findings
   */
  public DecodeResult<Response> readResponse(Path file, Questionnaire questionnaire) {
    Objects.requireNonNull(questionnaire, "questionnaire");
    return read(file, (bytes, format) -> readResponse(bytes, format, questionnaire));
  }

  /**
   * Reads a response and checks it against its questionnaire ({@link Questionnaire#validate(Response)}).
   *
   * @param bytes the document, UTF-8
   * @param format JSON or YAML
   * @param questionnaire the questionnaire the response answers
   * @return the response, or the findings
   */
  public DecodeResult<Response> readResponse(
      byte[] bytes, DocumentFormat format, Questionnaire questionnaire) {
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(format, "format");
    ParsedDocument doc = reader.read(Objects.requireNonNull(bytes, "bytes"), format);
    DecodeResult<Response> plain = decodeResponse(doc);
    if (!plain.isValid()) {
      return plain;
    }
    Response r = plain.value().orElseThrow();
    List<Finding> findings = new ArrayList<>(plain.findings());
    findings.addAll(locate(doc, questionnaire.validate(r)));
    return DecodeResult.of(r, findings);
  }

  /**
   * Reads a response from text and checks it against its questionnaire.
   *
   * @param text the document
   * @param format JSON or YAML
   * @param questionnaire the questionnaire the response answers
   * @return the response, or the findings
   */
  public DecodeResult<Response> readResponse(
      String text, DocumentFormat format, Questionnaire questionnaire) {
    return readResponse(text.getBytes(StandardCharsets.UTF_8), format, questionnaire);
  }

  /**
   * A reader for JSON response documents of one questionnaire, for batches: it gives the same
   * results as {@link #readResponse(byte[], DocumentFormat, Questionnaire)} with this codec's
   * limits, faster.
   *
   * @param questionnaire the questionnaire the responses answer
   * @return the reader, thread-safe
   */
  public ResponseReader responseReader(Questionnaire questionnaire) {
    return new ResponseReader(this, Objects.requireNonNull(questionnaire, "questionnaire"));
  }

  /**
   * Checks a response built in code: field constraints, then the checks against its questionnaire.
   *
   * @param response the response
   * @param questionnaire the questionnaire it answers
   * @return all findings; pointers refer to the document form
   */
  public List<Finding> validate(Response response, Questionnaire questionnaire) {
    List<Finding> findings = new ArrayList<>(ConstraintValidation.validate(response));
    findings.addAll(questionnaire.validate(response));
    return List.copyOf(findings);
  }

  /**
   * Writes a response as canonical JSON.
   *
   * @param response the response
   * @return the JSON text, ending with a line feed
   */
  public String writeResponse(Response response) {
    return write(ModelWriter.response(response, QuestionnaireSchema.RESPONSE_SCHEMA_ID));
  }

  /**
   * Writes a response as canonical JSON, UTF-8, to a stream, which is not closed.
   *
   * @param response the response
   * @param out the stream
   */
  public void writeResponse(Response response, OutputStream out) {
    writeTo(writeResponse(response), out);
  }

  // ---------------------------------------------------------------- assessments

  /**
   * Reads an assessment that {@code Assessment.toJson()} wrote, checked against the questionnaire
   * that scored it. The document must be valid against the assessment schema
   * ({@link QuestionnaireSchema#ASSESSMENT_SCHEMA_ID}), name this questionnaire's id and version,
   * write its exact numbers in canonical form, and name only dimensions, questions, bands,
   * recommendations and rules of the questionnaire, stating their labels, weights and details as
   * the questionnaire declares them. The {@code Band} and {@code Recommendation} objects of the
   * result are the questionnaire's own, so the result equals the assessment that was written, and
   * {@code toJson()} of it gives the same text again.
   *
   * @param json the document, JSON
   * @param questionnaire the questionnaire that scored the assessment
   * @return the assessment, or the findings
   */
  public DecodeResult<Assessment> readAssessment(String json, Questionnaire questionnaire) {
    return readAssessment(json.getBytes(StandardCharsets.UTF_8), questionnaire);
  }

  /**
   * Reads an assessment from bytes; see {@link #readAssessment(String, Questionnaire)}.
   *
   * @param json the document, JSON in UTF-8
   * @param questionnaire the questionnaire that scored the assessment
   * @return the assessment, or the findings
   */
  public DecodeResult<Assessment> readAssessment(byte[] json, Questionnaire questionnaire) {
    return readAssessment(json, DocumentFormat.JSON, questionnaire);
  }

  /**
   * Reads an assessment file; see {@link #readAssessment(String, Questionnaire)}. {@code .yaml}
   * and {@code .yml} files are YAML, all others JSON.
   *
   * @param file the file
   * @param questionnaire the questionnaire that scored the assessment
   * @return the assessment, or the findings
   */
  public DecodeResult<Assessment> readAssessment(Path file, Questionnaire questionnaire) {
    Objects.requireNonNull(questionnaire, "questionnaire");
    return read(file, (bytes, format) -> readAssessment(bytes, format, questionnaire));
  }

  /**
   * Reads an assessment from a stream, which is read to its end but not closed; see
   * {@link #readAssessment(String, Questionnaire)}.
   *
   * @param in the document, JSON in UTF-8
   * @param questionnaire the questionnaire that scored the assessment
   * @return the assessment, or the findings
   */
  public DecodeResult<Assessment> readAssessment(InputStream in, Questionnaire questionnaire) {
    Objects.requireNonNull(questionnaire, "questionnaire");
    return read(in, bytes -> readAssessment(bytes, questionnaire));
  }

  private DecodeResult<Assessment> readAssessment(
      byte[] bytes, DocumentFormat format, Questionnaire questionnaire) {
    Objects.requireNonNull(questionnaire, "questionnaire");
    ParsedDocument doc = reader.read(Objects.requireNonNull(bytes, "json"), format);
    List<Finding> early = preflight(doc, "assessment");
    if (!early.isEmpty()) {
      return DecodeResult.failure(locate(doc, early));
    }
    List<Finding> schema = SchemaValidation.instance().validateAssessment(doc.root());
    if (!schema.isEmpty()) {
      return DecodeResult.failure(locate(doc, schema));
    }
    AssessmentMapper mapper = new AssessmentMapper(questionnaire, limits.maxNumberLength());
    Optional<Assessment> assessment;
    try {
      assessment = mapper.assessment(doc.root());
    } catch (RuntimeException e) {
      return DecodeResult.failure(locate(doc, List.of(mappingFailure(mapper.currentPointer(), e))));
    }
    List<Finding> findings = locate(doc, mapper.findings());
    return assessment.map(a -> DecodeResult.of(a, findings))
        .orElseGet(() -> DecodeResult.failure(findings));
  }

  /**
   * Reads a migration plan document (JSON or YAML): its shape is checked against the migration
   * schema ({@link QuestionnaireSchema#MIGRATION_SCHEMA_ID}), within the codec's limits, with line
   * and column for each finding. The document comes back as plain values (maps in document order,
   * lists, strings, {@code BigDecimal} numbers, booleans) for {@code MigrationPlan.fromDocument} of
   * the editions module, which builds the plan; what the plan means is checked there, against the
   * two versions.
   *
   * @param bytes the document, UTF-8
   * @param format JSON or YAML
   * @return the document's values, or the findings
   * @since 0.2
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public DecodeResult<java.util.Map<String, Object>> readMigrationPlan(byte[] bytes, DocumentFormat format) {
    ParsedDocument doc = reader.read(Objects.requireNonNull(bytes, "bytes"), Objects.requireNonNull(format, "format"));
    List<Finding> early = preflight(doc, "migration");
    if (!early.isEmpty()) {
      return DecodeResult.failure(locate(doc, early));
    }
    List<Finding> schema = SchemaValidation.instance().validateMigration(doc.root());
    if (!schema.isEmpty()) {
      return DecodeResult.failure(locate(doc, schema));
    }
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> values = (java.util.Map<String, Object>) plain(doc.root());
    return DecodeResult.of(values, List.of());
  }

  /** A tree as plain values: maps in document order, lists, strings, BigDecimal, booleans, null. */
  private static Object plain(JsonNode node) {
    if (node.isObject()) {
      java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
      node.properties().forEach(e -> out.put(e.getKey(), plain(e.getValue())));
      return java.util.Collections.unmodifiableMap(out);
    }
    if (node.isArray()) {
      List<Object> out = new ArrayList<>();
      node.forEach(n -> out.add(plain(n)));
      return java.util.Collections.unmodifiableList(out);
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.isNull() ? null : node.asString();
  }

  // ---------------------------------------------------------------- internals

  private static String write(JsonNode tree) {
    return WRITER.writeValueAsString(tree) + "\n";
  }

  private static void writeTo(String text, OutputStream out) {
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> DecodeResult<T> read(Path file, java.util.function.BiFunction<byte[], DocumentFormat, DecodeResult<T>> f) {
    Objects.requireNonNull(file, "file");
    DocumentFormat format = DocumentFormat.fromFileName(file.toString()).orElse(DocumentFormat.JSON);
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, bytes -> f.apply(bytes, format));
    } catch (IOException e) {
      return DecodeResult.failure(List.of(DocumentProblem.UNREADABLE.at("", file + ": " + e)));
    }
  }

  private <T> DecodeResult<T> read(InputStream in, Function<byte[], DecodeResult<T>> f) {
    Objects.requireNonNull(in, "in");
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      long total = 0;
      int n;
      while ((n = in.read(chunk)) > 0) {
        total += n;
        if (total > limits.maxDocumentBytes()) {
          return DecodeResult.failure(
              List.of(DocumentProblem.DOCUMENT_TOO_LARGE.at("", limits.maxDocumentBytes())));
        }
        buffer.write(chunk, 0, n);
      }
      return f.apply(buffer.toByteArray());
    } catch (IOException e) {
      return DecodeResult.failure(List.of(DocumentProblem.UNREADABLE.at("", e.toString())));
    }
  }

  private static List<Finding> locate(ParsedDocument doc, List<Finding> findings) {
    return doc.explainAndLocate(findings);
  }

  /** The kind of a document with its article, in the reader's language. */
  private static Object withArticle(String kind) {
    return DocumentProblem.WRONG_DOCUMENT_KIND.bundle().localized("part.document." + kind);
  }

  private static Finding mappingFailure(String pointer, RuntimeException e) {
    return DocumentProblem.SCHEMA_VIOLATION.at(pointer,
        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  /** Checks what must hold before schema validation: a root object of our kind and version. */
  private static List<Finding> preflight(ParsedDocument doc, String kind) {
    if (doc.root() == null) {
      return doc.findings();
    }
    JsonNode root = doc.root();
    if (!root.isObject()) {
      return List.of(DocumentProblem.NOT_AN_OBJECT.at("", DocumentProblem.NOT_AN_OBJECT.bundle()
          .localized("part.node." + (root.isArray() ? "array"
              : root.isNull() ? "null" : root.getNodeType().name().toLowerCase(java.util.Locale.ROOT)))));
    }
    List<Finding> out = new ArrayList<>();
    JsonNode schema = root.get("$schema");
    if (schema != null && schema.isString()) {
      Matcher m = SCHEMA_ID.matcher(schema.asString());
      String expected = kind.equals("questionnaire") ? QuestionnaireSchema.QUESTIONNAIRE_SCHEMA_ID
          : kind.equals("response") ? QuestionnaireSchema.RESPONSE_SCHEMA_ID
          : kind.equals("migration") ? QuestionnaireSchema.MIGRATION_SCHEMA_ID
          : QuestionnaireSchema.ASSESSMENT_SCHEMA_ID;
      if (!m.matches()) {
        out.add(DocumentProblem.UNKNOWN_SCHEMA.at("/$schema", schema.asString(), expected));
      } else if (!m.group(2).equals(kind)) {
        out.add(DocumentProblem.WRONG_DOCUMENT_KIND.at("/$schema", withArticle(m.group(2)), withArticle(kind)));
      } else if (!m.group(1).equals(QuestionnaireSchema.FORMAT_VERSION)) {
        out.add(DocumentProblem.UNSUPPORTED_FORMAT_VERSION.at("/$schema", m.group(1),
            QuestionnaireSchema.FORMAT_VERSION));
      }
    }
    JsonNode version = root.get("formatVersion");
    if (version != null && version.isString()
        && !version.asString().equals(QuestionnaireSchema.FORMAT_VERSION)
        && out.stream().noneMatch(f -> f.is(DocumentProblem.UNSUPPORTED_FORMAT_VERSION))) {
      out.add(DocumentProblem.UNSUPPORTED_FORMAT_VERSION.at("/formatVersion", version.asString(),
          QuestionnaireSchema.FORMAT_VERSION));
    }
    return out;
  }
}
