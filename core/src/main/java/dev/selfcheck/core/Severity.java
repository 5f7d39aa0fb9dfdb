package dev.selfcheck.core;

import org.apiguardian.api.API;

/**
 * How serious a {@link Finding} is.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Severity {
  /** The document cannot be used as it is. */
  ERROR,
  /** The document can be used, but something is probably not as intended. */
  WARNING,
  /** Worth knowing; nothing is wrong. */
  INFO
}
