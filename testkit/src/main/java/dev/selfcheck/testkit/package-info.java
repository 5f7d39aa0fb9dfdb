/**
 * Test support for questionnaire authors: AssertJ assertions for assessments ({@link
 * dev.selfcheck.testkit.SelfcheckAssertions}), jqwik arbitraries ({@link
 * dev.selfcheck.testkit.SelfcheckArbitraries}), scenario files run as JUnit 5 dynamic tests ({@link
 * dev.selfcheck.testkit.Scenarios}) or by a plain runner ({@link
 * dev.selfcheck.testkit.ScenarioRunner}), and the coverage of a rule set ({@link
 * dev.selfcheck.testkit.RuleCoverage}).
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
