package dev.selfcheck.surveyjs.internal;

import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Ids;
import dev.selfcheck.core.JsonPointer;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.surveyjs.Conversion;
import dev.selfcheck.surveyjs.SurveyJsProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads a SurveyJS survey into a questionnaire: pages become dimensions, panels sub-dimensions,
 * the supported question types questions, {@code visibleIf} conditions (through
 * {@link ConditionReader}); every property without counterpart is reported.
 */
public final class SurveyReader {

  private static final Pattern ID = Pattern.compile(Ids.ID_PATTERN);
  private static final Pattern OPTION_VALUE = Pattern.compile(Ids.OPTION_VALUE_PATTERN);
  private static final Pattern LANGUAGE = Pattern.compile(Ids.LANGUAGE_TAG_PATTERN);

  /** The most options a rating range is expanded to. */
  private static final int MAX_RATING_VALUES = 1000;

  private static final Set<String> ROOT = Set.of("title", "description", "locale", "pages", "elements",
      "questionnaireId", "questionnaireVersion", "clearInvisibleValues");
  private static final Set<String> CONTAINER = Set.of("type", "name", "title", "description", "elements");
  private static final Set<String> QUESTION = Set.of("type", "name", "title", "description", "isRequired",
      "visibleIf");
  /** Properties whose meaning is logic that would have to run. */
  private static final Set<String> LOGIC = Set.of("triggers", "calculatedValues", "enableIf", "requiredIf",
      "visibleIf", "expression", "defaultValueExpression", "setValueIf", "setValueExpression", "resetValueIf",
      "choicesVisibleIf", "choicesEnableIf", "rateValuesVisibleIf", "validators", "minValueExpression",
      "maxValueExpression", "correctAnswer");

  private final Losses losses;
  private final ConditionReader conditions;
  private final Set<String> locales = new LinkedHashSet<>();
  private final Set<String> dimensionIds = new HashSet<>();
  private final Set<String> questionIds = new HashSet<>();
  private final Map<String, Asked> asked = new LinkedHashMap<>();
  private String defaultLocale = "en";
  private int panelCount;

  private SurveyReader(Losses losses, Map<String, Asked> known) {
    this.losses = losses;
    this.conditions = known == null ? null : new ConditionReader(known);
  }

