package dev.selfcheck.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.selfcheck.architecture.ModuleArchitectureContract;
import org.junit.jupiter.api.Test;

/**
 * Architecture of the model: the rules every module holds, no JSON or validation provider, and
 * {@link Questionnaire} as the one facade into {@code internal}.
 */
class ArchitectureTest extends ModuleArchitectureContract {

  ArchitectureTest() {
    super("core");
  }

  @Test
  void should_not_depend_on_json_or_validation_providers_when_core_is_compiled() {
    check(noClasses().that().resideInAPackage("dev.selfcheck.core..")
        .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml..", "org.hibernate.."));
  }

  /**
   * The API package depends on {@code internal} only through {@link Questionnaire}, which
   * delegates validation there; that one facade edge is allowed, every other cycle is not.
   */
  @Test
  void should_have_no_package_cycles_when_facade_calls_into_internal_are_allowed() {
    check(slices().matching("dev.selfcheck.(**)")
        .should().beFreeOfCycles()
        .ignoreDependency(
            DescribedPredicate.describe("Questionnaire", (JavaClass c) -> c.isEquivalentTo(Questionnaire.class)),
            JavaClass.Predicates.resideInAPackage("dev.selfcheck.core.internal")));
  }

  @Test
  void should_call_internal_only_from_the_facade_when_api_types_are_compiled() {
    check(noClasses().that().resideInAPackage("dev.selfcheck.core")
        .and().doNotHaveFullyQualifiedName(Questionnaire.class.getName())
        .should().dependOnClassesThat().resideInAPackage("..internal.."));
  }
}
