package dev.selfcheck.core.internal;

import static dev.selfcheck.core.JsonPointer.append;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerScale;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.core.Combination;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Conversion;
import dev.selfcheck.core.ConditionReference;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.Link;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.MessageBundle;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.MissingPolicy;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.QuestionnaireProblem;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Rule;
import dev.selfcheck.core.ScoringSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/*
 * Semantic checks that no JSON Schema can express. The validator walks the model in document
 * order and computes, for every element, the JSON Pointer it has in the document form (the model's
 * accessors are named like the document's members, and lists keep document order). It first
 * collects the ids of all questions, dimensions, scales and recommendations, so that references can
 * be resolved wherever they appear, then checks each element, and finally looks for cycles among
 * visibility conditions. It never stops at the first finding.
 */
/** Checks a questionnaire for semantic problems. */
public final class QuestionnaireValidator {

  private final Questionnaire questionnaire;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> declaredLocales = new LinkedHashSet<>();
  private final Map<String, Question> questions = new HashMap<>();
  private final Map<String, String> questionPointers = new LinkedHashMap<>();
  private final Map<String, String> dimensionPointers = new HashMap<>();
  private final Map<String, String> scalePointers = new HashMap<>();
  private final Map<String, String> recommendationPointers = new HashMap<>();
  private final Set<String> combinationReported = new java.util.HashSet<>();

