package dev.selfcheck.analysis;

import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Rule;
import dev.selfcheck.core.SemanticVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Small builders for questionnaires made in code (those the codec would refuse to read). */
final class Models {

  private Models() {}

  static LocalizedText text(String en) {
    return LocalizedText.of("en", en);
  }

  /** @return a questionnaire with one recommendation {@code rec} for rules to yield */
  static Questionnaire.Builder questionnaire(String id) {
    return Questionnaire.builder().id(id).version(SemanticVersion.parse("1.0.0")).defaultLocale("en")
        .title(text(id))
        .addRecommendations(Recommendation.builder().id("rec").title(text("rec")).text(text("rec")).build());
  }

  static Dimension dimension(String id, Question... questions) {
    return Dimension.builder().id(id).label(text(id)).addQuestions(questions).build();
  }

  /** @return an ordinal question with options "0", "1", "2" scored 0, 50, 100 */
  static Question scaled(String id, Condition visibleWhen) {
    return Question.builder().id(id).type(QuestionType.ORDINAL_SCALE).text(text(id))
        .addOptions(AnswerOption.of("0", text("low"), BigDecimal.ZERO),
            AnswerOption.of("1", text("mid"), new BigDecimal("50")),
            AnswerOption.of("2", text("high"), new BigDecimal("100")))
        .visibleWhen(Optional.ofNullable(visibleWhen)).build();
  }

  /** @return a rule yielding {@code rec} */
  static Rule rule(String id, Condition when) {
    return Rule.builder().id(id).when(when).recommend(List.of("rec")).build();
  }
}
