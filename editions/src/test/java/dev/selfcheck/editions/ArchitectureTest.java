package dev.selfcheck.editions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.selfcheck.architecture.ModuleArchitectureContract;
import org.junit.jupiter.api.Test;

/** Architecture of the editions module's main code: the shared rules, and no JSON library. */
class ArchitectureTest extends ModuleArchitectureContract {

  ArchitectureTest() {
    super("editions");
  }

  @Test
  void should_use_no_json_library_when_panel_main_code_is_compiled() {
    check(noClasses().that().resideInAPackage("dev.selfcheck.editions..")
        .should().dependOnClassesThat(DescribedPredicate.describe("Jackson or networknt",
            (JavaClass c) -> c.getPackageName().startsWith("tools.jackson")
                || c.getPackageName().startsWith("com.fasterxml.jackson")
                || c.getPackageName().startsWith("com.networknt"))));
  }
}
