package dev.selfcheck.schema;

import dev.selfcheck.core.FindingType;
import dev.selfcheck.core.Severity;
import org.apiguardian.api.API;

/**
 * The kinds of {@link dev.selfcheck.core.Finding} that reading a document reports before the
 * model's own checks run: syntax, limits, format version and schema violations, and the checks of
 * an assessment against its questionnaire. Codes are {@code DOC-nnnn}; this enum is the message
 * catalog of the codec.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DocumentProblem implements FindingType {
  /** The text is not well-formed JSON or YAML (or not valid UTF-8). */
  MALFORMED_DOCUMENT("DOC-0001", Severity.ERROR, "the document is not well-formed %s: %s"),
  /** The document is larger than {@link Limits#maxDocumentBytes()}. */
  DOCUMENT_TOO_LARGE(
      "DOC-0002", Severity.ERROR, "the document is larger than the limit of %s bytes"),
  /** The document nests deeper than {@link Limits#maxNestingDepth()}. */
  NESTING_TOO_DEEP(
      "DOC-0003", Severity.ERROR, "the document nests deeper than the limit of %s levels"),
  /** A string is longer than {@link Limits#maxStringLength()}. */
  STRING_TOO_LONG(
      "DOC-0004", Severity.ERROR, "a text is longer than the limit of %s characters"),
  /** An array or object has more entries than {@link Limits#maxArrayLength()}. */
  TOO_MANY_ENTRIES(
      "DOC-0005", Severity.ERROR, "more than %s entries in one array or object"),
  /** The document has more values in all than {@link Limits#maxValues()}. */
  TOO_MANY_VALUES("DOC-0006", Severity.ERROR, "the document has more than %s values"),
  /** An object has the same member twice. */
  DUPLICATE_MEMBER(
      "DOC-0007", Severity.ERROR, "member '%s' appears more than once; the first is at line %s"),
  /** A number is not finite (NaN, infinity) or too long. */
  INVALID_NUMBER("DOC-0008", Severity.ERROR, "'%s' is not a finite number of at most %s digits"),
  /** A YAML feature that the format does not allow (aliases, anchors, custom tags). */
  UNSUPPORTED_YAML("DOC-0009", Severity.ERROR, "YAML %s are not allowed in selfcheck documents"),
  /** The document is empty or its root is not an object. */
  NOT_AN_OBJECT(
      "DOC-0010", Severity.ERROR, "the document must be a JSON object, but it is %s"),
  /** The document contains more than one document. */
  TRAILING_CONTENT(
      "DOC-0011", Severity.ERROR, "there is more content after the end of the document"),
  /** The document is written in a format version this library does not read. */
  UNSUPPORTED_FORMAT_VERSION(
      "DOC-0020", Severity.ERROR,
      "format version '%s' is not supported; this library reads format version %s"),
  /** The document names a schema that is not one of ours. */
  UNKNOWN_SCHEMA(
      "DOC-0021", Severity.ERROR, "'%s' is not a selfcheck schema; expected '%s'"),
  /** The document is of the other kind (a response where a questionnaire is expected, …). */
  WRONG_DOCUMENT_KIND(
      "DOC-0022", Severity.ERROR, "this is %s document, but %s document is expected"),
  /** A required member is missing. */
  MISSING_MEMBER("DOC-0030", Severity.ERROR, "required member '%s' is missing"),
  /** A member is not part of the format. */
  UNKNOWN_MEMBER(
      "DOC-0031", Severity.ERROR,
      "member '%s' is not part of the format (put host data under 'extensions')"),
  /** A value has the wrong JSON type. */
  WRONG_TYPE("DOC-0032", Severity.ERROR, "the value must be %s, but it is %s"),
  /** A value is not one of the allowed values. */
  NOT_ALLOWED_VALUE("DOC-0033", Severity.ERROR, "%s is not allowed here; allowed: %s"),
  /** A text does not have the required form (ids, versions, language tags, dates). */
  INVALID_FORMAT("DOC-0034", Severity.ERROR, "%s does not have the form of %s"),
  /** A value is outside its range, or an array/text is too short or too long. */
  OUT_OF_RANGE("DOC-0035", Severity.ERROR, "%s"),
  /** A condition or answer matches none of the allowed shapes. */
  NO_MATCHING_SHAPE("DOC-0036", Severity.ERROR, "%s"),
  /**
   * A YAML flow mapping entry has no ':' (as "world" in {@code {en: Hello, world}}): the comma of an
   * unquoted text ended the entry, and the rest became a key without a value.
   */
  COLONLESS_FLOW_ENTRY("DOC-0038", Severity.ERROR,
      "'%s' is an entry without ':' in a flow mapping {...}: there a comma separates entries, so put"
          + " quotes around a text that contains a comma (en: 'Hello, world')"),
  /** Any other schema violation. */
  SCHEMA_VIOLATION("DOC-0037", Severity.ERROR, "%s"),
  /** A field constraint of the model is violated (Jakarta Validation). */
  CONSTRAINT_VIOLATION("DOC-0040", Severity.ERROR, "%s"),
  /** The document could not be read at all (I/O error). */
  UNREADABLE("DOC-0050", Severity.ERROR, "the document could not be read: %s"),
  /** An assessment is of another questionnaire than the one it is read with. */
  ASSESSMENT_OF_OTHER_QUESTIONNAIRE(
      "DOC-0060", Severity.ERROR, "the assessment is of questionnaire '%s', not of '%s'"),
  /** An assessment is of another version of the questionnaire it is read with. */
  ASSESSMENT_OF_OTHER_VERSION(
      "DOC-0061", Severity.ERROR,
      "the assessment is of version %s of questionnaire '%s', but this questionnaire is version %s"),
  /** An assessment names a dimension, question, band, recommendation or rule its questionnaire lacks. */
  UNKNOWN_REFERENCE("DOC-0062", Severity.ERROR, "%s has no %s '%s'"),
  /** An assessment states a label, weight or recommendation detail that its questionnaire declares otherwise. */
  CONTRADICTS_QUESTIONNAIRE(
      "DOC-0063", Severity.ERROR, "the %s is %s here, but %s in the questionnaire"),
  /** An exact number of an assessment is not in the form that Rational.toString() writes. */
  NOT_CANONICAL_NUMBER(
      "DOC-0064", Severity.ERROR, "'%s' is not an exact number in canonical form; write '%s'"),
  /** An assessment's display score is not its exact score rounded half up. */
  WRONG_DISPLAY_SCORE(
      "DOC-0065", Severity.ERROR, "the display score %s is not the score %s rounded half up to %s decimals");

  private final String code;
  private final Severity severity;
  private final String template;

  DocumentProblem(String code, Severity severity, String template) {
    this.code = code;
    this.severity = severity;
    this.template = template;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String template() {
    return template;
  }
}
