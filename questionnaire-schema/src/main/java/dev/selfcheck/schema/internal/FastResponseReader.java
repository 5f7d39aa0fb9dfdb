package dev.selfcheck.schema.internal;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Ids;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.schema.Limits;
import dev.selfcheck.schema.QuestionnaireSchema;
import dev.selfcheck.scoring.BoundResponse;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/*
 * One pass of Jackson's streaming parser straight into the Response model, for JSON response
 * documents that are plainly valid. It accepts only what the full pipeline (DocumentReader, the
 * response JSON Schema, ModelMapper, Jakarta Validation) accepts without a single finding, and
 * gives up (returns null) on anything else: any unusual or invalid input, any member it does not
 * know, extensions, nulls, duplicate members, ids unknown to the questionnaire, strings near a
 * limit, numbers it cannot take exactly as the full pipeline does, any exception. Giving up is
 * always safe, because the caller then runs the full pipeline, which reports the findings.
 *
 * Why each check suffices:
 * - Parsing: the same StreamReadConstraints as DocumentReader; the document, string, name,
 *   number, entry, value and depth limits are checked as DocumentReader checks them; a byte-order
 *   mark is skipped as there; trailing content gives up.
 * - Schema: members are checked against the response schema's closed member lists, types,
 *   required members, enums and consts; ids against the id pattern (only question ids of the
 *   questionnaire that match it are accepted); the questionnaire id and version must be the
 *   questionnaire's own, written as the schema requires; lengths that the schema counts in code
 *   points are checked in UTF-16 units, which are never fewer, so passing here passes there;
 *   dates must be RFC 3339 with seconds and parse as OffsetDateTime (as the mapper parses them).
 * - Mapping: the same builders and conversions as ModelMapper (integers through BigInteger,
 *   decimals with a negative scale set to 0); an exception from a model invariant gives up.
 * - Constraints: the @Size bounds of Respondent and Answer are the schema's bounds, checked in
 *   UTF-16 units, which is what @Size counts.
 * - The questionnaire: answers are checked as Questionnaire.validate(Response) checks them (known
 *   question, allowed state, value kind, offered and distinct options, number range, required
 *   questions answered, submitted no earlier than started, the questionnaire's id and version)
 *   when no question has a visibility condition; otherwise validate(response) itself runs.
 */
/** Reads plainly valid JSON response documents of one questionnaire in one streaming pass. */
public final class FastResponseReader {

  /** The id pattern of the response schema. */
  private static final Pattern ID = Pattern.compile(Ids.ID_PATTERN);

  /** The semantic version pattern of the response schema. */
  private static final Pattern SEMVER = Pattern.compile(
      "^(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
          + "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");

  /** An RFC 3339 date and time with seconds, within what OffsetDateTime parses. */
  private static final Pattern DATE_TIME = Pattern.compile(
      "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]{1,9})?(?:Z|[+-][0-9]{2}:[0-9]{2})");

  private static final String SCHEMA = QuestionnaireSchema.RESPONSE_SCHEMA_ID;

  // member bits
  private static final int M_SCHEMA = 1;
  private static final int M_FORMAT = 2;
  private static final int M_QUESTIONNAIRE = 4;
  private static final int M_RESPONDENT = 8;
  private static final int M_STARTED = 16;
  private static final int M_SUBMITTED = 32;
  private static final int M_ANSWERS = 64;
  private static final int REQUIRED = M_SCHEMA | M_FORMAT | M_QUESTIONNAIRE | M_ANSWERS;

  private static final int A_VALUE = 1;
  private static final int A_STATE = 2;
  private static final int A_COMMENT = 4;
  private static final int A_EVIDENCE = 8;

  /** The members of an answer, matched by index: value, state, comment, evidence. */
  private static final PropertyNameMatcher ANSWER_MEMBERS =
      BinaryNameMatcher.construct(List.of("value", "state", "comment", "evidence"));
  private static final String DONT_KNOW = "dontKnow";
  private static final String NOT_APPLICABLE = "notApplicable";

  private static final int MAX_TEXT = 100_000;
  private static final int MAX_OPTION = 128;
  private static final int MAX_EVIDENCE = 10_000;
  private static final int MAX_RESPONDENT = 256;

