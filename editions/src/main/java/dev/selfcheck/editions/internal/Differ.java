package dev.selfcheck.editions.internal;

import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerScale;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.JsonPointer;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Rule;
import dev.selfcheck.editions.Change;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.ScoringEngine;
import dev.selfcheck.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/*
 * The comparison of two versions of a questionnaire, member by member, matched by id.
 *
 * Whether an answer stays valid is never decided here: for every question in both versions the
 * answers that one version accepts at its edges (each option alone, yes and no, the ends of a
 * number's range and the values just beyond the other version's ends, "don't know" and "not
 * applicable" where allowed) are put, one at a time, into a response of the other version and
 * checked by that version's response validation (Questionnaire.validate(Response)). An answer of
 * the older version with an error there is an invalidated answer (major); an answer of the newer
 * version with an error in the older one is an added answer (minor). Warnings (an answer to a
 * hidden question, a required question left open) do not make an answer invalid.
 *
 * Which score an option gets is asked of each version's compiled ScoringModel (optionScore,
 * itemRange). Everything else is compared as values: texts (patch), the scoring members of
 * questions and dimensions, bands, rules and recommendations (minor).
 */
/** Compares two versions of a questionnaire into the list of changes. */
public final class Differ {

  private final Questionnaire older;
  private final Questionnaire newer;
  private final Places was;
  private final Places is;
  private final ScoringModel olderModel;
  private final ScoringModel newerModel;
  private final Set<Change> changes = new LinkedHashSet<>();

  private Differ(Questionnaire older, Questionnaire newer) {
    this.older = older;
    this.newer = newer;
    this.was = new Places(older);
    this.is = new Places(newer);
    this.olderModel = ScoringEngine.create().compile(older).model();
    this.newerModel = ScoringEngine.create().compile(newer).model();
  }

  /**
   * Compares two versions.
   *
   * @param older the older version
   * @param newer the newer version
   * @return the changes, in the order of the documents: the questionnaire's own members, then the
   *     dimensions, the questions, the bands, rules and recommendations
   */
  public static List<Change> changes(Questionnaire older, Questionnaire newer) {
    Differ d = new Differ(older, newer);
    d.questionnaire();
    d.dimensions();
    d.questions();
    d.bands("", "", older.bands(), newer.bands(), "bands");
    d.rules();
    d.recommendations();
    return List.copyOf(d.changes);
  }

  private void add(Change.Kind kind, String subject, String before, String after, String detail) {
    changes.add(new Change(kind, subject, Optional.ofNullable(before), Optional.ofNullable(after),
        Optional.ofNullable(detail)));
  }

  private void questionnaire() {
    if (!older.id().equals(newer.id())) {
      add(Change.Kind.QUESTIONNAIRE_ID, "id", "/id", "/id", older.id() + " -> " + newer.id());
    }
    member(Change.Kind.TEXT, "", "", "title", older.title(), newer.title());
    member(Change.Kind.TEXT, "", "", "description", older.description(), newer.description());
    member(Change.Kind.METADATA, "", "", "defaultLocale", older.defaultLocale(), newer.defaultLocale());
    member(Change.Kind.METADATA, "", "", "locales", older.locales(), newer.locales());
    member(Change.Kind.METADATA, "", "", "metadata", older.metadata(), newer.metadata());
    member(Change.Kind.METADATA, "", "", "extensions", older.extensions(), newer.extensions());
    member(Change.Kind.SCORING, "", "", "scoring", older.scoring(), newer.scoring());
    java.util.Set<String> names = new java.util.TreeSet<>(older.namedConditions().keySet());
    names.addAll(newer.namedConditions().keySet());
    for (String name : names) { // what visibility, rules and terms refer to by name
      member(Change.Kind.VISIBILITY, "/conditions", "/conditions", name,
          older.namedConditions().get(name), newer.namedConditions().get(name));
    }
    for (AnswerScale s : newer.scales()) {
      older.scale(s.id()).ifPresent(o -> member(Change.Kind.TEXT, was.scale(o.id()), is.scale(s.id()),
          "label", o.label(), s.label()));
    }
  }

