/**
 * The bundled flagship content: the "welcoming municipality" self-check (seven fields of action,
 * German with a complete English translation) and sample responses of a fictional municipality.
 *
 * <p>Tier: public API. Start with {@link dev.selfcheck.flagship.Flagship}.
 */
package dev.selfcheck.flagship;
