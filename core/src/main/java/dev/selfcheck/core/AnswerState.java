package dev.selfcheck.core;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The state of a question in a response. "Don't know" and "not applicable" are real answers,
 * distinct from not answering at all, and never silently count as zero.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum AnswerState {
  /** Answered with a value. */
  ANSWERED("answered"),
  /** Answered "don't know". */
  DONT_KNOW("dontKnow"),
  /** Answered "not applicable". */
  NOT_APPLICABLE("notApplicable"),
  /** Not answered (no answer, or only a comment). */
  NOT_ANSWERED("notAnswered");

  private final String jsonName;

  AnswerState(String jsonName) {
    this.jsonName = jsonName;
  }

  /** @return the name in documents, such as {@code "dontKnow"} */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Finds a state by its document name.
   *
   * @param jsonName a name such as {@code "dontKnow"}
   * @return the state, or empty
   */
  public static Optional<AnswerState> fromJsonName(String jsonName) {
    for (AnswerState s : values()) {
      if (s.jsonName.equals(jsonName)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
