package dev.selfcheck.report.internal;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.panel.PanelAnalysis;
import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.panel.PanelResult.AgendaItem;
import dev.selfcheck.panel.PanelResult.AgendaReason;
import dev.selfcheck.panel.PanelResult.Distribution;
import dev.selfcheck.panel.PanelResult.QuestionSummary;
import dev.selfcheck.report.internal.Labels.Label;
import dev.selfcheck.scoring.DimensionResult;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/*
 * The workshop report shows a PanelResult: what the panel module decided (distributions, agreement,
 * groups shown, the agenda and its reasons, knowledge gaps) is only read here, never decided again.
 * The combined result (route 2) is an ordinary assessment, so it gets the single report's Views:
 * its scores, bands, colour steps, recommendations and the wording of answers come from there, and
 * the route-1 numbers are written with the same Views.exact. Folded groups are not in
 * PanelResult.groups(), so they cannot appear: the report names only the groups the result shows.
 */

/** What the workshop report's two renderers show alike, as plain text (not yet escaped). */
public final class WorkshopViews {

  /** One band with the number of respondents whose score lies in it. */
  public record BandCount(String label, int count, Optional<Integer> colourStep) {}

  private final Questionnaire questionnaire;
  private final PanelResult result;
  private final Views views;

  private WorkshopViews(Questionnaire questionnaire, PanelResult result, Views views) {
    this.questionnaire = questionnaire;
    this.result = result;
    this.views = views;
  }

  /**
   * Checks the parts and prepares the views.
   *
   * @param questionnaire the questionnaire the panel answered
   * @param result the panel result
   * @param locale the language, if chosen (else the questionnaire's default language)
   * @param linkBase the base of relative links, if given
   * @return the views
   * @throws IllegalArgumentException if the result belongs to another questionnaire or version, or
   *     the questionnaire does not offer the language
   */
  public static WorkshopViews of(Questionnaire questionnaire, PanelResult result, Optional<String> locale,
      Optional<URI> linkBase) {
    String q = questionnaire.id() + " " + questionnaire.version();
    String r = result.questionnaireId() + " " + result.questionnaireVersion();
    if (!q.equals(r)) {
      throw new IllegalArgumentException("the panel result belongs to questionnaire " + r + ", not to " + q);
    }
    ReportContext combined = ReportContext.of(questionnaire, result.combined().assessment(), Optional.empty(),
        List.of(), locale, linkBase);
    return new WorkshopViews(questionnaire, result, new Views(combined));
  }

  /** @return the views of the combined result (route 2), with the labels and the wording */
  public Views views() {
    return views;
  }

  /** @return the panel result */
  public PanelResult result() {
    return result;
  }

  /** @return the questionnaire */
  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** @return the combined result's fields (top-level dimensions), in display order */
  public List<DimensionResult> fields() {
    return views.context().fields();
  }

  /** @return the combined result's total */
  public DimensionResult total() {
    return result.combined().assessment().total();
  }

  /**
   * Route 1 of a dimension or the total.
   *
   * @param dimensionId a dimension id or {@code "total"}
   * @return its distribution, if the result has it
   */
  public Optional<Distribution> distribution(String dimensionId) {
    return result.dimensions().stream().filter(d -> d.dimensionId().equals(dimensionId)).findFirst();
  }

  /**
   * The spread of a dimension's scores among the respondents.
   *
   * @param dimensionId a dimension id or {@code "total"}
   * @return the lowest and the highest score, if someone's response gives it a score
   */
  public Optional<RadarChart.Spread> spread(String dimensionId) {
    return distribution(dimensionId).filter(d -> d.min().isPresent() && d.max().isPresent())
        .map(d -> new RadarChart.Spread(d.min().get(), d.max().get()));
  }

  /** @return per field its spread, in the order of {@link #fields()} */
  List<Optional<RadarChart.Spread>> spreads() {
    return fields().stream().map(f -> spread(f.id())).toList();
  }

  /**
   * The spread in words.
   *
   * @param dimensionId a dimension id or {@code "total"}
   * @return such as {@code 54,17–95,83}, or {@code –}
   */
  public String spreadText(String dimensionId) {
    return spread(dimensionId).map(s -> views.exact(s.min()) + "–" + views.exact(s.max())).orElse("–");
  }

  /**
   * The quartiles in words.
   *
   * @param d a distribution
   * @return such as {@code 62,5–75}, or {@code –}
   */
  public String quartiles(Distribution d) {
    return d.lowerQuartile().isPresent() && d.upperQuartile().isPresent()
        ? views.exact(d.lowerQuartile().get()) + "–" + views.exact(d.upperQuartile().get()) : "–";
  }

