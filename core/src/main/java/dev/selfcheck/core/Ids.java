package dev.selfcheck.core;

import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The syntax of identifiers in questionnaires and responses.
 *
 * <p>An id starts with a letter and continues with letters, digits, {@code _}, {@code .}, {@code :}
 * or {@code -}, at most 128 characters in all (so published flag names such as {@code flag:risk} are
 * ids). Option values are more liberal: any 1 to 128 letters, digits, {@code _}, {@code .} or
 * {@code -} (so {@code "0"} … {@code "4"} are valid option values).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Ids {

  /** The regular expression every id matches. */
  public static final String ID_PATTERN = "^[A-Za-z][A-Za-z0-9_.:-]{0,127}$";

  /** The regular expression every option value matches. */
  public static final String OPTION_VALUE_PATTERN = "^[A-Za-z0-9_.-]{1,128}$";

  /** The regular expression every language tag matches (a practical subset of BCP 47). */
  public static final String LANGUAGE_TAG_PATTERN = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$";

  private static final Pattern ID = Pattern.compile(ID_PATTERN);
  private static final Pattern OPTION_VALUE = Pattern.compile(OPTION_VALUE_PATTERN);
  private static final Pattern LANGUAGE_TAG = Pattern.compile(LANGUAGE_TAG_PATTERN);

  private Ids() {}

  /**
   * Tells whether a text is a valid id.
   *
   * @param text any text, may be null
   * @return true if it is a valid id
   */
  public static boolean isId(String text) {
    return text != null && text.length() <= 128 && ID.matcher(text).matches();
  }

  /**
   * Tells whether a text is a valid option value.
   *
   * @param text any text, may be null
   * @return true if it is a valid option value
   */
  public static boolean isOptionValue(String text) {
    return text != null && text.length() <= 128 && OPTION_VALUE.matcher(text).matches();
  }

  /**
   * Tells whether a text is a valid language tag.
   *
   * @param text any text, may be null
   * @return true if it is a valid language tag
   */
  public static boolean isLanguageTag(String text) {
    return text != null && text.length() <= 35 && LANGUAGE_TAG.matcher(text).matches();
  }
}
