package dev.selfcheck.scenarios.internal;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.FindingType;
import dev.selfcheck.core.JsonPointer;
import dev.selfcheck.core.MessageBundle;
import dev.selfcheck.scenarios.ScenarioProblem;
import dev.selfcheck.schema.ParserMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * A JSON or YAML value that knows where it was written: its JSON Pointer and its line and column.
 * Scenario files are read into these so that every finding can name both.
 */
public final class SourceNode {

  /** What kind of value a node is. */
  public enum Kind {
    /** An object (mapping). */
    OBJECT("anObject"),
    /** An array (sequence). */
    ARRAY("aList"),
    /** A string. */
    STRING("aString"),
    /** A number. */
    NUMBER("aNumber"),
    /** A boolean. */
    BOOLEAN("trueOrFalse"),
    /** Null. */
    NULL("null");

    private final String part;

    Kind(String part) {
      this.part = part;
    }

    /** @return the kind in the reader's words, such as "a list" */
    public MessageBundle.Localized description() {
      return part(part);
    }
  }

  private static final TokenStreamFactory JSON = JsonFactory.builder().build();
  private static final TokenStreamFactory YAML = YAMLFactory.builder().build();

  private final Kind kind;
  private final String text;
  private final Map<String, SourceNode> members;
  private final List<SourceNode> elements;
  private final String pointer;
  private final int line;
  private final int column;

  private SourceNode(Kind kind, String text, Map<String, SourceNode> members,
      List<SourceNode> elements, String pointer, int line, int column) {
    this.kind = kind;
    this.text = text;
    this.members = members;
    this.elements = elements;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  /**
   * Reads a document.
   *
   * @param text the document
   * @param yaml whether it is YAML (else JSON)
   * @param findings where problems go
   * @return the root value, or null if the document is malformed
   */
  public static SourceNode parse(String text, boolean yaml, List<Finding> findings) {
    try (JsonParser parser = (yaml ? YAML : JSON).createParser(ObjectReadContext.empty(), text)) {
      if (parser.nextToken() == null) {
        findings.add(ScenarioProblem.MALFORMED_FILE.at("", part("fileIsEmpty")));
        return null;
      }
      return read(parser, "", findings);
    } catch (JacksonException e) {
      Finding f = ScenarioProblem.MALFORMED_FILE.at("", ParserMessage.of(e.getOriginalMessage()));
      TokenStreamLocation at = e.getLocation();
      findings.add(at != null && at.getLineNr() > 0
          ? f.withPosition(at.getLineNr(), Math.max(1, at.getColumnNr())) : f);
      return null;
    }
  }

  private static SourceNode read(JsonParser parser, String pointer, List<Finding> findings) {
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = Math.max(0, at.getLineNr());
    int column = Math.max(1, at.getColumnNr());
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, SourceNode> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          TokenStreamLocation nameAt = parser.currentTokenLocation();
          parser.nextToken();
          SourceNode value = read(parser, JsonPointer.append(pointer, name), findings);
          if (members.putIfAbsent(name, value) != null) {
            findings.add(position(ScenarioProblem.DUPLICATE_MEMBER.at(value.pointer, name),
                nameAt.getLineNr(), nameAt.getColumnNr()));
          }
        }
        return new SourceNode(Kind.OBJECT, null, Collections.unmodifiableMap(members), List.of(),
            pointer, line, column);
      }
      case START_ARRAY: {
        List<SourceNode> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          elements.add(read(parser, JsonPointer.append(pointer, elements.size()), findings));
        }
        return new SourceNode(Kind.ARRAY, null, Map.of(), Collections.unmodifiableList(elements),
            pointer, line, column);
      }
      case VALUE_STRING:
        return scalar(Kind.STRING, parser.getString(), pointer, line, column);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return scalar(Kind.NUMBER, parser.getString(), pointer, line, column);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return scalar(Kind.BOOLEAN, Boolean.toString(token == JsonToken.VALUE_TRUE), pointer, line, column);
      default:
        return scalar(Kind.NULL, null, pointer, line, column);
    }
  }

  private static SourceNode scalar(Kind kind, String text, String pointer, int line, int column) {
    return new SourceNode(kind, text, Map.of(), List.of(), pointer, line, column);
  }

  private static Finding position(Finding f, int line, int column) {
    return line > 0 ? f.withPosition(line, Math.max(1, column)) : f;
  }

  /** @return the kind of value */
  public Kind kind() {
    return kind;
  }

  /** @return the text of a scalar (the number as written, "true"/"false"), null for others */
  public String text() {
    return text;
  }

  /** @return the members of an object, in document order */
  public Map<String, SourceNode> members() {
    return members;
  }

  /** @return the elements of an array */
  public List<SourceNode> elements() {
    return elements;
  }

  /** @return the JSON Pointer of this value in its document */
  public String pointer() {
    return pointer;
  }

  /** @return the 1-based line, 0 if unknown */
  public int line() {
    return line;
  }

  /**
   * A finding about this value, with its pointer and position.
   *
   * @param type the kind of finding
   * @param arguments the message's arguments
   * @return the finding
   */
  public Finding finding(FindingType type, Object... arguments) {
    return position(type.at(pointer, arguments), line, column);
  }

  /**
   * A part of a message with words of its own, from the texts of the scenario findings.
   *
   * @param key the part's key, without {@code part.}
   * @param arguments its arguments
   * @return the part, rendered in the reader's language
   */
  public static MessageBundle.Localized part(String key, Object... arguments) {
    return ScenarioProblem.MALFORMED_FILE.bundle().localized("part." + key, arguments);
  }
}
