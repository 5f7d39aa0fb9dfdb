package dev.selfcheck.scenarios.internal;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.MessageBundle;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.scenarios.ScenarioProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the answers a scenario writes, and its default for the others, into a response.
 *
 * <p>Answers in a scenario file are written as the question takes them: an option value (a
 * number is read as the option written the same way), a list of option values, {@code true} /
 * {@code false} (or {@code yes} / {@code no}), a number, a text; or as an object: {@code {is:
 * dontKnow}}, {@code {is: notApplicable}}, {@code {is: notAnswered}}, {@code {pick: lowest}},
 * {@code {pick: highest}}.
 */
public final class ScenarioAnswers {

  /** How a scenario answers the questions it does not name. */
  public record Default(String kind, Optional<String> option) {
    /** Leave them unanswered. */
    public static final Default NOT_ANSWERED = new Default("notAnswered", Optional.empty());

    /**
     * A default by name.
     *
     * @param name notAnswered, dontKnow, notApplicable, lowest or highest
     * @return the default, or empty for another name
     */
    public static Optional<Default> named(String name) {
      return List.of("notAnswered", "dontKnow", "notApplicable", "lowest", "highest").contains(name)
          ? Optional.of(new Default(name, Optional.empty())) : Optional.empty();
    }

    /**
     * Choose an option wherever it is offered.
     *
     * @param value the option value
     * @return the default
     */
    public static Default option(String value) {
      return new Default("option", Optional.of(value));
    }
  }

  private ScenarioAnswers() {}

  /**
   * Builds a response: the answers given, the default for the other questions that are shown. A
   * default answer to a question that ends up hidden is dropped (conditions see hidden questions
   * as not answered, so dropping it changes no visibility).
   *
   * @param questionnaire the questionnaire
   * @param answers the answers written, by question id
   * @param written the ids of all questions the scenario names (also those it leaves unanswered)
   * @param defaults the default for the others
   * @return the response
   */
  public static Response response(Questionnaire questionnaire, Map<String, Answer> answers,
      Set<String> written, Default defaults) {
    Map<String, Answer> all = new LinkedHashMap<>();
    Set<String> defaulted = new HashSet<>();
    questionnaire.allQuestions().forEach(q -> {
      if (written.contains(q.id())) {
        Optional.ofNullable(answers.get(q.id())).ifPresent(a -> all.put(q.id(), a));
      } else {
        defaultAnswer(questionnaire, q, defaults).ifPresent(a -> {
          all.put(q.id(), a);
          defaulted.add(q.id());
        });
      }
    });
    Response draft = build(questionnaire, all);
    Set<String> visible = new HashSet<>(questionnaire.visibleQuestions(draft));
    all.keySet().removeIf(id -> defaulted.contains(id) && !visible.contains(id));
    return build(questionnaire, all);
  }

  private static Response build(Questionnaire questionnaire, Map<String, Answer> answers) {
    return Response.builder()
        .questionnaireId(questionnaire.id())
        .questionnaireVersion(questionnaire.version())
        .answers(answers)
        .build();
  }

  /**
   * The default answer to one question.
   *
   * @param questionnaire the questionnaire
   * @param q the question
   * @param d the default
   * @return the answer, or empty to leave the question unanswered
   */
  public static Optional<Answer> defaultAnswer(Questionnaire questionnaire, Question q, Default d) {
    switch (d.kind()) {
      case "dontKnow":
        return questionnaire.allowsDontKnow(q) ? Optional.of(Answer.dontKnow()) : Optional.empty();
      case "notApplicable":
        return questionnaire.allowsNotApplicable(q) ? Optional.of(Answer.notApplicable()) : Optional.empty();
      case "lowest":
        return extreme(questionnaire, q, false).map(Answer::of);
      case "highest":
        return extreme(questionnaire, q, true).map(Answer::of);
      case "option":
        String value = d.option().orElseThrow();
        if (questionnaire.optionsOf(q).stream().noneMatch(o -> o.value().equals(value))) {
          return Optional.empty();
        }
        return Optional.of(Answer.of(q.type() == QuestionType.MULTIPLE_CHOICE
            ? AnswerValue.options(List.of(value)) : AnswerValue.option(value)));
      default:
        return Optional.empty();
    }
  }