  private QuestionnaireValidator(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  /**
   * Validates a questionnaire.
   *
   * @param questionnaire the questionnaire
   * @return the findings in document order
   */
  public static List<Finding> validate(Questionnaire questionnaire) {
    QuestionnaireValidator v = new QuestionnaireValidator(questionnaire);
    v.run();
    return List.copyOf(v.findings);
  }

  private void report(QuestionnaireProblem problem, String pointer, Object... args) {
    findings.add(problem.at(pointer, args));
  }

  private void run() {
    declaredLocales.add(questionnaire.defaultLocale());
    declaredLocales.addAll(questionnaire.locales());
    text(questionnaire.title(), "/title");
    questionnaire.description().ifPresent(t -> text(t, "/description"));

    for (int i = 0; i < questionnaire.scales().size(); i++) {
      scale(questionnaire.scales().get(i), append("/scales", i));
    }
    collectIds(questionnaire.dimensions(), "/dimensions");
    for (int i = 0; i < questionnaire.recommendations().size(); i++) {
      Recommendation r = questionnaire.recommendations().get(i);
      String p = append("/recommendations", i);
      String first = recommendationPointers.putIfAbsent(r.id(), p);
      if (first != null) {
        report(QuestionnaireProblem.DUPLICATE_RECOMMENDATION_ID, append(p, "id"), r.id(), first);
      }
    }

    if (questionnaire.dimensions().isEmpty()) {
      report(QuestionnaireProblem.NO_DIMENSIONS, "");
    }
    ScoringSettings root = questionnaire.scoringOf("total");
    Aggregation rootAggregation = root.aggregation().orElseThrow();
    boolean rootNormalize = root.normalize().orElseThrow();
    questionnaire.scoring().ifPresent(s -> scoring(s, ScoringSettings.defaults(), "/scoring"));
    normalize(rootNormalize, rootAggregation, "/scoring", "total");
    weightSum(questionnaire.dimensions().stream().map(Dimension::weight).collect(Collectors.toList()),
        rootAggregation, "/dimensions", text("part.dimensions"), text("part.theQuestionnaire"));
    String rootCombine = questionnaire.scoring().flatMap(ScoringSettings::combine).isPresent()
        ? "/scoring/combine" : "";
    for (int i = 0; i < questionnaire.dimensions().size(); i++) {
      dimension(questionnaire.dimensions().get(i), append("/dimensions", i), root, rootCombine);
    }
    bands(questionnaire.bands(), "/bands");
    for (int i = 0; i < questionnaire.recommendations().size(); i++) {
      recommendation(questionnaire.recommendations().get(i), append("/recommendations", i));
    }
    Map<String, String> ruleIds = new HashMap<>();
    for (int i = 0; i < questionnaire.rules().size(); i++) {
      Rule rule = questionnaire.rules().get(i);
      String p = append("/rules", i);
      String first = ruleIds.putIfAbsent(rule.id(), p);
      if (first != null) {
        report(QuestionnaireProblem.DUPLICATE_RULE_ID, append(p, "id"), rule.id(), first);
      }
      condition(rule.when(), append(p, "when"), true);
      for (int j = 0; j < rule.recommend().size(); j++) {
        if (!recommendationPointers.containsKey(rule.recommend().get(j))) {
          report(QuestionnaireProblem.UNKNOWN_RECOMMENDATION,
              append(append(p, "recommend"), j), rule.recommend().get(j));
        }
      }
    }
    questionnaire.namedConditions().forEach((name, c) -> condition(c, append("/conditions", name), true));
    namedCycles();
    visibilityCycles();
  }

  /* A named condition that refers to itself, directly or through others, is reported once per cycle. */
  private void namedCycles() {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    questionnaire.namedConditions().forEach((name, c) -> {
      List<String> refs = new ArrayList<>();
      Conditions.names(c, refs);
      edges.put(name, refs);
    });
    Map<String, Integer> state = new HashMap<>();
    Set<String> reported = new java.util.HashSet<>();
    for (String start : edges.keySet()) {
      cycles(start, edges, state, new ArrayList<>(), reported, name -> append("/conditions", name),
          QuestionnaireProblem.CONDITION_CYCLE);
    }
  }

  private void collectIds(List<Dimension> dimensions, String base) {
    for (int i = 0; i < dimensions.size(); i++) {
      Dimension d = dimensions.get(i);
      String p = append(base, i);
      if ("total".equals(d.id())) {
        report(QuestionnaireProblem.RESERVED_DIMENSION_ID, append(p, "id"), d.id());
      }
      String first = dimensionPointers.putIfAbsent(d.id(), p);
      if (first != null) {
        report(QuestionnaireProblem.DUPLICATE_DIMENSION_ID, append(p, "id"), d.id(), first);
      }
      for (int j = 0; j < d.questions().size(); j++) {
        Question q = d.questions().get(j);
        String qp = append(append(p, "questions"), j);
        String firstQ = questionPointers.putIfAbsent(q.id(), qp);
        if (firstQ != null) {
          report(QuestionnaireProblem.DUPLICATE_QUESTION_ID, append(qp, "id"), q.id(), firstQ);
        } else {
          questions.put(q.id(), q);
        }
      }
      collectIds(d.dimensions(), append(p, "dimensions"));
    }
  }

  private void scale(AnswerScale scale, String p) {
    String first = scalePointers.putIfAbsent(scale.id(), p);
    if (first != null) {
      report(QuestionnaireProblem.DUPLICATE_SCALE_ID, append(p, "id"), scale.id(), first);
    }
    scale.label().ifPresent(t -> text(t, append(p, "label")));
    if (scale.options().isEmpty()) {
      report(QuestionnaireProblem.NO_OPTIONS_ON_SCALE, append(p, "options"), scale.id());
    }
    options(scale.options(), append(p, "options"));
  }

  private void options(List<AnswerOption> options, String base) {
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < options.size(); i++) {
      AnswerOption o = options.get(i);
      String p = append(base, i);
      String first = seen.putIfAbsent(o.value(), p);
      if (first != null) {
        report(QuestionnaireProblem.DUPLICATE_OPTION_VALUE, append(p, "value"), o.value(), first);
      }
      text(o.label(), append(p, "label"));
    }
  }

  private void normalize(boolean normalize, Aggregation aggregation, String p, String id) {
    if (normalize && aggregation != Aggregation.WEIGHTED_MEAN && aggregation != Aggregation.WEIGHTED_SUM) {
      report(QuestionnaireProblem.NORMALIZE_NOT_APPLICABLE, p, id, aggregation.jsonName());
    }
  }

