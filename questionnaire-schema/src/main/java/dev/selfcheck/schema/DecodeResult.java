package dev.selfcheck.schema;

import dev.selfcheck.core.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The outcome of reading a document: the model, or the findings that prevent it, or both (a
 * model with warnings).
 *
 * <p>A value is present exactly when no finding is an error. Immutable and thread-safe.
 *
 * @param <T> the model type
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DecodeResult<T> {

  private final T value;
  private final List<Finding> findings;

  private DecodeResult(T value, List<Finding> findings) {
    this.value = value;
    this.findings = List.copyOf(findings);
  }

  /**
   * A result.
   *
   * @param value the model; ignored (dropped) when a finding is an error
   * @param findings the findings
   * @param <T> the model type
   * @return the result
   */
  public static <T> DecodeResult<T> of(T value, List<Finding> findings) {
    Objects.requireNonNull(findings, "findings");
    boolean failed = findings.stream().anyMatch(Finding::isError);
    return new DecodeResult<>(failed ? null : Objects.requireNonNull(value, "value"), findings);
  }

  /**
   * A failed result.
   *
   * @param findings the findings, at least one error
   * @param <T> the model type
   * @return the result
   */
  public static <T> DecodeResult<T> failure(List<Finding> findings) {
    if (findings.stream().noneMatch(Finding::isError)) {
      throw new IllegalArgumentException("a failure needs at least one error finding: " + findings);
    }
    return new DecodeResult<>(null, findings);
  }

  /** @return true if the document was read without errors */
  public boolean isValid() {
    return value != null;
  }

  /** @return the model, if the document was read without errors */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** @return all findings, errors and warnings, in document order */
  public List<Finding> findings() {
    return findings;
  }

  /** @return the error findings */
  public List<Finding> errors() {
    return findings.stream().filter(Finding::isError).collect(Collectors.toUnmodifiableList());
  }

  /** @return the findings that are not errors */
  public List<Finding> warnings() {
    return findings.stream().filter(f -> !f.isError()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The model, or an exception that carries the findings.
   *
   * @return the model
   * @throws InvalidDocumentException if the document had errors
   */
  public T orElseThrow() {
    if (value == null) {
      throw new InvalidDocumentException(findings);
    }
    return value;
  }

  @Override
  public String toString() {
    return "DecodeResult{valid=" + isValid() + ", findings=" + findings + "}";
  }
}
