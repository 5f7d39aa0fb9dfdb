package dev.selfcheck.editions;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One change between two versions of a questionnaire: what kind of change, what it concerns, where
 * it is in each version and how far it reaches.
 *
 * <p>{@link #before()} is a JSON Pointer into the older questionnaire document, {@link #after()}
 * one into the newer; a change has at least one of the two (an added question has only
 * {@code after}, a removed one only {@code before}). Immutable and thread-safe.
 *
 * @param kind what changed; its {@link Kind#level() level} is the change's level
 * @param subject the id of what changed (a question, dimension, rule, recommendation or option
 *     value), or the member's name for the questionnaire's own members
 * @param before where it is in the older version, if it is there
 * @param after where it is in the newer version, if it is there
 * @param detail what exactly changed, in a few words (an answer, the aspects that differ), if more
 *     than the kind is needed
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Change(Kind kind, String subject, Optional<String> before, Optional<String> after,
    Optional<String> detail) {

  /** The kinds of change, each with the level it calls for. */
  public enum Kind {
    /** Another questionnaire id: no response of the old one belongs to the new one. */
    QUESTIONNAIRE_ID(ChangeLevel.MAJOR),
    /** A question of the older version is not in the newer one (by id); its answers have no home. */
    QUESTION_REMOVED(ChangeLevel.MAJOR),
    /** A question has another type. */
    QUESTION_TYPE(ChangeLevel.MAJOR),
    /** An answer that was valid in the older version is not valid in the newer one. */
    ANSWER_INVALIDATED(ChangeLevel.MAJOR),
    /** A question of the newer version is not in the older one. */
    QUESTION_ADDED(ChangeLevel.MINOR),
    /** A question is in another dimension. */
    QUESTION_MOVED(ChangeLevel.MINOR),
    /** An answer that was not valid in the older version is valid in the newer one. */
    ANSWER_ADDED(ChangeLevel.MINOR),
    /** How answers or dimensions score: weights, option scores, item scoring, aggregation, bands. */
    SCORING(ChangeLevel.MINOR),
    /**
     * When a question is shown ({@code visibleWhen}), or a named condition (under
     * {@code conditions}) that visibility, rules and conditional terms refer to.
     */
    VISIBILITY(ChangeLevel.MINOR),
    /** Whether a question must be answered. */
    REQUIRED(ChangeLevel.MINOR),
    /** A dimension of the newer version is not in the older one. */
    DIMENSION_ADDED(ChangeLevel.MINOR),
    /** A dimension of the older version is not in the newer one. */
    DIMENSION_REMOVED(ChangeLevel.MINOR),
    /** A dimension has another parent. */
    DIMENSION_MOVED(ChangeLevel.MINOR),
    /** A rule was added, removed or changed. */
    RULE(ChangeLevel.MINOR),
    /** A recommendation was added or removed, or its dimension, priority or tags changed. */
    RECOMMENDATION(ChangeLevel.MINOR),
    /** A text: a title, question text, help, label, unit or a recommendation's words. */
    TEXT(ChangeLevel.PATCH),
    /** Metadata, languages or extensions. */
    METADATA(ChangeLevel.PATCH);

    private final ChangeLevel level;

    Kind(ChangeLevel level) {
      this.level = level;
    }

    /** @return the level this kind of change calls for */
    public ChangeLevel level() {
      return level;
    }

    /** @return the name in JSON, in lower camel case ({@code answerInvalidated}) */
    public String jsonName() {
      StringBuilder sb = new StringBuilder();
      boolean up = false;
      for (char c : name().toCharArray()) {
        if (c == '_') {
          up = true;
        } else {
          sb.append(up ? c : Character.toLowerCase(c));
          up = false;
        }
      }
      return sb.toString();
    }
  }

  /** Checks that the change names a kind, a subject and at least one place. */
  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(detail, "detail");
    if (before.isEmpty() && after.isEmpty()) {
      throw new IllegalArgumentException("a change of '" + subject + "' needs a place: before or after");
    }
  }

  /** @return the level this change calls for, its kind's */
  public ChangeLevel level() {
    return kind.level();
  }
}