  /**
   * The median in words.
   *
   * @param d a distribution
   * @return such as {@code 66,67}, or {@code –}
   */
  public String median(Distribution d) {
    return d.median().map(views::exact).orElse("–");
  }

  /**
   * The agreement r_wg(J) of a dimension in words, marked when low.
   *
   * @param dimensionId a dimension id or {@code "total"}
   * @return such as {@code 0,95} or {@code 0,42 (gering)}, or {@code –}
   */
  public String agreement(String dimensionId) {
    return result.dimensionAgreement().stream().filter(a -> a.dimensionId().equals(dimensionId)).findFirst()
        .filter(a -> a.rwgJ().isPresent())
        .map(a -> views.exact(a.rwgJ().get()) + (a.low() ? " (" + views.label(Label.LOW) + ")" : ""))
        .orElse("–");
  }

  /**
   * Whether a dimension's agreement is low.
   *
   * @param dimensionId a dimension id or {@code "total"}
   * @return whether r_wg(J) lies below the cut-off
   */
  public boolean lowAgreement(String dimensionId) {
    return result.dimensionAgreement().stream()
        .anyMatch(a -> a.dimensionId().equals(dimensionId) && a.low());
  }

  /**
   * The band counts of a distribution with the bands' labels, in band order; a score in no band as
   * "no band".
   *
   * @param d a distribution
   * @return the counts
   */
  public List<BandCount> bandCounts(Distribution d) {
    List<Band> bands = questionnaire.bandsOf(d.dimensionId());
    List<BandCount> counts = new ArrayList<>();
    for (Map.Entry<String, Integer> e : d.bands().entrySet()) {
      Optional<Band> band = bands.stream().filter(b -> b.id().equals(e.getKey())).findFirst();
      counts.add(new BandCount(band.map(b -> views.context().text(b.label())).orElse(views.label(Label.NO_BAND)),
          e.getValue(), band.map(b -> Views.colourStep(bands, b))));
    }
    return counts;
  }

  /**
   * The name of a group shown.
   *
   * @param key a group key
   * @return the key, or the report's words for the folded groups and for those without a group
   */
  public String groupLabel(String key) {
    return switch (key) {
      case PanelAnalysis.OTHER -> views.label(Label.GROUP_OTHER);
      case PanelAnalysis.NO_GROUP -> views.label(Label.GROUP_NONE);
      default -> key;
    };
  }

  /**
   * A group's mean score of a dimension in words.
   *
   * @param group a group shown
   * @param dimensionId a dimension id or {@code "total"}
   * @return such as {@code 70,83}, or {@code –}
   */
  public String groupMean(PanelResult.Group group, String dimensionId) {
    return group.dimensions().stream().filter(d -> d.dimensionId().equals(dimensionId)).findFirst()
        .flatMap(Distribution::mean).map(views::exact).orElse("–");
  }

  /**
   * The gap between the groups' means of a dimension in words.
   *
   * @param dimensionId a dimension id or {@code "total"}
   * @return such as {@code 12,5}, or {@code –}
   */
  public String groupGap(String dimensionId) {
    return result.groupGaps().stream().filter(g -> g.dimensionId().equals(dimensionId)).findFirst()
        .map(g -> views.exact(g.gap())).orElse("–");
  }

  /**
   * The label of a field, or of a dimension, or the total.
   *
   * @param dimensionId a dimension id or {@code "total"}
   * @return the label
   */
  public String dimensionLabel(String dimensionId) {
    if (DimensionResult.TOTAL.equals(dimensionId)) {
      return views.label(Label.TOTAL);
    }
    return views.fieldLabel(dimensionId);
  }

  /**
   * The agenda grouped by field: fields in display order, items in the agenda's order (highest
   * priority first) with their rank.
   *
   * @return per field id its items; fields without items are left out
   */
  public Map<String, List<AgendaItem>> agendaByField() {
    Map<String, List<AgendaItem>> groups = new LinkedHashMap<>();
    for (Dimension field : questionnaire.dimensions()) {
      groups.put(field.id(), new ArrayList<>());
    }
    for (AgendaItem item : result.agenda()) {
      groups.computeIfAbsent(item.fieldId(), k -> new ArrayList<>()).add(item);
    }
    groups.values().removeIf(List::isEmpty);
    return groups;
  }

  /**
   * The fields to show in the agenda: those with items or recommendations of the combined result,
   * in display order, then {@code ""} for the recommendations without a field.
   *
   * @return the field ids
   */
  public List<String> agendaFields() {
    Map<String, List<AgendaItem>> agenda = agendaByField();
    var recommendations = views.recommendationsByField();
    List<String> fields = new ArrayList<>();
    for (Dimension field : questionnaire.dimensions()) {
      if (agenda.containsKey(field.id()) || recommendations.containsKey(field.id())) {
        fields.add(field.id());
      }
    }
    if (recommendations.containsKey("")) {
      fields.add("");
    }
    return fields;
  }

