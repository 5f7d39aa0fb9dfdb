/**
 * A Jackson 3 module so that a host's own {@code JsonMapper} writes and reads selfcheck's
 * canonical JSON.
 *
 * <p>Tier: public API. Start with {@link dev.selfcheck.jackson3.SelfcheckJackson3Module}.
 */
package dev.selfcheck.jackson3;
