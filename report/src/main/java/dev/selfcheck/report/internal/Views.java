package dev.selfcheck.report.internal;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Link;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.report.internal.Labels.Label;
import dev.selfcheck.scoring.Contribution;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Reason;
import dev.selfcheck.scoring.Wording;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the three renderers show alike, as plain text (not yet escaped): answers, scores, bands and
 * their colour steps, the grouping of recommendations, and the targets of links.
 */
public final class Views {

  /** The number of colour steps bands are mapped to, from the lowest band to the highest. */
  public static final int COLOUR_STEPS = 5;

  private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
  private static final List<String> KNOWN_TAGS =
      List.of("workshop", "decision-makers", "resident-dialogue", "knowledge-article");

  private final ReportContext context;
  private final Labels labels;
  private final Wording wording;
  private final Map<String, String> fieldOf = new LinkedHashMap<>();

  /**
   * Prepares the views of a report.
   *
   * @param context the report's parts
   */
  public Views(ReportContext context) {
    this.context = context;
    this.labels = context.labels();
    this.wording = Wording.of(labels.locale(), context.questionnaire());
    for (Dimension field : context.questionnaire().dimensions()) {
      field.descendantsAndSelf().forEach(d -> fieldOf.putIfAbsent(d.id(), field.id()));
    }
  }

  /** @return the report's parts */
  public ReportContext context() {
    return context;
  }

  /** @return the label catalog */
  public Labels labels() {
    return labels;
  }

  /**
   * A report label.
   *
   * @param label the label
   * @return its text
   */
  public String label(Label label) {
    return labels.get(label);
  }

  /**
   * The label of a dimension, or the report's word for the total.
   *
   * @param result a result
   * @return the label
   */
  public String label(DimensionResult result) {
    if (DimensionResult.TOTAL.equals(result.id())) {
      return label(Label.TOTAL);
    }
    return context.text(result.label());
  }

  /**
   * The display score, or "not scorable".
   *
   * @param result a result
   * @return such as {@code 37,5} or {@code nicht bewertbar}
   */
  public String score(DimensionResult result) {
    return result.displayScore().map(labels::number).orElse(label(Label.NOT_SCORABLE));
  }

  /**
   * The band label, "no band", or empty if not scorable.
   *
   * @param result a result
   * @return the band text
   */
  public String band(DimensionResult result) {
    if (!result.scorable()) {
      return "";
    }
    return result.band().map(b -> context.text(b.label())).orElse(label(Label.NO_BAND));
  }

  /**
   * The completion as a percentage.
   *
   * @param result a result
   * @return such as {@code 100 %}
   */
  public String completion(DimensionResult result) {
    return wording.percent(result.completion());
  }

  /**
   * Where the score lies between the lowest and the highest possible score.
   *
   * @param result a result
   * @return 0 to 1; empty if not scorable or the range is empty
   */
  public Optional<Double> fraction(DimensionResult result) {
    return result.score().flatMap(s -> fraction(result, s.doubleValue()));
  }

  /**
   * Where a value lies between the lowest and the highest possible score of a result.
   *
   * @param result a result
   * @param value a score
   * @return 0 to 1 (clamped); empty if the range is empty
   */
  public Optional<Double> fraction(DimensionResult result, double value) {
    double min = result.minScore().doubleValue();
    double max = result.maxScore().doubleValue();
    if (!(max > min)) {
      return Optional.empty();
    }
    return Optional.of(Math.max(0, Math.min(1, (value - min) / (max - min))));
  }

  /**
   * The bands that apply to a result: the dimension's own, else the questionnaire's.
   *
   * @param result a result
   * @return the bands, in document order
   */
  public List<Band> bandsOf(DimensionResult result) {
    return context.questionnaire().bandsOf(result.id());
  }

  /**
   * The colour step of a result's band: the band's rank among its bands, spread over
   * {@value #COLOUR_STEPS} steps (0 the lowest).
   *
   * @param result a result
   * @return the step; empty if the result has no band
   */
  public Optional<Integer> colourStep(DimensionResult result) {
    if (!result.scorable()) {
      return Optional.empty();
    }
    return result.band().map(b -> colourStep(bandsOf(result), b));
  }

