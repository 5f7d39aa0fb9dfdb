package dev.selfcheck.schema.internal;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.FindingType;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.DocumentProblem;
import dev.selfcheck.schema.Limits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/*
 * Parses JSON or YAML into a Jackson tree with our own token loop instead of readTree, for four
 * reasons: every value's line and column is recorded by JSON Pointer (so that every finding can
 * name its place in the source); duplicate members are reported, not silently overwritten; limits
 * (depth, entries, values, string and number length) end parsing with a finding instead of an
 * exception or unbounded memory; and YAML features we refuse (aliases, anchors, tags) are caught
 * token by token, so an alias bomb is never expanded. Numbers become exact BigDecimal or integer
 * nodes; NaN and infinities are refused.
 */
/** Parses documents into trees with positions, within limits. */
public final class DocumentReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Limits limits;
  private final ObjectMapper json;
  private final ObjectMapper yaml;

  /**
   * A reader.
   *
   * @param limits the limits
   */
  public DocumentReader(Limits limits) {
    this.limits = limits;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth() + 1)
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxDocumentLength(limits.maxDocumentBytes())
        .build();
    this.json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build())
        .build();
    LoadSettings yamlSettings = LoadSettings.builder()
        .setAllowDuplicateKeys(true) // reported by us, with both positions
        .setMaxAliasesForCollections(0)
        .setAllowRecursiveKeys(false)
        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes()))
        .build();
    this.yaml = YAMLMapper.builder(YAMLFactory.builder()
            .streamReadConstraints(constraints)
            .loadSettings(yamlSettings)
            .build())
        .build();
  }

  /** Signals that parsing must stop; the finding is already recorded. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /**
   * Parses a document.
   *
   * @param bytes the document, UTF-8 (a byte-order mark is allowed)
   * @param format JSON or YAML
   * @return the parsed document
   */
  public ParsedDocument read(byte[] bytes, DocumentFormat format) {
    Map<String, int[]> positions = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    if (bytes.length > limits.maxDocumentBytes()) {
      findings.add(DocumentProblem.DOCUMENT_TOO_LARGE.at("", limits.maxDocumentBytes()));
      return new ParsedDocument(null, positions, findings);
    }
    Run run = new Run(format, positions, findings);
    ObjectMapper mapper = format == DocumentFormat.YAML ? yaml : json;
    JsonNode root = null;
    try (JsonParser parser = mapper.createParser(bytes)) {
      run.parser = parser;
      JsonToken first = parser.nextToken();
      if (first == null) {
        findings.add(DocumentProblem.NOT_AN_OBJECT.at("", "empty"));
        return new ParsedDocument(null, positions, findings);
      }
      root = run.value(first, "", 1);
      JsonToken after = parser.nextToken();
      if (after != null) {
        run.report(DocumentProblem.TRAILING_CONTENT, "", parser.currentTokenLocation());
      }
    } catch (Stop stop) {
      // the finding is recorded
    } catch (StreamConstraintsException e) {
      run.constraint(e);
    } catch (JacksonException e) {
      run.malformed(e);
    } catch (RuntimeException e) {
      // SnakeYAML reports some problems (such as alias limits) with its own exceptions.
      findings.add(DocumentProblem.MALFORMED_DOCUMENT.at("", name(format), firstLine(e.getMessage())));
    }
    boolean failed = findings.stream().anyMatch(Finding::isError);
    return new ParsedDocument(failed ? null : root, positions, findings);
  }

  private static String name(DocumentFormat format) {
    return format.name();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown problem";
    }
    String line = message.strip();
    int nl = line.indexOf('\n');
    return nl < 0 ? line : line.substring(0, nl).strip();
  }

  /** One parse: the mutable state of reading one document. */
  private final class Run {
    private final DocumentFormat format;
    private final Map<String, int[]> positions;
    private final List<Finding> findings;
    private JsonParser parser;
    private long values;
    private String lastPointer = "";

    Run(DocumentFormat format, Map<String, int[]> positions, List<Finding> findings) {
      this.format = format;
      this.positions = positions;
      this.findings = findings;
    }

    void report(FindingType type, String pointer, TokenStreamLocation at, Object... args) {
      Finding f = type.at(pointer, args);
      if (at != null && at.getLineNr() > 0) {
        f = f.withPosition(at.getLineNr(), Math.max(1, at.getColumnNr()));
      }
      findings.add(f);
    }

    void constraint(StreamConstraintsException e) {
      String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().toLowerCase(Locale.ROOT);
      TokenStreamLocation at = e.getLocation();
      if (msg.contains("nesting depth")) {
        report(DocumentProblem.NESTING_TOO_DEEP, lastPointer, at, limits.maxNestingDepth());
      } else if (msg.contains("number value length")) {
        report(DocumentProblem.INVALID_NUMBER, lastPointer, at, "(a very long number)", limits.maxNumberLength());
      } else if (msg.contains("document length")) {
        report(DocumentProblem.DOCUMENT_TOO_LARGE, "", at, limits.maxDocumentBytes());
      } else {
        report(DocumentProblem.STRING_TOO_LONG, lastPointer, at, limits.maxStringLength());
      }
    }

    void malformed(JacksonException e) {
      report(DocumentProblem.MALFORMED_DOCUMENT, lastPointer, e.getLocation(), name(format),
          firstLine(e.getOriginalMessage()));
    }

    private void checkYaml(String pointer) {
      if (!(parser instanceof YAMLParser)) {
        return;
      }
      YAMLParser y = (YAMLParser) parser;
      if (y.isCurrentAlias()) {
        report(DocumentProblem.UNSUPPORTED_YAML, pointer, parser.currentTokenLocation(), "aliases (*name)");
        throw new Stop();
      }
      if (y.getObjectId() != null) {
        report(DocumentProblem.UNSUPPORTED_YAML, pointer, parser.currentTokenLocation(), "anchors (&name)");
        throw new Stop();
      }
      if (y.getTypeId() != null) {
        report(DocumentProblem.UNSUPPORTED_YAML, pointer, parser.currentTokenLocation(),
            "tags (" + y.getTypeId() + ")");
        throw new Stop();
      }
    }

    JsonNode value(JsonToken token, String pointer, int depth) {
      lastPointer = pointer;
      TokenStreamLocation at = parser.currentTokenLocation();
      positions.put(pointer, new int[] {at.getLineNr(), Math.max(1, at.getColumnNr())});
      if (++values > limits.maxValues()) {
        report(DocumentProblem.TOO_MANY_VALUES, pointer, at, limits.maxValues());
        throw new Stop();
      }
      checkYaml(pointer);
      switch (token) {
        case START_OBJECT:
          return object(pointer, depth);
        case START_ARRAY:
          return array(pointer, depth);
        case VALUE_STRING:
          return NODES.stringNode(parser.getString());
        case VALUE_NUMBER_INT:
          return NODES.numberNode(parser.getBigIntegerValue());
        case VALUE_NUMBER_FLOAT:
          return decimal(pointer, at);
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          report(DocumentProblem.MALFORMED_DOCUMENT, pointer, at, name(format),
              "unexpected " + token);
          throw new Stop();
      }
    }

    private JsonNode decimal(String pointer, TokenStreamLocation at) {
      if (parser.isNaN()) {
        report(DocumentProblem.INVALID_NUMBER, pointer, at, parser.getString(), limits.maxNumberLength());
        return NODES.nullNode();
      }
      try {
        BigDecimal d = parser.getDecimalValue();
        if (d.scale() < 0) {
          d = d.setScale(0); // canonical form: never an exponent
        }
        if (d.precision() > limits.maxNumberLength()) {
          report(DocumentProblem.INVALID_NUMBER, pointer, at, parser.getString(), limits.maxNumberLength());
          return NODES.nullNode();
        }
        return NODES.numberNode(d);
      } catch (NumberFormatException | ArithmeticException e) {
        report(DocumentProblem.INVALID_NUMBER, pointer, at, parser.getString(), limits.maxNumberLength());
        return NODES.nullNode();
      }
    }

    private void depth(int depth, String pointer) {
      if (depth > limits.maxNestingDepth()) {
        report(DocumentProblem.NESTING_TOO_DEEP, pointer, parser.currentTokenLocation(),
            limits.maxNestingDepth());
        throw new Stop();
      }
    }

    private ObjectNode object(String pointer, int depth) {
      depth(depth, pointer);
      ObjectNode node = NODES.objectNode();
      Map<String, Integer> firstLines = new HashMap<>();
      JsonToken t;
      while ((t = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        TokenStreamLocation at = parser.currentTokenLocation();
        String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
        if (node.size() >= limits.maxArrayLength()) {
          report(DocumentProblem.TOO_MANY_ENTRIES, pointer, at, limits.maxArrayLength());
          throw new Stop();
        }
        JsonNode value = value(parser.nextToken(), child, depth + 1);
        Integer firstLine = firstLines.putIfAbsent(name, at.getLineNr());
        if (firstLine != null) {
          report(DocumentProblem.DUPLICATE_MEMBER, child, at, name, firstLine);
        } else {
          node.set(name, value);
        }
      }
      if (t != JsonToken.END_OBJECT) {
        report(DocumentProblem.MALFORMED_DOCUMENT, pointer, parser.currentTokenLocation(), name(format),
            "unexpected " + t);
        throw new Stop();
      }
      return node;
    }

    private ArrayNode array(String pointer, int depth) {
      depth(depth, pointer);
      ArrayNode node = NODES.arrayNode();
      JsonToken t;
      int i = 0;
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          report(DocumentProblem.MALFORMED_DOCUMENT, pointer, parser.currentLocation(), name(format),
              "the array is not closed");
          throw new Stop();
        }
        if (i >= limits.maxArrayLength()) {
          report(DocumentProblem.TOO_MANY_ENTRIES, pointer, parser.currentTokenLocation(),
              limits.maxArrayLength());
          throw new Stop();
        }
        node.add(value(t, pointer + "/" + i, depth + 1));
        i++;
      }
      return node;
    }
  }
}
