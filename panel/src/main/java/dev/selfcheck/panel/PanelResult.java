package dev.selfcheck.panel;

import dev.selfcheck.core.Combination;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.panel.internal.PanelJson;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.Rational;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a {@link PanelAnalysis} found in a {@link Panel}: both routes, always named
 * ({@link Route}), the answer states and agreement per question, the agreement per dimension and of
 * the whole panel, the groups and the gaps between them, and the workshop agenda.
 *
 * <p>Exact values are {@link Rational}s; only the standard deviation is a rounded decimal (a square
 * root). {@link #toJson()} writes the canonical JSON that {@code panel-result.schema.json}
 * describes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param questionnaireId the questionnaire's id
 * @param questionnaireVersion its version
 * @param respondents the number of members of the panel
 * @param settings the settings the analysis ran with
 * @param dimensions route 1: the distribution of the respondents' scores per dimension (document
 *     order, parents first) and the total (last)
 * @param questions per question (document order): answer states, counts and agreement
 * @param dimensionAgreement r_wg(J) per dimension and the total, in the order of {@code dimensions}
 * @param alpha Krippendorff's alpha over the ordinal and single-choice questions
 * @param combined route 2: the combined answers and their assessment
 * @param groups the groups shown (folded groups only inside "other"), by key
 * @param groupGaps per dimension and the total the gap between the lowest and the highest group mean
 * @param questionGaps per scored ordinal and single-choice question the gap between the lowest and
 *     the highest group median, in scale steps
 * @param agenda the questions to discuss, highest priority first
 * @param findings the panel's findings, the members' assessment findings (pointers under
 *     {@code /responses/<index>}) and the analysis' own
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record PanelResult(String questionnaireId, SemanticVersion questionnaireVersion, int respondents,
    PanelAnalysis.Settings settings, List<Distribution> dimensions, List<QuestionSummary> questions,
    List<DimensionAgreement> dimensionAgreement, Alpha alpha, Combined combined, List<Group> groups,
    List<GroupGap> groupGaps, List<QuestionGap> questionGaps, List<AgendaItem> agenda,
    List<Finding> findings) {

  /**
   * Copies the lists.
   *
   * @param questionnaireId the questionnaire's id
   * @param questionnaireVersion its version
   * @param respondents the number of members
   * @param settings the settings
   * @param dimensions route 1 per dimension
   * @param questions per question
   * @param dimensionAgreement r_wg(J) per dimension
   * @param alpha the panel's alpha
   * @param combined route 2
   * @param groups the groups shown
   * @param groupGaps the gaps between groups per dimension
   * @param questionGaps the gaps between groups per question
   * @param agenda the agenda
   * @param findings the findings
   */
  public PanelResult {
    dimensions = List.copyOf(dimensions);
    questions = List.copyOf(questions);
    dimensionAgreement = List.copyOf(dimensionAgreement);
    groups = List.copyOf(groups);
    groupGaps = List.copyOf(groupGaps);
    questionGaps = List.copyOf(questionGaps);
    agenda = List.copyOf(agenda);
    findings = List.copyOf(findings);
  }

  /** The two routes from many responses to one picture; every result names its route. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public enum Route {
    /** Score each response, then describe the distribution of the scores. */
    SCORE_EACH_THEN_DESCRIBE("scoreEachThenDescribe"),
    /** Combine the answers question by question, then score the combined response once. */
    COMBINE_THEN_SCORE("combineThenScore");

    private final String jsonName;

    Route(String jsonName) {
      this.jsonName = jsonName;
    }

    /** @return the name in JSON */
    public String jsonName() {
      return jsonName;
    }
  }

  /**
   * Route 1 for one dimension (or the total): the respondents' scores described. Quartiles are
   * R's type 7 (linear interpolation between order statistics: at h = (n − 1)p the value
   * x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]), counting from 0), so the median is the middle score or
   * the mean of the two middle scores. The variance is the sample variance (divided by n − 1).
   *
   * @param dimensionId the dimension id or {@code "total"}
   * @param route always {@link Route#SCORE_EACH_THEN_DESCRIBE}
   * @param n the number of respondents with a score
   * @param notScorable the number of respondents for whom it has no score
   * @param mean the mean score (empty when n = 0)
   * @param weightedMean the mean weighted by the respondents' weights (empty when n = 0)
   * @param median the median (type 7 at p = 1/2)
   * @param min the lowest score
   * @param max the highest score
   * @param lowerQuartile type 7 at p = 1/4
   * @param upperQuartile type 7 at p = 3/4
   * @param variance the sample variance (empty when n &lt; 2)
   * @param standardDeviation its square root, rounded half up to 6 decimals (empty when n &lt; 2)
   * @param bands the number of respondents per band of the dimension, in band order, bands without
   *     respondents included; a score in no band is counted under {@code ""}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Distribution(String dimensionId, Route route, int n, int notScorable,
      Optional<Rational> mean, Optional<Rational> weightedMean, Optional<Rational> median,
      Optional<Rational> min, Optional<Rational> max, Optional<Rational> lowerQuartile,
      Optional<Rational> upperQuartile, Optional<Rational> variance,
      Optional<BigDecimal> standardDeviation, Map<String, Integer> bands) {

    /**
     * Copies the band counts, keeping their order.
     *
     * @param dimensionId the dimension id
     * @param route the route
     * @param n the number of scores
     * @param notScorable the number without a score
     * @param mean the mean
     * @param weightedMean the weighted mean
     * @param median the median
     * @param min the minimum
     * @param max the maximum
     * @param lowerQuartile the lower quartile
     * @param upperQuartile the upper quartile
     * @param variance the sample variance
     * @param standardDeviation the standard deviation
     * @param bands the band counts
     */
    public Distribution {
      bands = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bands));
    }
  }

  /**
   * One question across the panel: how its respondents answered and how far they agree. Shares
   * are of the respondents to whom the question was shown.
   *
   * @param questionId the question id
   * @param fieldId the top-level dimension (field) the question belongs to
   * @param shown the number of respondents to whom it was shown
   * @param answered how many of them answered it
   * @param dontKnow how many said "don't know"
   * @param notApplicable how many said "not applicable"
   * @param missing how many left it unanswered
   * @param dontKnowShare dontKnow / shown (0 when shown to nobody)
   * @param notApplicableShare notApplicable / shown
   * @param missingShare missing / shown
   * @param knowledgeGap whether it was shown to someone and nobody answered it
   * @param counts answers per option value, lowest step first (choice), {@code false} and
   *     {@code true} (yes/no), or each option's choices (multiple choice); empty otherwise
   * @param agreement the agreement, for a scored ordinal or single-choice question
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record QuestionSummary(String questionId, String fieldId, int shown, int answered,
      int dontKnow, int notApplicable, int missing, Rational dontKnowShare,
      Rational notApplicableShare, Rational missingShare, boolean knowledgeGap,
      Map<String, Integer> counts, Optional<Agreement> agreement) {

    /**
     * Copies the counts, keeping their order.
     *
     * @param questionId the question id
     * @param fieldId the field
     * @param shown shown to
     * @param answered answered
     * @param dontKnow don't know
     * @param notApplicable not applicable
     * @param missing missing
     * @param dontKnowShare share of don't know
     * @param notApplicableShare share of not applicable
     * @param missingShare share missing
     * @param knowledgeGap whether nobody answered
     * @param counts answers per value
     * @param agreement the agreement
     */
    public QuestionSummary {
      counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }
  }

  /**
   * The agreement of the answers to one ordinal or single-choice question, in scale steps
   * (0 for the lowest-scoring option up to A − 1, options of equal score being one step).
   *
   * @param steps A, the number of steps of the scale
   * @param n the number of answers
   * @param range the highest step minus the lowest
   * @param median the median step (type 7)
   * @param interquartileRange upper minus lower quartile (type 7)
   * @param withinOneStep the share of answers at most one step from the median
   * @param averageDeviation the mean absolute deviation from the median
   * @param variance the sample variance of the steps (empty when n &lt; 2)
   * @param rwg r_wg = 1 − s² / σ²_EU with σ²_EU = (A² − 1) / 12, truncated to 0 when negative
   *     (empty when n &lt; 3 or A &lt; 2)
   * @param low whether r_wg is below the low-agreement cut-off
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Agreement(int steps, int n, int range, Rational median, Rational interquartileRange,
      Rational withinOneStep, Rational averageDeviation, Optional<Rational> variance,
      Optional<Rational> rwg, boolean low) {}

  /**
   * The agreement over the ordinal and single-choice questions of a dimension (its whole subtree)
   * or the total: r_wg(J) = J(1 − m) / (J(1 − m) + m), m the mean over the J questions of
   * s²_j / σ²_EU,j, 0 when m ≥ 1. Only questions with an r_wg take part.
   *
   * @param dimensionId the dimension id or {@code "total"}
   * @param items J
   * @param rwgJ r_wg(J) (empty when J = 0)
   * @param low whether it is below the low-agreement cut-off
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record DimensionAgreement(String dimensionId, int items, Optional<Rational> rwgJ, boolean low) {}

  /**
   * Krippendorff's alpha of the panel: units are the scored ordinal and single-choice questions,
   * coders the respondents, values the scale steps; α = 1 − D_o / D_e over the coincidence matrix
   * of the pairable values (units with at least two answers).
   *
   * @param units the number of units with at least two answers
   * @param pairableValues n, the number of answers in those units
   * @param ordinal alpha with the ordinal metric (empty when D_e = 0, such as a single value)
   * @param interval alpha with the interval metric (empty when D_e = 0)
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Alpha(int units, int pairableValues, Optional<Rational> ordinal,
      Optional<Rational> interval) {}

  /** Where the combination rule of a question comes from. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public enum RuleSource {
    /** The caller set it ({@link PanelAnalysis.Builder#combine}); it overrides the questionnaire's. */
    CALLER("caller"),
    /** The questionnaire sets it, on the question or above it ({@code scoring.combine}). */
    DOCUMENT("document"),
    /** Nobody set it (or the rule set does not fit): the question type's default. */
    DEFAULT("default");

    private final String jsonName;

    RuleSource(String jsonName) {
      this.jsonName = jsonName;
    }

    /** @return the name in JSON */
    public String jsonName() {
      return jsonName;
    }
  }

  /**
   * Route 2: the answers combined question by question and scored once by the engine.
   *
   * @param route always {@link Route#COMBINE_THEN_SCORE}
   * @param rules the rule used per question id (document order; text questions are not combined)
   * @param sources where each question's rule comes from, by question id (same order)
   * @param response the combined response (respondent id {@code panel}, role {@code combined})
   * @param assessment the engine's assessment of it
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Combined(Route route, Map<String, Combination> rules, Map<String, RuleSource> sources,
      Response response, Assessment assessment) {

    /**
     * Copies the rules and sources, keeping their order.
     *
     * @param route the route
     * @param rules the rules
     * @param sources where the rules come from
     * @param response the combined response
     * @param assessment its assessment
     */
    public Combined {
      rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
      sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
    }
  }

  /**
   * One group of respondents, described like the whole panel.
   *
   * @param key the group's key (its {@code group} or {@code role}; {@value PanelAnalysis#NO_GROUP}
   *     for respondents without one, {@value PanelAnalysis#OTHER} for the folded groups)
   * @param size the number of respondents in it
   * @param dimensions route 1 per dimension and the total
   * @param questions per question
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Group(String key, int size, List<Distribution> dimensions, List<QuestionSummary> questions) {

    /**
     * Copies the lists.
     *
     * @param key the key
     * @param size the size
     * @param dimensions per dimension
     * @param questions per question
     */
    public Group {
      dimensions = List.copyOf(dimensions);
      questions = List.copyOf(questions);
    }
  }

  /**
   * The gap between the groups' mean scores of a dimension (or the total).
   *
   * @param dimensionId the dimension id or {@code "total"}
   * @param lowestGroup the group with the lowest mean (the first by key when several)
   * @param lowestMean its mean
   * @param highestGroup the group with the highest mean (the first by key when several)
   * @param highestMean its mean
   * @param gap highestMean − lowestMean
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record GroupGap(String dimensionId, String lowestGroup, Rational lowestMean,
      String highestGroup, Rational highestMean, Rational gap) {}

  /**
   * The gap between the groups' median steps of one scored ordinal or single-choice question
   * ({@link Agreement#median()} of each group shown that answered it). Listed when at least two
   * groups answered it and their medians differ; a gap of {@link PanelAnalysis.Settings#groupGapSteps()}
   * or more puts the question on the agenda ({@link AgendaReason#GROUP_GAP}).
   *
   * @param questionId the question id
   * @param lowestGroup the group with the lowest median (the first by key when several)
   * @param lowestMedian its median step
   * @param highestGroup the group with the highest median (the first by key when several)
   * @param highestMedian its median step
   * @param gap highestMedian − lowestMedian, in steps
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record QuestionGap(String questionId, String lowestGroup, Rational lowestMedian,
      String highestGroup, Rational highestMedian, Rational gap) {}

  /** Why a question is on the workshop agenda. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public enum AgendaReason {
    /** Yes/no: some said yes, some said no. */
    YES_AND_NO("yesAndNo"),
    /** The answers span two steps or more. */
    SPREAD_OF_TWO_STEPS("spreadOfTwoSteps"),
    /** Both the lowest and the highest step were chosen. */
    BOTH_ENDS("bothEnds"),
    /** r_wg lies below the low-agreement cut-off. */
    LOW_AGREEMENT("lowAgreement"),
    /** The share of "don't know" reaches the cut-off. */
    MANY_DONT_KNOW("manyDontKnow"),
    /** The median steps of two groups shown lie the group-gap cut-off or more apart. */
    GROUP_GAP("groupGap");

    private final String jsonName;

    AgendaReason(String jsonName) {
      this.jsonName = jsonName;
    }

    /** @return the name in JSON */
    public String jsonName() {
      return jsonName;
    }
  }

  /**
   * A question to discuss in the workshop.
   *
   * @param questionId the question id
   * @param fieldId its field (top-level dimension), to group the agenda by
   * @param weight the question's weight
   * @param disagreement 1 − r_wg where defined; otherwise range / (A − 1) for choice questions,
   *     2·min(yes, no) / (yes + no) for yes/no; 0 else
   * @param priority weight × disagreement, the rank
   * @param reasons why it is listed, never empty
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record AgendaItem(String questionId, String fieldId, Rational weight, Rational disagreement,
      Rational priority, List<AgendaReason> reasons) {

    /**
     * Copies the reasons.
     *
     * @param questionId the question id
     * @param fieldId its field
     * @param weight its weight
     * @param disagreement the disagreement
     * @param priority the priority
     * @param reasons the reasons
     */
    public AgendaItem {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * The canonical JSON of this result, as {@code panel-result.schema.json} describes it: one line,
   * members in a fixed order, exact values as strings in the form of {@link Rational#toString()},
   * the combined assessment as {@link Assessment#toJson()} writes it.
   *
   * @return the JSON
   */
  public String toJson() {
    return PanelJson.write(this);
  }

  /**
   * The JSON Schema (draft 2020-12) of {@link #toJson()}: {@code panel-result.schema.json}, from
   * this module's jar.
   *
   * @return the schema's text
   */
  public static String jsonSchema() {
    try (java.io.InputStream in = PanelResult.class.getResourceAsStream("panel-result.schema.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("panel-result.schema.json is missing from the jar", e);
    }
  }
}
