package dev.selfcheck.jackson3;

import dev.selfcheck.architecture.ModuleArchitectureContract;

/** Architecture of the Jackson 3 module: the rules every module holds. */
class ArchitectureTest extends ModuleArchitectureContract {

  ArchitectureTest() {
    super("jackson3");
  }
}
