package dev.selfcheck.surveyjs.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The JSON layer of the module: reading with limits (nesting, size), writing with two-space
 * indentation, and the one rule by which option values become JSON values.
 */
final class Json {

  /** The longest SurveyJS document read, in characters. */
  static final int MAX_LENGTH = 20_000_000;

  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
          .build())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A number written as JSON in its shortest exact form, as an option value reads it back. */
  private static final Pattern CANONICAL_NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,17})(\\.[0-9]{0,17}[1-9])?");

  private Json() {}

  /**
   * Parses JSON text.
   *
   * @return the value
   * @throws IllegalArgumentException with the parser's message when the text is no JSON
   */
  static JsonNode parse(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("longer than " + MAX_LENGTH + " characters");
    }
    try {
      return MAPPER.readTree(text);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }

  static String write(JsonNode node) {
    return MAPPER.writeValueAsString(node) + "\n";
  }

  /** The text of a number as an option value: exact, without trailing zeros or exponent. */
  static String numberText(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /**
   * An option value as a SurveyJS choice value: a JSON number when the value is a number in its
   * shortest form (so that SurveyJS stores and compares it as a number, and reading it back gives
   * the same text), else a JSON string.
   */
  static JsonNode optionValue(String value) {
    return isNumberText(value) ? NODES.numberNode(new BigDecimal(value)) : NODES.stringNode(value);
  }

  /** Whether an option value is written as a JSON number by {@link #optionValue(String)}. */
  static boolean isNumberText(String value) {
    return CANONICAL_NUMBER.matcher(value).matches() && !"-0".equals(value);
  }

  /** A JSON scalar read as an option value; null for anything but a string or a number. */
  static String asOptionValue(JsonNode node) {
    if (node.isString()) {
      return node.stringValue();
    }
    return node.isNumber() ? numberText(node.decimalValue()) : null;
  }

  /** A short description of a JSON value for messages. */
  static String brief(JsonNode node) {
    return brief(node.toString());
  }

  /** A text for messages: at most 200 characters, a longer one cut with "...". */
  static String brief(String text) {
    return text.length() > 200 ? text.substring(0, 197) + "..." : text;
  }
}
