package dev.selfcheck.flagship;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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

/** Architecture of the flagship module's main code. */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("dev.selfcheck.flagship");

  @Test
  void should_import_the_flagship_main_classes_when_the_rules_run() {
    // GIVEN
    // WHEN
    boolean entryPoint = MAIN.contain(Flagship.class);
    // THEN a rule over no classes would prove nothing
    then(entryPoint).isTrue();
    then(MAIN.contain(ArchitectureTest.class)).isFalse();
  }

  @Test
  void should_carry_api_when_a_top_level_type_of_the_flagship_package_is_public() {
    // GIVEN
    var rule = classes().that().resideInAPackage("dev.selfcheck.flagship").and().arePublic()
        .and().areTopLevelClasses().should().beAnnotatedWith(API.class);
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_use_no_json_library_directly_when_flagship_main_code_is_compiled() {
    // GIVEN
    var rule = noClasses().that().resideInAPackage("dev.selfcheck.flagship..")
        .should().dependOnClassesThat(DescribedPredicate.describe("Jackson or networknt",
            (JavaClass c) -> c.getPackageName().startsWith("tools.jackson")
                || c.getPackageName().startsWith("com.fasterxml.jackson")
                || c.getPackageName().startsWith("com.networknt")));
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_not_print_when_flagship_main_code_runs() {
    // GIVEN
    var rule = noClasses().that().resideInAPackage("dev.selfcheck.flagship..")
        .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }
}