  /**
   * @param combineAt the pointer of the combination rule the dimension inherits ("" when none)
   */
  private void dimension(Dimension d, String p, ScoringSettings inherited, String combineAt) {
    text(d.label(), append(p, "label"));
    d.description().ifPresent(t -> text(t, append(p, "description")));
    weight(d.weight(), append(p, "weight"));
    if (d.dimensions().isEmpty() && d.questions().isEmpty()) {
      report(QuestionnaireProblem.EMPTY_DIMENSION, p, d.id());
    }
    d.scoring().ifPresent(s -> scoring(s, inherited, append(p, "scoring")));
    Optional<Aggregation> ownAggregation = d.scoring().flatMap(ScoringSettings::aggregation);
    Optional<Boolean> ownNormalize = d.scoring().flatMap(ScoringSettings::normalize);
    ScoringSettings effective = d.scoring().orElse(ScoringSettings.empty()).inheritFrom(inherited);
    Aggregation aggregation = effective.aggregation().orElseThrow();
    boolean normalize = effective.normalize().orElseThrow();
    if (ownAggregation.isPresent() || ownNormalize.isPresent()) {
      // A combination this dimension only inherits was reported where it was written; a conflict it
      // makes is reported at the member it writes (or its scoring object when it writes both).
      String at = append(p, "scoring");
      if (ownAggregation.isPresent() != ownNormalize.isPresent()) {
        at = append(at, ownAggregation.isPresent() ? "aggregation" : "normalize");
      }
      normalize(normalize, aggregation, at, d.id());
    }
    List<BigDecimal> weights = new ArrayList<>();
    d.dimensions().forEach(c -> weights.add(c.weight()));
    d.questions().stream().filter(q -> q.type() != QuestionType.TEXT).forEach(q -> weights.add(q.weight()));
    weightSum(weights, aggregation, p, text("part.questionsAndSubDimensions"),
        text("part.dimension", d.id()));
    bands(d.bands(), append(p, "bands"));
    String ownCombineAt = d.scoring().flatMap(ScoringSettings::combine).isPresent()
        ? append(append(p, "scoring"), "combine") : combineAt;
    for (int i = 0; i < d.questions().size(); i++) {
      question(d.questions().get(i), append(append(p, "questions"), i));
      combination(d.questions().get(i), append(append(p, "questions"), i), ownCombineAt);
    }
    for (int i = 0; i < d.dimensions().size(); i++) {
      dimension(d.dimensions().get(i), append(append(p, "dimensions"), i), effective, ownCombineAt);
    }
  }

  /*
   * The combination rule in effect on a question (its own, else the nearest one written above it,
   * as ScoringSettings.inheritFrom decides) must fit its type, and lead role needs a lead role in
   * effect. Each finding points at the rule where it is written, once per rule and problem (naming
   * the first question in document order it concerns). A text question is never
   * combined: only a rule of its own is reported, an inherited one passes it by.
   */
  private void combination(Question q, String p, String inheritedAt) {
    Optional<Combination> own = q.scoring().flatMap(ItemScoring::combine);
    if (own.isEmpty() && q.type() == QuestionType.TEXT) {
      return;
    }
    ScoringSettings effective = questionnaire.scoringOf(q);
    if (effective.combine().isEmpty()) {
      return;
    }
    Combination rule = effective.combine().get();
    String at = own.isPresent() ? append(append(p, "scoring"), "combine") : inheritedAt;
    if (!rule.fits(q.type())) {
      if (combinationReported.add("fit" + at)) {
        String fitting = java.util.Arrays.stream(Combination.values()).filter(c -> c.fits(q.type()))
            .map(Combination::jsonName).collect(Collectors.joining(", "));
        report(QuestionnaireProblem.COMBINATION_NOT_APPLICABLE, at, rule.jsonName(), q.id(),
            q.type().jsonName(), fitting.isEmpty() ? text("part.neverCombined") : fitting);
      }
    } else if (rule == Combination.LEAD_ROLE && effective.leadRole().isEmpty()
        && combinationReported.add("lead" + at)) {
      report(QuestionnaireProblem.LEAD_ROLE_NOT_SET, at, q.id());
    }
  }

  private void weight(BigDecimal weight, String p) {
    if (weight.signum() < 0) {
      report(QuestionnaireProblem.NEGATIVE_WEIGHT, p, weight.toPlainString());
    }
  }

  private void weightSum(
      List<BigDecimal> weights, Aggregation aggregation, String p, Object what, Object owner) {
    if (weights.isEmpty()
        || (aggregation != Aggregation.WEIGHTED_MEAN && aggregation != Aggregation.SHARE_MEETING)) {
      return;
    }
    BigDecimal sum = weights.stream().filter(w -> w.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.signum() == 0) {
      report(QuestionnaireProblem.ZERO_WEIGHT_SUM, p, what, owner);
    }
  }

