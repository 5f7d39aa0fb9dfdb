package dev.selfcheck.core;

import dev.selfcheck.core.internal.QuestionnaireValidator;
import dev.selfcheck.core.internal.ResponseValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A versioned self-assessment questionnaire: a tree of weighted {@link Dimension}s holding
 * {@link Question}s, shared {@link AnswerScale}s, scoring settings, {@link Band}s, {@link Rule}s
 * and {@link Recommendation}s. This is the root of the model and its entry point.
 *
 * <p><b>Building.</b> Load a questionnaire from JSON or YAML with the
 * {@code questionnaire-schema} module, or build one in code:
 *
 * <pre>{@code
 * Questionnaire q = Questionnaire.builder()
 *     .id("mini")
 *     .version(SemanticVersion.parse("1.0.0"))
 *     .defaultLocale("en")
 *     .title(LocalizedText.of("en", "Mini check"))
 *     .addDimension(Dimension.builder()
 *         .id("d1")
 *         .label(LocalizedText.of("en", "Strategy"))
 *         .addQuestion(Question.builder()
 *             .id("q1").type(QuestionType.YES_NO)
 *             .text(LocalizedText.of("en", "Is there a strategy?")).build())
 *         .build())
 *     .build();
 * List<Finding> findings = q.validate();
 * }</pre>
 *
 * <p><b>Validation.</b> Construction only enforces what every value needs (no nulls, well-formed
 * conditions). Whether the questionnaire makes sense (unique ids, resolvable references, usable
 * weights, no visibility cycles, complete translations) is reported by {@link #validate()} as
 * {@link Finding}s with JSON Pointers into the document form, never thrown.
 *
 * <p><b>Threads and nulls.</b> Instances are immutable and thread-safe. No method accepts or
 * returns null; absent values are {@link Optional} or empty collections.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Questionnaire {

  /** The document format version this library reads and writes. */
  public static final String FORMAT_VERSION = "1.0";

  Questionnaire() {}

  /** @return the document format version, {@value #FORMAT_VERSION} unless set */
  @Value.Default
  public String formatVersion() {
    return FORMAT_VERSION;
  }

  /** @return the id, stable across versions of the same questionnaire */
  @Pattern(regexp = Ids.ID_PATTERN)
  public abstract String id();

  /** @return the version of this questionnaire's content */
  public abstract SemanticVersion version();

  /** @return the language every text must have */
  @Pattern(regexp = Ids.LANGUAGE_TAG_PATTERN)
  public abstract String defaultLocale();

  /**
   * The languages into which the texts are translated, besides the default one. Texts missing in
   * a declared language are reported as warnings.
   *
   * @return the language tags
   */
  public abstract List<@Pattern(regexp = Ids.LANGUAGE_TAG_PATTERN) String> locales();

  /** @return the title */
  @Valid
  public abstract LocalizedText title();

  /** @return an optional description */
  public abstract Optional<@Valid LocalizedText> description();

  /** @return authors, licence and source */
  @Value.Default
  @Valid
  public Metadata metadata() {
    return Metadata.empty();
  }

  /** @return the shared answer scales */
  public abstract List<@Valid AnswerScale> scales();

  /** @return the top-level dimensions, in display order */
  public abstract List<@Valid Dimension> dimensions();

  /** @return the questionnaire-wide scoring settings */
  public abstract Optional<@Valid ScoringSettings> scoring();

  /** @return the bands for the total and for every dimension without bands of its own */
  public abstract List<@Valid Band> bands();

  /** @return the recommendations that rules can yield */
  public abstract List<@Valid Recommendation> recommendations();

  /** @return the rules, in document order */
  public abstract List<@Valid Rule> rules();

  /**
   * The named conditions ({@code "conditions": {"anyWorst": {...}}}): conditions written once that
   * rules, visibility conditions, terms and other named conditions use by name
   * ({@link ConditionReference}, {@code {"condition": "anyWorst"}}).
   *
   * @return the conditions by name, in document order
   */
  public abstract Map<String, Condition> namedConditions();

  /**
   * Host data: any JSON members a host wants to keep with the questionnaire. The library never
   * interprets them and always writes them back unchanged.
   *
   * @return each member's value as canonical JSON text (sorted keys, no insignificant space)
   */
  public abstract Map<String, String> extensions();

  /** @return all dimensions at every depth, parents before children, in document order */
  public Stream<Dimension> allDimensions() {
    return dimensions().stream().flatMap(Dimension::descendantsAndSelf);
  }

  /** @return all questions in document order */
  public Stream<Question> allQuestions() {
    return dimensions().stream().flatMap(Dimension::allQuestions);
  }

  /**
   * All questions by id, in document order; computed once per questionnaire.
   *
   * @return an immutable map (for duplicate ids, which validation reports, the first question)
   */
  @Value.Lazy
  public Map<String, Question> questionsById() {
    Map<String, Question> byId = new java.util.LinkedHashMap<>();
    allQuestions().forEach(q -> byId.putIfAbsent(q.id(), q));
    return java.util.Collections.unmodifiableMap(byId);
  }

  /**
   * All dimensions by id, in document order (parents first); computed once per questionnaire.
   *
   * @return an immutable map (for duplicate ids, which validation reports, the first dimension)
   */
  @Value.Lazy
  public Map<String, Dimension> dimensionsById() {
    Map<String, Dimension> byId = new java.util.LinkedHashMap<>();
    allDimensions().forEach(d -> byId.putIfAbsent(d.id(), d));
    return java.util.Collections.unmodifiableMap(byId);
  }

  /**
   * Finds a question by id.
   *
   * @param id a question id
   * @return the first question with that id
   */
  public Optional<Question> question(String id) {
    return Optional.ofNullable(questionsById().get(id));
  }

  /**
   * Finds a dimension by id.
   *
   * @param id a dimension id
   * @return the first dimension with that id
   */
  public Optional<Dimension> dimension(String id) {
    return Optional.ofNullable(dimensionsById().get(id));
  }

  /**
   * The bands a dimension's score is placed in: the dimension's own when it states them (none for
   * a dimension written with {@code "bands": []}), else the questionnaire's {@link #bands()}. This
   * is the one place where band inheritance is decided; scoring, validation, analysis and
   * reports ask it.
   *
   * @param dimension a dimension of this questionnaire
   * @return the bands, in order; empty when the dimension's score is placed in no band
   */
  public List<Band> bandsOf(Dimension dimension) {
    return dimension.ownBands() ? dimension.bands() : bands();
  }

  /**
   * The bands a dimension's score, or the total's, is placed in (see {@link #bandsOf(Dimension)}).
   *
   * @param dimensionId a dimension id, or {@code "total"} for the total
   * @return the bands; the questionnaire's for the total and for an id no dimension has
   */
  public List<Band> bandsOf(String dimensionId) {
    return dimension(dimensionId).map(this::bandsOf).orElse(bands());
  }


  /**
   * The scoring settings in effect on a dimension or on the total: the questionnaire's settings
   * over {@link ScoringSettings#defaults()}, then each enclosing dimension's, then the
   * dimension's own (see {@link ScoringSettings#inheritFrom(ScoringSettings)}).
   *
   * @param dimensionId a dimension id (the first dimension with it), or {@code "total"}
   * @return the effective settings; the total's for {@code "total"} and for an id no dimension has
   */
  public ScoringSettings scoringOf(String dimensionId) {
    ScoringSettings own = "total".equals(dimensionId) ? null : scoringByDimension().get(dimensionId);
    return own != null ? own : scoring().orElse(ScoringSettings.empty()).inheritFrom(ScoringSettings.defaults());
  }

  /** @return the effective settings of every dimension by id (the first of duplicates); computed once */
  @Value.Lazy
  Map<String, ScoringSettings> scoringByDimension() {
    Map<String, ScoringSettings> byId = new java.util.HashMap<>();
    ScoringSettings total = scoring().orElse(ScoringSettings.empty()).inheritFrom(ScoringSettings.defaults());
    inherit(dimensions(), total, byId);
    return java.util.Collections.unmodifiableMap(byId);
  }

  private static void inherit(List<Dimension> dims, ScoringSettings parent, Map<String, ScoringSettings> byId) {
    for (Dimension d : dims) {
      ScoringSettings own = d.scoring().orElse(ScoringSettings.empty()).inheritFrom(parent);
      byId.putIfAbsent(d.id(), own);
      inherit(d.dimensions(), own, byId);
    }
  }

  /** @return the id of the dimension holding each question (the first of duplicates); computed once */
  @Value.Lazy
  Map<String, String> dimensionOfQuestion() {
    Map<String, String> byId = new java.util.HashMap<>();
    allDimensions().forEach(d -> d.questions().forEach(q -> byId.putIfAbsent(q.id(), d.id())));
    return java.util.Collections.unmodifiableMap(byId);
  }

  /**
   * The settings in effect on a question: its dimension's ({@link #scoringOf(String)}) with the
   * question's own combination rule and lead role ({@link ItemScoring#combine()},
   * {@link ItemScoring#leadRole()}) over them, as {@link ScoringSettings#inheritFrom(ScoringSettings)}
   * decides. Of these, only {@link ScoringSettings#combine()} and {@link ScoringSettings#leadRole()}
   * concern a question; the panel module asks for them.
   *
   * @param question a question of this questionnaire
   * @return the effective settings
   */
  public ScoringSettings scoringOf(Question question) {
    String dimensionId = dimensionOfQuestion().getOrDefault(question.id(), "total");
    ScoringSettings own = ScoringSettings.builder()
        .combine(question.scoring().flatMap(ItemScoring::combine))
        .leadRole(question.scoring().flatMap(ItemScoring::leadRole))
        .build();
    return own.inheritFrom(scoringOf(dimensionId));
  }

  /**
   * Every visibility condition and rule condition of this questionnaire, compiled once: the one
   * place that decides whether a condition holds, for validation, scoring and hosts.
   *
   * @return the program; computed once per questionnaire
   */
  @Value.Lazy
  public ConditionProgram conditions() {
    return ConditionProgram.of(this);
  }

  /**
   * Finds a scale by id.
   *
   * @param id a scale id
   * @return the first scale with that id
   */
  public Optional<AnswerScale> scale(String id) {
    return Optional.ofNullable(scalesById().get(id));
  }

  /** @return the scales by id (for duplicate ids, the first scale); computed once */
  @Value.Lazy
  Map<String, AnswerScale> scalesById() {
    Map<String, AnswerScale> byId = new java.util.HashMap<>();
    scales().forEach(s -> byId.putIfAbsent(s.id(), s));
    return java.util.Collections.unmodifiableMap(byId);
  }

  /**
   * The options a question offers: its shared scale's options, or its own.
   *
   * @param question a question of this questionnaire
   * @return the options, empty for questions without options
   */
  public List<AnswerOption> optionsOf(Question question) {
    List<AnswerOption> known = optionsByQuestion().get(question);
    return known != null ? known
        : question.scale().flatMap(this::scale).map(AnswerScale::options).orElse(question.options());
  }

  /** @return the options of each question of this questionnaire, by identity; computed once */
  @Value.Lazy
  Map<Question, List<AnswerOption>> optionsByQuestion() {
    Map<Question, List<AnswerOption>> byQuestion = new java.util.IdentityHashMap<>();
    allQuestions().forEach(q -> byQuestion.put(q,
        q.scale().flatMap(this::scale).map(AnswerScale::options).orElse(q.options())));
    return java.util.Collections.unmodifiableMap(byQuestion);
  }

  /**
   * Whether a question accepts "don't know".
   *
   * @param question a question of this questionnaire
   * @return the question's setting, else its scale's, else false
   */
  public boolean allowsDontKnow(Question question) {
    return question.allowDontKnow()
        .orElseGet(() -> question.scale().flatMap(this::scale).map(AnswerScale::allowDontKnow).orElse(false));
  }

  /**
   * Whether a question accepts "not applicable".
   *
   * @param question a question of this questionnaire
   * @return the question's setting, else its scale's, else false
   */
  public boolean allowsNotApplicable(Question question) {
    return question.allowNotApplicable()
        .orElseGet(() -> question.scale().flatMap(this::scale).map(AnswerScale::allowNotApplicable).orElse(false));
  }

  /**
   * Checks that this questionnaire makes sense: unique ids, resolvable references, usable weights,
   * no visibility cycles, consistent bands and complete translations.
   *
   * @return all findings, errors and warnings, grouped by check and within a check in document
   *     order; empty if all is well
   */
  public List<Finding> validate() {
    return QuestionnaireValidator.validate(this);
  }

  /**
   * Checks a response against this questionnaire: matching id and version (build metadata such
   * as {@code +build.7} is ignored, as in SemVer precedence), known questions,
   * answer types, offered options, number ranges, and answers to hidden questions.
   *
   * @param response a response
   * @return all findings, grouped by check; empty if all is well
   */
  public List<Finding> validate(Response response) {
    return ResponseValidator.validate(this, response);
  }

  /**
   * Tells which questions a response makes visible. A question whose visibility condition refers
   * to a hidden question sees that question as not answered.
   *
   * @param response a response to this questionnaire
   * @return the ids of the visible questions, in document order
   */
  public List<String> visibleQuestions(Response response) {
    return ResponseValidator.visibleQuestions(this, response);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Questionnaire}s. */
  public static final class Builder extends ImmutableQuestionnaire.Builder {
    Builder() {}
  }
}