  /** A member compared as a value: one change at the member's pointer in both documents. */
  private void member(Change.Kind kind, String before, String after, String name, Object was, Object is) {
    if (!Objects.equals(was, is) && !(empty(was) && empty(is))) {
      add(kind, name, empty(was) ? null : JsonPointer.append(before, name),
          empty(is) ? null : JsonPointer.append(after, name), null);
    }
  }

  private static boolean empty(Object value) {
    return value == null || Optional.empty().equals(value)
        || value instanceof Map<?, ?> m && m.isEmpty() || value instanceof List<?> l && l.isEmpty();
  }

  private void dimensions() {
    for (Dimension o : was.dimensions.values()) {
      Dimension n = is.dimensions.get(o.id());
      String before = was.pointers.get(o.id());
      if (n == null) {
        add(Change.Kind.DIMENSION_REMOVED, o.id(), before, null, null);
        continue;
      }
      String after = is.pointers.get(n.id());
      if (!Objects.equals(was.parents.get(o.id()), is.parents.get(n.id()))) {
        add(Change.Kind.DIMENSION_MOVED, o.id(), before, after,
            was.parents.get(o.id()) + " -> " + is.parents.get(n.id()));
      }
      member(Change.Kind.TEXT, before, after, "label", o.label(), n.label());
      member(Change.Kind.TEXT, before, after, "description", o.description(), n.description());
      member(Change.Kind.METADATA, before, after, "extensions", o.extensions(), n.extensions());
      if (o.weight().compareTo(n.weight()) != 0) {
        add(Change.Kind.SCORING, o.id(), JsonPointer.append(before, "weight"), JsonPointer.append(after, "weight"),
            "weight " + o.weight().toPlainString() + " -> " + n.weight().toPlainString());
      }
      member(Change.Kind.SCORING, before, after, "scoring", o.scoring(), n.scoring());
      bands(before, after, o.bands(), n.bands(), o.id());
    }
    for (Dimension n : is.dimensions.values()) {
      if (!was.dimensions.containsKey(n.id())) {
        add(Change.Kind.DIMENSION_ADDED, n.id(), null, is.pointers.get(n.id()), null);
      }
    }
  }

  /** Bands matched by position: their ends are scoring, their words text. */
  private void bands(String before, String after, List<Band> was, List<Band> is, String subject) {
    String b = JsonPointer.append(before, "bands");
    String a = JsonPointer.append(after, "bands");
    if (was.size() != is.size()) {
      add(Change.Kind.SCORING, subject, b, a, "bands " + was.size() + " -> " + is.size());
      return;
    }
    for (int i = 0; i < was.size(); i++) {
      Band o = was.get(i);
      Band n = is.get(i);
      if (!o.id().equals(n.id()) || o.lower().compareTo(n.lower()) != 0 || o.upper().compareTo(n.upper()) != 0
          || o.lowerInclusive() != n.lowerInclusive() || o.upperInclusive() != n.upperInclusive()) {
        add(Change.Kind.SCORING, n.id(), JsonPointer.append(b, i), JsonPointer.append(a, i), "band " + o.id());
      }
      member(Change.Kind.TEXT, JsonPointer.append(b, i), JsonPointer.append(a, i), "label", o.label(), n.label());
      member(Change.Kind.TEXT, JsonPointer.append(b, i), JsonPointer.append(a, i), "text", o.text(), n.text());
    }
  }

  private void questions() {
    for (Question o : was.questions.values()) {
      Question n = is.questions.get(o.id());
      String before = was.pointers.get(o.id());
      if (n == null) {
        add(Change.Kind.QUESTION_REMOVED, o.id(), before, null, null);
        continue;
      }
      question(o, n, before, is.pointers.get(n.id()));
    }
    for (Question n : is.questions.values()) {
      if (!was.questions.containsKey(n.id())) {
        add(Change.Kind.QUESTION_ADDED, n.id(), null, is.pointers.get(n.id()), n.required() ? "required" : null);
      }
    }
  }

