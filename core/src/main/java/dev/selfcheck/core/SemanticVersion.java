package dev.selfcheck.core;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A semantic version (<a href="https://semver.org">SemVer 2.0.0</a>) of a questionnaire, such as
 * {@code 1.4.0} or {@code 2.0.0-rc.1}.
 *
 * <p>Ordering follows SemVer precedence; build metadata is kept but ignored by {@link #compareTo}.
 * Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SemanticVersion implements Comparable<SemanticVersion> {

  /** The regular expression from the SemVer specification. */
  private static final Pattern SEMVER =
      Pattern.compile(
          "^(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})"
              + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
              + "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
              + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");

  private final int major;
  private final int minor;
  private final int patch;
  private final String preRelease;
  private final String build;

  private SemanticVersion(int major, int minor, int patch, String preRelease, String build) {
    this.major = major;
    this.minor = minor;
    this.patch = patch;
    this.preRelease = preRelease;
    this.build = build;
  }

  /**
   * Parses a version.
   *
   * @param text the version text, such as {@code "1.2.3"}
   * @return the version
   * @throws IllegalArgumentException if {@code text} is not a semantic version
   */
  public static SemanticVersion parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > 256) {
      throw new IllegalArgumentException("not a semantic version (longer than 256 characters)");
    }
    Matcher m = SEMVER.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a semantic version: '" + text + "'");
    }
    return new SemanticVersion(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)),
        m.group(4) == null ? "" : m.group(4),
        m.group(5) == null ? "" : m.group(5));
  }

  /**
   * Tells whether a text is a semantic version.
   *
   * @param text any text
   * @return true if {@link #parse(String)} accepts it
   */
  public static boolean isValid(String text) {
    return text != null && text.length() <= 256 && SEMVER.matcher(text).matches();
  }

  /**
   * A release version without pre-release or build parts.
   *
   * @param major the major version, not negative
   * @param minor the minor version, not negative
   * @param patch the patch version, not negative
   * @return the version
   */
  public static SemanticVersion of(int major, int minor, int patch) {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException(
          "version parts must not be negative: " + major + "." + minor + "." + patch);
    }
    return new SemanticVersion(major, minor, patch, "", "");
  }

  /** @return the major version */
  public int major() {
    return major;
  }

  /** @return the minor version */
  public int minor() {
    return minor;
  }

  /** @return the patch version */
  public int patch() {
    return patch;
  }

  /** @return the pre-release part without the hyphen, or an empty string */
  public String preRelease() {
    return preRelease;
  }

  /** @return the build metadata without the plus sign, or an empty string */
  public String build() {
    return build;
  }

  @Override
  public int compareTo(SemanticVersion other) {
    int c = Integer.compare(major, other.major);
    if (c == 0) {
      c = Integer.compare(minor, other.minor);
    }
    if (c == 0) {
      c = Integer.compare(patch, other.patch);
    }
    if (c == 0) {
      c = comparePreRelease(preRelease, other.preRelease);
    }
    return c;
  }

  private static int comparePreRelease(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    if (a.isEmpty()) {
      return 1;
    }
    if (b.isEmpty()) {
      return -1;
    }
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      boolean xNum = x[i].chars().allMatch(Character::isDigit);
      boolean yNum = y[i].chars().allMatch(Character::isDigit);
      int c;
      if (xNum && yNum) {
        c = x[i].length() != y[i].length()
            ? Integer.compare(x[i].length(), y[i].length())
            : x[i].compareTo(y[i]);
      } else if (xNum) {
        c = -1;
      } else if (yNum) {
        c = 1;
      } else {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SemanticVersion
        && ((SemanticVersion) o).toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** @return the version in its canonical text form, such as {@code 1.2.3-rc.1+build.5} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(major).append('.').append(minor).append('.')
        .append(patch);
    if (!preRelease.isEmpty()) {
      sb.append('-').append(preRelease);
    }
    if (!build.isEmpty()) {
      sb.append('+').append(build);
    }
    return sb.toString();
  }
}