  private final Limits limits;
  private final TokenStreamFactory json;
  /** The questionnaire's id, or null when the schema would refuse it (then every read gives up). */
  private final String questionnaireId;
  private final String versionText;
  private final SemanticVersion version;
  /**
   * The ids that the schema accepts of the questions, matched by Jackson from the name's bytes
   * (no string made, no map asked); {@link #questionOf} gives the question index of each match.
   */
  private final PropertyNameMatcher questions;
  /** The question index of each name that {@link #questions} matches, by match. */
  private final int[] questionOf;
  /** What an answer to each question may be, by question index. */
  private final List<Accepts> accepts = new ArrayList<>();
  private final Accepts[] acceptsByIndex;
  /** The indexes of the required questions. */
  private final int[] required;
  /**
   * Whether answers are checked here as Questionnaire.validate(Response) checks them: when no
   * question has a visibility condition, so that every question is visible. Otherwise the caller's
   * questionnaire is asked.
   */
  private final boolean checksAnswers;
  /**
   * Whether a read can bind the answers by index (BoundResponse): when the answers are checked
   * here and the question indexes here are the questionnaire's (no id is given twice).
   */
  private final boolean binds;
  private final Questionnaire questionnaire;

  /** What answers to one question may be (see ResponseValidator, which this mirrors). */
  private static final class Accepts {
    final AnswerValue.Kind kind;
    final String id;
    final QuestionType type;
    /** The offered options' indexes by value (the first of a value, as the scorer holds them). */
    final Map<String, Integer> options = new HashMap<>();
    /** The offered options' values, in order. */
    final String[] values;
    final boolean dontKnow;
    final boolean notApplicable;
    final BigDecimal min;
    final BigDecimal max;

    Accepts(Questionnaire questionnaire, Question q) {
      id = q.id();
      type = q.type();
      kind = type == QuestionType.MULTIPLE_CHOICE ? AnswerValue.Kind.STRINGS
          : type == QuestionType.YES_NO ? AnswerValue.Kind.BOOLEAN
          : type == QuestionType.NUMBER ? AnswerValue.Kind.NUMBER
          : AnswerValue.Kind.STRING;
      List<AnswerOption> offered = questionnaire.optionsOf(q);
      values = new String[offered.size()];
      for (int o = 0; o < offered.size(); o++) {
        values[o] = offered.get(o).value();
        options.putIfAbsent(values[o], o);
      }
      dontKnow = questionnaire.allowsDontKnow(q);
      notApplicable = questionnaire.allowsNotApplicable(q);
      min = q.min().orElse(null);
      max = q.max().orElse(null);
    }

    /** Whether Questionnaire.validate(Response) finds nothing in an answer (value or null). */
    boolean accept(AnswerState state, AnswerValue v) {
      if (state == AnswerState.DONT_KNOW && !dontKnow
          || state == AnswerState.NOT_APPLICABLE && !notApplicable) {
        return false;
      }
      if (v == null) {
        return true;
      }
      if (v.kind() != kind) {
        return false;
      }
      switch (type) {
        case SINGLE_CHOICE:
        case ORDINAL_SCALE:
          return options.containsKey(v.asOption());
        case MULTIPLE_CHOICE:
          return options.keySet().containsAll(v.asOptions())
              && new HashSet<>(v.asOptions()).size() == v.asOptions().size();
        case NUMBER:
          return (min == null || v.asNumber().compareTo(min) >= 0)
              && (max == null || v.asNumber().compareTo(max) <= 0);
        default:
          return true;
      }
    }

    /**
     * The index of the offered option with this value (the first, as the scorer holds them), read
     * from the parser's characters without making a string.
     *
     * @return the index, or -1 if no option has the value
     */
    int optionIndex(char[] text, int offset, int length) {
      for (int o = 0; o < values.length; o++) {
        if (same(values[o], text, offset, length)) {
          return o;
        }
      }
      return -1;
    }

    /** Whether answers are held by index: an option's, or 1 / 0 for yes / no. */
    boolean chosen() {
      return type == QuestionType.SINGLE_CHOICE || type == QuestionType.ORDINAL_SCALE
          || type == QuestionType.YES_NO;
    }
  }

