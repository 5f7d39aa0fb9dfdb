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
    depluralize = true,
    // No @Generated annotations: Immutables is compile-only, and hosts that compile against us
    // with -Werror must not see "class file for org.immutables.value.Generated not found".
    allowedClasspathAnnotations = {Override.class})
package dev.selfcheck.core;

import org.immutables.value.Value;
