package dev.selfcheck.schema;

import dev.selfcheck.core.FindingType;
import dev.selfcheck.core.MessageBundle;
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
  MALFORMED_DOCUMENT("DOC-0001", Severity.ERROR),
  /** The document is larger than {@link Limits#maxDocumentBytes()}. */
  DOCUMENT_TOO_LARGE("DOC-0002", Severity.ERROR),
  /** The document nests deeper than {@link Limits#maxNestingDepth()}. */
  NESTING_TOO_DEEP("DOC-0003", Severity.ERROR),
  /** A string is longer than {@link Limits#maxStringLength()}. */
  STRING_TOO_LONG("DOC-0004", Severity.ERROR),
  /** An array or object has more entries than {@link Limits#maxArrayLength()}. */
  TOO_MANY_ENTRIES("DOC-0005", Severity.ERROR),
  /** The document has more values in all than {@link Limits#maxValues()}. */
  TOO_MANY_VALUES("DOC-0006", Severity.ERROR),
  /** An object has the same member twice. */
  DUPLICATE_MEMBER("DOC-0007", Severity.ERROR),
  /** A number is not finite (NaN, infinity) or too long. */
  INVALID_NUMBER("DOC-0008", Severity.ERROR),
  /** A YAML feature that the format does not allow (aliases, anchors, custom tags). */
  UNSUPPORTED_YAML("DOC-0009", Severity.ERROR),
  /** The document is empty or its root is not an object. */
  NOT_AN_OBJECT("DOC-0010", Severity.ERROR),
  /** The document contains more than one document. */
  TRAILING_CONTENT("DOC-0011", Severity.ERROR),
  /** The document is written in a format version this library does not read. */
  UNSUPPORTED_FORMAT_VERSION("DOC-0020", Severity.ERROR),
  /** The document names a schema that is not one of ours. */
  UNKNOWN_SCHEMA("DOC-0021", Severity.ERROR),
  /** The document is of the other kind (a response where a questionnaire is expected, …). */
  WRONG_DOCUMENT_KIND("DOC-0022", Severity.ERROR),
  /** A required member is missing. */
  MISSING_MEMBER("DOC-0030", Severity.ERROR),
  /** A member is not part of the format. */
  UNKNOWN_MEMBER("DOC-0031", Severity.ERROR),
  /** A value has the wrong JSON type. */
  WRONG_TYPE("DOC-0032", Severity.ERROR),
  /** A value is not one of the allowed values. */
  NOT_ALLOWED_VALUE("DOC-0033", Severity.ERROR),
  /** A text does not have the required form (ids, versions, language tags, dates). */
  INVALID_FORMAT("DOC-0034", Severity.ERROR),
  /** A value is outside its range, or an array/text is too short or too long. */
  OUT_OF_RANGE("DOC-0035", Severity.ERROR),
  /** A condition or answer matches none of the allowed shapes. */
  NO_MATCHING_SHAPE("DOC-0036", Severity.ERROR),
  /**
   * A YAML flow mapping entry has no ':' (as "world" in {@code {en: Hello, world}}): the comma of an
   * unquoted text ended the entry, and the rest became a key without a value.
   */
  COLONLESS_FLOW_ENTRY("DOC-0038", Severity.ERROR),
  /** Any other schema violation. */
  SCHEMA_VIOLATION("DOC-0037", Severity.ERROR),
  /** A field constraint of the model is violated (Jakarta Validation). */
  CONSTRAINT_VIOLATION("DOC-0040", Severity.ERROR),
  /** The document could not be read at all (I/O error). */
  UNREADABLE("DOC-0050", Severity.ERROR),
  /** An assessment is of another questionnaire than the one it is read with. */
  ASSESSMENT_OF_OTHER_QUESTIONNAIRE("DOC-0060", Severity.ERROR),
  /** An assessment is of another version of the questionnaire it is read with. */
  ASSESSMENT_OF_OTHER_VERSION("DOC-0061", Severity.ERROR),
  /** An assessment names a dimension, question, band, recommendation or rule its questionnaire lacks. */
  UNKNOWN_REFERENCE("DOC-0062", Severity.ERROR),
  /** An assessment states a label, weight or recommendation detail that its questionnaire declares otherwise. */
  CONTRADICTS_QUESTIONNAIRE("DOC-0063", Severity.ERROR),
  /** An exact number of an assessment is not in the form that Rational.toString() writes. */
  NOT_CANONICAL_NUMBER("DOC-0064", Severity.ERROR),
  /** An assessment's display score is not its exact score rounded half up. */
  WRONG_DISPLAY_SCORE("DOC-0065", Severity.ERROR);

  private static final MessageBundle BUNDLE =
      MessageBundle.of(name -> DocumentProblem.class.getResourceAsStream(name), "findings");

  private final String code;
  private final Severity severity;

  DocumentProblem(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  /** @return the catalog's texts, {@code findings*.properties} beside this class */
  @Override
  public MessageBundle bundle() {
    return BUNDLE;
  }
}
