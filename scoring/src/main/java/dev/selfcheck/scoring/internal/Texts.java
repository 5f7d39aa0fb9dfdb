package dev.selfcheck.scoring.internal;

import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.ConditionReference;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.MessageBundle;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.scoring.Contribution;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.NotScorable;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Reason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/*
 * The words of the scoring module: reasons, conditions, exclusions, not-scorable reasons, answers
 * and answer states rendered from their codes with the texts of
 * dev/selfcheck/scoring/messages*.properties. The model holds codes and exact values only; this is
 * the one place that turns them into words (public face: Wording), and MessageBundle the one place
 * that writes a number for a language.
 *
 * Two forms share every line of code below. Without a questionnaire, ids are named as they are
 * ("the answer to 'q1' is 'o2', which satisfies le 'o3'"): Reason.message. With a questionnaire,
 * questions are named by their texts, options, bands and dimensions by their labels, in the
 * reader's language, and a text "labelled.<key>" replaces "<key>" where the bundle has one (the
 * report's shorter form: "“Staff are trained.”: hardly applies (at most “partly applies”)"). Each
 * text is given every argument either form may show and picks the ones it needs.
 */
/** Renders the scoring module's codes in words, per locale, with ids or with a questionnaire's labels. */
public final class Texts {

  /** The scoring module's message bundle. */
  public static final MessageBundle BUNDLE =
      MessageBundle.of(name -> Reason.class.getResourceAsStream(name), "messages");

  /** Why an answer is left out of scoring (an argument of SCO-0003). */
  public static final MessageBundle.Localized VALUE_HAS_NO_SCORE =
      locale -> BUNDLE.format("valueHasNoScore", locale);

  private static final String LABELLED = "labelled.";

  private final Locale locale;
  private final Questionnaire questionnaire;
  private final String language;

  private Texts(Locale locale, Questionnaire questionnaire) {
    this.locale = Objects.requireNonNull(locale, "locale");
    this.questionnaire = questionnaire;
    this.language = locale.toLanguageTag();
  }

  /**
   * The words for a locale, with ids as they are.
   *
   * @param locale the reader's locale
   * @return the words
   */
  public static Texts of(Locale locale) {
    return new Texts(locale, null);
  }

  /**
   * The words for a locale, with the texts and labels of a questionnaire in the locale's language
   * (else in the questionnaire's default language).
   *
   * @param locale the reader's locale
   * @param questionnaire the questionnaire whose codes are worded
   * @return the words
   */
  public static Texts of(Locale locale, Questionnaire questionnaire) {
    return new Texts(locale, Objects.requireNonNull(questionnaire, "questionnaire"));
  }

  /** @return the reader's locale */
  public Locale locale() {
    return locale;
  }

  /** @return the questionnaire whose labels are used, if any */
  public Optional<Questionnaire> questionnaire() {
    return Optional.ofNullable(questionnaire);
  }

  private String text(String key, Object... arguments) {
    String k = questionnaire != null && BUNDLE.has(LABELLED + key) ? LABELLED + key : key;
    return BUNDLE.format(k, locale, arguments);
  }

  /**
   * An exclusion in words.
   *
   * @param exclusion an exclusion
   * @return its text
   */
  public String exclusion(Contribution.Exclusion exclusion) {
    return text("exclusion." + exclusion.jsonName());
  }

  /**
   * A not-scorable reason in words.
   *
   * @param reason a reason
   * @return its text
   */
  public String notScorable(NotScorable reason) {
    if (reason.code() == NotScorable.Code.TOO_FEW_ANSWERED) {
      return text("notScorable.tooFewAnswered",
          reason.answeredShare().orElseThrow().toBigDecimal(2),
          reason.requiredShare().orElseThrow().toBigDecimal(2));
    }
    if (reason.code() == NotScorable.Code.TOO_MANY_MISSING) {
      return text("notScorable.tooManyMissing", reason.missing().orElseThrow(),
          reason.allowedMissing().orElseThrow());
    }
    return text("notScorable." + reason.code().jsonName());
  }

