package dev.selfcheck.schema.internal;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.FindingType;
import dev.selfcheck.core.JsonPointer;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.DocumentProblem;
import dev.selfcheck.schema.ParserMessage;
import dev.selfcheck.schema.Limits;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;

/*
 * Parses JSON or YAML into a Jackson tree with our own token loop instead of readTree, for four
 * reasons: every value's line and column is recorded by JSON Pointer (so that every finding can
 * name its place in the source); duplicate members are reported, not silently overwritten; limits
 * (depth, entries, values, string and number length) end parsing with a finding instead of an
 * exception or unbounded memory, for both formats alike (Jackson's YAML parser does not apply the
 * string limits, so the loop checks lengths itself); and YAML features we refuse (aliases, anchors,
 * tags other than the standard ones) are caught token by token, so an alias bomb is never expanded.
 * Numbers become exact BigDecimal or integer nodes; NaN and infinities are refused.
 *
 * Where a finding goes: the recursion of object() and array() is the stack of open containers.
 * Two pointers follow it: the syntax pointer names the innermost open container, or the member
 * whose value is being read, and is where a syntax error is reported; the value pointer names the
 * member or element being read, and is where a limit on that value (string or number length) is
 * reported. Once the root value is complete, whatever Jackson finds next, even unparsable text, is
 * trailing content of the whole document.
 *
 * YAML scalars: Jackson resolves plain scalars with the YAML JSON schema, in which only 'null' is
 * null and only '.nan', '.inf' and '-.inf' are non-finite floats, and it ignores the schema of the
 * LoadSettings. The parser below therefore also treats the plain (unquoted, untagged) scalars '~',
 * 'Null' and 'NULL' as null, and every spelling of NaN and infinity of the YAML core schema as a
 * non-finite number, which the token loop refuses. Quoted scalars stay strings. An empty plain
 * scalar ('unit:') stays the empty string, as Jackson reads it.
 */
