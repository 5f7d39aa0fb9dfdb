package dev.selfcheck.scenarios;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import dev.selfcheck.architecture.ModuleArchitectureContract;
import org.junit.jupiter.api.Test;

/** Architecture of the scenario module's main code: the shared rules, and no test framework. */
class ArchitectureTest extends ModuleArchitectureContract {

  ArchitectureTest() {
    super("scenarios");
  }

  @Test
  void should_use_no_test_framework_when_main_code_runs() {
    // tools such as the command-line `test` command run scenarios without one
    check(noClasses().that().resideInAPackage("dev.selfcheck.scenarios..").should()
        .dependOnClassesThat().resideInAnyPackage("org.junit..", "org.opentest4j..", "org.assertj..",
            "net.jqwik..", "com.tngtech.archunit..", "net.bytebuddy.."));
  }
}