  /**
   * A reader for one questionnaire.
   *
   * @param questionnaire the questionnaire the responses answer
   * @param limits the codec's limits
   */
  public FastResponseReader(Questionnaire questionnaire, Limits limits) {
    this.limits = limits;
    this.json = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth() + 1)
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxDocumentLength(limits.maxDocumentBytes())
        .build()).build();
    String id = questionnaire.id();
    String v = questionnaire.version().toString();
    boolean usable = ID.matcher(id).matches() && v.length() <= 256 && SEMVER.matcher(v).matches();
    this.questionnaireId = usable ? id : null;
    this.versionText = v;
    this.version = usable ? SemanticVersion.parse(v) : null;
    this.questionnaire = questionnaire;
    int i = 0;
    List<Integer> requiredIndexes = new ArrayList<>();
    boolean anyCondition = false;
    List<String> ids = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    for (Question q : questionnaire.questionsById().values()) {
      if (ID.matcher(q.id()).matches()) {
        ids.add(q.id());
        indexes.add(i);
      }
      accepts.add(new Accepts(questionnaire, q));
      if (q.required()) {
        requiredIndexes.add(i);
      }
      anyCondition |= q.visibleWhen().isPresent();
      i++;
    }
    this.questions = BinaryNameMatcher.construct(ids);
    this.questionOf = indexes.stream().mapToInt(Integer::intValue).toArray();
    this.acceptsByIndex = accepts.toArray(new Accepts[0]);
    this.required = requiredIndexes.stream().mapToInt(Integer::intValue).toArray();
    this.checksAnswers = !anyCondition;
    this.binds = checksAnswers && questionnaireId != null
        && questionnaire.allQuestions().count() == accepts.size();
  }

  /** Thrown to give up; carries no stack trace. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super(null, null, false, false);
    }
  }

  private static <T> T giveUp() {
    throw GiveUp.INSTANCE;
  }

  /**
   * Reads a response document.
   *
   * @param bytes the document, JSON in UTF-8
   * @return the response, which neither the full pipeline nor Questionnaire.validate(Response)
   *     finds anything in, or null when the full pipeline must decide
   */
  public Response read(byte[] bytes) {
    return (Response) run(bytes, null);
  }

  /**
   * Reads a response document into its answers by index, without building the response: that is
   * read again from a copy of the document when asked for.
   *
   * @param bytes the document, JSON in UTF-8
   * @return the bound response, in which neither the full pipeline nor
   *     Questionnaire.validate(Response) finds anything, or null when the full pipeline must decide
   *     or when this questionnaire's answers are not bound here (see {@link #binds})
   */
  public BoundResponse bind(byte[] bytes) {
    if (!binds) {
      return null;
    }
    return (BoundResponse) run(bytes, BoundResponse.builder(questionnaire));
  }

  /** Reads a response, or binds it when given a builder; null to give up. */
  private Object run(byte[] bytes, BoundResponse.Builder bound) {
    if (questionnaireId == null || bytes.length > limits.maxDocumentBytes()) {
      return null;
    }
    int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF ? 3 : 0;
    try (JsonParser p = json.createParser(ObjectReadContext.empty(), bytes, start, bytes.length - start)) {
      Run run = new Run(p, bound);
      Response r = run.root();
      if (p.nextToken() != null) {
        return null;
      }
      if (bound != null) {
        byte[] copy = bytes.clone();
        return bound.build(() -> {
          Response again = read(copy);
          if (again == null) {
            throw new IllegalStateException("a bound response document does not read again");
          }
          return again;
        });
      }
      return checksAnswers || questionnaire.validate(r).isEmpty() ? r : null;
    } catch (RuntimeException e) {
      return null; // GiveUp, a Jackson error, a model invariant: the full pipeline decides
    }
  }

  /** The state of one read. */
  private final class Run {
    private final JsonParser p;
    /** Where the answers are bound; null to build the response. */
    private final BoundResponse.Builder bound;
    private long values;
    /** The members counted in the answer being read (one counter for all answers). */
    private final int[] answerMembers = {0};

    Run(JsonParser p, BoundResponse.Builder bound) {
      this.p = p;
      this.bound = bound;
    }

    private JsonToken next() {
      JsonToken t = p.nextToken();
      if (t == null) {
        return giveUp();
      }
      if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY
          && ++values > limits.maxValues()) {
        return giveUp();
      }
      return t;
    }

    private void expect(JsonToken actual, JsonToken wanted) {
      if (actual != wanted) {
        giveUp();
      }
    }

    private void container(int depth) {
      if (depth > limits.maxNestingDepth()) {
        giveUp();
      }
    }

    /** Reads a member name of the open object, or returns null at its end. */
    private String name(int[] count) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.END_OBJECT) {
        return null;
      }
      expect(t, JsonToken.PROPERTY_NAME);
      String name = p.currentName();
      if (name.length() > limits.maxStringLength() || count[0]++ >= limits.maxArrayLength()) {
        giveUp();
      }
      return name;
    }

    /**
     * Reads a member name of the open object and matches it, from its bytes, against known names.
     *
     * @return the index of the name among the matcher's, or -1 at the object's end; gives up on a
     *     name the matcher does not know
     */
    private int match(PropertyNameMatcher names, int[] count) {
      int match = p.nextNameMatch(names);
      if (match == PropertyNameMatcher.MATCH_END_OBJECT) {
        return -1;
      }
      if (match < 0 || count[0]++ >= limits.maxArrayLength()) {
        giveUp(); // an unknown name (or one with no index), or not a name at all
      }
      return match;
    }

    /** Reads a string value of at most max (and at least min) UTF-16 units. */
    private String string(int min, int max) {
      expect(next(), JsonToken.VALUE_STRING);
      String s = p.getString();
      if (s.length() < min || s.length() > max || s.length() > limits.maxStringLength()) {
        giveUp();
      }
      return s;
    }

    private int bit(int seen, int bit) {
      if ((seen & bit) != 0) {
        giveUp(); // a duplicate member
      }
      return seen | bit;
    }

    Response root() {
      expect(next(), JsonToken.START_OBJECT);
      container(1);
      Response.Builder b = Response.builder();
      int seen = 0;
      int[] count = {0};
      String name;
      OffsetDateTime started = null;
      OffsetDateTime submitted = null;
      while ((name = name(count)) != null) {
        switch (name) {
          case "$schema":
            seen = bit(seen, M_SCHEMA);
            if (!string(0, Integer.MAX_VALUE).equals(SCHEMA)) {
              giveUp();
            }
            break;
          case "formatVersion":
            seen = bit(seen, M_FORMAT);
            b.formatVersion(string(0, Integer.MAX_VALUE));
            if (!QuestionnaireSchema.FORMAT_VERSION.equals(p.getString())) {
              giveUp();
            }
            break;
          case "questionnaire":
            seen = bit(seen, M_QUESTIONNAIRE);
            questionnaire();
            b.questionnaireId(questionnaireId).questionnaireVersion(version);
            break;
          case "respondent":
            seen = bit(seen, M_RESPONDENT);
            Respondent respondent = respondent();
            b.respondent(respondent);
            if (bound != null) {
              bound.respondent(respondent);
            }
            break;
          case "startedAt":
            seen = bit(seen, M_STARTED);
            started = dateTime();
            break;
          case "submittedAt":
            seen = bit(seen, M_SUBMITTED);
            submitted = dateTime();
            break;
          case "answers":
            seen = bit(seen, M_ANSWERS);
            answers(b);
            break;
          default:
            giveUp(); // extensions, or a member the schema refuses
        }
      }
      if ((seen & REQUIRED) != REQUIRED
          || started != null && submitted != null && submitted.isBefore(started)) {
        giveUp();
      }
      if (started != null) {
        b.startedAt(started);
      }
      if (submitted != null) {
        b.submittedAt(submitted);
      }
      return bound == null ? b.build() : null;
    }

    private void questionnaire() {
      expect(next(), JsonToken.START_OBJECT);
      container(2);
      int[] count = {0};
      int seen = 0;
      String name;
      while ((name = name(count)) != null) {
        if (name.equals("id")) {
          seen = bit(seen, 1);
          if (!string(1, 128).equals(questionnaireId)) {
            giveUp();
          }
        } else if (name.equals("version")) {
          seen = bit(seen, 2);
          if (!string(1, 256).equals(versionText)) {
            giveUp();
          }
        } else {
          giveUp();
        }
      }
      if (seen != 3) {
        giveUp();
      }
    }

    private Respondent respondent() {
      expect(next(), JsonToken.START_OBJECT);
      container(2);
      Respondent.Builder b = Respondent.builder();
      int[] count = {0};
      int seen = 0;
      String name;
      while ((name = name(count)) != null) {
        switch (name) {
          case "id":
            seen = bit(seen, 1);
            b.id(string(1, MAX_RESPONDENT));
            break;
          case "role":
            seen = bit(seen, 2);
            b.role(string(1, MAX_RESPONDENT));
            break;
          case "group":
            seen = bit(seen, 4);
            b.group(string(1, MAX_RESPONDENT));
            break;
          default:
            giveUp();
        }
      }
      if ((seen & 1) == 0) {
        giveUp();
      }
      return b.build();
    }

    private OffsetDateTime dateTime() {
      String s = string(0, Integer.MAX_VALUE);
      if (!DATE_TIME.matcher(s).matches()) {
        giveUp();
      }
      return OffsetDateTime.parse(s);
    }

    private void answers(Response.Builder b) {
      expect(next(), JsonToken.START_OBJECT);
      container(2);
      int[] count = {0};
      boolean[] seen = new boolean[acceptsByIndex.length];
      boolean[] answered = new boolean[acceptsByIndex.length];
      int match;
      while ((match = match(questions, count)) >= 0) {
        int index = questionOf[match];
        if (seen[index]) {
          giveUp();
        }
        seen[index] = true;
        answered[index] = answer(index, b) != AnswerState.NOT_ANSWERED;
      }
      for (int r : required) {
        if (checksAnswers && !answered[r]) {
          giveUp();
        }
      }
    }

    /*
     * Reads one answer and checks it as Questionnaire.validate(Response) would (when the answers
     * are checked here). Building the response, the answer is put into the builder. Binding (the
     * answers are always checked then), a value or a state is bound straight from the tokens: an
     * option's index, 1 or 0 for yes or no, the value otherwise; comments and evidence are read
     * and checked, and kept in the document that the response is read from when asked for. An
     * answer of a comment or evidence alone is built as an Answer (its invariants decide) and
     * bound as not answered.
     */
    private AnswerState answer(int index, Response.Builder b) {
      expect(next(), JsonToken.START_OBJECT);
      container(3);
      Accepts accepts = acceptsByIndex[index];
      Answer.Builder a = null;
      AnswerValue value = null;
      int choice = -1;
      AnswerState state = null;
      int[] count = answerMembers;
      count[0] = 0;
      int seen = 0;
      int member;
      while ((member = match(ANSWER_MEMBERS, count)) >= 0) {
        switch (member) {
          case 0: // value
            seen = bit(seen, A_VALUE);
            if (bound != null && accepts.chosen()) {
              choice = choice(accepts);
            } else {
              value = value();
            }
            break;
          case 1: // state
            seen = bit(seen, A_STATE);
            state = state();
            break;
          case 2: // comment
            seen = bit(seen, A_COMMENT);
            a = a == null ? Answer.builder() : a;
            a.comment(string(0, MAX_TEXT));
            break;
          case 3: // evidence
            seen = bit(seen, A_EVIDENCE);
            expect(next(), JsonToken.START_ARRAY);
            a = a == null ? Answer.builder() : a;
            for (String e : strings(1, MAX_EVIDENCE)) {
              a.addEvidence(e);
            }
            break;
          default:
            giveUp();
        }
      }
      if (seen == 0 || (seen & (A_VALUE | A_STATE)) == (A_VALUE | A_STATE)) {
        giveUp(); // minProperties 1; not both value and state
      }
      if (bound != null && (choice >= 0 || value != null || state != null)) {
        if (choice >= 0) {
          bound.choose(index, choice); // an offered option, or yes / no: accepted
          return AnswerState.ANSWERED;
        }
        AnswerState given = value != null ? AnswerState.ANSWERED : state;
        if (!accepts.accept(given, value)) {
          giveUp();
        }
        if (value != null) {
          bound.answer(index, value);
        } else {
          bound.state(index, state);
        }
        return given;
      }
      a = a == null ? Answer.builder() : a;
      if (value != null) {
        a.value(value);
      }
      if (state != null) {
        a.state(state);
      }
      Answer answer = a.build(); // its invariants decide
      if (checksAnswers && !accepts.accept(answer.state(), answer.valueOrNull())) {
        giveUp();
      }
      if (bound == null) {
        b.putAnswer(acceptsByIndex[index].id, answer);
      } else {
        bound.state(index, answer.state()); // a comment or evidence alone: not answered
      }
      return answer.state();
    }

    /** Reads an answer's state from the parser's characters, without making a string. */
    private AnswerState state() {
      expect(next(), JsonToken.VALUE_STRING);
      char[] text = p.getStringCharacters();
      int offset = p.getStringOffset();
      int length = p.getStringLength();
      if (same(DONT_KNOW, text, offset, length)) {
        return AnswerState.DONT_KNOW;
      }
      if (same(NOT_APPLICABLE, text, offset, length)) {
        return AnswerState.NOT_APPLICABLE;
      }
      return giveUp();
    }

    /**
     * Reads the value of an answer to a single-choice, ordinal-scale or yes/no question as its
     * index: an offered option's, or 1 for true and 0 for false; gives up on anything else (the
     * questionnaire's check would refuse it).
     */
    private int choice(Accepts accepts) {
      JsonToken t = next();
      if (accepts.type == QuestionType.YES_NO) {
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
          giveUp();
        }
        return t == JsonToken.VALUE_TRUE ? 1 : 0;
      }
      expect(t, JsonToken.VALUE_STRING);
      int length = p.getStringLength();
      if (length > MAX_TEXT || length > limits.maxStringLength()) {
        giveUp();
      }
      int o = accepts.optionIndex(p.getStringCharacters(), p.getStringOffset(), length);
      return o < 0 ? giveUp() : o;
    }

    /** Reads the strings of an array whose start was read last. */
    private List<String> strings(int min, int max) {
      container(4);
      List<String> out = new ArrayList<>();
      JsonToken t;
      while ((t = next()) != JsonToken.END_ARRAY) {
        expect(t, JsonToken.VALUE_STRING);
        if (out.size() >= limits.maxArrayLength()) {
          giveUp();
        }
        String s = p.getString();
        if (s.length() < min || s.length() > max || s.length() > limits.maxStringLength()) {
          giveUp();
        }
        out.add(s);
      }
      return out;
    }

    private AnswerValue value() {
      JsonToken t = next();
      switch (t) {
        case VALUE_STRING: {
          String s = p.getString();
          if (s.length() > MAX_TEXT || s.length() > limits.maxStringLength()) {
            giveUp();
          }
          return AnswerValue.text(s);
        }
        case START_ARRAY:
          return AnswerValue.options(strings(0, MAX_OPTION));
        case VALUE_TRUE:
          return AnswerValue.bool(true);
        case VALUE_FALSE:
          return AnswerValue.bool(false);
        case VALUE_NUMBER_INT:
          if (digits(p.getString()) > limits.maxNumberLength()) {
            giveUp();
          }
          return AnswerValue.number(new BigDecimal(p.getBigIntegerValue()));
        case VALUE_NUMBER_FLOAT: {
          if (p.isNaN() || digits(p.getString()) > limits.maxNumberLength()) {
            giveUp();
          }
          BigDecimal d = p.getDecimalValue();
          if (DocumentReader.plainDigits(d) > limits.maxNumberLength()) {
            giveUp();
          }
          if (d.scale() < 0) {
            d = d.setScale(0);
          }
          return AnswerValue.number(d);
        }
        default:
          return giveUp();
      }
    }
  }

  /** Whether the parser's characters are a string's. */
  private static boolean same(String s, char[] text, int offset, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) != text[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** The number of digits of a number's text, up to its exponent (as DocumentReader counts). */
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
}
