package dev.selfcheck.testkit;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.testkit.internal.Blueprints;
import dev.selfcheck.testkit.internal.QuestionnaireBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.sessions.JqwikSession;
import org.apiguardian.api.API;

/**
 * jqwik arbitraries for property tests of questionnaires, scoring and panels: valid questionnaires
 * of a configurable {@link QuestionnaireShape}, responses that fit a given questionnaire, and
 * panels of such responses from distinct respondents.
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<Tuple2<Questionnaire, Response>> cases() {
 *   return SelfcheckArbitraries.questionnaires()
 *       .flatMap(q -> SelfcheckArbitraries.responsesFor(q).map(r -> Tuple.of(q, r)));
 * }
 * }</pre>
 *
 * <p>Every generated questionnaire is valid: {@link Questionnaire#validate()} reports no errors
 * (warnings may occur). Ids are short and numbered ({@code d1}, {@code q3}, {@code rule2}), so a
 * shrunk counterexample is easy to read. Both arbitraries are built from jqwik combinators without
 * filters, so they shrink well: towards fewer dimensions, questions and rules, and towards
 * unanswered questions.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SelfcheckArbitraries {

  private SelfcheckArbitraries() {}

  /** @return valid questionnaires of the {@link QuestionnaireShape#defaults() default shape} */
  public static Arbitrary<Questionnaire> questionnaires() {
    return questionnaires(QuestionnaireShape.defaults());
  }

  /**
   * Valid questionnaires of a shape.
   *
   * @param shape size and shape
   * @return the arbitrary
   */
  public static Arbitrary<Questionnaire> questionnaires(QuestionnaireShape shape) {
    return Blueprints.questionnaires(shape).map(spec -> QuestionnaireBuilder.build(shape, spec));
  }

  /**
   * Responses to a questionnaire: for each question, an answer that fits it (an offered option,
   * a number within its range, …), "don't know" or "not applicable" where the question allows
   * them, or no answer. Answers to questions that the response leaves hidden are dropped, so the
   * responses validate without errors or warnings about hidden answers.
   *
   * @param questionnaire a valid questionnaire
   * @return the arbitrary
   */
  public static Arbitrary<Response> responsesFor(Questionnaire questionnaire) {
    List<Arbitrary<Optional<Answer>>> perQuestion = questionnaire.allQuestions()
        .map(q -> answers(questionnaire, q)).collect(Collectors.toList());
    List<String> ids = questionnaire.allQuestions().map(Question::id).collect(Collectors.toList());
    if (perQuestion.isEmpty()) {
      return Arbitraries.just(response(questionnaire, Map.of()));
    }
    return Combinators.combine(perQuestion).as(answers -> {
      Map<String, Answer> map = new LinkedHashMap<>();
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        answers.get(i).ifPresent(a -> map.put(id, a));
      }
      // Conditions see hidden questions as not answered, so dropping their answers changes no
      // question's visibility.
      Set<String> visible = new HashSet<>(questionnaire.visibleQuestions(response(questionnaire, map)));
      map.keySet().retainAll(visible);
      return response(questionnaire, map);
    });
  }

  /** The roles of generated panel members. */
  public static final List<String> PANEL_ROLES = List.of("lead", "member");

  /** The groups of generated panel members. */
  public static final List<String> PANEL_GROUPS = List.of("administration", "politics", "civil-society");

  /**
   * Panels of 1 to 8 respondents to a questionnaire: see {@link #panelsFor(Questionnaire, int, int)}.
   *
   * @param questionnaire a valid questionnaire
   * @return the arbitrary
   * @since 0.2
   */
  public static Arbitrary<List<Response>> panelsFor(Questionnaire questionnaire) {
    return panelsFor(questionnaire, 1, 8);
  }

  /**
   * Panels: the responses of distinct respondents ({@code r1}, {@code r2}, … in order), each a
   * response of {@link #responsesFor} with a role of {@link #PANEL_ROLES} and a group of
   * {@link #PANEL_GROUPS}; ready for {@code Panel.of} or {@code PanelAnalysis.analyze}. They shrink
   * towards fewer respondents and simpler answers.
   *
   * @param questionnaire a valid questionnaire
   * @param minSize the fewest respondents, at least 1
   * @param maxSize the most respondents
   * @return the arbitrary
   * @throws IllegalArgumentException if the sizes are not 1 ≤ minSize ≤ maxSize
   * @since 0.2
   */
  public static Arbitrary<List<Response>> panelsFor(Questionnaire questionnaire, int minSize, int maxSize) {
    if (minSize < 1 || maxSize < minSize) {
      throw new IllegalArgumentException("panel sizes must be 1 <= minSize <= maxSize, but are "
          + minSize + " and " + maxSize);
    }
    Arbitrary<Tuple.Tuple3<Response, String, String>> member = Combinators.combine(responsesFor(questionnaire),
        Arbitraries.of(PANEL_ROLES), Arbitraries.of(PANEL_GROUPS)).as(Tuple::of);
    return member.list().ofMinSize(minSize).ofMaxSize(maxSize).map(members -> {
      List<Response> out = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        Tuple.Tuple3<Response, String, String> m = members.get(i);
        out.add(Response.builder().from(m.get1()).respondent(Respondent.builder().id("r" + (i + 1))
            .role(m.get2()).group(m.get3()).build()).build());
      }
      return out;
    });
  }

  /**
   * A fixed number of responses generated from a seed, outside of a property: the same seed gives
   * the same responses. For coverage measurements:
   * {@code RuleCoverage.builder(questionnaire).add(sampleResponses(questionnaire, 500, seed))}.
   *
   * @param questionnaire a valid questionnaire
   * @param count how many
   * @param seed the seed
   * @return the responses
   */
  public static List<Response> sampleResponses(Questionnaire questionnaire, int count, long seed) {
    List<Response> out = new ArrayList<>();
    Runnable generate = () -> {
      out.clear();
      RandomGenerator<Response> generator = responsesFor(questionnaire).generator(1000);
      Random random = new Random(seed);
      for (int i = 0; i < count; i++) {
        out.add(generator.next(random).value());
      }
    };
    try {
      generate.run();  // inside a property, or where jqwik needs no session
    } catch (RuntimeException outsideOfJqwik) {
      JqwikSession.run(generate::run);
    }
    return out;
  }

  private static Response response(Questionnaire questionnaire, Map<String, Answer> answers) {
    return Response.builder().questionnaireId(questionnaire.id())
        .questionnaireVersion(questionnaire.version()).answers(answers).build();
  }

  private static Arbitrary<Optional<Answer>> answers(Questionnaire questionnaire, Question question) {
    List<Tuple2<Integer, Arbitrary<Optional<Answer>>>> kinds = new ArrayList<>();
    kinds.add(Tuple.of(2, Arbitraries.just(Optional.empty())));
    kinds.add(Tuple.of(7, values(questionnaire, question).map(v -> Optional.of(Answer.of(v)))));
    if (questionnaire.allowsDontKnow(question)) {
      kinds.add(Tuple.of(1, Arbitraries.just(Optional.of(Answer.dontKnow()))));
    }
    if (questionnaire.allowsNotApplicable(question)) {
      kinds.add(Tuple.of(1, Arbitraries.just(Optional.of(Answer.notApplicable()))));
    }
    return Arbitraries.frequencyOf(kinds);
  }

  private static Arbitrary<AnswerValue> values(Questionnaire questionnaire, Question question) {
    List<String> offered = questionnaire.optionsOf(question).stream().map(AnswerOption::value)
        .collect(Collectors.toList());
    switch (question.type()) {
      case SINGLE_CHOICE:
      case ORDINAL_SCALE:
        return Arbitraries.of(offered).map(AnswerValue::option);
      case MULTIPLE_CHOICE:
        return Arbitraries.subsetOf(offered).map(s -> offered.stream().filter(s::contains)
            .collect(Collectors.toList())).map(AnswerValue::options);
      case YES_NO:
        return Arbitraries.of(false, true).map(AnswerValue::bool);
      case NUMBER: {
        BigDecimal min = question.min().orElse(BigDecimal.valueOf(-1000));
        BigDecimal max = question.max().orElse(min.max(BigDecimal.ZERO).add(BigDecimal.valueOf(1000)));
        return Arbitraries.bigDecimals().between(min, max).ofScale(1).map(AnswerValue::number);
      }
      default:
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5).map(AnswerValue::text);
    }
  }
}
