package dev.selfcheck.editions;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.editions.internal.Differ;
import dev.selfcheck.editions.internal.DiffJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The difference between two versions of a questionnaire: every change, classified by what it means
 * for the responses, the version number the changes call for and findings when the newer version's
 * number is too small.
 *
 * <p>Questions, dimensions, rules and recommendations are matched by id; a question whose id
 * changed is a removed and an added question (a migration plan says that they are one). Each
 * change has a {@link Change.Kind kind} with its {@link ChangeLevel level}:
 *
 * <ul>
 *   <li><b>patch</b>: texts only (question text, help, unit, labels, titles, recommendation words)
 *       and metadata;
 *   <li><b>minor</b>: additive or scoring only: a new question, dimension, option or allowed answer
 *       state, a wider number range, another weight, score, band, aggregation, rule or
 *       visibility; every answer of an old response stays valid;
 *   <li><b>major</b>: structural: a question removed or of another type, an answer the older
 *       version accepted that the newer one rejects (a removed option, a narrower range, a state no
 *       longer allowed), another questionnaire id; a migration is needed.
 * </ul>
 *
 * <p>Whether an answer stays valid is decided by the newer version's own response validation
 * ({@link Questionnaire#validate(dev.selfcheck.core.Response)}), asked about each answer at the
 * edge of what the older version accepts; option scores by each version's compiled
 * {@link dev.selfcheck.scoring.ScoringModel}.
 *
 * <p>Both questionnaires must be valid (as a codec returns them). Immutable and thread-safe;
 * {@link #toJson()} gives the canonical JSON form. Example:
 *
 * <pre>{@code
 * VersionDiff diff = VersionDiff.between(older, newer);
 * diff.required();      // MAJOR when an option was removed
 * diff.findings();      // EDI-0001 when newer is numbered 1.1.0 all the same
 * }</pre>
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class VersionDiff {

  private final String olderId;
  private final String newerId;
  private final SemanticVersion olderVersion;
  private final SemanticVersion newerVersion;
  private final List<Change> changes;
  private final ChangeLevel required;
  private final List<Finding> findings;

  private VersionDiff(Questionnaire older, Questionnaire newer, List<Change> changes) {
    this.olderId = older.id();
    this.newerId = newer.id();
    this.olderVersion = older.version();
    this.newerVersion = newer.version();
    this.changes = changes;
    ChangeLevel level = ChangeLevel.NONE;
    for (Change c : changes) {
      level = level.max(c.level());
    }
    this.required = level;
    this.findings = check();
  }

  /**
   * Compares two versions of a questionnaire.
   *
   * @param older the older version, valid
   * @param newer the newer version, valid
   * @return the difference
   */
  public static VersionDiff between(Questionnaire older, Questionnaire newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    return new VersionDiff(older, newer, Differ.changes(older, newer));
  }

  private List<Finding> check() {
    List<Finding> out = new ArrayList<>();
    if (required == ChangeLevel.NONE) {
      return List.of();
    }
    if (newerVersion.compareTo(olderVersion) <= 0) {
      out.add(EditionProblem.VERSION_NOT_LATER.at("/version", newerVersion, olderVersion, required.jsonName(),
          suggestedVersion()));
    } else if (declared().compareTo(required) < 0) {
      out.add(EditionProblem.VERSION_TOO_SMALL.at("/version", newerVersion, declared().jsonName(), olderVersion,
          required.jsonName(), suggestedVersion()));
    }
    return List.copyOf(out);
  }

  /** @return the older version's questionnaire id */
  public String olderId() {
    return olderId;
  }

  /** @return the newer version's questionnaire id (another id is a major change) */
  public String newerId() {
    return newerId;
  }

  /** @return the older version's number */
  public SemanticVersion olderVersion() {
    return olderVersion;
  }

  /** @return the newer version's number */
  public SemanticVersion newerVersion() {
    return newerVersion;
  }

  /**
   * @return every change, in the order of the documents (the questionnaire's own members, the
   *     dimensions, the questions, the bands, rules and recommendations)
   */
  public List<Change> changes() {
    return changes;
  }

  /** @return the highest level of the changes: the part of the version number they call to raise */
  public ChangeLevel required() {
    return required;
  }

  /**
   * The level the newer version's number declares: the highest part it raises over the older's
   * ({@link ChangeLevel#NONE} when it is not later; a later pre-release of the same numbers is a
   * patch).
   *
   * @return the declared level
   */
  public ChangeLevel declared() {
    if (newerVersion.compareTo(olderVersion) <= 0) {
      return ChangeLevel.NONE;
    }
    if (newerVersion.major() != olderVersion.major()) {
      return ChangeLevel.MAJOR;
    }
    return newerVersion.minor() != olderVersion.minor() ? ChangeLevel.MINOR : ChangeLevel.PATCH;
  }

  /**
   * The smallest version number the changes call for: the older number with the
   * {@linkplain #required() required} part raised by one and the parts after it zero.
   *
   * @return the suggested version; the older one when nothing changed
   */
  public SemanticVersion suggestedVersion() {
    SemanticVersion v = olderVersion;
    return switch (required) {
      case MAJOR -> SemanticVersion.of(v.major() + 1, 0, 0);
      case MINOR -> SemanticVersion.of(v.major(), v.minor() + 1, 0);
      case PATCH -> SemanticVersion.of(v.major(), v.minor(), v.patch() + 1);
      case NONE -> v;
    };
  }

  /** @return true when every answer of a response to the older version is valid in the newer one */
  public boolean keepsResponsesValid() {
    return required.compareTo(ChangeLevel.MAJOR) < 0;
  }

  /**
   * What is wrong with the newer version's number: {@link EditionProblem#VERSION_TOO_SMALL} or
   * {@link EditionProblem#VERSION_NOT_LATER}, with the pointer {@code /version} into the newer
   * document.
   *
   * @return the findings, empty when the number fits the changes
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The canonical JSON form: one line, members in a fixed order, changes in the order of
   * {@link #changes()}, absent places and details left out; {@code version-diff.schema.json}
   * describes it.
   *
   * @return the JSON text
   */
  public String toJson() {
    return DiffJson.write(this);
  }

  /**
   * The JSON Schema of {@link #toJson()}, {@code version-diff.schema.json} (also in the
   * repository's {@code schemas/1.0/}).
   *
   * @return the schema text
   */
  public static String jsonSchema() {
    try (java.io.InputStream in = VersionDiff.class.getResourceAsStream("version-diff.schema.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("version-diff.schema.json is missing from the jar", e);
    }
  }

  @Override
  public String toString() {
    return "VersionDiff[" + olderId + " " + olderVersion + " -> " + newerId + " " + newerVersion
        + ", required=" + required + ", changes=" + changes.size() + "]";
  }
}
