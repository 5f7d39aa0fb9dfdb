package dev.selfcheck.surveyjs.internal;

import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.Metadata;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.surveyjs.Conversion;
import dev.selfcheck.surveyjs.SurveyJsProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a questionnaire as a SurveyJS survey: top-level dimensions become pages, deeper ones
 * panels, questions the SurveyJS type of the mapping table (docs/interop-surveyjs.md), visibility
 * conditions {@code visibleIf} (through {@link ConditionWriter}); whatever has no counterpart is
 * reported.
 */
public final class SurveyWriter {

  private final Questionnaire questionnaire;
  private final Losses losses = new Losses();
  private final Map<String, Asked> asked = new LinkedHashMap<>();
  private final Set<String> textLocales = new LinkedHashSet<>();
  private final Set<String> inlined = new HashSet<>();

  private SurveyWriter(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
    questionnaire.allQuestions().forEach(q -> asked.putIfAbsent(q.id(), Asked.of(questionnaire, q)));
  }

  /**
   * Writes a questionnaire.
   *
   * @param questionnaire the questionnaire
   * @return the survey JSON and the loss report
   */
  public static Conversion<String> write(Questionnaire questionnaire) {
    SurveyWriter writer = new SurveyWriter(questionnaire);
    JsonNode survey = writer.survey();
    return Conversion.of(Json.write(survey), writer.losses.list());
  }

  /** The survey as a JSON tree, for the results writer and tests. */
  static ObjectNode tree(Questionnaire questionnaire) {
    return new SurveyWriter(questionnaire).survey();
  }

  private ObjectNode survey() {
    Questionnaire q = questionnaire;
    ObjectNode root = Json.NODES.objectNode();
    root.put("questionnaireId", q.id());
    root.put("questionnaireVersion", q.version().toString());
    root.put("locale", q.defaultLocale());
    root.set("title", text(q.title()));
    q.description().ifPresent(d -> root.set("description", text(d)));
    root.put("clearInvisibleValues", "onHidden");
    ArrayNode pages = root.putArray("pages");
    for (int i = 0; i < q.dimensions().size(); i++) {
      pages.add(container(q.dimensions().get(i), "/dimensions/" + i, "/pages/" + i, true));
    }
    if (!q.metadata().equals(Metadata.empty())) {
      losses.add(SurveyJsProblem.NOT_CARRIED, "/metadata", "", "the metadata (authors, licence, source)");
    }
    q.scoring().ifPresent(s -> losses.add(SurveyJsProblem.NOT_CARRIED, "/scoring", "", "the scoring settings"));
    for (int i = 0; i < q.scales().size(); i++) {
      notCarried(!inlined.contains(q.scales().get(i).id()), "/scales/" + i,
          "the scale '" + q.scales().get(i).id() + "', which no question uses");
    }
    notCarried(!q.bands().isEmpty(), "/bands", "the bands");
    notCarried(!q.namedConditions().isEmpty(), "/conditions",
        "the named conditions (a visibility condition that refers to one is reported where it stands)");
    notCarried(!q.rules().isEmpty(), "/rules", "the rules");
    notCarried(!q.recommendations().isEmpty(), "/recommendations", "the recommendations");
    notCarried(!q.extensions().isEmpty(), "", "the host data (extensions)");
    List<String> declared = new ArrayList<>(q.locales());
    textLocales.remove(q.defaultLocale());
    if (!declared.equals(new ArrayList<>(textLocales))) {
      losses.add(SurveyJsProblem.NOT_CARRIED, "/locales", "",
          "the list of locales (SurveyJS knows a language only by the texts written in it, in the order they appear)");
    }
    return root;
  }

  private void notCarried(boolean lost, String pointer, String what) {
    if (lost) {
      losses.add(SurveyJsProblem.NOT_CARRIED, pointer, "", what);
    }
  }

  private ObjectNode container(Dimension d, String from, String to, boolean page) {
    ObjectNode node = Json.NODES.objectNode();
    if (!page) {
      node.put("type", "panel");
    }
    node.put("name", d.id());
    node.set("title", text(d.label()));
    d.description().ifPresent(x -> node.set("description", text(x)));
    if (d.weight().compareTo(BigDecimal.ONE) != 0) {
      losses.add(SurveyJsProblem.NOT_CARRIED, from + "/weight", to, "the weight of dimension '" + d.id() + "'");
    }
    d.scoring().ifPresent(s -> losses.add(SurveyJsProblem.NOT_CARRIED, from + "/scoring", to,
        "the scoring settings of dimension '" + d.id() + "'"));
    notCarried(d.ownBands(), from + "/bands", "the bands of dimension '" + d.id() + "'", to);
    notCarried(!d.extensions().isEmpty(), from, "the host data of dimension '" + d.id() + "'", to);
    ArrayNode elements = node.putArray("elements");
    for (int i = 0; i < d.questions().size(); i++) {
      elements.add(question(d.questions().get(i), from + "/questions/" + i, to + "/elements/" + elements.size()));
    }
    for (int i = 0; i < d.dimensions().size(); i++) {
      elements.add(container(d.dimensions().get(i), from + "/dimensions/" + i, to + "/elements/" + elements.size(),
          false));
    }
    return node;
  }