  /*
   * A setting that needs another is complete when the other is in effect on the level that writes
   * it, written there or inherited (a threshold on the questionnaire serves every dimension that
   * aggregates by shareMeeting). A level that only inherits the need was reported where it is written.
   */
  private void scoring(ScoringSettings s, ScoringSettings inherited, String p) {
    ScoringSettings effective = s.inheritFrom(inherited);
    if (s.aggregation().orElse(null) == Aggregation.SHARE_MEETING && effective.threshold().isEmpty()) {
      report(QuestionnaireProblem.INCOMPLETE_SCORING, p, "aggregation: shareMeeting", "threshold");
    }
    if (s.missing().orElse(null) == MissingPolicy.COUNT_AS && effective.missingScore().isEmpty()) {
      report(QuestionnaireProblem.INCOMPLETE_SCORING, p, "missing: countAs", "missingScore");
    }
    if (s.min().isPresent() && s.max().isPresent() && s.min().get().compareTo(s.max().get()) > 0) {
      report(QuestionnaireProblem.EMPTY_CLAMP, append(p, "min"),
          s.min().get().toPlainString(), s.max().get().toPlainString());
    }
    List<Conversion> rows = s.convert();
    for (int i = 1; i < rows.size(); i++) {
      String row = append(append(p, "convert"), String.valueOf(i));
      if (rows.get(i).raw().compareTo(rows.get(i - 1).raw()) <= 0) {
        report(QuestionnaireProblem.CONVERSION_NOT_ASCENDING, append(row, "raw"),
            rows.get(i).raw().toPlainString(), rows.get(i - 1).raw().toPlainString());
      }
      if (!rows.get(i).also().keySet().equals(rows.get(0).also().keySet())) {
        report(QuestionnaireProblem.CONVERSION_VALUES_DIFFER, append(row, "also"),
            new java.util.TreeSet<>(rows.get(i).also().keySet()),
            new java.util.TreeSet<>(rows.get(0).also().keySet()));
      }
    }
    Map<String, String> termIds = new HashMap<>();
    for (int i = 0; i < s.terms().size(); i++) {
      String t = append(append(p, "terms"), i);
      String first = termIds.putIfAbsent(s.terms().get(i).id(), t);
      if (first != null) {
        report(QuestionnaireProblem.DUPLICATE_TERM_ID, append(t, "id"), s.terms().get(i).id(), first);
      }
      condition(s.terms().get(i).when(), append(t, "when"), false);
    }
    Map<String, String> countIds = new HashMap<>();
    for (int i = 0; i < s.counts().size(); i++) {
      String c = append(append(p, "counts"), i);
      String first = countIds.putIfAbsent(s.counts().get(i).id(), c);
      if (first != null) {
        report(QuestionnaireProblem.DUPLICATE_COUNT_ID, append(c, "id"), s.counts().get(i).id(), first);
      }
      condition(s.counts().get(i).test(), c, false);
    }
  }

  private void question(Question q, String p) {
    text(q.text(), append(p, "text"));
    q.help().ifPresent(t -> text(t, append(p, "help")));
    weight(q.weight(), append(p, "weight"));
    String type = q.type().jsonName();
    if (q.type().hasOptions()) {
      if (q.scale().isPresent() && !q.options().isEmpty()) {
        report(QuestionnaireProblem.SCALE_AND_OPTIONS, p, q.id());
      } else if (q.scale().isPresent()) {
        if (!scalePointers.containsKey(q.scale().get())) {
          report(QuestionnaireProblem.UNKNOWN_SCALE, append(p, "scale"), q.scale().get(),
              String.join(", ", new TreeSet<>(scalePointers.keySet())));
        }
      } else if (q.options().isEmpty()) {
        report(QuestionnaireProblem.MISSING_OPTIONS, p, q.id(), type);
      }
    } else if (q.scale().isPresent() || !q.options().isEmpty()) {
      report(QuestionnaireProblem.OPTIONS_NOT_ALLOWED,
          append(p, q.scale().isPresent() ? "scale" : "options"), q.id(), type);
    }
    options(q.options(), append(p, "options"));
    if (q.type() == QuestionType.NUMBER) {
      if (q.min().isPresent() && q.max().isPresent() && q.min().get().compareTo(q.max().get()) > 0) {
        report(QuestionnaireProblem.EMPTY_NUMBER_RANGE, append(p, "min"), q.id(),
            q.min().get().toPlainString(), q.max().get().toPlainString());
      }
    } else {
      if (q.unit().isPresent()) {
        report(QuestionnaireProblem.NUMBER_SETTING_NOT_ALLOWED, append(p, "unit"), q.id(), type, "unit");
      }
      if (q.min().isPresent()) {
        report(QuestionnaireProblem.NUMBER_SETTING_NOT_ALLOWED, append(p, "min"), q.id(), type, "min");
      }
      if (q.max().isPresent()) {
        report(QuestionnaireProblem.NUMBER_SETTING_NOT_ALLOWED, append(p, "max"), q.id(), type, "max");
      }
    }
    itemScoring(q, p);
    q.visibleWhen().ifPresent(c -> condition(c, append(p, "visibleWhen"), false));
  }

