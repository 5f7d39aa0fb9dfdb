package dev.selfcheck.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.BDDAssertions.then;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** Architecture of the testkit's main code. */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("dev.selfcheck.testkit");

  @Test
  void should_import_the_testkit_main_classes_when_the_rules_run() {
    // GIVEN
    // WHEN
    boolean entryPoint = MAIN.contain(SelfcheckAssertions.class);
    // THEN a rule over no classes would prove nothing
    then(entryPoint).isTrue();
    then(MAIN.contain(ArchitectureTest.class)).isFalse();
  }

  @Test
  void should_carry_api_when_a_top_level_type_of_the_testkit_package_is_public() {
    // GIVEN
    var rule = classes().that().resideInAPackage("dev.selfcheck.testkit").and().arePublic()
        .and().areTopLevelClasses().should().beAnnotatedWith(API.class);
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_not_print_when_testkit_main_code_runs() {
    // GIVEN
    var rule = noClasses().that().resideInAPackage("dev.selfcheck.testkit..")
        .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_expose_no_internal_type_when_a_public_method_is_declared() {
    // GIVEN
    var rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods().that().arePublic()
        .and().areDeclaredInClassesThat().resideInAPackage("dev.selfcheck.testkit")
        .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("a public type",
            (com.tngtech.archunit.core.domain.JavaClass c) -> !c.getPackageName().endsWith(".internal")));
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }
}
