/**
 * Test support for selfcheck questionnaire authors: AssertJ assertions (assessments and panel
 * results), jqwik arbitraries (questionnaires, responses, panels) and scenario files run as JUnit 5
 * dynamic tests.
 *
 * <p>Exports the API package only; {@code dev.selfcheck.testkit.internal} stays inside the module.
 */
module dev.selfcheck.testkit {
  requires transitive dev.selfcheck.panel;
  requires transitive dev.selfcheck.scenarios;
  requires transitive net.jqwik.api;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;
  requires org.opentest4j;
  requires static transitive org.apiguardian.api;
  requires static org.immutables.value;

  exports dev.selfcheck.testkit;
}
