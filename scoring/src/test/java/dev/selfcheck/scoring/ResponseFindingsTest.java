package dev.selfcheck.scoring;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.ResponseProblem;
import dev.selfcheck.core.SemanticVersion;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Scoring skips {@code Questionnaire.validate(response)} when nothing can be found; whatever the
 * response, an assessment's findings still begin with exactly the validation's findings.
 */
class ResponseFindingsTest {

  private static final Questionnaire WK108 = Wk108.questionnaire();
  private static final Scorer SCORER = ScoringEngine.builder().explanations(false).build().compile(WK108);

  /** Responses that differ from a clean one in one way. */
  enum Case {
    CLEAN(ResponseProblem.WRONG_VERSION, r -> r),
    COMMENT_ONLY(ResponseProblem.WRONG_VERSION, r -> r.putAnswer("q010",
        Answer.builder().comment("later").build())),
    WRONG_VERSION(ResponseProblem.WRONG_VERSION, r -> r.questionnaireVersion(SemanticVersion.parse("1.1.0"))),
    UNKNOWN_QUESTION(ResponseProblem.UNKNOWN_QUESTION, r -> r.putAnswer("q999", Answer.of(AnswerValue.option("1")))),
    UNKNOWN_OPTION(ResponseProblem.UNKNOWN_OPTION, r -> r.putAnswer("q010", Answer.of(AnswerValue.option("7")))),
    WRONG_TYPE(ResponseProblem.WRONG_ANSWER_TYPE, r -> r.putAnswer("q010", Answer.of(AnswerValue.bool(true)))),
    NOT_APPLICABLE(ResponseProblem.NOT_APPLICABLE_NOT_ALLOWED, r -> r.putAnswer("q010", Answer.notApplicable())),
    SUBMITTED_EARLY(ResponseProblem.SUBMITTED_BEFORE_STARTED, r -> r
        .startedAt(OffsetDateTime.parse("2025-03-14T10:00:00Z"))
        .submittedAt(OffsetDateTime.parse("2025-03-14T09:00:00Z")));

    final ResponseProblem expected;
    final UnaryOperator<Response.Builder> change;

    Case(ResponseProblem expected, UnaryOperator<Response.Builder> change) {
      this.expected = expected;
      this.change = change;
    }
  }

  @ParameterizedTest
  @EnumSource(Case.class)
  void should_begin_with_the_validation_findings_when_a_response_is_scored(Case c) {
    // GIVEN a wk108 response with q001..q009 answered, changed in one way
    Response.Builder b = Response.builder().questionnaireId("wk108")
        .questionnaireVersion(SemanticVersion.parse("1.0.0"));
    for (int i = 1; i <= 9; i++) {
      b.putAnswer(String.format(java.util.Locale.ROOT, "q%03d", i), i == 2 ? Answer.dontKnow()
          : Answer.of(AnswerValue.option(String.valueOf(i % 5))));
    }
    Response response = c.change.apply(b).build();
    List<Finding> validation = WK108.validate(response);
    // WHEN
    Assessment a = SCORER.score(response);
    // THEN
    then(a.findings()).hasSizeGreaterThanOrEqualTo(validation.size());
    then(a.findings().subList(0, validation.size())).isEqualTo(validation);
    then(validation.stream().anyMatch(f -> f.is(c.expected)))
        .isEqualTo(c != Case.CLEAN && c != Case.COMMENT_ONLY);
  }
}
