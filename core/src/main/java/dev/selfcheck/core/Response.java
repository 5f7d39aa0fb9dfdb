package dev.selfcheck.core;

import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One respondent's answers to one version of a questionnaire.
 *
 * <p>Questions without an entry in {@link #answers()} are not answered. Check a response against
 * its questionnaire with {@link Questionnaire#validate(Response)}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Response {

  Response() {}

  /** @return the document format version, {@code "1.0"} unless set */
  @Value.Default
  public String formatVersion() {
    return Questionnaire.FORMAT_VERSION;
  }

  /** @return the id of the questionnaire answered */
  public abstract String questionnaireId();

  /** @return the version of the questionnaire answered */
  public abstract SemanticVersion questionnaireVersion();

  /** @return who answered */
  public abstract Optional<@Valid Respondent> respondent();

  /** @return the answers by question id */
  public abstract Map<String, @Valid Answer> answers();

  /** @return when answering started, with the offset as written */
  public abstract Optional<OffsetDateTime> startedAt();

  /** @return when the response was submitted */
  public abstract Optional<OffsetDateTime> submittedAt();

  /**
   * How a consensus response was reached and which panel it came from; only a consensus response
   * (respondent role {@value Consensus#ROLE}) carries it, and it does not change how the response
   * is scored.
   *
   * @return the consensus record, empty for an ordinary response
   */
  public abstract Optional<@Valid Consensus> consensus();

  /**
   * Host data attached to the response; the library keeps it unchanged.
   *
   * @return JSON texts keyed by member name (see {@link Questionnaire#extensions()})
   */
  public abstract Map<String, String> extensions();

  /**
   * The state of a question in this response.
   *
   * @param questionId a question id
   * @return the state, {@link AnswerState#NOT_ANSWERED} if there is no answer
   */
  public AnswerState stateOf(String questionId) {
    Answer a = answers().get(questionId);
    return a == null ? AnswerState.NOT_ANSWERED : a.state();
  }

  /**
   * The answer to a question.
   *
   * @param questionId a question id
   * @return the answer, if there is one
   */
  public Optional<Answer> answer(String questionId) {
    return Optional.ofNullable(answers().get(questionId));
  }

  /** @return the question ids in a stable order, for reports */
  public List<String> answeredQuestionIds() {
    return answers().keySet().stream().sorted().toList();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Response}s. */
  public static final class Builder extends ImmutableResponse.Builder {
    Builder() {}
  }
}
