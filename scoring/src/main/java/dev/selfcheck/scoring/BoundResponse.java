package dev.selfcheck.scoring;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.ConditionProgram;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.internal.Cells;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * A response bound to its questionnaire: its answers held by the index of each question and
 * option, so that {@link Scorer#score(BoundResponse)} looks nothing up. A reader that knows the
 * questionnaire makes it (for JSON documents, {@code ResponseReader.readBound} of the
 * questionnaire-schema module) and the {@link Response} itself is built only when someone asks
 * for it ({@link #response()}, or the assessment's results, recommendations or findings).
 *
 * <p>Indexes are those of {@link ConditionProgram.Facts}: a question's index is its position in
 * {@link Questionnaire#allQuestions()}; an answer to a single-choice or ordinal-scale question is
 * the option's position in {@link Questionnaire#optionsOf(dev.selfcheck.core.Question)}, and an
 * answer to a yes/no question is 1 for yes and 0 for no; every other answer is its {@link
 * AnswerValue}.
 *
 * <pre>{@code
 * BoundResponse bound = BoundResponse.builder(questionnaire)
 *     .choose(0, 2)                                  // the first question: its third option
 *     .state(1, AnswerState.DONT_KNOW)
 *     .build(() -> response);                        // the same answers, built when asked for
 * Assessment a = scorer.score(bound);
 * }</pre>
 *
 * <p>A bound response scores exactly as its response: the same assessment, findings included.
 * {@link #of(Questionnaire, Response)} wraps a response that is not bound yet; the scorer binds it
 * (as {@link Scorer#score(Response)} does). Immutable and thread-safe; no method accepts or
 * returns null. Compare bound responses by their {@link #response()}.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class BoundResponse {

  private final Questionnaire questionnaire;
  /** The answers by index; null when the response is not bound (then the scorer binds it). */
  final Cells cells;
  private final Respondent respondent;
  /** Gives the response once; null when it is given or was built. */
  private Supplier<Response> source;
  private volatile Response response;

  private BoundResponse(Questionnaire questionnaire, Cells cells, Respondent respondent,
      Supplier<Response> source, Response response) {
    this.questionnaire = questionnaire;
    this.cells = cells;
    this.respondent = respondent;
    this.source = source;
    this.response = response;
  }

  /**
   * A response to a questionnaire that is not bound yet: scoring binds it by id, as {@link
   * Scorer#score(Response)} does.
   *
   * @param questionnaire the questionnaire
   * @param response a response to it
   * @return the response, to be bound when scored
   */
  public static BoundResponse of(Questionnaire questionnaire, Response response) {
    Objects.requireNonNull(response, "response");
    return new BoundResponse(Objects.requireNonNull(questionnaire, "questionnaire"), null,
        response.respondent().orElse(null), null, response);
  }

  /**
   * A new builder of a response to a questionnaire, every question not answered.
   *
   * @param questionnaire the questionnaire
   * @return the builder
   */
  public static Builder builder(Questionnaire questionnaire) {
    return new Builder(Objects.requireNonNull(questionnaire, "questionnaire"));
  }

  /** @return the questionnaire the answers are bound to */
  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** @return who answered, if the response says (known without building the response) */
  public Optional<Respondent> respondent() {
    return Optional.ofNullable(respondent);
  }

  /**
   * The response, built when first asked for (once).
   *
   * @return the response
   * @throws IllegalStateException if what the builder was given answers another questionnaire
   */
  public Response response() {
    Response r = response;
    if (r == null) {
      synchronized (this) {
        r = response;
        if (r == null) {
          r = Objects.requireNonNull(source.get(), "the response");
          if (!r.questionnaireId().equals(questionnaire.id())
              || !r.questionnaireVersion().equals(questionnaire.version())
              || !r.respondent().equals(respondent())) {
            throw new IllegalStateException("the response is not the one bound: it answers "
                + r.questionnaireId() + " " + r.questionnaireVersion() + " for "
                + r.respondent() + ", not " + questionnaire.id() + " " + questionnaire.version()
                + " for " + respondent());
          }
          response = r;
          source = null;
        }
      }
    }
    return r;
  }

  /** @return whether the answers are bound (else the scorer binds the response) */
  boolean bound() {
    return cells != null;
  }

  @Override
  public String toString() {
    return "BoundResponse[questionnaire=" + questionnaire.id() + ", respondent="
        + (respondent == null ? "none" : respondent.id()) + ", bound=" + bound() + "]";
  }

  /**
   * Fills the answers of one response by index. Not thread-safe; {@link #build(Supplier)} ends
   * its use.
   *
   * @since 0.2
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private final Questionnaire questionnaire;
    private Cells cells;
    private Respondent respondent;

    Builder(Questionnaire questionnaire) {
      this.questionnaire = questionnaire;
      this.cells = new Cells(questionnaire.conditions().questionCount());
    }

    /**
     * Answers a single-choice or ordinal-scale question with an option, or a yes/no question.
     *
     * @param question the question's index
     * @param choice the option's index; for a yes/no question 1 for yes and 0 for no
     * @return this builder
     * @throws IllegalArgumentException if there is no such question or the index is negative
     *     (whether the question offers the option is checked when scored)
     */
    public Builder choose(int question, int choice) {
      if (choice < 0) {
        throw new IllegalArgumentException("no choice number " + choice);
      }
      cells().choose(check(question), choice);
      return this;
    }

    /**
     * Answers a question with a value: a list of options (multiple choice), a number or a text;
     * an option or a boolean is bound to its index when scored.
     *
     * @param question the question's index
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if there is no such question
     */
    public Builder answer(int question, AnswerValue value) {
      cells().value(check(question), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Gives a question a state without a value: "don't know", "not applicable", or not answered.
     *
     * @param question the question's index
     * @param state the state; not {@link AnswerState#ANSWERED}
     * @return this builder
     * @throws IllegalArgumentException if there is no such question or the state is answered
     */
    public Builder state(int question, AnswerState state) {
      if (Objects.requireNonNull(state, "state") == AnswerState.ANSWERED) {
        throw new IllegalArgumentException("an answered question takes a choice or a value");
      }
      cells().state(check(question), state);
      return this;
    }

    /**
     * @param respondent who answered, as the response says
     * @return this builder
     */
    public Builder respondent(Respondent respondent) {
      this.respondent = Objects.requireNonNull(respondent, "respondent");
      return this;
    }

    /**
     * Ends the builder.
     *
     * @param response gives the response these answers are of (the same answers, to this
     *     questionnaire and version, by the same respondent), asked at most once and only when
     *     the response is asked for; for example the document read again
     * @return the bound response
     */
    public BoundResponse build(Supplier<Response> response) {
      Objects.requireNonNull(response, "response");
      Cells c = cells();
      cells = null;
      return new BoundResponse(questionnaire, c, respondent, response, null);
    }

    private Cells cells() {
      if (cells == null) {
        throw new IllegalStateException("the builder was built");
      }
      return cells;
    }

    private int check(int question) {
      if (question < 0 || question >= cells().size()) {
        throw new IllegalArgumentException("no question number " + question);
      }
      return question;
    }
  }
}