  private void itemScoring(Question q, String p) {
    String type = q.type().jsonName();
    List<AnswerOption> options = questionnaire.optionsOf(q);
    long scored = options.stream().filter(o -> o.score().isPresent()).count();
    if (q.type().hasOptions() && scored > 0 && scored < options.size()) {
      report(QuestionnaireProblem.PARTLY_SCORED_OPTIONS, p,
          options.stream().filter(o -> o.score().isEmpty()).map(AnswerOption::value)
              .collect(Collectors.joining(", ")), q.id());
    }
    if (q.reversed() && (!q.type().hasOptions() || scored == 0)) {
      report(QuestionnaireProblem.REVERSED_WITHOUT_SCORES, append(p, "reversed"), q.id());
    }
    if (q.scoring().isEmpty()) {
      return;
    }
    ItemScoring s = q.scoring().get();
    String sp = append(p, "scoring");
    if (q.type() != QuestionType.YES_NO) {
      s.yes().ifPresent(v -> report(QuestionnaireProblem.ITEM_SCORING_NOT_APPLICABLE,
          append(sp, "yes"), q.id(), type, "yes", "yesNo"));
      s.no().ifPresent(v -> report(QuestionnaireProblem.ITEM_SCORING_NOT_APPLICABLE,
          append(sp, "no"), q.id(), type, "no", "yesNo"));
    }
    if (q.type() != QuestionType.NUMBER) {
      if (!s.thresholds().isEmpty()) {
        report(QuestionnaireProblem.ITEM_SCORING_NOT_APPLICABLE, append(sp, "thresholds"), q.id(),
            type, "thresholds", "number");
      }
      if (!s.points().isEmpty()) {
        report(QuestionnaireProblem.ITEM_SCORING_NOT_APPLICABLE, append(sp, "points"), q.id(),
            type, "points", "number");
      }
    } else if (!s.thresholds().isEmpty() && !s.points().isEmpty()) {
      report(QuestionnaireProblem.THRESHOLDS_AND_POINTS, sp, q.id());
    } else if (s.points().size() == 1) {
      report(QuestionnaireProblem.TOO_FEW_POINTS, append(sp, "points"), q.id(), 1);
    }
    if (q.type() != QuestionType.MULTIPLE_CHOICE) {
      s.multiple().ifPresent(v -> report(QuestionnaireProblem.ITEM_SCORING_NOT_APPLICABLE,
          append(sp, "multiple"), q.id(), type, "multiple", "multipleChoice"));
      s.cap().ifPresent(v -> report(QuestionnaireProblem.ITEM_SCORING_NOT_APPLICABLE,
          append(sp, "cap"), q.id(), type, "cap", "multipleChoice"));
    }
    ascending(s.thresholds().stream().map(ItemScoring.Threshold::from).collect(Collectors.toList()),
        append(sp, "thresholds"), "from", "thresholds", q.id());
    ascending(s.points().stream().map(ItemScoring.Point::value).collect(Collectors.toList()),
        append(sp, "points"), "value", "points", q.id());
  }

  private void ascending(List<BigDecimal> values, String base, String member, String what, String id) {
    for (int i = 1; i < values.size(); i++) {
      if (values.get(i).compareTo(values.get(i - 1)) <= 0) {
        report(QuestionnaireProblem.STEPS_NOT_ASCENDING, append(append(base, i), member), what, id,
            values.get(i).toPlainString(), values.get(i - 1).toPlainString());
      }
    }
  }

