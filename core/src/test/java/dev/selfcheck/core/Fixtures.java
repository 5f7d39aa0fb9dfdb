package dev.selfcheck.core;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.tuple;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;

/** Small builders shared by the core tests: every fixture is valid unless a test spoils it. */
final class Fixtures {

  static final String QUESTIONNAIRE_ID = "check";
  static final SemanticVersion VERSION = SemanticVersion.parse("1.0.0");

  private Fixtures() {}

  static LocalizedText text(String english) {
    return LocalizedText.of("en", english);
  }

  static AnswerOption option(String value) {
    return AnswerOption.of(value, text("option " + value), null);
  }

  static List<AnswerOption> options(String... values) {
    return Arrays.stream(values).map(Fixtures::option).toList();
  }

  static Question.Builder question(String id, QuestionType type) {
    return Question.builder().id(id).type(type).text(text("question " + id));
  }

  static Question.Builder choice(String id, QuestionType type, String... values) {
    return question(id, type).addAllOptions(options(values));
  }

  static Question yesNo(String id) {
    return question(id, QuestionType.YES_NO).build();
  }

  static Question shownWhen(Question question, Condition condition) {
    return Question.builder().from(question).visibleWhen(condition).build();
  }

  static Dimension.Builder dimension(String id) {
    return Dimension.builder().id(id).label(text("dimension " + id));
  }

  static Dimension dimension(String id, Question... questions) {
    return dimension(id).addQuestions(questions).build();
  }

  static AnswerScale.Builder scale(String id, String... values) {
    return AnswerScale.builder().id(id).addAllOptions(options(values));
  }

  static Band band(String id, String lower, String upper) {
    return Band.builder().id(id).label(text("band " + id))
        .lower(new BigDecimal(lower)).upper(new BigDecimal(upper)).build();
  }

  static Recommendation recommendation(String id) {
    return Recommendation.builder().id(id).title(text("title " + id)).text(text("text " + id)).build();
  }

  static Rule rule(String id, Condition when, String... recommend) {
    return Rule.builder().id(id).when(when).addRecommend(recommend).build();
  }

  /** A questionnaire skeleton without dimensions. */
  static Questionnaire.Builder questionnaire() {
    return Questionnaire.builder()
        .id(QUESTIONNAIRE_ID)
        .version(VERSION)
        .defaultLocale("en")
        .title(text("Self-check"));
  }

  /** A questionnaire with one dimension {@code d1} holding the questions. */
  static Questionnaire questionnaireWith(Question... questions) {
    return questionnaire().addDimension(dimension("d1", questions)).build();
  }

  /** A questionnaire with one dimension {@code d1} holding the questions, customised. */
  static Questionnaire questionnaireWith(Consumer<Questionnaire.Builder> customise, Question... questions) {
    Questionnaire.Builder builder = questionnaire().addDimension(dimension("d1", questions));
    customise.accept(builder);
    return builder.build();
  }

  /** A response to the fixture questionnaire, without answers. */
  static Response.Builder response() {
    return Response.builder().questionnaireId(QUESTIONNAIRE_ID).questionnaireVersion(VERSION);
  }

  static Answer chosen(String optionValue) {
    return Answer.of(AnswerValue.option(optionValue));
  }

  static Answer chosenMany(String... optionValues) {
    return Answer.of(AnswerValue.options(List.of(optionValues)));
  }

  static Answer number(String number) {
    return Answer.of(AnswerValue.number(new BigDecimal(number)));
  }

  static Answer yes(boolean yes) {
    return Answer.of(AnswerValue.bool(yes));
  }

  static Literal literal(String text) {
    return Literal.of(text);
  }

  static Literal literal(BigDecimal number) {
    return Literal.of(number);
  }

  /** Starts an assertion on the code, severity and pointer of each finding. */
  static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> thenFindings(
      List<Finding> findings) {
    return then(findings).extracting(Finding::code, Finding::severity, Finding::pointer);
  }

  static Tuple error(FindingType type, String pointer) {
    return tuple(type.code(), Severity.ERROR, pointer);
  }

  static Tuple warning(FindingType type, String pointer) {
    return tuple(type.code(), Severity.WARNING, pointer);
  }
}
