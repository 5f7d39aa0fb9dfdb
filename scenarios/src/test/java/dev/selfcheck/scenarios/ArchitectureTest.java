package dev.selfcheck.scenarios;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.BDDAssertions.then;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** Architecture of the scenario module's main code. */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("dev.selfcheck.scenarios");

  @Test
  void should_import_the_main_classes_when_the_rules_run() {
    // GIVEN
    // WHEN
    boolean entryPoint = MAIN.contain(ScenarioRunner.class);
    // THEN a rule over no classes would prove nothing
    then(entryPoint).isTrue();
    then(MAIN.contain(ArchitectureTest.class)).isFalse();
  }

  @Test
  void should_use_no_test_framework_when_main_code_runs() {
    // GIVEN tools such as the command-line `test` command run scenarios without one
    var rule = noClasses().that().resideInAPackage("dev.selfcheck.scenarios..").should()
        .dependOnClassesThat().resideInAnyPackage("org.junit..", "org.opentest4j..", "org.assertj..",
            "net.jqwik..", "com.tngtech.archunit..", "net.bytebuddy..");
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_carry_api_when_a_top_level_type_of_the_api_package_is_public() {
    // GIVEN
    var rule = classes().that().resideInAPackage("dev.selfcheck.scenarios").and().arePublic()
        .and().areTopLevelClasses().should().beAnnotatedWith(API.class);
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_not_print_when_main_code_runs() {
    // GIVEN
    var rule = noClasses().that().resideInAPackage("dev.selfcheck.scenarios..")
        .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_expose_no_internal_type_when_a_public_method_is_declared() {
    // GIVEN
    var rule = methods().that().arePublic()
        .and().areDeclaredInClassesThat().resideInAPackage("dev.selfcheck.scenarios")
        .should().haveRawReturnType(DescribedPredicate.describe("a public type",
            (JavaClass c) -> !c.getPackageName().endsWith(".internal")));
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }
}
