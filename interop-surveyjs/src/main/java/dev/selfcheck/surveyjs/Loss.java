package dev.selfcheck.surveyjs;

import dev.selfcheck.core.Finding;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a conversion could not carry, or carried only in part: a {@link Finding} (its code, severity
 * and message; its pointer is the {@link #source()} pointer) with a JSON Pointer into each document,
 * the one read and the one written.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.3
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public final class Loss {

  private final Finding finding;
  private final String target;

  private Loss(Finding finding, String target) {
    this.finding = Objects.requireNonNull(finding, "finding");
    this.target = Objects.requireNonNull(target, "target");
  }

  /**
   * A loss.
   *
   * @param finding the finding, whose pointer points into the document read
   * @param target the JSON Pointer into the document written: where the element would have gone,
   *     or the element that carries the rest of it
   * @return the loss
   */
  public static Loss of(Finding finding, String target) {
    return new Loss(finding, target);
  }

  /** @return the finding: code, severity, message, and the pointer into the document read */
  public Finding finding() {
    return finding;
  }

  /** @return the JSON Pointer into the document read */
  public String source() {
    return finding.pointer();
  }

  /** @return the JSON Pointer into the document written */
  public String target() {
    return target;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Loss other && finding.equals(other.finding) && target.equals(other.target);
  }

  @Override
  public int hashCode() {
    return finding.hashCode() * 31 + target.hashCode();
  }

  @Override
  public String toString() {
    return "Loss[code=" + finding.code() + ", severity=" + finding.severity() + ", source='" + source()
        + "', target='" + target + "', message=" + finding.message() + "]";
  }
}
