package dev.selfcheck.core;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Something wrong with, or worth knowing about, a document: a stable code, a severity, an RFC 6901
 * JSON Pointer to the element concerned, a message for people, and the line and column when the
 * document was parsed from text.
 *
 * <p>When a required member is missing, the pointer names the object that lacks it and the message
 * names the member.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Finding {

  /**
   * Orders findings by pointer, token by token (array indexes numerically, so {@code /dimensions/2}
   * comes before {@code /dimensions/10}, and before any member name at the same place), then by
   * code, then by message.
   */
  public static final Comparator<Finding> DOCUMENT_ORDER =
      Comparator.comparing(Finding::pointer, Finding::comparePointers)
          .thenComparing(Finding::code)
          .thenComparing(f -> f.message());

  private static int comparePointers(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareTokens(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  /*
   * A total order on tokens (a sort needs one): indexes (ASCII digits only) first, a shorter index
   * before a longer one and equally long ones by their digits, which is numeric order for any length
   * without parsing; then every other token in text order.
   */
  private static int compareTokens(String x, String y) {
    boolean xIndex = isIndex(x);
    boolean yIndex = isIndex(y);
    if (xIndex != yIndex) {
      return xIndex ? -1 : 1;
    }
    int c = xIndex ? Integer.compare(x.length(), y.length()) : 0;
    return c != 0 ? c : x.compareTo(y);
  }

  private static boolean isIndex(String token) {
    return !token.isEmpty() && token.chars().allMatch(ch -> ch >= '0' && ch <= '9');
  }

  Finding() {}

  /** @return the stable code, such as {@code QST-0001} */
  public abstract String code();

  /** @return the severity */
  public abstract Severity severity();

  /** @return the JSON Pointer to the element concerned; {@code ""} for the whole document */
  public abstract String pointer();

  /** @return the message in English */
  public abstract String message();

  /**
   * The kind this finding was created as ({@link FindingType#at}); empty for a finding read back
   * from JSON or built by hand. Not part of equality.
   *
   * @return the kind
   * @since 0.2
   */
  @Value.Auxiliary
  public abstract Optional<FindingType> type();

  /**
   * The arguments of the message, as given to {@link FindingType#at}; empty for a finding read
   * back from JSON or built by hand. Not part of equality.
   *
   * @return the arguments
   * @since 0.2
   */
  @Value.Auxiliary
  public abstract List<Object> arguments();

  /**
   * The message in a reader's language, rendered from the code and the arguments by the kind's
   * message bundle; the English {@link #message()} when the finding does not know its kind.
   *
   * @param locale the reader's locale
   * @return the message
   * @since 0.2
   */
  public String message(Locale locale) {
    return type().map(t -> t.message(locale, arguments().toArray())).orElse(message());
  }

  /** @return the 1-based line in the source text, if known */
  public abstract OptionalInt line();

  /** @return the 1-based column in the source text, if known */
  public abstract OptionalInt column();

  /**
   * Tells whether this finding is of a kind.
   *
   * @param type a finding kind
   * @return true if the codes are equal
   */
  public boolean is(FindingType type) {
    return code().equals(type.code());
  }

  /** @return true if this is an {@link Severity#ERROR} */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * This finding with a source position.
   *
   * @param line 1-based line
   * @param column 1-based column
   * @return a copy with the position set
   */
  public Finding withPosition(int line, int column) {
    return builder().from(this).line(line).column(column).build();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder()
        .append(severity()).append(' ').append(code()).append(" at '").append(pointer()).append('\'');
    if (line().isPresent()) {
      sb.append(" (line ").append(line().getAsInt());
      column().ifPresent(c -> sb.append(", column ").append(c));
      sb.append(')');
    }
    return sb.append(": ").append(message()).toString();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Finding}s. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
