/**
 * The scoring engine: compiles a questionnaire once into a thread-safe {@link
 * dev.selfcheck.scoring.Scorer} that turns responses into exact, explainable {@link
 * dev.selfcheck.scoring.Assessment}s.
 *
 * <p>Tier: public API. Start with {@link dev.selfcheck.scoring.ScoringEngine}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    depluralize = true,
    allowedClasspathAnnotations = {Override.class})
package dev.selfcheck.scoring;

import org.immutables.value.Value;
