package dev.selfcheck.schema;

import dev.selfcheck.core.Finding;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Thrown by {@link DecodeResult#orElseThrow()} when a document has errors; carries all findings.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class InvalidDocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Finding> findings;

  /**
   * An exception.
   *
   * @param findings the findings of the document
   */
  public InvalidDocumentException(List<Finding> findings) {
    super(describe(findings));
    this.findings = List.copyOf(findings);
  }

  private static String describe(List<Finding> findings) {
    return "the document is not valid:\n"
        + findings.stream().map(f -> "  " + f).collect(Collectors.joining("\n"));
  }

  /** @return all findings of the document */
  public List<Finding> findings() {
    return findings;
  }
}
