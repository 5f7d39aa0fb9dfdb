/**
 * A Jackson 2 module, with Spring Boot 3 auto-configuration, so that a host's own
 * {@code ObjectMapper} writes and reads selfcheck's canonical JSON.
 *
 * <p>Tier: public API. Start with {@link dev.selfcheck.jackson2.SelfcheckJackson2Module}.
 */
package dev.selfcheck.jackson2;
