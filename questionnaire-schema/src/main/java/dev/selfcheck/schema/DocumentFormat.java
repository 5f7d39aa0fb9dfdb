package dev.selfcheck.schema;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The text formats the codec reads. It always writes JSON.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DocumentFormat {
  /** JSON (RFC 8259), UTF-8. */
  JSON,
  /** YAML 1.2, UTF-8; anchors, aliases and custom tags are refused. */
  YAML;

  /**
   * Guesses the format from a file name: {@code .yaml} and {@code .yml} are YAML, {@code .json} and
   * {@code .jsonl} are JSON.
   *
   * @param fileName a file name or path
   * @return the format, or empty if the extension is not known
   */
  public static Optional<DocumentFormat> fromFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    if (name.endsWith(".json") || name.endsWith(".jsonl")) {
      return Optional.of(JSON);
    }
    return Optional.empty();
  }
}
