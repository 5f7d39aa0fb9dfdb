package dev.selfcheck.schema;

import dev.selfcheck.architecture.ModuleArchitectureContract;

/** Architecture of the codec module: the rules every module holds. */
class ArchitectureTest extends ModuleArchitectureContract {

  ArchitectureTest() {
    super("schema");
  }
}