/** Parses documents into trees with positions, within limits. */
public final class DocumentReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The standard YAML tags, which only state the type that the value has anyway. */
  private static final String STANDARD_TAG = "tag:yaml.org,2002:";

  /** The types of the standard tags that we allow. */
  private static final Set<String> STANDARD_TYPES =
      Set.of("str", "int", "float", "bool", "null", "map", "seq");

  /** A float as the YAML core schema writes it (Jackson reads any text tagged !!float as one). */
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(?:\\.[0-9]+|[0-9][0-9_]*(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?");

  /** Plain scalars that the YAML core schema reads as null ('null' Jackson already does). */
  private static final Set<String> CORE_NULLS = Set.of("~", "null", "Null", "NULL");

  /** NaN and the infinities of the YAML core schema. */
  private static final Pattern NON_FINITE =
      Pattern.compile("[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

  /** The longest number text quoted in a message. */
  private static final int QUOTED_NUMBER = 40;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Limits limits;
  private final TokenStreamFactory json;
  private final TokenStreamFactory yaml;

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
    this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
    LoadSettings yamlSettings = LoadSettings.builder()
        .setAllowDuplicateKeys(true) // reported by us, with both positions
        .setMaxAliasesForCollections(0)
        .setAllowRecursiveKeys(false)
        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes()))
        .build();
    this.yaml = new CoreYamlFactory(YAMLFactory.builder()
        .streamReadConstraints(constraints)
        .loadSettings(yamlSettings));
  }

  /** A YAML factory whose parsers read plain scalars as the YAML core schema does (see above). */
  private static final class CoreYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    CoreYamlFactory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(
        ObjectReadContext readCtxt, IOContext ioCtxt, byte[] data, int offset, int len) {
      return new CoreYamlParser(readCtxt, ioCtxt, _getBufferRecycler(),
          readCtxt.getStreamReadFeatures(_streamReadFeatures),
          readCtxt.getFormatReadFeatures(_formatReadFeatures), _loadSettings,
          _createReader(data, offset, len, null, ioCtxt));
    }
  }

  /** Reads '~', 'Null', 'NULL' as null and all spellings of NaN and infinity as non-finite. */
  private static final class CoreYamlParser extends YAMLParser {
    CoreYamlParser(ObjectReadContext readCtxt, IOContext ioCtxt, BufferRecycler recycler,
        int streamReadFeatures, int formatReadFeatures, LoadSettings settings, Reader reader) {
      super(readCtxt, ioCtxt, recycler, streamReadFeatures, formatReadFeatures, settings, reader);
    }

    /** Where the last scalar ended, or null after any other event. */
    private Mark lastScalarEnd;
    /** Whether the last scalar was the missing value of a key written without ':'. */
    private boolean valueOfColonlessKey;

    /*
     * A key without ':' (only possible in a flow mapping, as in {en: Hello, world} or
     * { en: Hello, world }) gets an empty plain value that starts where the key ends or after the
     * blanks that follow it; after "key:" the empty value starts past the colon.
     */
    @Override
    protected Event nextEvent() {
      Event event = super.nextEvent();
      if (event instanceof ScalarEvent) {
        ScalarEvent scalar = (ScalarEvent) event;
        valueOfColonlessKey = scalar.getValue().isEmpty() && scalar.isPlain()
            && scalar.getTag().isEmpty() && lastScalarEnd != null
            && onlyBlanksBetween(lastScalarEnd, scalar.getStartMark().orElse(null));
        lastScalarEnd = scalar.getEndMark().orElse(null);
      } else if (event != null) {
        valueOfColonlessKey = false;
        lastScalarEnd = null;
      }
      return event;
    }

    /** Whether only spaces and tabs stand between two places of the source (none counts). */
    private static boolean onlyBlanksBetween(Mark from, Mark to) {
      if (to == null || to.getIndex() < from.getIndex()) {
        return false;
      }
      int gap = to.getIndex() - from.getIndex();
      if (gap == 0) {
        return true;
      }
      int[] window = from.getBuffer();
      int at = from.getPointer();
      if (window == null || at + gap > window.length) {
        return false; // the reader's window no longer holds the gap: the plain finding remains
      }
      for (int i = at; i < at + gap; i++) {
        if (window[i] != ' ' && window[i] != '\t') {
          return false;
        }
      }
      return true;
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) {
      JsonToken token = super._decodeScalar(scalar);
      _numberIsNaN = false;
      String value = scalar.getValue();
      if (scalar.isPlain() && scalar.getTag().isEmpty()) {
        if (token == JsonToken.VALUE_STRING && CORE_NULLS.contains(value)) {
          return JsonToken.VALUE_NULL;
        }
        if (NON_FINITE.matcher(value).matches()) {
          _numberIsNaN = true;
          return JsonToken.VALUE_NUMBER_FLOAT;
        }
      } else if (token == JsonToken.VALUE_NUMBER_FLOAT && NON_FINITE.matcher(value.strip()).matches()) {
        _numberIsNaN = true; // !!float .nan
      }
      return token;
    }
  }

  /** Whether a YAML value just read is the missing value of a key written without ':'. */
  private static boolean valueOfColonlessKey(JsonParser parser) {
    return parser instanceof CoreYamlParser && ((CoreYamlParser) parser).valueOfColonlessKey;
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
      return new ParsedDocument(null, positions, findings, List.of());
    }
    int start = hasBom(bytes) ? BOM.length : 0;
    Run run = new Run(format, positions, findings);
    TokenStreamFactory factory = format == DocumentFormat.YAML ? yaml : json;
    JsonNode root = null;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes, start,
        bytes.length - start)) {
      run.parser = parser;
      JsonToken first = parser.nextToken();
      if (first == null) {
        findings.add(DocumentProblem.NOT_AN_OBJECT.at("",
            DocumentProblem.NOT_AN_OBJECT.bundle().localized("part.node.empty")));
        return new ParsedDocument(null, positions, findings, List.of());
      }
      root = run.value(first, "", 1);
      run.afterRoot = true;
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
      run.yamlFailure(e);
    }
    boolean failed = findings.stream().anyMatch(Finding::isError);
    return new ParsedDocument(failed ? null : root, positions, findings, List.copyOf(run.colonlessKeys));
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
  }

  private static String name(DocumentFormat format) {
    return format.name();
  }

  /**
   * The message of a parser, without what only helps debugging the parser: Jackson's
   * "[Source: ...]" locations and SnakeYAML's "in reader, line ..." marks and source snippets. A
   * SnakeYAML message has a context ("while parsing a block collection") and a problem ("expected
   * &lt;block end&gt;, but found '-'"), each on a line of its own; both are kept.
   */
  static String message(String raw) {
    if (raw == null || raw.isBlank()) {
      return "unknown problem";
    }
    List<String> parts = new ArrayList<>();
    for (String line : raw.split("\\R")) {
      if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
        continue; // " in reader, line 3, column 5:", a snippet of the source, or the caret under it
      }
      String part = withoutSource(line).strip();
      if (part.endsWith(":")) {
        part = part.substring(0, part.length() - 1).strip();
      }
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return parts.isEmpty() ? withoutSource(raw.strip()) : String.join(": ", parts);
  }

  /** Removes every "[Source: ...]" and the parenthesis or " at " that introduces it. */
  private static String withoutSource(String text) {
    String s = text;
    int at;
    while ((at = s.indexOf("[Source:")) >= 0) {
      int end = closing(s, at);
      int from = at;
      int to = end + 1;
      int open = s.lastIndexOf('(', at);
      if (open >= 0 && s.indexOf(')', open) > at && to < s.length() && s.charAt(to) == ')') {
        from = open; // "(for Object starting at [Source: ...])"
        to++;
      } else if (s.startsWith(" at ", Math.max(0, at - 4))) {
        from = at - 4; // "... at [Source: ...]"
      }
      while (from > 0 && s.charAt(from - 1) == ' ') {
        from--;
      }
      s = s.substring(0, from) + s.substring(Math.min(to, s.length()));
    }
    return s;
  }

  /** The index of the ']' that closes the '[' at {@code open}, or the last index. */
  private static int closing(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return i;
      }
    }
    return s.length() - 1;
  }

  /** The number of digits of a number's text, up to its exponent. */
  /**
   * Counts the digits of a decimal written without an exponent: {@code 1e3} has 4 ("1000"),
   * {@code 1e-3} has 4 ("0.001"). Computed from precision and scale, so a huge exponent costs
   * nothing.
   *
   * @param d a decimal
   * @return the number of digits of its plain form
   */
  public static long plainDigits(BigDecimal d) {
    long precision = d.precision();
    long scale = d.scale();
    return scale < 0 ? precision - scale : Math.max(precision, scale + 1);
  }

  private static int digits(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 'e' || c == 'E') {
        break;
      }
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n;
  }

  private static String quoted(String number) {
    return number.length() <= QUOTED_NUMBER ? number : number.substring(0, QUOTED_NUMBER) + "…";
  }

  /** One parse: the mutable state of reading one document. */
  private final class Run {
    private final DocumentFormat format;
    private final Map<String, int[]> positions;
    /** Members whose YAML key was written without ':', in a flow mapping. */
    private final List<String> colonlessKeys = new ArrayList<>();
    private final List<Finding> findings;
    private JsonParser parser;
    private long values;
    /** The innermost open container, or the member whose value is being read. */
    private String syntaxPointer = "";
    /** The member or element being read. */
    private String valuePointer = "";
    /** Whether the root value is complete. */
    private boolean afterRoot;
    /** Whether the next token read is a member name (or the end of its object). */
    private boolean betweenMembers;
    /** The name of the member of the innermost open object read last, or null. */
    private String lastName;
    /** The object whose end was the last token read, or null. */
    private String justClosed;
    /** The line of that end. */
    private int justClosedLine;

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
      TokenStreamLocation at = located(e.getLocation());
      if (msg.contains("document length")) {
        report(DocumentProblem.DOCUMENT_TOO_LARGE, "", at, limits.maxDocumentBytes());
      } else if (afterRoot) {
        report(DocumentProblem.TRAILING_CONTENT, "", at);
      } else if (msg.contains("nesting depth")) {
        report(DocumentProblem.NESTING_TOO_DEEP, syntaxPointer, at, limits.maxNestingDepth());
      } else if (msg.contains("number value length")) {
        report(DocumentProblem.INVALID_NUMBER, memberPointer(valuePointer), at, "(a very long number)",
            limits.maxNumberLength());
      } else {
        report(DocumentProblem.STRING_TOO_LONG, valuePointer, at, limits.maxStringLength());
      }
    }

    /**
     * The member being read when an error occurs between members. Jackson's JSON parser reads a
     * member's scalar value together with its name, so a value can fail (too long a number, a
     * misspelt literal) while we are still between members; then the name that Jackson has just
     * read names the member, unless it is still the name of the member read before.
     */
    private String memberPointer(String otherwise) {
      if (betweenMembers) {
        String name = parser.streamReadContext().currentName();
        if (name != null && !name.equals(lastName)) {
          return JsonPointer.append(syntaxPointer, name);
        }
      }
      return otherwise;
    }

    /** The location of an exception, or the parser's when the exception has none. */
    private TokenStreamLocation located(TokenStreamLocation at) {
      if (at != null && at.getLineNr() > 0) {
        return at;
      }
      TokenStreamLocation current = parser == null ? null : parser.currentLocation();
      return current != null && current.getLineNr() > 0 ? current : at;
    }

    void malformed(JacksonException e) {
      if (afterRoot) {
        report(DocumentProblem.TRAILING_CONTENT, "", located(e.getLocation()));
        return;
      }
      if (e.getCause() instanceof MarkedYamlEngineException) {
        yamlFailure((MarkedYamlEngineException) e.getCause());
        return;
      }
      report(DocumentProblem.MALFORMED_DOCUMENT, memberPointer(syntaxPointer), located(e.getLocation()),
          name(format), ParserMessage.of(message(e.getOriginalMessage())));
    }

    /**
     * A problem that SnakeYAML found: reported at its problem mark, with its context and problem.
     * A block mapping ends when a line is indented less than its members; when the line that ended
     * it cannot continue the enclosing collection either, the line was most likely meant as a
     * member of that mapping, so the mapping is named rather than the collection.
     */
    void yamlFailure(RuntimeException e) {
      if (!(e instanceof MarkedYamlEngineException)) {
        report(afterRoot ? DocumentProblem.TRAILING_CONTENT : DocumentProblem.MALFORMED_DOCUMENT,
            "", null, name(format), ParserMessage.of(message(e.getMessage())));
        return;
      }
      MarkedYamlEngineException y = (MarkedYamlEngineException) e;
      Mark mark = y.getProblemMark().or(y::getContextMark).orElse(null);
      int line = mark == null ? 0 : mark.getLine() + 1;
      String text = y.getContext() == null || y.getContext().isBlank()
          ? message(y.getProblem())
          : message(y.getContext()) + ": " + message(y.getProblem());
      String pointer = justClosed != null && line == justClosedLine ? justClosed : syntaxPointer;
      Finding f = afterRoot
          ? DocumentProblem.TRAILING_CONTENT.at("")
          : DocumentProblem.MALFORMED_DOCUMENT.at(pointer, name(format), ParserMessage.of(text));
      if (mark != null) {
        f = f.withPosition(line, mark.getColumn() + 1);
      }
      findings.add(f);
    }

    private void checkYaml(JsonToken token, String pointer) {
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
      String tag = y.getTypeId();
      if (tag != null && !isStandardTag(tag, token)) {
        String type = tag.startsWith(STANDARD_TAG) ? tag.substring(STANDARD_TAG.length()) : "";
        String what = STANDARD_TYPES.contains(type)
            ? "tags that do not fit their value (!!" + type + ")"
            : "tags (" + tag + ")";
        report(DocumentProblem.UNSUPPORTED_YAML, pointer, parser.currentTokenLocation(), what);
        throw new Stop();
      }
    }

    /**
     * Whether a tag is a standard one (!!str, !!int, !!float, !!bool, !!null, !!map, !!seq) and
     * fits the value: a tag that the value does not satisfy (!!int abc, !!map 5) is refused too.
     */
    private boolean isStandardTag(String tag, JsonToken token) {
      if (!tag.startsWith(STANDARD_TAG)) {
        return false;
      }
      String type = tag.substring(STANDARD_TAG.length());
      if (token == JsonToken.START_OBJECT) {
        return type.equals("map");
      }
      if (token == JsonToken.START_ARRAY) {
        return type.equals("seq");
      }
      switch (type) {
        case "str":
          return token == JsonToken.VALUE_STRING;
        case "int":
          return token == JsonToken.VALUE_NUMBER_INT;
        case "float":
          return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
              && (parser.isNaN() || FLOAT.matcher(parser.getString().strip()).matches());
        case "bool":
          return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
        case "null":
          return token == JsonToken.VALUE_NULL;
        default:
          return false;
      }
    }

    JsonNode value(JsonToken token, String pointer, int depth) {
      syntaxPointer = pointer;
      valuePointer = pointer;
      justClosed = null;
      TokenStreamLocation at = parser.currentTokenLocation();
      positions.put(pointer, new int[] {at.getLineNr(), Math.max(1, at.getColumnNr())});
      if (++values > limits.maxValues()) {
        report(DocumentProblem.TOO_MANY_VALUES, pointer, at, limits.maxValues());
        throw new Stop();
      }
      checkYaml(token, pointer);
      switch (token) {
        case START_OBJECT:
          return object(pointer, depth);
        case START_ARRAY:
          return array(pointer, depth);
        case VALUE_STRING:
          return string(pointer, at);
        case VALUE_NUMBER_INT:
          return integer(pointer, at);
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
              ParserMessage.of("unexpected " + token));
          throw new Stop();
      }
    }

    private JsonNode string(String pointer, TokenStreamLocation at) {
      String text = parser.getString();
      if (text.length() > limits.maxStringLength()) {
        report(DocumentProblem.STRING_TOO_LONG, pointer, at, limits.maxStringLength());
        throw new Stop();
      }
      return NODES.stringNode(text);
    }

    private JsonNode invalidNumber(String pointer, TokenStreamLocation at, String text) {
      report(DocumentProblem.INVALID_NUMBER, pointer, at, quoted(text), limits.maxNumberLength());
      return NODES.nullNode();
    }

    private JsonNode integer(String pointer, TokenStreamLocation at) {
      String text = parser.getString();
      if (digits(text) > limits.maxNumberLength()) {
        return invalidNumber(pointer, at, text);
      }
      return NODES.numberNode(parser.getBigIntegerValue());
    }

    private JsonNode decimal(String pointer, TokenStreamLocation at) {
      String text = parser.getString();
      if (parser.isNaN() || NON_FINITE.matcher(text.strip()).matches()
          || digits(text) > limits.maxNumberLength()) {
        return invalidNumber(pointer, at, text);
      }
      try {
        BigDecimal d = parser.getDecimalValue();
        if (plainDigits(d) > limits.maxNumberLength()) {
          // before setScale: 1e999999999 would take minutes to write out in full
          return invalidNumber(pointer, at, text);
        }
        if (d.scale() < 0) {
          d = d.setScale(0); // canonical form: never an exponent
        }
        return NODES.numberNode(d);
      } catch (StreamConstraintsException e) {
        throw e;
      } catch (NumberFormatException | ArithmeticException | JacksonException e) {
        return invalidNumber(pointer, at, text);
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
      lastName = null;
      betweenMembers = true;
      while ((t = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
        betweenMembers = false;
        justClosed = null;
        String name = parser.currentName();
        TokenStreamLocation at = parser.currentTokenLocation();
        if (name.length() > limits.maxStringLength()) {
          // the name is not part of the tree, so the finding names the object that holds it
          report(DocumentProblem.STRING_TOO_LONG, pointer, at, limits.maxStringLength());
          throw new Stop();
        }
        String child = JsonPointer.append(pointer, name);
        if (node.size() >= limits.maxArrayLength()) {
          report(DocumentProblem.TOO_MANY_ENTRIES, pointer, at, limits.maxArrayLength());
          throw new Stop();
        }
        syntaxPointer = child;
        valuePointer = child;
        JsonNode value = value(parser.nextToken(), child, depth + 1);
        if (valueOfColonlessKey(parser)) {
          colonlessKeys.add(child);
        }
        Integer firstLine = firstLines.putIfAbsent(name, at.getLineNr());
        if (firstLine != null) {
          report(DocumentProblem.DUPLICATE_MEMBER, child, at, name, firstLine);
        } else {
          node.set(name, value);
        }
        syntaxPointer = pointer;
        valuePointer = pointer; // a name being read belongs to its object
        lastName = name;
        betweenMembers = true;
      }
      betweenMembers = false;
      if (t != JsonToken.END_OBJECT) {
        report(DocumentProblem.MALFORMED_DOCUMENT, pointer, parser.currentTokenLocation(), name(format),
            ParserMessage.of("unexpected " + t));
        throw new Stop();
      }
      justClosed = pointer;
      justClosedLine = parser.currentTokenLocation().getLineNr();
      return node;
    }

    private ArrayNode array(String pointer, int depth) {
      depth(depth, pointer);
      ArrayNode node = NODES.arrayNode();
      JsonToken t;
      int i = 0;
      while (true) {
        syntaxPointer = pointer;
        valuePointer = pointer + "/" + i;
        t = parser.nextToken();
        justClosed = null;
        if (t == JsonToken.END_ARRAY) {
          break;
        }
        if (t == null) {
          report(DocumentProblem.MALFORMED_DOCUMENT, pointer, parser.currentLocation(), name(format),
              ParserMessage.of("the array is not closed"));
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
