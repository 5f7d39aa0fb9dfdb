package dev.selfcheck.scoring.internal;

import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.MessageBundle;
import dev.selfcheck.scoring.Contribution;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.NotScorable;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Reason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/*
 * The words of the scoring module: reasons, exclusions and not-scorable reasons rendered from their
 * codes with the texts of dev/selfcheck/scoring/messages*.properties. The model holds codes and
 * exact values only; this is the one place that turns them into words, and MessageBundle.number
 * the one place that writes a number for a language.
 */
/** Renders the scoring module's codes in words, per locale. */
public final class Texts {

  /** The scoring module's message bundle. */
  public static final MessageBundle BUNDLE =
      MessageBundle.of(name -> Reason.class.getResourceAsStream(name), "messages");

  /** Why an answer is left out of scoring (an argument of SCO-0003). */
  public static final MessageBundle.Localized VALUE_HAS_NO_SCORE =
      locale -> BUNDLE.format("valueHasNoScore", locale);

  private Texts() {}

  /**
   * An exclusion in words.
   *
   * @param exclusion an exclusion
   * @param locale a locale
   * @return its text
   */
  public static String exclusion(Contribution.Exclusion exclusion, Locale locale) {
    return BUNDLE.format("exclusion." + exclusion.jsonName(), locale);
  }

  /**
   * A not-scorable reason in words.
   *
   * @param reason a reason
   * @param locale a locale
   * @return its text
   */
  public static String notScorable(NotScorable reason, Locale locale) {
    if (reason.code() == NotScorable.Code.TOO_FEW_ANSWERED) {
      return BUNDLE.format("notScorable.tooFewAnswered", locale,
          reason.answeredShare().orElseThrow().toBigDecimal(2),
          reason.requiredShare().orElseThrow().toBigDecimal(2));
    }
    return BUNDLE.format("notScorable." + reason.code().jsonName(), locale);
  }

  /**
   * A rule's fact in words, with ids as they are.
   *
   * @param r a reason
   * @param locale a locale
   * @return its text
   */
  public static String reason(Reason r, Locale locale) {
    String key = "reason." + r.code().jsonName();
    switch (r.code()) {
      case ANSWER_STATE:
        return BUNDLE.format(key, locale, id(r.question().orElseThrow(), locale), state(r.state().orElseThrow(), locale));
      case ANSWER_VALUE:
        return BUNDLE.format(key, locale, id(r.question().orElseThrow(), locale), answer(r.answer().orElseThrow(), locale),
            answerOperator(r.operator().orElseThrow(), locale),
            literals(r.literals(), locale));
      case COUNT:
        String test = test(r.state().orElse(null), r.operator().orElse(null), r.literals(), locale);
        String bounds = bounds(r.atLeast().isPresent() ? r.atLeast().getAsInt() : null,
            r.atMost().isPresent() ? r.atMost().getAsInt() : null, locale);
        return BUNDLE.format(r.questions().isEmpty() ? "reason.count.none" : key, locale,
            r.questions().size(), r.questionCount().orElseThrow(),
            r.questions().stream().map(q -> id(q, locale))
                .collect(Collectors.joining(", ")), test, bounds);
      case SCORE:
      case COMPLETION:
        return BUNDLE.format(key, locale, dimension(r.dimension().orElseThrow(), locale),
            shown(r.value().orElseThrow(), r.displayScore().orElse(null), locale),
            BUNDLE.format("operator." + r.operator().orElseThrow().jsonName(), locale),
            literals(r.literals(), locale));
      case SCORABLE:
        return BUNDLE.format(key, locale, dimension(r.dimension().orElseThrow(), locale));
      case NOT_SCORABLE:
        return BUNDLE.format(key, locale, dimension(r.dimension().orElseThrow(), locale),
            notScorable(r.notScorable().orElseThrow(), locale));
      case BAND:
        return BUNDLE.format(key, locale, dimension(r.dimension().orElseThrow(), locale),
            r.band().orElseThrow());
      default:
        return BUNDLE.format(key, locale, describe(r.negated().orElseThrow(), locale));
    }
  }