  /**
   * The answer that gives a question its lowest or highest item score (for unscored questions:
   * the first or last option, no or yes, the minimum or maximum; nothing for text questions).
   *
   * @param questionnaire the questionnaire
   * @param q the question
   * @param highest the highest (else the lowest)
   * @return the value, or empty if there is none to give
   */
  public static Optional<AnswerValue> extreme(Questionnaire questionnaire, Question q, boolean highest) {
    List<AnswerOption> options = questionnaire.optionsOf(q);
    Optional<ItemScoring> scoring = q.scoring();
    switch (q.type()) {
      case SINGLE_CHOICE:
      case ORDINAL_SCALE: {
        if (options.isEmpty()) {
          return Optional.empty();
        }
        if (options.stream().anyMatch(o -> o.score().isEmpty())) {
          return Optional.of(AnswerValue.option(options.get(highest ? options.size() - 1 : 0).value()));
        }
        // A reversed question's item score falls as the option score rises.
        boolean up = highest != q.reversed();
        Comparator<AnswerOption> byScore = Comparator.comparing(o -> o.score().orElseThrow());
        AnswerOption best = options.stream().reduce((a, b) ->
            (up ? byScore.compare(b, a) > 0 : byScore.compare(b, a) < 0) ? b : a).orElseThrow();
        return Optional.of(AnswerValue.option(best.value()));
      }
      case MULTIPLE_CHOICE: {
        boolean share = scoring.flatMap(ItemScoring::multiple).orElse(ItemScoring.Multiple.SUM)
            == ItemScoring.Multiple.SHARE;
        List<String> chosen = new ArrayList<>();
        for (AnswerOption o : options) {
          int sign = share || o.score().isEmpty() ? 1 : o.score().get().signum();
          if (highest ? sign > 0 : sign < 0) {
            chosen.add(o.value());
          }
        }
        return Optional.of(AnswerValue.options(chosen));
      }
      case YES_NO: {
        Optional<BigDecimal> yes = scoring.flatMap(ItemScoring::yes);
        Optional<BigDecimal> no = scoring.flatMap(ItemScoring::no);
        if (yes.isPresent() && no.isPresent() && yes.get().compareTo(no.get()) != 0) {
          return Optional.of(AnswerValue.bool(highest == yes.get().compareTo(no.get()) > 0));
        }
        return Optional.of(AnswerValue.bool(highest));
      }
      case NUMBER:
        return Optional.of(AnswerValue.number(within(q, numberExtreme(q, highest))));
      default:
        return Optional.empty();
    }
  }

  private static BigDecimal numberExtreme(Question q, boolean highest) {
    Optional<ItemScoring> scoring = q.scoring();
    List<BigDecimal[]> steps = new ArrayList<>();
    scoring.ifPresent(s -> {
      s.thresholds().forEach(t -> steps.add(new BigDecimal[] {t.from(), t.score()}));
      s.points().forEach(p -> steps.add(new BigDecimal[] {p.value(), p.score()}));
    });
    if (steps.isEmpty()) {
      return (highest ? q.max() : q.min()).orElse(BigDecimal.ZERO);
    }
    BigDecimal[] best = steps.get(0);
    for (BigDecimal[] s : steps) {
      int c = s[1].compareTo(best[1]);
      if (highest ? c > 0 : c < 0) {
        best = s;
      }
    }
    return best[0];
  }

  private static BigDecimal within(Question q, BigDecimal value) {
    BigDecimal v = value;
    if (q.min().isPresent() && v.compareTo(q.min().get()) < 0) {
      v = q.min().get();
    }
    if (q.max().isPresent() && v.compareTo(q.max().get()) > 0) {
      v = q.max().get();
    }
    return v;
  }

  /**
   * Reads one written answer.
   *
   * @param questionnaire the questionnaire
   * @param q the question
   * @param n the answer as written
   * @param findings where problems go
   * @return the answer, or empty for "not answered" or a problem
   */
  public static Optional<Answer> answer(Questionnaire questionnaire, Question q, SourceNode n,
      List<Finding> findings) {
    if (n.kind() == SourceNode.Kind.OBJECT) {
      return special(questionnaire, q, n, findings);
    }
    Optional<AnswerValue> value = value(q, n);
    if (value.isEmpty()) {
      findings.add(n.finding(ScenarioProblem.ANSWER_DOES_NOT_FIT, q.id(), q.type().jsonName(),
          SourceNode.part("foundExpected", ScenarioReader.describe(n), expected(q))));
    }
    return value.map(Answer::of);
  }

