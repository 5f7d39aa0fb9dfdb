package dev.selfcheck.core;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The kind of answer a {@link Question} takes.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum QuestionType {
  /** Exactly one of the offered options; the answer is an option value. */
  SINGLE_CHOICE("singleChoice"),
  /** Any number of the offered options; the answer is a list of option values. */
  MULTIPLE_CHOICE("multipleChoice"),
  /** One level of an ordered scale ("does not apply" … "fully applies"). */
  ORDINAL_SCALE("ordinalScale"),
  /** A yes/no fact; the answer is a boolean. */
  YES_NO("yesNo"),
  /** A number, optionally with unit and bounds. */
  NUMBER("number"),
  /** Free text, never scored. */
  TEXT("text");

  private final String jsonName;

  QuestionType(String jsonName) {
    this.jsonName = jsonName;
  }

  /** @return the name of this type in questionnaire documents, such as {@code "singleChoice"} */
  public String jsonName() {
    return jsonName;
  }

  /** @return true for the types whose answers are option values */
  public boolean hasOptions() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == ORDINAL_SCALE;
  }

  /**
   * Finds a type by its document name.
   *
   * @param jsonName a name such as {@code "yesNo"}
   * @return the type, or empty if there is none of that name
   */
  public static Optional<QuestionType> fromJsonName(String jsonName) {
    for (QuestionType t : values()) {
      if (t.jsonName.equals(jsonName)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
