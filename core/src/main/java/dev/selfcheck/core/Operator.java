package dev.selfcheck.core;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The comparison operators of conditions.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Operator {
  /** Equal. */
  EQ("eq"),
  /** Not equal (false when there is no value to compare). */
  NE("ne"),
  /** Less than. */
  LT("lt"),
  /** Less than or equal. */
  LE("le"),
  /** Greater than. */
  GT("gt"),
  /** Greater than or equal. */
  GE("ge"),
  /** Equal to one of several values. */
  IN("in"),
  /** A multiple-choice answer includes an option. */
  CONTAINS("contains");

  private final String jsonName;

  Operator(String jsonName) {
    this.jsonName = jsonName;
  }

  /** @return the member name in condition documents, such as {@code "ge"} */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Tells whether the result of a comparison ({@code a.compareTo(b)}) satisfies this operator,
   * read as "a op b".
   *
   * @param comparison negative, zero or positive
   * @return whether it holds; always false for {@code in} and {@code contains}
   */
  public boolean holds(int comparison) {
    switch (this) {
      case EQ:
        return comparison == 0;
      case NE:
        return comparison != 0;
      case LT:
        return comparison < 0;
      case LE:
        return comparison <= 0;
      case GT:
        return comparison > 0;
      case GE:
        return comparison >= 0;
      default:
        return false;
    }
  }

  /** @return true for {@code lt}, {@code le}, {@code gt} and {@code ge} */
  public boolean isOrdering() {
    return this == LT || this == LE || this == GT || this == GE;
  }

  /**
   * Finds an operator by its document name.
   *
   * @param jsonName a name such as {@code "eq"}
   * @return the operator, or empty
   */
  public static Optional<Operator> fromJsonName(String jsonName) {
    for (Operator o : values()) {
      if (o.jsonName.equals(jsonName)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }
}
