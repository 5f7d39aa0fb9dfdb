package dev.selfcheck.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.BDDAssertions.then;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** Architecture of the report module's main code. */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("dev.selfcheck.report");

  @Test
  void should_import_the_report_main_classes_when_the_rules_run() {
    // GIVEN
    // WHEN
    long report = MAIN.stream().filter(c -> c.getPackageName().startsWith("dev.selfcheck.report")).count();
    // THEN a rule over no classes would prove nothing
    then(report).isGreaterThan(8);
    then(MAIN.contain(ArchitectureTest.class)).isFalse();
  }

  @Test
  void should_carry_api_when_a_top_level_type_of_the_report_package_is_public() {
    // GIVEN
    var rule = classes().that().resideInAPackage("dev.selfcheck.report").and().arePublic()
        .and().areTopLevelClasses().should().beAnnotatedWith(API.class);
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_expose_no_internal_type_when_a_public_api_method_is_declared() {
    // GIVEN
    DescribedPredicate<JavaClass> internal =
        DescribedPredicate.describe("internal", c -> c.getPackageName().contains(".internal"));
    ArchCondition<JavaMethod> noInternalTypes = new ArchCondition<>("not expose internal types") {
      @Override
      public void check(JavaMethod m, ConditionEvents events) {
        if (internal.test(m.getRawReturnType()) || m.getRawParameterTypes().stream().anyMatch(internal)) {
          events.add(SimpleConditionEvent.violated(m, m.getFullName() + " exposes an internal type"));
        }
      }
    };
    var rule = methods().that().areDeclaredInClassesThat().resideInAPackage("dev.selfcheck.report")
        .and().arePublic().should(noInternalTypes);
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_use_no_json_library_or_template_engine_when_report_main_code_is_compiled() {
    // GIVEN
    var rule = noClasses().that().resideInAPackage("dev.selfcheck.report..")
        .should().dependOnClassesThat(DescribedPredicate.describe("anything but the JDK, core, scoring, apiguardian",
            (JavaClass c) -> !(c.getPackageName().startsWith("java.")
                || c.getPackageName().startsWith("dev.selfcheck.core")
                || c.getPackageName().startsWith("dev.selfcheck.scoring")
                || c.getPackageName().startsWith("dev.selfcheck.report")
                || c.getPackageName().startsWith("org.apiguardian")
                || c.isPrimitive() || c.isArray())));
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_not_print_when_report_main_code_runs() {
    // GIVEN
    var rule = noClasses().that().resideInAPackage("dev.selfcheck.report..")
        .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }
}