  private void question(Question o, Question n, String before, String after) {
    String id = o.id();
    if (!Objects.equals(was.parents.get(id), is.parents.get(id))) {
      add(Change.Kind.QUESTION_MOVED, id, before, after, was.parents.get(id) + " -> " + is.parents.get(id));
    }
    member(Change.Kind.TEXT, before, after, "text", o.text(), n.text());
    member(Change.Kind.TEXT, before, after, "help", o.help(), n.help());
    member(Change.Kind.TEXT, before, after, "unit", o.unit(), n.unit());
    member(Change.Kind.METADATA, before, after, "extensions", o.extensions(), n.extensions());
    member(Change.Kind.VISIBILITY, before, after, "visibleWhen", o.visibleWhen(), n.visibleWhen());
    if (o.required() != n.required()) {
      add(Change.Kind.REQUIRED, id, before, after, o.required() + " -> " + n.required());
    }
    if (o.type() != n.type()) {
      add(Change.Kind.QUESTION_TYPE, id, JsonPointer.append(before, "type"), JsonPointer.append(after, "type"),
          o.type().jsonName() + " -> " + n.type().jsonName());
    } else {
      for (Answers.Sample s : Answers.samples(older, o, n, was::option, before)) {
        if (!Answers.accepts(newer, n, s.answer())) {
          add(Change.Kind.ANSWER_INVALIDATED, id, s.pointer(), after, s.words());
        }
      }
      for (Answers.Sample s : Answers.samples(newer, n, o, is::option, after)) {
        if (!Answers.accepts(older, o, s.answer())) {
          add(Change.Kind.ANSWER_ADDED, id, before, s.pointer(), s.words());
        }
      }
    }
    scoring(o, n, before, after);
    options(o, n);
  }

  /** Labels of the options both versions offer. */
  private void options(Question o, Question n) {
    Map<String, AnswerOption> old = byValue(older.optionsOf(o));
    for (AnswerOption option : newer.optionsOf(n)) {
      AnswerOption was = old.get(option.value());
      if (was != null) {
        member(Change.Kind.TEXT, this.was.option(older, o, option.value()), is.option(newer, n, option.value()),
            "label", was.label(), option.label());
      }
    }
  }

  private void scoring(Question o, Question n, String before, String after) {
    List<String> aspects = new ArrayList<>();
    if (o.weight().compareTo(n.weight()) != 0) {
      aspects.add("weight " + o.weight().toPlainString() + " -> " + n.weight().toPlainString());
    }
    if (o.reversed() != n.reversed()) {
      aspects.add("reversed " + o.reversed() + " -> " + n.reversed());
    }
    Optional<ScoringModel.Range> wasRange = olderModel.itemRange(o.id());
    Optional<ScoringModel.Range> isRange = newerModel.itemRange(n.id());
    if (!wasRange.equals(isRange)) {
      aspects.add("item range " + range(wasRange) + " -> " + range(isRange));
    } else if (!Objects.equals(o.scoring(), n.scoring())) {
      aspects.add("item scoring");
    }
    if (!aspects.isEmpty()) {
      add(Change.Kind.SCORING, o.id(), before, after, String.join(", ", aspects));
    }
    if (o.type().hasOptions() && o.type() == n.type()) {
      Map<String, AnswerOption> old = byValue(older.optionsOf(o));
      for (AnswerOption option : newer.optionsOf(n)) {
        if (!old.containsKey(option.value())) {
          continue;
        }
        Optional<Rational> was = olderModel.optionScore(o.id(), option.value());
        Optional<Rational> now = newerModel.optionScore(n.id(), option.value());
        if (!was.equals(now)) {
          add(Change.Kind.SCORING, option.value(), this.was.option(older, o, option.value()),
              is.option(newer, n, option.value()), "score of option '" + option.value() + "' "
              + was.map(Rational::toString).orElse("none") + " -> " + now.map(Rational::toString).orElse("none"));
        }
      }
    }
  }

  private static String range(Optional<ScoringModel.Range> r) {
    return r.map(x -> x.lowest() + ".." + x.highest()).orElse("none");
  }

  private static Map<String, AnswerOption> byValue(List<AnswerOption> options) {
    Map<String, AnswerOption> out = new LinkedHashMap<>();
    options.forEach(o -> out.put(o.value(), o));
    return out;
  }

