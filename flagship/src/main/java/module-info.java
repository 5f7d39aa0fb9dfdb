/**
 * The bundled "welcoming municipality" self-check of selfcheck, its sample responses and scenario
 * suites.
 */
module dev.selfcheck.flagship {
  requires transitive dev.selfcheck.schema;
  requires static transitive org.apiguardian.api;

  exports dev.selfcheck.flagship;
  // Resources only: the scenario suites (Flagship.SCENARIO_RESOURCES), read by another module's
  // class loader (ScenarioSuite.readResource).
  opens dev.selfcheck.flagship.scenarios;
}