  /**
   * A condition in words, with ids as they are: what a negated condition would have required.
   *
   * @param c a condition
   * @param locale a locale
   * @return such as {@code the answer to 'q1' eq 'o1'}
   */
  public static String describe(Condition c, Locale locale) {
    return c.accept(new Condition.Visitor<String>() {
      @Override
      public String visitAll(AllOf a) {
        return BUNDLE.format("condition.all", locale, a.parts().stream().map(p -> describe(p, locale))
            .collect(Collectors.joining(BUNDLE.format("condition.and", locale))));
      }

      @Override
      public String visitAny(AnyOf a) {
        return BUNDLE.format("condition.any", locale, a.parts().stream().map(p -> describe(p, locale))
            .collect(Collectors.joining(BUNDLE.format("condition.or", locale))));
      }

      @Override
      public String visitNot(Not n) {
        return BUNDLE.format("condition.not", locale, describe(n.part(), locale));
      }

      @Override
      public String visitAnswerIs(AnswerIs a) {
        return BUNDLE.format("condition.answerState", locale, id(a.question(), locale), state(a.state(), locale));
      }

      @Override
      public String visitAnswerComparison(AnswerComparison a) {
        return BUNDLE.format(a.operator() == Operator.IN ? "condition.answerIn" : "condition.answerValue",
            locale, id(a.question(), locale), answerOperator(a.operator(), locale), literals(a.values(), locale));
      }

      @Override
      public String visitQuantifier(Quantifier q) {
        return BUNDLE.format("condition.count", locale, String.join(", ", q.questions()),
            test(q.state().orElse(null), q.operator().orElse(null), q.values(), locale),
            bounds(q.atLeast().orElse(null), q.atMost().orElse(null), locale));
      }

      @Override
      public String visitMeasure(MeasureComparison m) {
        return BUNDLE.format("condition." + m.measure().jsonName(), locale, dimension(m.dimension(), locale),
            BUNDLE.format("operator." + m.operator().jsonName(), locale),
            MessageBundle.number(m.value(), locale));
      }

      @Override
      public String visitScorable(ScorableIs s) {
        return BUNDLE.format(s.scorable() ? "condition.scorable" : "condition.notScorable", locale,
            dimension(s.dimension(), locale));
      }

      @Override
      public String visitBand(BandIs b) {
        return BUNDLE.format("condition.band", locale, dimension(b.dimension(), locale),
            answerOperator(b.operator(), locale), String.join(", ", b.bands()));
      }
    });
  }

  private static String answerOperator(Operator op, Locale locale) {
    return BUNDLE.format("answerOperator." + op.jsonName(), locale);
  }

  private static String test(AnswerState state, Operator op, List<Literal> values, Locale locale) {
    return state != null ? BUNDLE.format("test.state", locale, BUNDLE.format("stateName." + state.jsonName(), locale))
        : BUNDLE.format("test.value", locale, answerOperator(op, locale), literals(values, locale));
  }

  private static String bounds(Integer atLeast, Integer atMost, Locale locale) {
    return atLeast != null && atMost != null ? BUNDLE.format("bounds.both", locale, atLeast, atMost)
        : atLeast != null ? BUNDLE.format("bounds.atLeast", locale, atLeast)
        : BUNDLE.format("bounds.atMost", locale, atMost);
  }

  /**
   * An exact number: a terminating decimal with the language's separator, else a fraction.
   *
   * @param value an exact number
   * @param locale a locale
   * @return such as {@code 62,5} or {@code 25/3}
   */
  public static String exact(Rational value, Locale locale) {
    return value.isTerminatingDecimal() ? MessageBundle.number(new BigDecimal(value.toString()), locale)
        : value.toString();
  }

  private static String shown(Rational value, BigDecimal display, Locale locale) {
    if (display == null || value.isTerminatingDecimal() && value.toString().equals(display.toPlainString())) {
      return exact(value, locale);
    }
    return BUNDLE.format("exactly", locale, display, exact(value, locale));
  }

  private static String dimension(String id, Locale locale) {
    return DimensionResult.TOTAL.equals(id) ? BUNDLE.format("dimension.total", locale)
        : id(id, locale);
  }

  private static String id(String id, Locale locale) {
    return BUNDLE.format("id", locale, id);
  }

  private static String state(AnswerState state, Locale locale) {
    return BUNDLE.format("state." + state.jsonName(), locale);
  }

  private static String answer(AnswerValue v, Locale locale) {
    switch (v.kind()) {
      case STRING:
        return BUNDLE.format("text", locale, v.asString());
      case STRINGS:
        return v.asOptions().stream().map(o -> BUNDLE.format("text", locale, o))
            .collect(Collectors.joining(", ", "[", "]"));
      case BOOLEAN:
        return BUNDLE.format(v.asBoolean() ? "answer.yes" : "answer.no", locale);
      default:
        return MessageBundle.number(v.asNumber(), locale);
    }
  }

  private static String literals(List<Literal> values, Locale locale) {
    return values.stream().map(l -> literal(l, locale)).collect(Collectors.joining(", "));
  }

  private static String literal(Literal l, Locale locale) {
    switch (l.kind()) {
      case TEXT:
        return BUNDLE.format("text", locale, l.text());
      case NUMBER:
        return MessageBundle.number(l.number(), locale);
      default:
        return BUNDLE.format(l.bool() ? "literal.true" : "literal.false", locale);
    }
  }

}
