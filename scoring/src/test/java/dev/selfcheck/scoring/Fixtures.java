package dev.selfcheck.scoring;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.core.SemanticVersion;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small builders shared by the scoring tests. Choice questions get the option values
 * {@code o1, o2, …} in the order of the scores given, and accept "don't know" and "not
 * applicable".
 */
final class Fixtures {

  static final String ID = "check";
  static final SemanticVersion VERSION = SemanticVersion.of(1, 0, 0);

  private Fixtures() {}

  static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  /** An exact number from {@code "62.5"} or {@code "250/3"}. */
  static Rational exact(String value) {
    int slash = value.indexOf('/');
    if (slash < 0) {
      return Rational.of(dec(value));
    }
    return Rational.of(new BigInteger(value.substring(0, slash)), new BigInteger(value.substring(slash + 1)));
  }

  private static Question.Builder question(String id, QuestionType type) {
    return Question.builder().id(id).type(type).text(en("Question " + id))
        .allowDontKnow(true).allowNotApplicable(true);
  }

  /** A single-choice question with options o1…oN scored as given (null: unscored option). */
  static Question.Builder choiceOf(String id, String... scores) {
    Question.Builder b = question(id, QuestionType.SINGLE_CHOICE);
    for (int i = 0; i < scores.length; i++) {
      b.addOption(AnswerOption.of("o" + (i + 1), en("option " + (i + 1)),
          scores[i] == null ? null : dec(scores[i])));
    }
    return b;
  }

  static Question choice(String id, String... scores) {
    return choiceOf(id, scores).build();
  }

  /** A five-level single-choice question o1…o5 scored 0…4. */
  static Question level(String id) {
    return choice(id, "0", "1", "2", "3", "4");
  }

  static Question level(String id, String weight) {
    return choiceOf(id, "0", "1", "2", "3", "4").weight(dec(weight)).build();
  }

  static Question yesNo(String id, String yes, String no) {
    return question(id, QuestionType.YES_NO)
        .scoring(ItemScoring.builder().yes(dec(yes)).no(dec(no)).build()).build();
  }

  static Question number(String id, ItemScoring scoring) {
    return question(id, QuestionType.NUMBER).scoring(scoring).build();
  }

  static Question multiple(String id, ItemScoring scoring, String... scores) {
    Question.Builder b = question(id, QuestionType.MULTIPLE_CHOICE).scoring(scoring);
    for (int i = 0; i < scores.length; i++) {
      b.addOption(AnswerOption.of("o" + (i + 1), en("option " + (i + 1)),
          scores[i] == null ? null : dec(scores[i])));
    }
    return b.build();
  }

  static Question freeText(String id) {
    return Question.builder().id(id).type(QuestionType.TEXT).text(en("Question " + id)).build();
  }

  static Dimension.Builder dim(String id) {
    return Dimension.builder().id(id).label(en("Dimension " + id));
  }

  static Dimension dim(String id, Question... questions) {
    return dim(id).addQuestions(questions).build();
  }

  static Questionnaire.Builder questionnaire() {
    return Questionnaire.builder().id(ID).version(VERSION).defaultLocale("en").title(en("Check"));
  }

  static Questionnaire questionnaire(Dimension... dimensions) {
    return questionnaire().addDimensions(dimensions).build();
  }

  static ScoringSettings.Builder settings() {
    return ScoringSettings.builder();
  }

  /** A band [lower, upper). */
  static Band band(String id, String lower, String upper) {
    return Band.builder().id(id).label(en(id)).lower(dec(lower)).upper(dec(upper)).build();
  }

  static Band band(String id, String lower, boolean lowerInclusive, String upper, boolean upperInclusive) {
    return Band.builder().id(id).label(en(id)).lower(dec(lower)).upper(dec(upper))
        .lowerInclusive(lowerInclusive).upperInclusive(upperInclusive).build();
  }

  static Recommendation recommendation(String id, int priority) {
    return Recommendation.builder().id(id).title(en("Do " + id)).text(en("Text of " + id))
        .priority(priority).build();
  }

  static Scorer compile(Questionnaire q) {
    return ScoringEngine.create().compile(q);
  }

  static Answers answers() {
    return new Answers();
  }

  static DimensionResult result(Assessment a, String id) {
    return a.dimension(id).orElseThrow(() -> new AssertionError("no result for " + id));
  }

  static Contribution contribution(DimensionResult r, String id) {
    return r.contributions().stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no contribution of " + id + " in " + r.id()));
  }

  /** Answers in the order they are given, turned into a response to {@link #ID} 1.0.0. */
  static final class Answers {
    private final Map<String, Answer> answers = new LinkedHashMap<>();

    Answers option(String question, String option) {
      return put(question, Answer.of(AnswerValue.option(option)));
    }

    Answers options(String question, String... options) {
      return put(question, Answer.of(AnswerValue.options(Arrays.asList(options))));
    }

    Answers yes(String question) {
      return put(question, Answer.of(AnswerValue.bool(true)));
    }

    Answers no(String question) {
      return put(question, Answer.of(AnswerValue.bool(false)));
    }

    Answers number(String question, String value) {
      return put(question, Answer.of(AnswerValue.number(dec(value))));
    }

    Answers dontKnow(String question) {
      return put(question, Answer.dontKnow());
    }

    Answers notApplicable(String question) {
      return put(question, Answer.notApplicable());
    }

    Answers put(String question, Answer answer) {
      answers.put(question, answer);
      return this;
    }

    List<String> questions() {
      return new ArrayList<>(answers.keySet());
    }

    Response response() {
      return response(VERSION);
    }

    Response response(SemanticVersion version) {
      return Response.builder().questionnaireId(ID).questionnaireVersion(version).answers(answers).build();
    }
  }
}
