package dev.selfcheck.flagship;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.selfcheck.architecture.ModuleArchitectureContract;
import org.junit.jupiter.api.Test;

/** Architecture of the flagship module's main code: the shared rules, and JSON only through the codec. */
class ArchitectureTest extends ModuleArchitectureContract {

  ArchitectureTest() {
    super("flagship");
  }

  @Test
  void should_use_no_json_library_directly_when_flagship_main_code_is_compiled() {
    check(noClasses().that().resideInAPackage("dev.selfcheck.flagship..")
        .should().dependOnClassesThat(DescribedPredicate.describe("Jackson or networknt",
            (JavaClass c) -> c.getPackageName().startsWith("tools.jackson")
                || c.getPackageName().startsWith("com.fasterxml.jackson")
                || c.getPackageName().startsWith("com.networknt"))));
  }
}
