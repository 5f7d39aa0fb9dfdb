package dev.selfcheck.editions;

import org.apiguardian.api.API;

/**
 * How far a change between two versions of a questionnaire reaches, in the terms of semantic
 * versioning: which part of the version number it calls to raise.
 *
 * <p>The levels are ordered: {@code NONE < PATCH < MINOR < MAJOR}.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum ChangeLevel {
  /** No change at all: the same version number may stay. */
  NONE,
  /** Texts only (wording, labels, help, translations, metadata): answers and scores stay the same. */
  PATCH,
  /**
   * Additive or scoring only (a new question or option, another weight, score or band, another
   * rule): every answer of an old response stays valid, scores may differ.
   */
  MINOR,
  /** Structural: some answer of an old response is no longer valid; a migration is needed. */
  MAJOR;

  /** @return the name in JSON: {@code none}, {@code patch}, {@code minor} or {@code major} */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * @param other another level
   * @return the higher of the two
   */
  public ChangeLevel max(ChangeLevel other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