  private static Optional<Answer> special(Questionnaire questionnaire, Question q, SourceNode n,
      List<Finding> findings) {
    SourceNode is = n.members().get("is");
    SourceNode pick = n.members().get("pick");
    if (n.members().size() == 1 && is != null && is.kind() == SourceNode.Kind.STRING) {
      Optional<AnswerState> state = AnswerState.fromJsonName(is.text())
          .filter(s -> s != AnswerState.ANSWERED);
      if (state.isEmpty()) {
        findings.add(is.finding(ScenarioProblem.WRONG_TYPE, SourceNode.part("answerState"),
            ScenarioReader.describe(is)));
        return Optional.empty();
      }
      boolean allowed = state.get() == AnswerState.NOT_ANSWERED
          || state.get() == AnswerState.DONT_KNOW && questionnaire.allowsDontKnow(q)
          || state.get() == AnswerState.NOT_APPLICABLE && questionnaire.allowsNotApplicable(q);
      if (!allowed) {
        findings.add(is.finding(ScenarioProblem.STATE_NOT_ALLOWED, q.id(), is.text()));
        return Optional.empty();
      }
      return state.get() == AnswerState.NOT_ANSWERED ? Optional.empty()
          : Optional.of(Answer.builder().state(state.get()).build());
    }
    if (n.members().size() == 1 && pick != null && pick.kind() == SourceNode.Kind.STRING
        && (pick.text().equals("lowest") || pick.text().equals("highest"))) {
      Optional<AnswerValue> v = extreme(questionnaire, q, pick.text().equals("highest"));
      if (v.isEmpty()) {
        findings.add(pick.finding(ScenarioProblem.ANSWER_DOES_NOT_FIT, q.id(), q.type().jsonName(),
            SourceNode.part("noExtremeAnswer", q.type().jsonName(), pick.text())));
      }
      return v.map(Answer::of);
    }
    findings.add(n.finding(ScenarioProblem.WRONG_TYPE, SourceNode.part("specialAnswer"),
        SourceNode.part("anotherObject")));
    return Optional.empty();
  }

  private static Optional<AnswerValue> value(Question q, SourceNode n) {
    boolean scalar = n.kind() == SourceNode.Kind.STRING || n.kind() == SourceNode.Kind.NUMBER;
    switch (q.type()) {
      case SINGLE_CHOICE:
      case ORDINAL_SCALE:
        return scalar ? Optional.of(AnswerValue.option(n.text())) : Optional.empty();
      case MULTIPLE_CHOICE:
        if (n.kind() != SourceNode.Kind.ARRAY || n.elements().stream().anyMatch(e ->
            e.kind() != SourceNode.Kind.STRING && e.kind() != SourceNode.Kind.NUMBER)) {
          return Optional.empty();
        }
        return Optional.of(AnswerValue.options(
            n.elements().stream().map(SourceNode::text).collect(Collectors.toList())));
      case YES_NO:
        if (n.kind() == SourceNode.Kind.BOOLEAN) {
          return Optional.of(AnswerValue.bool(Boolean.parseBoolean(n.text())));
        }
        if (n.kind() == SourceNode.Kind.STRING && (n.text().equals("yes") || n.text().equals("no"))) {
          return Optional.of(AnswerValue.bool(n.text().equals("yes")));
        }
        return Optional.empty();
      case NUMBER:
        if (!scalar) {
          return Optional.empty();
        }
        try {
          return Optional.of(AnswerValue.number(new BigDecimal(n.text().strip())));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      case TEXT:
        return scalar ? Optional.of(AnswerValue.text(n.text())) : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static MessageBundle.Localized expected(Question q) {
    switch (q.type()) {
      case MULTIPLE_CHOICE:
        return SourceNode.part("aListOfOptionValues");
      case YES_NO:
        return SourceNode.part("trueOrFalse");
      case NUMBER:
        return SourceNode.part("aNumber");
      case TEXT:
        return SourceNode.part("aText");
      default:
        return SourceNode.part("anOptionValue");
    }
  }
}
