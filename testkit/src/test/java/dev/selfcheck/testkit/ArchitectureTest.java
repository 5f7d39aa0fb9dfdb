package dev.selfcheck.testkit;

import dev.selfcheck.architecture.ModuleArchitectureContract;

/** Architecture of the testkit's main code: the rules every module holds. */
class ArchitectureTest extends ModuleArchitectureContract {

  ArchitectureTest() {
    super("testkit");
  }
}