  /**
   * An agenda item's rank on the whole agenda.
   *
   * @param item an item of the agenda
   * @return 1 for the first
   */
  public int rank(AgendaItem item) {
    return result.agenda().indexOf(item) + 1;
  }

  /**
   * A question across the panel.
   *
   * @param questionId a question id
   * @return its summary
   */
  public Optional<QuestionSummary> question(String questionId) {
    return result.questions().stream().filter(q -> q.questionId().equals(questionId)).findFirst();
  }

  /**
   * Why an item is on the agenda, in words, one sentence per reason, with the numbers behind it.
   *
   * @param item an agenda item
   * @return the sentences, in the order of the item's reasons
   */
  public List<String> reasons(AgendaItem item) {
    Optional<QuestionSummary> q = question(item.questionId());
    Optional<PanelResult.Agreement> agreement = q.flatMap(QuestionSummary::agreement);
    Labels labels = views.labels();
    List<String> words = new ArrayList<>();
    for (AgendaReason reason : item.reasons()) {
      words.add(switch (reason) {
        case YES_AND_NO -> labels.get(Label.REASON_YES_AND_NO, count(q, "true"), count(q, "false"));
        case SPREAD_OF_TWO_STEPS -> labels.get(Label.REASON_SPREAD, agreement.map(a -> String.valueOf(a.range()))
            .orElse("–"));
        case BOTH_ENDS -> labels.get(Label.REASON_BOTH_ENDS);
        case LOW_AGREEMENT -> labels.get(Label.REASON_LOW_AGREEMENT,
            agreement.flatMap(PanelResult.Agreement::rwg).map(views::exact).orElse("–"),
            views.exact(result.settings().lowAgreement()));
        case MANY_DONT_KNOW -> labels.get(Label.REASON_MANY_DONT_KNOW, q.map(QuestionSummary::dontKnow).orElse(0),
            q.map(QuestionSummary::shown).orElse(0), views.stateText(AnswerState.DONT_KNOW));
        case GROUP_GAP -> labels.get(Label.REASON_GROUP_GAP, result.settings().groupGapSteps());
      });
    }
    return words;
  }

  private static String count(Optional<QuestionSummary> q, String key) {
    return String.valueOf(q.map(s -> s.counts().getOrDefault(key, 0)).orElse(0));
  }

  /**
   * The answers a question got, in words with their counts: each option (or yes and no) that was
   * chosen, then "don't know" and "not applicable" when someone said so.
   *
   * @param summary a question's summary
   * @return such as {@code trifft voll zu: 3}
   */
  public List<String> answers(QuestionSummary summary) {
    Optional<Question> question = questionnaire.question(summary.questionId());
    boolean yesNo = question.map(x -> x.type() == QuestionType.YES_NO).orElse(false);
    List<String> answers = new ArrayList<>();
    for (Map.Entry<String, Integer> e : summary.counts().entrySet()) {
      if (e.getValue() > 0) {
        AnswerValue value = yesNo ? AnswerValue.bool(Boolean.parseBoolean(e.getKey())) : AnswerValue.option(e.getKey());
        answers.add(views.answer(summary.questionId(), value) + ": " + e.getValue());
      }
    }
    states(summary, answers);
    return answers;
  }

  /**
   * How a question's respondents did not answer it, in words with their counts.
   *
   * @param summary a question's summary
   * @return such as {@code weiß nicht: 2}; states nobody was in are left out
   */
  public List<String> states(QuestionSummary summary) {
    List<String> states = new ArrayList<>();
    states(summary, states);
    return states;
  }

  private void states(QuestionSummary summary, List<String> into) {
    if (summary.dontKnow() > 0) {
      into.add(views.stateText(AnswerState.DONT_KNOW) + ": " + summary.dontKnow());
    }
    if (summary.notApplicable() > 0) {
      into.add(views.stateText(AnswerState.NOT_APPLICABLE) + ": " + summary.notApplicable());
    }
    if (summary.missing() > 0) {
      into.add(views.stateText(AnswerState.NOT_ANSWERED) + ": " + summary.missing());
    }
  }

  /** @return the questions nobody could answer, in document order */
  public List<QuestionSummary> gaps() {
    return result.questions().stream().filter(QuestionSummary::knowledgeGap).toList();
  }

  /**
   * A question's priority on the agenda in words.
   *
   * @param item an agenda item
   * @return such as {@code 1,77}
   */
  public String priority(AgendaItem item) {
    return views.exact(item.priority());
  }
}
