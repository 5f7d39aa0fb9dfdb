package dev.selfcheck.jackson2;

import dev.selfcheck.architecture.ModuleArchitectureContract;

/** Architecture of the Jackson 2 module: the rules every module holds. */
class ArchitectureTest extends ModuleArchitectureContract {

  ArchitectureTest() {
    super("jackson2");
  }
}