  private ObjectNode question(Question q, String from, String to) {
    ObjectNode node = Json.NODES.objectNode();
    node.put("type", switch (q.type()) {
      case SINGLE_CHOICE -> "radiogroup";
      case MULTIPLE_CHOICE -> "checkbox";
      case ORDINAL_SCALE -> "rating";
      case YES_NO -> "boolean";
      case NUMBER -> "text";
      case TEXT -> "comment";
    });
    node.put("name", q.id());
    node.set("title", text(q.text()));
    q.help().ifPresent(h -> node.set("description", text(h)));
    if (q.required()) {
      node.put("isRequired", true);
    }
    if (q.type() == QuestionType.NUMBER) {
      node.put("inputType", "number");
      q.min().ifPresent(m -> node.put("min", m));
      q.max().ifPresent(m -> node.put("max", m));
    }
    notCarried(q.unit().isPresent(), from + "/unit", "the unit of question '" + q.id() + "'", to);
    if (q.type().hasOptions()) {
      q.scale().ifPresent(s -> {
        if (inlined.add(s)) {
          losses.add(SurveyJsProblem.SCALE_INLINED, from + "/scale", to, s);
        }
      });
      ArrayNode items = node.putArray(q.type() == QuestionType.ORDINAL_SCALE ? "rateValues" : "choices");
      for (AnswerOption o : questionnaire.optionsOf(q)) {
        ObjectNode item = items.addObject();
        item.set("value", Json.optionValue(o.value()));
        item.set("text", text(o.label()));
        o.score().ifPresent(s -> item.put("score", s));
        notCarried(!o.extensions().isEmpty(), from, "the host data of an option of question '" + q.id() + "'", to);
      }
    }
    Asked a = asked.get(q.id());
    if (a.writesDontKnow()) {
      node.put("showDontKnowItem", true);
    } else if (a.dontKnow()) {
      losses.add(SurveyJsProblem.NOT_CARRIED, q.allowDontKnow().isPresent() ? from + "/allowDontKnow" : from, to,
          "'don't know' on a " + node.get("type").stringValue() + " question ('" + q.id() + "')");
    }
    if (questionnaire.allowsNotApplicable(q)) {
      losses.add(SurveyJsProblem.NOT_CARRIED, q.allowNotApplicable().isPresent() ? from + "/allowNotApplicable" : from, to,
          "'not applicable' (question '" + q.id() + "')");
    }
    if (q.weight().compareTo(BigDecimal.ONE) != 0) {
      losses.add(SurveyJsProblem.NOT_CARRIED, from + "/weight", to, "the weight of question '" + q.id() + "'");
    }
    notCarried(q.reversed(), from + "/reversed", "the reversed scoring of question '" + q.id() + "'", to);
    q.scoring().ifPresent(s -> notCarried(!s.equals(ItemScoring.builder().build()), from + "/scoring",
        "the item scoring of question '" + q.id() + "'", to));
    notCarried(!q.extensions().isEmpty(), from, "the host data of question '" + q.id() + "'", to);
    q.visibleWhen().ifPresent(c -> {
      try {
        node.put("visibleIf", new ConditionWriter(asked).write(c));
      } catch (ConditionWriter.NotWritable e) {
        losses.add(SurveyJsProblem.CONDITION_NOT_CARRIED, from + "/visibleWhen", to, e.getMessage());
      }
    });
    return node;
  }

  private void notCarried(boolean lost, String pointer, String what, String target) {
    if (lost) {
      losses.add(SurveyJsProblem.NOT_CARRIED, pointer, target, what);
    }
  }

  /** A text: a plain string when it is in the default language only, else a locale object. */
  private JsonNode text(LocalizedText text) {
    String locale = questionnaire.defaultLocale();
    Map<String, String> translations = text.translations();
    if (translations.size() == 1 && translations.containsKey(locale)) {
      return Json.NODES.stringNode(translations.get(locale));
    }
    ObjectNode node = Json.NODES.objectNode();
    if (translations.containsKey(locale)) {
      node.put("default", translations.get(locale));
    }
    translations.forEach((tag, value) -> {
      if (!tag.equals(locale)) {
        node.put(tag, value);
        textLocales.add(tag);
      }
    });
    return node;
  }
}