  /**
   * Reads a survey.
   *
   * @param json SurveyJS survey JSON
   * @return the questionnaire and the loss report
   */
  public static Conversion<Questionnaire> read(String json) {
    JsonNode root;
    try {
      root = Json.parse(json);
    } catch (IllegalArgumentException e) {
      Losses losses = new Losses();
      losses.add(SurveyJsProblem.NOT_JSON, "", "", e.getMessage());
      return Conversion.of(null, losses.list());
    }
    if (!root.isObject()) {
      Losses losses = new Losses();
      losses.add(SurveyJsProblem.NOT_JSON, "", "", "a " + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
      return Conversion.of(null, losses.list());
    }
    // first pass: which questions there are, so that conditions may refer to later questions
    SurveyReader first = new SurveyReader(Losses.quiet(), null);
    first.questionnaire(root);
    Losses losses = new Losses();
    Questionnaire q = new SurveyReader(losses, first.asked).questionnaire(root);
    return Conversion.of(q, losses.list());
  }

  private Questionnaire questionnaire(JsonNode root) {
    JsonNode locale = root.path("locale");
    if (locale.isString() && LANGUAGE.matcher(locale.stringValue()).matches()) {
      defaultLocale = locale.stringValue();
    } else if (!locale.isMissingNode()) {
      losses.add(SurveyJsProblem.INVALID_LOCALE, "/locale", "/defaultLocale", Json.brief(locale));
    }
    List<JsonNode> pages = new ArrayList<>();
    List<String> pagePointers = new ArrayList<>();
    if (root.path("pages").isArray()) {
      for (int i = 0; i < root.get("pages").size(); i++) {
        pages.add(root.get("pages").get(i));
        pagePointers.add("/pages/" + i);
      }
    } else if (root.path("elements").isArray()) {
      pages.add(root);
      pagePointers.add("");
    } else {
      losses.add(SurveyJsProblem.NOT_A_SURVEY, "", "");
      return null;
    }
    for (Map.Entry<String, JsonNode> member : root.properties()) {
      String name = member.getKey();
      if (!ROOT.contains(name)) {
        ignored(name, "/" + JsonPointer.escape(name), "");
      } else if (name.equals("clearInvisibleValues") && !"onHidden".equals(member.getValue().asString(""))) {
        losses.add(SurveyJsProblem.PROPERTY_IGNORED, "/clearInvisibleValues", "", "clearInvisibleValues");
      }
    }
    String id = text(root.path("questionnaireId"));
    String version = text(root.path("questionnaireVersion"));
    Optional<SemanticVersion> parsed = version == null ? Optional.empty() : parseVersion(version);
    if (id == null || !ID.matcher(id).matches() || parsed.isEmpty()) {
      id = id != null && ID.matcher(id).matches() ? id : "survey";
      parsed = Optional.of(parsed.orElse(SemanticVersion.parse("1.0.0")));
      losses.add(SurveyJsProblem.DEFAULT_IDENTITY, "", "/id", id, parsed.get());
    }
    Questionnaire.Builder b = Questionnaire.builder()
        .id(id)
        .version(parsed.get())
        .defaultLocale(defaultLocale)
        .title(localized(root.path("title"), "/title", "/title").orElse(LocalizedText.of(defaultLocale, id)));
    localized(root.path("description"), "/description", "/description").ifPresent(b::description);
    int d = 0;
    for (int i = 0; i < pages.size(); i++) {
      String name = pages.get(i).path("name").isString() ? pages.get(i).get("name").stringValue() : "page" + (i + 1);
      Optional<Dimension> dim = dimension(pages.get(i), pagePointers.get(i), "/dimensions/" + d, name, true);
      if (dim.isPresent()) {
        b.addDimension(dim.get());
        d++;
      }
    }
    locales.remove(defaultLocale);
    b.locales(locales);
    return b.build();
  }

  private static Optional<SemanticVersion> parseVersion(String text) {
    try {
      return Optional.of(SemanticVersion.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Optional<Dimension> dimension(JsonNode node, String from, String to, String name, boolean page) {
    if (!ID.matcher(name).matches()) {
      losses.add(SurveyJsProblem.INVALID_NAME, from.isEmpty() ? "" : from + "/name", to, name);
      return Optional.empty();
    }
    if (!dimensionIds.add(name)) {
      losses.add(SurveyJsProblem.DUPLICATE_NAME, from + "/name", to, name);
      return Optional.empty();
    }
    if (!page || !from.isEmpty()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        if (!CONTAINER.contains(member.getKey())) {
          ignored(member.getKey(), from + "/" + JsonPointer.escape(member.getKey()), to);
        }
      }
    }
    Dimension.Builder b = Dimension.builder().id(name)
        .label(localized(node.path("title"), from + "/title", to + "/label").orElse(LocalizedText.of(defaultLocale, name)));
    localized(node.path("description"), from + "/description", to + "/description").ifPresent(b::description);
    JsonNode elements = node.path("elements");
    boolean panelSeen = false;
    boolean orderChanged = false;
    int q = 0;
    int sub = 0;
    for (int i = 0; i < elements.size(); i++) {
      JsonNode element = elements.get(i);
      String pointer = from + "/elements/" + i;
      String type = element.path("type").asString("");
      if (type.equals("panel")) {
        panelSeen = true;
        String panelName = element.path("name").isString() ? element.get("name").stringValue() : "panel" + (++panelCount);
        Optional<Dimension> child = dimension(element, pointer, to + "/dimensions/" + sub, panelName, false);
        if (child.isPresent()) {
          b.addDimension(child.get());
          sub++;
        }
      } else {
        Optional<Question> question = question(element, pointer, to + "/questions/" + q);
        if (question.isPresent()) {
          orderChanged |= panelSeen;
          b.addQuestion(question.get());
          q++;
        }
      }
    }
    if (orderChanged) {
      losses.add(SurveyJsProblem.ORDER_CHANGED, from + "/elements", to);
    }
    return Optional.of(b.build());
  }

  private Optional<Question> question(JsonNode node, String from, String to) {
    String type = node.path("type").asString("");
    QuestionType kind = switch (type) {
      case "radiogroup", "dropdown" -> QuestionType.SINGLE_CHOICE;
      case "checkbox", "tagbox" -> QuestionType.MULTIPLE_CHOICE;
      case "rating" -> QuestionType.ORDINAL_SCALE;
      case "boolean" -> QuestionType.YES_NO;
      case "text" -> "number".equals(node.path("inputType").asString("")) ? QuestionType.NUMBER : QuestionType.TEXT;
      case "comment" -> QuestionType.TEXT;
      default -> null;
    };
    if (kind == null) {
      losses.add(SurveyJsProblem.UNSUPPORTED_QUESTION_TYPE, from, to, type);
      return Optional.empty();
    }
    String name = node.path("name").asString("");
    if (!ID.matcher(name).matches()) {
      losses.add(SurveyJsProblem.INVALID_NAME, from + (node.has("name") ? "/name" : ""), to, name);
      return Optional.empty();
    }
    if (!questionIds.add(name)) {
      losses.add(SurveyJsProblem.DUPLICATE_NAME, from + "/name", to, name);
      return Optional.empty();
    }
    Set<String> handled = new HashSet<>(QUESTION);
    Question.Builder b = Question.builder().id(name).type(kind)
        .text(localized(node.path("title"), from + "/title", to + "/text").orElse(LocalizedText.of(defaultLocale, name)));
    localized(node.path("description"), from + "/description", to + "/help").ifPresent(b::help);
    if (node.path("isRequired").asBoolean(false)) {
      b.required(true);
    }
    boolean dontKnow = false;
    List<AnswerOption> options = new ArrayList<>();
    switch (type) {
      case "radiogroup", "dropdown", "checkbox", "tagbox" -> {
        handled.addAll(List.of("choices", "showDontKnowItem"));
        options = choices(node.path("choices"), from + "/choices", to + "/options");
        dontKnow = node.path("showDontKnowItem").asBoolean(false);
      }
      case "rating" -> {
        handled.addAll(List.of("rateValues", "rateMin", "rateMax", "rateStep", "rateCount"));
        options = node.path("rateValues").isArray() && !node.get("rateValues").isEmpty()
            ? choices(node.get("rateValues"), from + "/rateValues", to + "/options")
            : ratingRange(node, from, to);
      }
      case "text" -> {
        handled.add("inputType");
        if (kind == QuestionType.NUMBER) {
          handled.addAll(List.of("min", "max"));
          number(node.path("min"), from + "/min").ifPresent(b::min);
          number(node.path("max"), from + "/max").ifPresent(b::max);
        }
      }
      default -> { }
    }
    b.options(options);
    if (dontKnow) {
      b.allowDontKnow(true);
    }
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      if (!handled.contains(member.getKey())) {
        ignored(member.getKey(), from + "/" + JsonPointer.escape(member.getKey()), to);
      }
    }
    asked.put(name, new Asked(kind, dontKnow, options.stream().map(AnswerOption::value).toList()));
    JsonNode visibleIf = node.path("visibleIf");
    if (conditions != null && visibleIf.isString() && !visibleIf.stringValue().isBlank()) {
      try {
        b.visibleWhen(conditions.read(visibleIf.stringValue()));
      } catch (Expression.Refused e) {
        losses.add(SurveyJsProblem.EXPRESSION_NOT_CARRIED, from + "/visibleIf", to, Json.brief(visibleIf.stringValue()),
            e.getMessage());
      }
    }
    return Optional.of(b.build());
  }

  private List<AnswerOption> choices(JsonNode items, String from, String to) {
    List<AnswerOption> options = new ArrayList<>();
    Set<String> values = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String pointer = from + "/" + i;
      String target = to + "/" + options.size();
      JsonNode valueNode = item.isObject() ? item.path("value") : item;
      String value = Json.asOptionValue(valueNode);
      if (value == null || !OPTION_VALUE.matcher(value).matches() || !values.add(value)) {
        losses.add(SurveyJsProblem.INVALID_CHOICE, item.isObject() ? pointer + "/value" : pointer, target,
            value == null ? Json.brief(valueNode) : value);
        continue;
      }
      AnswerOption.Builder option = AnswerOption.builder().value(value);
      LocalizedText label = null;
      if (item.isObject()) {
        label = localized(item.path("text"), pointer + "/text", target + "/label").orElse(null);
        JsonNode score = item.path("score");
        if (!score.isMissingNode()) {
          Optional<BigDecimal> s = number(score, pointer + "/score");
          s.ifPresent(option::score);
        }
        for (Map.Entry<String, JsonNode> member : item.properties()) {
          if (!Set.of("value", "text", "score").contains(member.getKey())) {
            ignored(member.getKey(), pointer + "/" + JsonPointer.escape(member.getKey()), target);
          }
        }
      }
      options.add(option.label(label != null ? label : LocalizedText.of(defaultLocale, value)).build());
    }
    return options;
  }

  private List<AnswerOption> ratingRange(JsonNode node, String from, String to) {
    BigDecimal min = number(node.path("rateMin"), from + "/rateMin").orElse(BigDecimal.ONE);
    BigDecimal step = number(node.path("rateStep"), from + "/rateStep").orElse(BigDecimal.ONE);
    BigDecimal max = number(node.path("rateMax"), from + "/rateMax").orElse(BigDecimal.valueOf(5));
    Optional<BigDecimal> count = number(node.path("rateCount"), from + "/rateCount");
    if (count.isPresent() && node.path("rateMax").isMissingNode()) {
      max = min.add(step.multiply(count.get().subtract(BigDecimal.ONE)));
    }
    List<AnswerOption> options = new ArrayList<>();
    if (step.signum() <= 0 || max.subtract(min).divide(step, java.math.MathContext.DECIMAL64)
        .compareTo(BigDecimal.valueOf(MAX_RATING_VALUES)) > 0) {
      losses.add(SurveyJsProblem.INVALID_CHOICE, from + "/rateStep", to + "/options", Json.numberText(step));
      return options;
    }
    for (BigDecimal v = min; v.compareTo(max) <= 0; v = v.add(step)) {
      String value = Json.numberText(v);
      options.add(AnswerOption.of(value, LocalizedText.of(defaultLocale, value), v));
    }
    losses.add(SurveyJsProblem.RATING_VALUES_AS_SCORES, from, to + "/options", Json.numberText(min),
        Json.numberText(max));
    return options;
  }

  private Optional<BigDecimal> number(JsonNode node, String pointer) {
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (node.isNumber()) {
      return Optional.of(node.decimalValue());
    }
    if (node.isString()) {
      try {
        return Optional.of(new BigDecimal(node.stringValue().trim()));
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    losses.add(SurveyJsProblem.INVALID_SCORE, pointer, "", Json.brief(node));
    return Optional.empty();
  }

  /** A SurveyJS text: a string in the survey's locale, or a locale object. */
  private Optional<LocalizedText> localized(JsonNode node, String from, String to) {
    if (node.isString()) {
      return node.stringValue().isEmpty() ? Optional.empty() : Optional.of(LocalizedText.of(defaultLocale, node.stringValue()));
    }
    if (!node.isObject()) {
      if (!node.isMissingNode() && !node.isNull()) {
        losses.add(SurveyJsProblem.PROPERTY_IGNORED, from, to, Json.brief(node));
      }
      return Optional.empty();
    }
    Map<String, String> texts = new LinkedHashMap<>();
    if (node.path("default").isString()) {
      texts.put(defaultLocale, node.get("default").stringValue());
    }
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      String key = member.getKey();
      if (key.equals("default")) {
        continue;
      }
      if (!LANGUAGE.matcher(key).matches() || !member.getValue().isString()) {
        losses.add(SurveyJsProblem.INVALID_LOCALE, from + "/" + JsonPointer.escape(key), to, key);
        continue;
      }
      texts.put(key, member.getValue().stringValue());
      locales.add(key);
    }
    return texts.isEmpty() ? Optional.empty() : Optional.of(LocalizedText.of(texts));
  }

  private void ignored(String name, String from, String to) {
    losses.add(LOGIC.contains(name) ? SurveyJsProblem.LOGIC_NOT_CARRIED : SurveyJsProblem.PROPERTY_IGNORED,
        from, to, name);
  }

  private static String text(JsonNode node) {
    return node.isString() ? node.stringValue() : null;
  }
}