  /**
   * A rule's fact in words.
   *
   * @param r a reason
   * @return its text
   */
  public String reason(Reason r) {
    String key = "reason." + r.code().jsonName();
    switch (r.code()) {
      case ANSWER_STATE:
        return text(key, question(r.question().orElseThrow()), state(r.state().orElseThrow()));
      case ANSWER_VALUE:
        String q = r.question().orElseThrow();
        Operator op = r.operator().orElseThrow();
        boolean bound = r.literals().size() == 1 && op.isOrdering();
        return text(bound ? key + ".bound" : key, question(q), answer(q, r.answer().orElseThrow()),
            answerOperator(op), literals(q, r.literals()));
      case COUNT:
        String first = r.questions().isEmpty() ? null : r.questions().get(0);
        return text(r.questions().isEmpty() ? key + ".none" : key,
            r.questions().size(), r.questionCount().orElseThrow(), questions(r.questions()),
            test(first, r.state().orElse(null), r.operator().orElse(null), r.literals()),
            bounds(r.atLeast().isPresent() ? r.atLeast().getAsInt() : null,
                r.atMost().isPresent() ? r.atMost().getAsInt() : null));
      case SCORE:
      case COMPLETION:
        boolean score = r.code() == Reason.Code.SCORE;
        Rational value = r.value().orElseThrow();
        return text(key, dimension(r.dimension().orElseThrow()),
            shown(value, r.displayScore().orElse(null)), operator(r.operator().orElseThrow()),
            literals(null, r.literals()),
            r.displayScore().<Object>map(d -> d).orElseGet(() -> percent(value)),
            threshold(score, r.literals().get(0).number()));
      case SCORABLE:
        return text(key, dimension(r.dimension().orElseThrow()));
      case NOT_SCORABLE:
        return text(key, dimension(r.dimension().orElseThrow()),
            notScorable(r.notScorable().orElseThrow()));
      case BAND:
        return text(key, dimension(r.dimension().orElseThrow()),
            band(r.dimension().get(), r.band().orElseThrow()));
      default:
        return text(key, condition(r.negated().orElseThrow()));
    }
  }

  /**
   * A condition in words: what it requires, never what was answered.
   *
   * @param c a condition
   * @return such as {@code the answer to 'q1' eq 'o1'}
   */
  public String condition(Condition c) {
    return c.accept(new Condition.Visitor<String>() {
      @Override
      public String visitAll(AllOf a) {
        return text("condition.all", a.parts().stream().map(Texts.this::condition)
            .collect(Collectors.joining(text("condition.and"))));
      }

      @Override
      public String visitAny(AnyOf a) {
        return text("condition.any", a.parts().stream().map(Texts.this::condition)
            .collect(Collectors.joining(text("condition.or"))));
      }

      @Override
      public String visitNot(Not n) {
        return text("condition.not", condition(n.part()));
      }

      @Override
      public String visitAnswerIs(AnswerIs a) {
        return text("condition.answerState", question(a.question()), state(a.state()));
      }

      @Override
      public String visitAnswerComparison(AnswerComparison a) {
        return text(a.operator() == Operator.IN ? "condition.answerIn" : "condition.answerValue",
            question(a.question()), answerOperator(a.operator()), literals(a.question(), a.values()));
      }

      @Override
      public String visitQuantifier(Quantifier q) {
        return text("condition.count", String.join(", ", q.questions()),
            test(q.questions().get(0), q.state().orElse(null), q.operator().orElse(null), q.values()),
            bounds(q.atLeast().orElse(null), q.atMost().orElse(null)), questions(q.questions()));
      }

      @Override
      public String visitMeasure(MeasureComparison m) {
        return text("condition." + m.measure().jsonName(), dimension(m.dimension()),
            operator(m.operator()), m.value(),
            threshold(m.measure() == MeasureComparison.Measure.SCORE, m.value()));
      }

      @Override
      public String visitScorable(ScorableIs s) {
        return text(s.scorable() ? "condition.scorable" : "condition.notScorable",
            dimension(s.dimension()));
      }

      @Override
      public String visitReference(ConditionReference r) {
        return text("condition.named", r.name());
      }

      @Override
      public String visitBand(BandIs b) {
        return text("condition.band", dimension(b.dimension()), answerOperator(b.operator()),
            b.bands().stream().map(id -> band(b.dimension(), id)).collect(Collectors.joining(", ")));
      }
    });
  }

  /**
   * An answer value in words: an option's label (or its value), yes or no, a number with the
   * question's unit.
   *
   * @param questionId the question answered
   * @param v the value
   * @return such as {@code 'o1'}, or {@code partly applies} with a questionnaire
   */
  public String answer(String questionId, AnswerValue v) {
    Optional<Question> q = question(questionId, questionnaire);
    switch (v.kind()) {
      case STRING:
        return text("answer.option", option(q, v.asString()));
      case STRINGS:
        return text("answer.options", v.asOptions().stream().map(o -> text("answer.option", option(q, o)))
            .collect(Collectors.joining(", ")));
      case BOOLEAN:
        return text(v.asBoolean() ? "answer.yes" : "answer.no");
      default:
        Optional<String> unit = q.flatMap(Question::unit);
        return unit.isPresent() ? text("answer.numberWithUnit", number(v.asNumber()), unit.get())
            : text("number", number(v.asNumber()));
    }
  }