  /**
   * The colour step of a band among its bands.
   *
   * @param bands the bands, in document order
   * @param band one of them
   * @return the step, 0 to {@value #COLOUR_STEPS} - 1
   */
  public static int colourStep(List<Band> bands, Band band) {
    List<Band> sorted = new ArrayList<>(bands);
    sorted.sort((a, b) -> a.lower().compareTo(b.lower()));
    int index = 0;
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(band.id())) {
        index = i;
      }
    }
    if (sorted.size() <= 1) {
      return COLOUR_STEPS - 1;
    }
    return (int) Math.round(index * (COLOUR_STEPS - 1) / (double) (sorted.size() - 1));
  }

  /**
   * The field (top-level dimension) a dimension belongs to.
   *
   * @param dimensionId a dimension id
   * @return the field's id; empty if there is no such dimension
   */
  public Optional<String> fieldOf(String dimensionId) {
    return Optional.ofNullable(fieldOf.get(dimensionId));
  }

  /**
   * The fired recommendations grouped by field, fields in display order, then the recommendations
   * without a field under the key {@code ""}; within a group in the assessment's order.
   *
   * @return the groups; fields without recommendations are left out
   */
  public Map<String, List<FiredRecommendation>> recommendationsByField() {
    Map<String, List<FiredRecommendation>> groups = new LinkedHashMap<>();
    for (Dimension field : context.questionnaire().dimensions()) {
      groups.put(field.id(), new ArrayList<>());
    }
    groups.put("", new ArrayList<>());
    for (FiredRecommendation fired : context.assessment().recommendations()) {
      String field = fired.recommendation().dimension().flatMap(this::fieldOf).orElse("");
      groups.get(field).add(fired);
    }
    groups.values().removeIf(List::isEmpty);
    return groups;
  }

  /**
   * The fired recommendations grouped by kind of support: the known kinds first (workshop,
   * decision-makers, resident-dialogue, knowledge-article), then other tags as they first appear,
   * then the untagged ones under the key {@code ""}. A recommendation with several tags is in
   * several groups.
   *
   * @return the groups; kinds without recommendations are left out
   */
  public Map<String, List<FiredRecommendation>> recommendationsBySupport() {
    Map<String, List<FiredRecommendation>> groups = new LinkedHashMap<>();
    for (String tag : KNOWN_TAGS) {
      groups.put(tag, new ArrayList<>());
    }
    List<FiredRecommendation> untagged = new ArrayList<>();
    for (FiredRecommendation fired : context.assessment().recommendations()) {
      List<String> tags = fired.recommendation().tags();
      if (tags.isEmpty()) {
        untagged.add(fired);
      }
      for (String tag : tags) {
        groups.computeIfAbsent(tag, t -> new ArrayList<>()).add(fired);
      }
    }
    groups.put("", untagged);
    groups.values().removeIf(List::isEmpty);
    return groups;
  }

  /**
   * The heading of a kind-of-support group.
   *
   * @param tag a tag, or {@code ""} for the untagged
   * @return the label
   */
  public String supportLabel(String tag) {
    return tag.isEmpty() ? label(Label.OTHER_SUPPORT) : labels.tag(tag);
  }

  /**
   * The heading of a field group of recommendations.
   *
   * @param fieldId a field id, or {@code ""} for the recommendations without a field
   * @return the label
   */
  public String fieldLabel(String fieldId) {
    if (fieldId.isEmpty()) {
      return label(Label.GENERAL);
    }
    return context.questionnaire().dimension(fieldId).map(d -> context.text(d.label())).orElse(fieldId);
  }

  /**
   * The text of a link: its label, else its address as written.
   *
   * @param link a link
   * @return the text
   */
  public String linkText(Link link) {
    return context.text(link.label()).orElse(link.href());
  }

  /**
   * Where a link may lead: its address resolved against the link base. Relative addresses lead
   * nowhere without a link base (the report never invents an address), and only {@code http},
   * {@code https} and {@code mailto} addresses are ever live.
   *
   * @param link a link
   * @return the absolute address, or empty if the link is to be shown as text
   */
  public Optional<URI> linkTarget(Link link) {
    URI href;
    try {
      href = new URI(encodeUnsafe(link.href()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    URI target;
    if (href.isAbsolute()) {
      target = href;
    } else if (context.linkBase().isPresent() && !link.href().startsWith("//")) {
      target = context.linkBase().get().resolve(href);
    } else {
      return Optional.empty();
    }
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    return LINK_SCHEMES.contains(scheme) ? Optional.of(target) : Optional.empty();
  }

  /** Percent-encodes the ASCII characters that may not appear in an address as written. */
  private static String encodeUnsafe(String href) {
    StringBuilder out = new StringBuilder(href.length());
    for (int i = 0; i < href.length(); i++) {
      char c = href.charAt(i);
      if (c <= 0x20 || c == 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
        out.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Who answered, as one line: the id, then role and group in brackets.
   *
   * @return the respondent, if the response or assessment names one
   */
  public Optional<String> respondent() {
    Optional<Respondent> r = context.assessment().respondent()
        .or(() -> context.response().flatMap(x -> x.respondent()));
    return r.map(x -> {
      List<String> more = new ArrayList<>();
      x.role().ifPresent(more::add);
      x.group().ifPresent(more::add);
      return more.isEmpty() ? x.id() : x.id() + " (" + String.join(", ", more) + ")";
    });
  }

  /** @return the date the response was submitted, written for the report's language */
  public Optional<String> submitted() {
    return context.response().flatMap(r -> r.submittedAt()).map(labels::date);
  }

  /**
   * The text of a question, else its id.
   *
   * @param questionId a question id
   * @return the text
   */
  public String questionText(String questionId) {
    return context.questionnaire().question(questionId).map(q -> context.text(q.text())).orElse(questionId);
  }

  /**
   * The answer a contribution's question got, in words.
   *
   * @param contribution a question's contribution
   * @return such as {@code trifft teilweise zu}, {@code ja}, {@code 18,5 %}, {@code weiß nicht}
   */
  public String answer(Contribution contribution) {
    if (!contribution.visible()) {
      return label(Label.HIDDEN);
    }
    Optional<Answer> answer = context.response().flatMap(r -> r.answer(contribution.id()));
    if (answer.isEmpty()) {
      return stateText(contribution.state());
    }
    return answer(contribution.id(), answer.get());
  }

  /**
   * An answer to a question, in words.
   *
   * @param questionId the question
   * @param answer the answer
   * @return such as {@code trifft teilweise zu}, {@code ja}, {@code 18,5 %}, {@code weiß nicht}
   */
  public String answer(String questionId, Answer answer) {
    if (answer.value().isEmpty()) {
      return stateText(answer.state());
    }
    return wording.answer(questionId, answer.value().get());
  }

  /**
   * An answer value to a question, in words.
   *
   * @param questionId the question
   * @param value the value
   * @return such as {@code trifft teilweise zu}, {@code ja}, {@code 18,5 %}
   */
  public String answer(String questionId, AnswerValue value) {
    return wording.answer(questionId, value);
  }

  /**
   * A reason for a recommendation in the report's language, from its code and arguments alone (the
   * answer the assessment saw, the exact score, the band), with question texts, option and band
   * labels and dimension labels instead of ids; nothing is looked up in the response.
   *
   * @param reason a reason of a fired recommendation
   * @return such as {@code „Gibt es eine Beschwerdestelle?“: nein}
   */
  public String reason(Reason reason) {
    return wording.reason(reason);
  }

  /**
   * The words for an answer state.
   *
   * @param state a state
   * @return such as {@code weiß nicht}
   */
  public String stateText(AnswerState state) {
    return wording.state(state);
  }

  /**
   * Why a question or sub-dimension did not count, in the report's language, from its code.
   *
   * @param contribution a contribution that did not count
   * @return such as {@code mit „weiß nicht“ beantwortet}
   */
  public Optional<String> excludedBecause(Contribution contribution) {
    return contribution.exclusion().map(wording::exclusion);
  }

  /**
   * Why a dimension has no score, in the report's language, from its code (numbers exact as the
   * assessment holds them, written with the language's decimal separator).
   *
   * @param result a dimension result
   * @return the reason, if the dimension has no score
   */
  public Optional<String> notScorableBecause(DimensionResult result) {
    return result.notScorable().map(wording::notScorable);
  }

  /**
   * The comment and evidence of an answer.
   *
   * @param questionId a question id
   * @return the answer, if the response has one
   */
  public Optional<Answer> answerOf(String questionId) {
    return context.response().flatMap(r -> r.answer(questionId));
  }

  /**
   * An exact number for display: rounded half up to two decimals, trailing zeros dropped.
   *
   * @param value a number
   * @return such as {@code 33,33}
   */
  public String exact(Rational value) {
    return labels.number(value.toBigDecimal(2).stripTrailingZeros());
  }

  /**
   * A share (0 to 1) for display.
   *
   * @param share a share
   * @return such as {@code 33,3 %}
   */
  public String share(Rational share) {
    BigDecimal percent = share.times(Rational.HUNDRED).toBigDecimal(1);
    return labels.number(percent.stripTrailingZeros()) + " %";
  }

  /**
   * A weight for display.
   *
   * @param weight a weight
   * @return such as {@code 1,5}
   */
  public String weight(BigDecimal weight) {
    return labels.number(weight.stripTrailingZeros());
  }
}
