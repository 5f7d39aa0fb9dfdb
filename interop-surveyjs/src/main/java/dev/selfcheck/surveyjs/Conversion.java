package dev.selfcheck.surveyjs;

import dev.selfcheck.core.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The result of one conversion: the converted document (absent when the input could not be read at
 * all) and the loss report, in the order the input was read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the kind of document written
 * @since 0.3
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public final class Conversion<T> {

  private final T value;
  private final List<Loss> losses;

  private Conversion(T value, List<Loss> losses) {
    this.value = value;
    this.losses = List.copyOf(losses);
  }

  /**
   * A conversion.
   *
   * @param value the document written, or null when the input could not be read at all
   * @param losses the loss report
   * @param <T> the kind of document
   * @return the conversion
   */
  public static <T> Conversion<T> of(T value, List<Loss> losses) {
    return new Conversion<>(value, Objects.requireNonNull(losses, "losses"));
  }

  /** @return the document written; empty when the input could not be read at all */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** @return the loss report: what could not be carried, with pointers on both sides */
  public List<Loss> losses() {
    return losses;
  }

  /** @return the findings of the loss report, pointing into the document read */
  public List<Finding> findings() {
    return losses.stream().map(Loss::finding).toList();
  }

  /** @return true when nothing was lost, not even an informational note */
  public boolean isLossless() {
    return losses.isEmpty();
  }

  @Override
  public String toString() {
    return "Conversion[value=" + (value == null ? "none" : value.getClass().getSimpleName())
        + ", losses=" + losses.size() + "]";
  }
}
