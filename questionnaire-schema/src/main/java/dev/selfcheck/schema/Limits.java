package dev.selfcheck.schema;

import org.apiguardian.api.API;

/**
 * Limits against hostile or accidental huge input. Exceeding one gives a finding, never an
 * exception or an out-of-memory error. The defaults fit any realistic questionnaire with a wide
 * margin; a host can tighten or relax each one.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Limits {

  private static final Limits DEFAULTS = new Builder().build();

  private final long maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxArrayLength;
  private final long maxValues;
  private final int maxNumberLength;

  private Limits(Builder b) {
    this.maxDocumentBytes = b.maxDocumentBytes;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxArrayLength = b.maxArrayLength;
    this.maxValues = b.maxValues;
    this.maxNumberLength = b.maxNumberLength;
  }

  /** @return the default limits */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /** @return a builder that starts from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the largest document in bytes; default 16 MiB */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** @return the deepest nesting of arrays and objects; default 64 */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** @return the longest string or member name in characters; default 100 000 */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** @return the most entries in one array or object; default 10 000 */
  public int maxArrayLength() {
    return maxArrayLength;
  }

  /** @return the most values in one document; default 1 000 000 */
  public long maxValues() {
    return maxValues;
  }

  /** @return the most characters in one number; default 100 */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  @Override
  public String toString() {
    return "Limits{maxDocumentBytes=" + maxDocumentBytes + ", maxNestingDepth=" + maxNestingDepth
        + ", maxStringLength=" + maxStringLength + ", maxArrayLength=" + maxArrayLength
        + ", maxValues=" + maxValues + ", maxNumberLength=" + maxNumberLength + "}";
  }

  /** Builds {@link Limits}; every setting must be positive. */
  public static final class Builder {
    private long maxDocumentBytes = 16L * 1024 * 1024;
    private int maxNestingDepth = 64;
    private int maxStringLength = 100_000;
    private int maxArrayLength = 10_000;
    private long maxValues = 1_000_000;
    private int maxNumberLength = 100;

    private Builder() {}

    private static long positive(String name, long value) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive, but is " + value);
      }
      return value;
    }

    /** @param bytes the largest document in bytes @return this builder */
    public Builder maxDocumentBytes(long bytes) {
      this.maxDocumentBytes = positive("maxDocumentBytes", bytes);
      return this;
    }

    /** @param depth the deepest nesting (at most 1000) @return this builder */
    public Builder maxNestingDepth(int depth) {
      positive("maxNestingDepth", depth);
      if (depth > 1000) {
        throw new IllegalArgumentException("maxNestingDepth must be at most 1000, but is " + depth);
      }
      this.maxNestingDepth = depth;
      return this;
    }

    /** @param length the longest string @return this builder */
    public Builder maxStringLength(int length) {
      this.maxStringLength = (int) positive("maxStringLength", length);
      return this;
    }

    /** @param length the most entries in one array or object @return this builder */
    public Builder maxArrayLength(int length) {
      this.maxArrayLength = (int) positive("maxArrayLength", length);
      return this;
    }

    /** @param count the most values in one document @return this builder */
    public Builder maxValues(long count) {
      this.maxValues = positive("maxValues", count);
      return this;
    }

    /** @param length the most characters in one number @return this builder */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = (int) positive("maxNumberLength", length);
      return this;
    }

    /** @return the limits */
    public Limits build() {
      return new Limits(this);
    }
  }
}
