package dev.selfcheck.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.selfcheck.architecture.ModuleArchitectureContract;
import org.junit.jupiter.api.Test;

/** Architecture of the scoring module's main code: the shared rules, and its own library diet. */
class ArchitectureTest extends ModuleArchitectureContract {

  ArchitectureTest() {
    super("scoring");
  }

  @Test
  void should_use_no_json_or_validation_library_when_scoring_main_code_is_compiled() {
    check(noClasses().that().resideInAPackage("dev.selfcheck.scoring..")
        .should().dependOnClassesThat(DescribedPredicate.describe("Jackson (except annotations), Hibernate, networknt",
            (JavaClass c) -> c.getPackageName().startsWith("tools.jackson")
                || (c.getPackageName().startsWith("com.fasterxml.jackson")
                    && !c.getPackageName().startsWith("com.fasterxml.jackson.annotation"))
                || c.getPackageName().startsWith("org.hibernate")
                || c.getPackageName().startsWith("com.networknt"))));
  }
}