  private void rules() {
    byId(older.rules(), newer.rules(), Rule::id, "rules", (o, n, b, a) -> {
      if (o == null || n == null || !o.equals(n)) {
        add(Change.Kind.RULE, (o == null ? n : o).id(), b, a, o == null ? "added" : n == null ? "removed" : "changed");
      }
    });
  }

  private void recommendations() {
    byId(older.recommendations(), newer.recommendations(), Recommendation::id, "recommendations", (o, n, b, a) -> {
      if (o == null || n == null) {
        add(Change.Kind.RECOMMENDATION, (o == null ? n : o).id(), b, a, o == null ? "added" : "removed");
        return;
      }
      member(Change.Kind.TEXT, b, a, "title", o.title(), n.title());
      member(Change.Kind.TEXT, b, a, "text", o.text(), n.text());
      member(Change.Kind.TEXT, b, a, "rationale", o.rationale(), n.rationale());
      member(Change.Kind.TEXT, b, a, "links", o.links(), n.links());
      if (!o.dimension().equals(n.dimension()) || o.priority() != n.priority() || !o.tags().equals(n.tags())) {
        add(Change.Kind.RECOMMENDATION, o.id(), b, a, "changed");
      }
    });
  }

  /** What one visit of a pair matched by id gets: either side may be missing. */
  private interface Pair<T> {
    void visit(T older, T newer, String before, String after);
  }

  private static <T> void byId(List<T> was, List<T> is, Function<T, String> id, String member, Pair<T> visit) {
    Map<String, Integer> newIndex = new LinkedHashMap<>();
    for (int i = 0; i < is.size(); i++) {
      newIndex.put(id.apply(is.get(i)), i);
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < was.size(); i++) {
      T o = was.get(i);
      Integer j = newIndex.get(id.apply(o));
      seen.add(id.apply(o));
      visit.visit(o, j == null ? null : is.get(j), JsonPointer.append("/" + member, i),
          j == null ? null : JsonPointer.append("/" + member, j));
    }
    newIndex.forEach((key, j) -> {
      if (!seen.contains(key)) {
        visit.visit(null, is.get(j), null, JsonPointer.append("/" + member, j));
      }
    });
  }

  /** Where each dimension and question is in one version, and in which dimension. */
  private static final class Places {
    final Map<String, Dimension> dimensions = new LinkedHashMap<>();
    final Map<String, Question> questions = new LinkedHashMap<>();
    final Map<String, String> pointers = new LinkedHashMap<>();
    final Map<String, String> parents = new LinkedHashMap<>();
    private final Questionnaire questionnaire;

    Places(Questionnaire q) {
      this.questionnaire = q;
      walk(q.dimensions(), "", "(top)");
    }

    private void walk(List<Dimension> list, String base, String parent) {
      for (int i = 0; i < list.size(); i++) {
        Dimension d = list.get(i);
        String at = JsonPointer.append(JsonPointer.append(base, "dimensions"), i);
        dimensions.put(d.id(), d);
        pointers.put(d.id(), at);
        parents.put(d.id(), parent);
        for (int j = 0; j < d.questions().size(); j++) {
          Question question = d.questions().get(j);
          questions.put(question.id(), question);
          pointers.put(question.id(), JsonPointer.append(JsonPointer.append(at, "questions"), j));
          parents.put(question.id(), d.id());
        }
        walk(d.dimensions(), at, d.id());
      }
    }

    /** The pointer of a scale of this version. */
    String scale(String id) {
      List<AnswerScale> scales = questionnaire.scales();
      for (int i = 0; i < scales.size(); i++) {
        if (scales.get(i).id().equals(id)) {
          return JsonPointer.append("/scales", i);
        }
      }
      throw new IllegalArgumentException("no scale " + id);
    }

    /** The pointer of an option: in the question's own options, or in its scale's. */
    String option(Questionnaire q, Question question, String value) {
      List<AnswerOption> options = q.optionsOf(question);
      int index = 0;
      while (index < options.size() && !options.get(index).value().equals(value)) {
        index++;
      }
      String base = question.scale().flatMap(q::scale).isPresent()
          ? scale(question.scale().get()) : pointers.get(question.id());
      return JsonPointer.append(JsonPointer.append(base, "options"), index);
    }
  }
}
