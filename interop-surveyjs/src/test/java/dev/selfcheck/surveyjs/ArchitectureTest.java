package dev.selfcheck.surveyjs;

import dev.selfcheck.architecture.ModuleArchitectureContract;

/** Architecture of the SurveyJS interop module's main code: the shared rules. */
class ArchitectureTest extends ModuleArchitectureContract {

  ArchitectureTest() {
    super("surveyjs");
  }
}
