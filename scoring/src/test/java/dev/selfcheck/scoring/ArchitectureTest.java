package dev.selfcheck.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.BDDAssertions.then;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaMethod;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** Architecture of the scoring module's main code. */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("dev.selfcheck");

  private static final DescribedPredicate<JavaClass> INTERNAL =
      DescribedPredicate.describe("internal", c -> c.getPackageName().contains(".internal"));

  @Test
  void should_import_the_scoring_main_classes_when_the_rules_run() {
    // GIVEN
    // WHEN
    long scoring = MAIN.stream().filter(c -> c.getPackageName().startsWith("dev.selfcheck.scoring")).count();
    // THEN a rule over no classes would prove nothing
    then(scoring).isGreaterThan(10);
    then(MAIN.contain(ArchitectureTest.class)).isFalse();
  }

  @Test
  void should_carry_api_when_a_top_level_type_of_the_scoring_package_is_public() {
    // GIVEN
    var rule = classes().that().resideInAPackage("dev.selfcheck.scoring").and().arePublic()
        .and().areTopLevelClasses().should().beAnnotatedWith(API.class);
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_expose_no_internal_type_when_a_public_api_method_is_declared() {
    // GIVEN
    ArchCondition<JavaMethod> noInternalTypes = new ArchCondition<>("not expose internal types") {
      @Override
      public void check(JavaMethod m, ConditionEvents events) {
        boolean leaks = INTERNAL.test(m.getRawReturnType())
            || m.getRawParameterTypes().stream().anyMatch(INTERNAL);
        if (leaks) {
          events.add(SimpleConditionEvent.violated(m, m.getFullName() + " exposes an internal type"));
        }
      }
    };
    var rule = methods().that().areDeclaredInClassesThat().resideInAPackage("dev.selfcheck.scoring")
        .and().arePublic().and().areDeclaredInClassesThat().arePublic()
        .should(noInternalTypes);
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_use_no_json_or_validation_library_when_scoring_main_code_is_compiled() {
    // GIVEN
    var rule = noClasses().that().resideInAPackage("dev.selfcheck.scoring..")
        .should().dependOnClassesThat(DescribedPredicate.describe("Jackson (except annotations), Hibernate, networknt",
            (JavaClass c) -> c.getPackageName().startsWith("tools.jackson")
                || (c.getPackageName().startsWith("com.fasterxml.jackson")
                    && !c.getPackageName().startsWith("com.fasterxml.jackson.annotation"))
                || c.getPackageName().startsWith("org.hibernate")
                || c.getPackageName().startsWith("com.networknt")));
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_not_print_when_scoring_main_code_runs() {
    // GIVEN
    var rule = noClasses().that().resideInAPackage("dev.selfcheck.scoring..")
        .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_have_no_cycles_when_modules_depend_on_each_other() {
    // GIVEN
    var rule = slices().matching("dev.selfcheck.(*)..").should().beFreeOfCycles();
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }
}
