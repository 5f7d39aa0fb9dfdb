/**
 * Scenario files and the coverage of a rule set, without any test framework: read a suite of
 * scenarios ({@link dev.selfcheck.scenarios.ScenarioSuite}), run it ({@link
 * dev.selfcheck.scenarios.ScenarioRunner}), check an assessment ({@link
 * dev.selfcheck.scenarios.AssessmentChecks}) and measure which rules, conditions and bands a set of
 * responses covers ({@link dev.selfcheck.scenarios.RuleCoverage}). The JUnit 5, AssertJ and jqwik
 * support built on it is in {@code selfcheck-testkit}.
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
package dev.selfcheck.scenarios;

import org.immutables.value.Value;
