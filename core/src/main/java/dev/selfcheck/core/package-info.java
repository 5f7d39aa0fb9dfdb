/**
 * The questionnaire and response model: immutable values, conditions and semantic validation.
 *
 * <p>Tier: public API.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    depluralize = true)
package dev.selfcheck.core;

import org.immutables.value.Value;
