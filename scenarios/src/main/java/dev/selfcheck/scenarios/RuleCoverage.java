package dev.selfcheck.scenarios;

import dev.selfcheck.core.Band;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rule;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import dev.selfcheck.scoring.Wording;
import dev.selfcheck.scenarios.internal.ConditionTracker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The coverage of a questionnaire's rule set by a set of responses (the scenarios of suites,
 * generated responses, real ones): which rules fired and which never did, which recommendations
 * were given, which bands of which dimensions were reached, and which conditions — every part of
 * every rule's condition, by its JSON Pointer in the questionnaire — were never true.
 *
 * <pre>{@code
 * RuleCoverage coverage = RuleCoverage.of(ScenarioRunner.run(suite));
 * System.err.println(coverage.toTable());
 * coverage.assertAtLeast(1.0);   // every rule fired at least once
 * }</pre>
 *
 * <p>Every part of a condition is evaluated, over each response and its assessment, by the
 * questionnaire's {@link dev.selfcheck.core.ConditionProgram} (the program the engine runs) and
 * read from its trace; a rule counts as fired when the engine fired it.
 * Immutable and thread-safe once built.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RuleCoverage {

  /** What a share is measured over. */
  public enum Kind {
    /** Rules that fired at least once, of all rules. */
    RULES,
    /** Condition nodes that were true at least once, of all nodes of all rules' conditions. */
    CONDITIONS,
    /** Bands reached at least once, of all bands of all dimensions and the total. */
    BANDS
  }

  /**
   * How often one rule fired.
   *
   * @param rule the rule id
   * @param fired the number of responses for which it fired
   * @param recommendations the recommendations it yields
   */
  public record RuleUse(String rule, int fired, List<String> recommendations) {
    /** Copies the list. */
    public RuleUse {
      recommendations = List.copyOf(recommendations);
    }
  }

  /**
   * How often one node of a rule's condition was true and false.
   *
   * @param pointer the JSON Pointer of the node in the questionnaire, such as {@code /rules/3/when/any/1}
   * @param rule the id of the rule it belongs to
   * @param condition the node in words (with its parts), in English and with ids, as {@link
   *     Wording#condition} puts it, such as {@code the answer to 'mgmt.budget' le '1'}
   * @param timesTrue the number of responses for which it held
   * @param timesFalse the number of responses for which it did not hold
   */
  public record ConditionUse(String pointer, String rule, String condition, int timesTrue, int timesFalse) {}

  /**
   * The bands of one dimension (or the total) and which of them were reached.
   *
   * @param dimension the dimension id, or {@code "total"}
   * @param bands all its bands, in order
   * @param reached the bands reached at least once, in band order
   */
  public record BandUse(String dimension, List<String> bands, List<String> reached) {
    /** Copies the lists. */
    public BandUse {
      bands = List.copyOf(bands);
      reached = List.copyOf(reached);
    }

    /** @return the bands never reached, in band order */
    public List<String> notReached() {
      return bands.stream().filter(b -> !reached.contains(b)).collect(Collectors.toList());
    }
  }

  /** Conditions in words, in English with ids as they are: the words a rule-set author searches for. */
  private static final Wording WORDING = Wording.of(Locale.ENGLISH);

  private final Questionnaire questionnaire;
  private final int responses;
  private final List<RuleUse> rules;
  private final List<ConditionUse> conditions;
  private final List<BandUse> bands;
  private final List<String> recommendationsFired;

  private RuleCoverage(Builder b) {
    this.questionnaire = b.questionnaire;
    this.responses = b.responses;
    List<RuleUse> ruleUses = new ArrayList<>();
    List<ConditionUse> conditionUses = new ArrayList<>();
    for (int i = 0; i < questionnaire.rules().size(); i++) {
      Rule rule = questionnaire.rules().get(i);
      ruleUses.add(new RuleUse(rule.id(), b.fired.getOrDefault(rule.id(), 0), rule.recommend()));
      Map<String, Condition> nodes = new LinkedHashMap<>();
      rule.when().walk("/rules/" + i + "/when", (c, pointer) -> nodes.put(pointer, c));
      nodes.forEach((pointer, c) -> {
        int[] counts = b.conditionCounts.getOrDefault(pointer, new int[2]);
        conditionUses.add(new ConditionUse(pointer, rule.id(), WORDING.condition(c),
            counts[0], counts[1]));
      });
    }
    this.rules = List.copyOf(ruleUses);
    this.conditions = List.copyOf(conditionUses);
    List<BandUse> bandUses = new ArrayList<>();
    bandsByDimension(questionnaire).forEach((dimension, all) -> {
      Set<String> reached = b.bandsReached.getOrDefault(dimension, Set.of());
      bandUses.add(new BandUse(dimension, all, all.stream().filter(reached::contains).collect(Collectors.toList())));
    });
    this.bands = List.copyOf(bandUses);
    this.recommendationsFired = questionnaire.recommendations().stream().map(Recommendation::id)
        .filter(b.recommendations::contains).collect(Collectors.toUnmodifiableList());
  }

  private static Map<String, List<String>> bandsByDimension(Questionnaire questionnaire) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> shared = questionnaire.bands().stream().map(Band::id).collect(Collectors.toList());
    if (!shared.isEmpty()) {
      out.put(DimensionResult.TOTAL, shared);
    }
    questionnaire.allDimensions().forEach(d -> {
      List<String> effective = questionnaire.bandsOf(d).stream().map(Band::id).collect(Collectors.toList());
      if (!effective.isEmpty()) {
        out.put(d.id(), effective);
      }
    });
    return out;
  }

  // ------------------------------------------------------------------ measuring

  /**
   * The coverage of the scenarios of suites about one questionnaire.
   *
   * @param results the results of running the suites
   * @return the coverage
   * @throws IllegalArgumentException if no result is given or the suites name different
   *     questionnaires
   */
  public static RuleCoverage of(SuiteResult... results) {
    if (results.length == 0) {
      throw new IllegalArgumentException("give at least one suite result");
    }
    Builder b = builder(results[0].suite().questionnaire());
    for (SuiteResult r : results) {
      b.add(r);
    }
    return b.build();
  }

  /**
   * Starts measuring coverage.
   *
   * @param questionnaire the questionnaire whose rules are measured
   * @return a builder
   */
  public static Builder builder(Questionnaire questionnaire) {
    return new Builder(questionnaire);
  }

  /** Collects responses and their assessments. Not thread-safe. */
  public static final class Builder {
    private final Questionnaire questionnaire;
    private Scorer scorer;
    private int responses;
    private final Map<String, Integer> fired = new LinkedHashMap<>();
    private final Map<String, int[]> conditionCounts = new LinkedHashMap<>();
    private final Map<String, Set<String>> bandsReached = new LinkedHashMap<>();
    private final Set<String> recommendations = new LinkedHashSet<>();

    private Builder(Questionnaire questionnaire) {
      this.questionnaire = questionnaire;
    }

    /**
     * Adds the scenarios of a suite, with the assessments they got.
     *
     * @param result the result of running a suite about this builder's questionnaire
     * @return this
     * @throws IllegalArgumentException if the suite is about another questionnaire
     */
    public Builder add(SuiteResult result) {
      Questionnaire other = result.suite().questionnaire();
      if (!other.id().equals(questionnaire.id()) || !other.version().equals(questionnaire.version())) {
        throw new IllegalArgumentException("suite '" + result.suite().name() + "' is about questionnaire '"
            + other.id() + "' " + other.version() + ", not '" + questionnaire.id() + "' " + questionnaire.version());
      }
      result.outcomes().forEach(o -> add(o.scenario().response(), o.assessment()));
      return this;
    }

    /**
     * Adds responses, scored with the default engine.
     *
     * @param responses responses to the questionnaire
     * @return this
     */
    public Builder add(List<Response> responses) {
      if (scorer == null) {
        scorer = ScoringEngine.create().compile(questionnaire);
      }
      responses.forEach(r -> add(r, scorer.score(r)));
      return this;
    }

    /**
     * Adds one response and its assessment.
     *
     * @param response a response to the questionnaire
     * @param assessment its assessment
     * @return this
     */
    public Builder add(Response response, Assessment assessment) {
      responses++;
      assessment.dimensions().forEach(this::reached);
      reached(assessment.total());
      assessment.recommendations().forEach(f -> recommendations.add(f.recommendation().id()));
      if (!response.questionnaireId().equals(questionnaire.id())) {
        return this;  // no rule is evaluated for a response to another questionnaire
      }
      Set<String> firedByEngine = assessment.recommendations().stream()
          .map(FiredRecommendation::rules).flatMap(List::stream).collect(Collectors.toSet());
      ConditionTracker tracker = new ConditionTracker(questionnaire, response, assessment);
      for (int i = 0; i < questionnaire.rules().size(); i++) {
        tracker.evaluate(i,
            (pointer, value) -> conditionCounts.computeIfAbsent(pointer, p -> new int[2])[value ? 0 : 1]++);
        String rule = questionnaire.rules().get(i).id();
        if (firedByEngine.contains(rule)) {
          fired.merge(rule, 1, Integer::sum);
        }
      }
      return this;
    }

    private void reached(DimensionResult d) {
      d.band().ifPresent(b -> bandsReached.computeIfAbsent(d.id(), x -> new LinkedHashSet<>()).add(b.id()));
    }

    /** @return the coverage of what was added */
    public RuleCoverage build() {
      return new RuleCoverage(this);
    }
  }

  // ------------------------------------------------------------------ results

  /** @return the questionnaire measured */
  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** @return how many responses were measured */
  public int responses() {
    return responses;
  }

  /** @return every rule with how often it fired, in document order */
  public List<RuleUse> rules() {
    return rules;
  }

  /** @return the ids of the rules that never fired, in document order */
  public List<String> rulesNeverFired() {
    return rules.stream().filter(r -> r.fired() == 0).map(RuleUse::rule).collect(Collectors.toList());
  }

  /** @return every node of every rule's condition with how often it held, in document order */
  public List<ConditionUse> conditions() {
    return conditions;
  }

  /** @return the condition nodes that never held */
  public List<ConditionUse> conditionsNeverTrue() {
    return conditions.stream().filter(c -> c.timesTrue() == 0).collect(Collectors.toList());
  }

  /** @return every dimension with bands (the total first) and the bands it reached */
  public List<BandUse> bands() {
    return bands;
  }

  /**
   * The bands of some dimensions that were never reached.
   *
   * @param dimensionIds dimension ids (or {@code "total"})
   * @return for each of those dimensions with a band not reached, the bands not reached
   */
  public Map<String, List<String>> bandsNotReached(List<String> dimensionIds) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    bands.stream().filter(b -> dimensionIds.contains(b.dimension()) && !b.notReached().isEmpty())
        .forEach(b -> out.put(b.dimension(), b.notReached()));
    return out;
  }

  /** @return the ids of the recommendations given at least once, in catalog order */
  public List<String> recommendationsFired() {
    return recommendationsFired;
  }

  /** @return the ids of the recommendations never given, in catalog order */
  public List<String> recommendationsNeverFired() {
    return questionnaire.recommendations().stream().map(Recommendation::id)
        .filter(id -> !recommendationsFired.contains(id)).collect(Collectors.toList());
  }

  /**
   * The share covered, from 0 to 1 (1 if there is nothing to cover).
   *
   * @param kind rules, conditions or bands
   * @return the share
   */
  public double share(Kind kind) {
    int[] counts = counts(kind);
    return counts[1] == 0 ? 1.0 : (double) counts[0] / counts[1];
  }

  private int[] counts(Kind kind) {
    switch (kind) {
      case RULES:
        return new int[] {rules.size() - rulesNeverFired().size(), rules.size()};
      case CONDITIONS:
        return new int[] {conditions.size() - conditionsNeverTrue().size(), conditions.size()};
      default:
        return new int[] {bands.stream().mapToInt(b -> b.reached().size()).sum(),
            bands.stream().mapToInt(b -> b.bands().size()).sum()};
    }
  }

  /**
   * Fails unless at least a share of the rules fired.
   *
   * @param share from 0 to 1; 1 means every rule fired at least once
   * @return this
   * @throws AssertionError listing the rules that never fired, if the share is lower
   */
  public RuleCoverage assertAtLeast(double share) {
    return assertAtLeast(Kind.RULES, share);
  }

  /**
   * Fails unless at least a share of the rules, condition nodes or bands was covered.
   *
   * @param kind what to measure
   * @param share from 0 to 1
   * @return this
   * @throws AssertionError listing what was not covered, if the share is lower
   */
  public RuleCoverage assertAtLeast(Kind kind, double share) {
    if (share < 0 || share > 1) {
      throw new IllegalArgumentException("share must be between 0 and 1, but is " + share);
    }
    if (share(kind) < share) {
      throw new AssertionError(String.format(Locale.ROOT,
          "Expected at least %s of the %s of '%s' to be covered, but %s are: %s of %s over %d responses. Not covered:%s",
          percent(share), kind.name().toLowerCase(Locale.ROOT), questionnaire.id(), percent(share(kind)),
          counts(kind)[0], counts(kind)[1], responses, notCovered(kind)));
    }
    return this;
  }

  private String notCovered(Kind kind) {
    switch (kind) {
      case RULES:
        return rulesNeverFired().stream().map(r -> "\n  rule " + r).collect(Collectors.joining());
      case CONDITIONS:
        return conditionsNeverTrue().stream().map(c -> "\n  " + c.pointer() + " " + c.condition())
            .collect(Collectors.joining());
      default:
        return bands.stream().filter(b -> !b.notReached().isEmpty())
            .map(b -> "\n  " + b.dimension() + ": " + String.join(", ", b.notReached()))
            .collect(Collectors.joining());
    }
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  // ------------------------------------------------------------------ output

  /**
   * The coverage as a plain-text table: a summary line per kind, every rule with how often it
   * fired, the conditions never true, and every dimension's bands.
   *
   * @return the table
   */
  public String toTable() {
    StringBuilder sb = new StringBuilder();
    sb.append("Rule coverage of '").append(questionnaire.id()).append("' ").append(questionnaire.version())
        .append(" over ").append(responses).append(" responses\n");
    for (Kind k : Kind.values()) {
      int[] c = counts(k);
      sb.append(String.format(Locale.ROOT, "  %-15s %4d of %4d  %6s%n", k.name().toLowerCase(Locale.ROOT),
          c[0], c[1], percent(share(k))));
    }
    sb.append(String.format(Locale.ROOT, "  %-15s %4d of %4d  %6s%n", "recommendations",
        recommendationsFired.size(), questionnaire.recommendations().size(),
        percent(questionnaire.recommendations().isEmpty() ? 1.0
            : (double) recommendationsFired.size() / questionnaire.recommendations().size())));
    int width = Math.max(4, rules.stream().mapToInt(r -> r.rule().length()).max().orElse(4));
    sb.append('\n').append(String.format(Locale.ROOT, "%-" + width + "s  %5s  %s%n", "rule", "fired", "recommends"));
    for (RuleUse r : rules) {
      sb.append(String.format(Locale.ROOT, "%-" + width + "s  %5d  %s%n", r.rule(), r.fired(),
          String.join(", ", r.recommendations())));
    }
    List<ConditionUse> never = conditionsNeverTrue();
    sb.append('\n').append("conditions never true: ").append(never.isEmpty() ? "none" : never.size()).append('\n');
    for (ConditionUse c : never) {
      sb.append("  ").append(c.pointer()).append("  ").append(c.condition()).append('\n');
    }
    int dimensionWidth = Math.max(9, bands.stream().mapToInt(b -> b.dimension().length()).max().orElse(9));
    sb.append('\n').append(String.format(Locale.ROOT, "%-" + dimensionWidth + "s  %s%n", "dimension",
        "bands reached ([x] reached, [ ] not)"));
    for (BandUse b : bands) {
      sb.append(String.format(Locale.ROOT, "%-" + dimensionWidth + "s  %s%n", b.dimension(),
          b.bands().stream().map(id -> (b.reached().contains(id) ? "[x] " : "[ ] ") + id)
              .collect(Collectors.joining("  "))));
    }
    return sb.toString();
  }

  /**
   * The coverage as JSON: {@code questionnaire}, {@code version}, {@code responses}, {@code
   * shares} (rules, conditions, bands), {@code rules}, {@code conditions}, {@code bands} and
   * {@code recommendationsNeverFired}. Each entry of {@code conditions} has the node's {@code
   * pointer} (the key to identify it by), its {@code rule}, its words in {@code condition} (see
   * {@link ConditionUse}) and its {@code true} and {@code false} counts.
   *
   * @return the JSON text
   */
  public String toJson() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("questionnaire", questionnaire.id());
    root.put("version", questionnaire.version().toString());
    root.put("responses", responses);
    ObjectNode shares = root.putObject("shares");
    for (Kind k : Kind.values()) {
      int[] c = counts(k);
      ObjectNode s = shares.putObject(k.name().toLowerCase(Locale.ROOT));
      s.put("covered", c[0]);
      s.put("total", c[1]);
    }
    ArrayNode ruleNodes = root.putArray("rules");
    rules.forEach(r -> {
      ObjectNode n = ruleNodes.addObject();
      n.put("id", r.rule());
      n.put("fired", r.fired());
      ArrayNode recs = n.putArray("recommend");
      r.recommendations().forEach(recs::add);
    });
    ArrayNode conditionNodes = root.putArray("conditions");
    conditions.forEach(c -> {
      ObjectNode n = conditionNodes.addObject();
      n.put("pointer", c.pointer());
      n.put("rule", c.rule());
      n.put("condition", c.condition());
      n.put("true", c.timesTrue());
      n.put("false", c.timesFalse());
    });
    ArrayNode bandNodes = root.putArray("bands");
    bands.forEach(b -> {
      ObjectNode n = bandNodes.addObject();
      n.put("dimension", b.dimension());
      ArrayNode reached = n.putArray("reached");
      b.reached().forEach(reached::add);
      ArrayNode notReached = n.putArray("notReached");
      b.notReached().forEach(notReached::add);
    });
    ArrayNode never = root.putArray("recommendationsNeverFired");
    recommendationsNeverFired().forEach(never::add);
    return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "RuleCoverage[questionnaire=%s, responses=%d, rules=%s, conditions=%s, bands=%s]",
        questionnaire.id(), responses, percent(share(Kind.RULES)), percent(share(Kind.CONDITIONS)),
        percent(share(Kind.BANDS)));
  }
}