  /**
   * An answer state in words.
   *
   * @param state a state
   * @return such as {@code answered "don't know"}, or {@code don't know} with a questionnaire
   */
  public String state(AnswerState state) {
    return text("state." + state.jsonName());
  }

  /**
   * An exact number: a terminating decimal with the language's separator, else a fraction.
   *
   * @param value an exact number
   * @return such as {@code 62,5} or {@code 25/3}
   */
  public String exact(Rational value) {
    return value.isTerminatingDecimal() ? text("number", new BigDecimal(value.toString()))
        : value.toString();
  }

  /**
   * A share (0 to 1) as a whole percentage, rounded half up.
   *
   * @param share a share
   * @return such as {@code 75 %}
   */
  public String percent(Rational share) {
    return text("percent", share.toBigDecimal(4).movePointRight(2).setScale(0, RoundingMode.HALF_UP));
  }

  private String answerOperator(Operator op) {
    return text("answerOperator." + op.jsonName());
  }

  private String operator(Operator op) {
    return text("operator." + op.jsonName());
  }

  private String test(String questionId, AnswerState state, Operator op, List<Literal> values) {
    return state != null ? text("test.state", text("stateName." + state.jsonName()))
        : text("test.value", answerOperator(op), literals(questionId, values));
  }

  private String bounds(Integer atLeast, Integer atMost) {
    return atLeast != null && atMost != null ? text("bounds.both", atLeast, atMost)
        : atLeast != null ? text("bounds.atLeast", atLeast)
        : text("bounds.atMost", atMost);
  }

  /** A threshold a score or completion is compared with: a number, or a percentage. */
  private String threshold(boolean score, BigDecimal value) {
    return score ? text("number", number(value))
        : text("percent", number(value.movePointRight(2)));
  }

  private String shown(Rational value, BigDecimal display) {
    if (display == null || value.isTerminatingDecimal() && value.toString().equals(display.toPlainString())) {
      return exact(value);
    }
    return text("exactly", display, exact(value));
  }

  /** A number as written: as it is with ids, without trailing zeros with a questionnaire's labels. */
  private BigDecimal number(BigDecimal n) {
    return questionnaire == null ? n : n.stripTrailingZeros();
  }

  private String dimension(String id) {
    if (DimensionResult.TOTAL.equals(id)) {
      return text("dimension.total");
    }
    if (questionnaire != null) {
      Optional<String> label = questionnaire.dimension(id).map(d -> in(d.label()));
      if (label.isPresent()) {
        return text("dimension", label.get());
      }
    }
    return text("dimension", id);
  }

  private String band(String dimensionId, String bandId) {
    return questionnaire == null ? bandId
        : questionnaire.bandsOf(dimensionId).stream().filter(b -> b.id().equals(bandId))
            .findFirst().map(b -> in(b.label())).orElse(bandId);
  }

  private String question(String id) {
    return text("id", question(id, questionnaire).map(q -> in(q.text())).orElse(id));
  }

  private String questions(List<String> ids) {
    return ids.stream().map(this::question).collect(Collectors.joining(text("join.questions")));
  }

  private static Optional<Question> question(String id, Questionnaire questionnaire) {
    return questionnaire == null || id == null ? Optional.empty() : questionnaire.question(id);
  }

  private String option(Optional<Question> question, String value) {
    if (question.isPresent()) {
      for (AnswerOption option : questionnaire.optionsOf(question.get())) {
        if (option.value().equals(value)) {
          return in(option.label());
        }
      }
    }
    return value;
  }

  private String in(LocalizedText text) {
    return text.in(language, questionnaire.defaultLocale());
  }

  private String literals(String questionId, List<Literal> values) {
    Optional<Question> q = question(questionId, questionnaire);
    return values.stream().map(l -> literal(q, l)).collect(Collectors.joining(", "));
  }

  private String literal(Optional<Question> q, Literal l) {
    switch (l.kind()) {
      case TEXT:
        return text("text", option(q, l.text()));
      case NUMBER:
        return text("number", number(l.number()));
      default:
        return text(l.bool() ? "literal.true" : "literal.false");
    }
  }
}