  private void bands(List<Band> bands, String base) {
    Map<String, String> ids = new HashMap<>();
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      String p = append(base, i);
      String first = ids.putIfAbsent(b.id(), p);
      if (first != null) {
        report(QuestionnaireProblem.DUPLICATE_BAND_ID, append(p, "id"), b.id(), first);
      }
      text(b.label(), append(p, "label"));
      b.text().ifPresent(t -> text(t, append(p, "text")));
      int c = b.lower().compareTo(b.upper());
      if (c > 0) {
        report(QuestionnaireProblem.EMPTY_BAND, p, b.id(),
            text("part.lowerAboveUpper", b.lower(), b.upper()));
      } else if (c == 0 && !(b.lowerInclusive() && b.upperInclusive())) {
        report(QuestionnaireProblem.EMPTY_BAND, p, b.id(),
            text("part.lowerIsUpperNotInclusive", b.lower()));
      }
    }
    for (int i = 0; i < bands.size(); i++) {
      for (int j = i + 1; j < bands.size(); j++) {
        Optional<Object> shared = overlap(bands.get(i), bands.get(j));
        if (shared.isPresent()) {
          report(QuestionnaireProblem.OVERLAPPING_BANDS, append(base, j),
              bands.get(i).id(), bands.get(j).id(), shared.get());
        }
      }
    }
  }

  /** Returns a description of a score both bands contain, if any, computed exactly. */
  private static Optional<Object> overlap(Band a, Band b) {
    // The intersection's lower end is the larger lower end; inclusive only if every band that has
    // that lower end includes it. Likewise for the upper end.
    int lc = a.lower().compareTo(b.lower());
    BigDecimal lo = lc >= 0 ? a.lower() : b.lower();
    boolean loInc = lc > 0 ? a.lowerInclusive() : lc < 0 ? b.lowerInclusive()
        : a.lowerInclusive() && b.lowerInclusive();
    int uc = a.upper().compareTo(b.upper());
    BigDecimal hi = uc <= 0 ? a.upper() : b.upper();
    boolean hiInc = uc < 0 ? a.upperInclusive() : uc > 0 ? b.upperInclusive()
        : a.upperInclusive() && b.upperInclusive();
    int c = lo.compareTo(hi);
    if (c < 0) {
      return Optional.of(text("part.scoresBetween", lo, hi));
    }
    if (c == 0 && loInc && hiInc) {
      return Optional.of(text("part.score", lo));
    }
    return Optional.empty();
  }

  private void recommendation(Recommendation r, String p) {
    text(r.title(), append(p, "title"));
    text(r.text(), append(p, "text"));
    r.rationale().ifPresent(t -> text(t, append(p, "rationale")));
    r.dimension().ifPresent(d -> {
      if (!dimensionPointers.containsKey(d)) {
        report(QuestionnaireProblem.UNKNOWN_DIMENSION, append(p, "dimension"), d);
      }
    });
    for (int i = 0; i < r.links().size(); i++) {
      Link link = r.links().get(i);
      String lp = append(append(p, "links"), i);
      link.label().ifPresent(t -> text(t, append(lp, "label")));
    }
  }

  private void text(LocalizedText text, String p) {
    if (!text.translations().containsKey(questionnaire.defaultLocale())) {
      report(QuestionnaireProblem.MISSING_DEFAULT_TRANSLATION, p, questionnaire.defaultLocale());
    }
    for (String locale : questionnaire.locales()) {
      if (!locale.equals(questionnaire.defaultLocale()) && !text.translations().containsKey(locale)) {
        report(QuestionnaireProblem.MISSING_TRANSLATION, p, locale);
      }
    }
    for (String language : text.languages()) {
      if (!declaredLocales.contains(language)) {
        report(QuestionnaireProblem.UNDECLARED_LANGUAGE, append(p, language), language,
            String.join(", ", declaredLocales));
      }
    }
  }

  private void condition(Condition condition, String pointer, boolean inRule) {
    condition.walk(pointer, (part, p) -> part.accept(new Condition.Visitor<Void>() {
      @Override
      public Void visitAll(AllOf c) {
        return null;
      }

      @Override
      public Void visitAny(AnyOf c) {
        return null;
      }

      @Override
      public Void visitNot(Not c) {
        return null;
      }

      @Override
      public Void visitAnswerIs(AnswerIs c) {
        knownQuestion(c.question(), p);
        return null;
      }

      @Override
      public Void visitAnswerComparison(AnswerComparison c) {
        Question q = knownQuestion(c.question(), p);
        if (q != null) {
          comparison(q, c, p);
        }
        return null;
      }

      @Override
      public Void visitQuantifier(Quantifier c) {
        int n = c.questions().size();
        for (int i = 0; i < n; i++) {
          String id = c.questions().get(i);
          Question q = questions.get(id);
          if (q == null) {
            report(QuestionnaireProblem.UNKNOWN_QUESTION_IN_CONDITION, append(append(p, "of"), i), id);
          } else if (c.operator().isPresent()) {
            comparison(q, (AnswerComparison) c.testFor(id), append(p, "where"));
          }
        }
        int least = c.atLeast().orElse(0);
        if (least > n) {
          report(QuestionnaireProblem.QUANTIFIER_OUT_OF_RANGE, append(p, "atLeast"), n,
              text("part.atLeastIs", least));
        } else if (c.atMost().isPresent() && least > c.atMost().get()) {
          report(QuestionnaireProblem.QUANTIFIER_OUT_OF_RANGE, append(p, "atMost"), n,
              text("part.atLeastAboveAtMost", least, c.atMost().get()));
        }
        return null;
      }

      @Override
      public Void visitMeasure(MeasureComparison c) {
        dimensionCondition(c.measure().jsonName(), c.dimension(), p, inRule);
        return null;
      }

      @Override
      public Void visitScorable(ScorableIs c) {
        dimensionCondition("score", c.dimension(), p, inRule);
        return null;
      }

      @Override
      public Void visitReference(ConditionReference c) {
        Condition named = questionnaire.namedConditions().get(c.name());
        if (named == null) {
          report(QuestionnaireProblem.UNKNOWN_CONDITION, append(p, "condition"), c.name(),
              String.join(", ", questionnaire.namedConditions().keySet()));
        } else if (!inRule) {
          String kind = Conditions.resultKind(named, questionnaire.namedConditions());
          if (kind != null) {
            report(QuestionnaireProblem.RULE_ONLY_CONDITION, append(p, "condition"), kind);
          }
        }
        return null;
      }

      @Override
      public Void visitBand(BandIs c) {
        if (dimensionCondition("band", c.dimension(), p, inRule)) {
          List<Band> bands = effectiveBands(c.dimension());
          for (int i = 0; i < c.bands().size(); i++) {
            String band = c.bands().get(i);
            if (bands.stream().noneMatch(b -> b.id().equals(band))) {
              String op = append(p, c.operator().jsonName());
              report(QuestionnaireProblem.UNKNOWN_BAND_IN_CONDITION,
                  c.operator() == Operator.IN ? append(op, i) : op, c.dimension(), band,
                  bands.stream().map(Band::id).collect(Collectors.joining(", ")));
            }
          }
        }
        return null;
      }
    }));
  }

  /** Checks the context and the dimension of a score, completion or band condition. */
  private boolean dimensionCondition(String kind, String dimension, String p, boolean inRule) {
    if (!inRule) {
      report(QuestionnaireProblem.RULE_ONLY_CONDITION, append(p, kind), kind);
      return false;
    }
    if (!"total".equals(dimension) && !dimensionPointers.containsKey(dimension)) {
      report(QuestionnaireProblem.UNKNOWN_DIMENSION_IN_CONDITION, append(p, kind), dimension);
      return false;
    }
    return true;
  }

  private List<Band> effectiveBands(String dimension) {
    return questionnaire.bandsOf(dimension);
  }

  private Question knownQuestion(String id, String p) {
    Question q = questions.get(id);
    if (q == null) {
      report(QuestionnaireProblem.UNKNOWN_QUESTION_IN_CONDITION, append(p, "answer"), id);
    }
    return q;
  }

  private static Set<Operator> operatorsFor(QuestionType type) {
    switch (type) {
      case SINGLE_CHOICE:
      case ORDINAL_SCALE:
      case NUMBER:
        return EnumSet.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT,
            Operator.GE, Operator.IN);
      case MULTIPLE_CHOICE:
        return EnumSet.of(Operator.CONTAINS);
      case YES_NO:
        return EnumSet.of(Operator.EQ, Operator.NE);
      case TEXT:
        return EnumSet.of(Operator.EQ, Operator.NE, Operator.IN);
      default:
        throw new AssertionError(type);
    }
  }

  private void comparison(Question q, AnswerComparison c, String p) {
    Set<Operator> usable = operatorsFor(q.type());
    String opPointer = append(p, c.operator().jsonName());
    if (!usable.contains(c.operator())) {
      report(QuestionnaireProblem.OPERATOR_NOT_APPLICABLE, opPointer, c.operator().jsonName(),
          q.id(), q.type().jsonName(),
          usable.stream().map(Operator::jsonName).collect(Collectors.joining(", ")));
      return;
    }
    Literal.Kind expected = q.type() == QuestionType.NUMBER ? Literal.Kind.NUMBER
        : q.type() == QuestionType.YES_NO ? Literal.Kind.BOOLEAN : Literal.Kind.TEXT;
    List<AnswerOption> options = questionnaire.optionsOf(q);
    for (int i = 0; i < c.values().size(); i++) {
      Literal l = c.values().get(i);
      String lp = c.operator() == Operator.IN ? append(opPointer, i) : opPointer;
      if (l.kind() != expected) {
        report(QuestionnaireProblem.WRONG_VALUE_TYPE, lp, q.id(), q.type().jsonName(),
            describe(expected), describe(l.kind()));
      } else if (q.type().hasOptions()
          && !options.isEmpty()
          && options.stream().noneMatch(o -> o.value().equals(l.text()))) {
        report(QuestionnaireProblem.UNKNOWN_OPTION_IN_CONDITION, lp, q.id(), l.text(),
            options.stream().map(AnswerOption::value).collect(Collectors.joining(", ")));
      }
    }
  }

  private static MessageBundle.Localized describe(Literal.Kind kind) {
    switch (kind) {
      case NUMBER:
        return text("part.aNumber");
      case BOOLEAN:
        return text("part.trueOrFalse");
      default:
        return text("part.aTextOptionValues");
    }
  }

  /** A part of a message with words of its own, from the catalog's texts. */
  private static MessageBundle.Localized text(String key, Object... arguments) {
    return QuestionnaireProblem.NO_DIMENSIONS.bundle().localized(key, arguments);
  }

  private void visibilityCycles() {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    for (String id : questionPointers.keySet()) {
      Question q = questions.get(id);
      List<String> refs = new ArrayList<>();
      q.visibleWhen().ifPresent(c -> Conditions.questionRefs(c, questionnaire.namedConditions(), refs));
      edges.put(id, refs);
    }
    Map<String, Integer> state = new HashMap<>();
    Set<String> reported = new java.util.HashSet<>();
    for (String start : edges.keySet()) {
      cycles(start, edges, state, new ArrayList<>(), reported,
          id -> append(questionPointers.get(id), "visibleWhen"), QuestionnaireProblem.VISIBILITY_CYCLE);
    }
  }

  /**
   * Reports each cycle of a graph once (visibility conditions between questions, references
   * between named conditions), at the pointer of its first node, with the path.
   */
  private void cycles(String node, Map<String, List<String>> edges, Map<String, Integer> state,
      List<String> path, Set<String> reported, java.util.function.UnaryOperator<String> pointer,
      QuestionnaireProblem problem) {
    Integer s = state.get(node);
    if (s != null && s == 2) {
      return;
    }
    if (s != null && s == 1) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
      if (cycle.stream().noneMatch(reported::contains)) {
        reported.addAll(cycle);
        cycle.add(node);
        report(problem, pointer.apply(cycle.get(0)), cycle.get(0), String.join(" -> ", cycle));
      }
      return;
    }
    if (!edges.containsKey(node)) {
      return;
    }
    state.put(node, 1);
    path.add(node);
    for (String next : edges.get(node)) {
      cycles(next, edges, state, path, reported, pointer, problem);
    }
    path.remove(path.size() - 1);
    state.put(node, 2);
  }
}
