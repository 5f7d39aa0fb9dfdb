/**
 * Test support for questionnaire authors: AssertJ assertions for assessments ({@link
 * dev.selfcheck.testkit.SelfcheckAssertions}), jqwik arbitraries ({@link
 * dev.selfcheck.testkit.SelfcheckArbitraries}) and scenario files run as JUnit 5 dynamic tests
 * ({@link dev.selfcheck.testkit.Scenarios}). The framework-free parts (scenario files, the plain
 * runner, rule-set coverage) are in {@code selfcheck-scenarios}, package {@code
 * dev.selfcheck.scenarios}.
 *
 * <p>Tier: public API.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    depluralize = true,
    allowedClasspathAnnotations = {Override.class})
package dev.selfcheck.testkit;

import org.immutables.value.Value;
