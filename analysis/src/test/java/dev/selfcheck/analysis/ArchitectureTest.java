package dev.selfcheck.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.BDDAssertions.then;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** Architecture of the analysis module's main code. */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("dev.selfcheck.analysis");

  @Test
  void should_import_the_analysis_main_classes_when_the_rules_run() {
    // GIVEN
    // WHEN
    boolean entryPoint = MAIN.contain(QuestionnaireAnalysis.class);
    // THEN a rule over no classes would prove nothing
    then(entryPoint).isTrue();
    then(MAIN.contain(ArchitectureTest.class)).isFalse();
  }

  @Test
  void should_carry_api_when_a_top_level_type_of_the_api_package_is_public() {
    // GIVEN
    var rule = classes().that().resideInAPackage("dev.selfcheck.analysis").and().arePublic()
        .and().areTopLevelClasses().should().beAnnotatedWith(API.class);
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_expose_no_internal_type_when_a_public_method_of_the_api_is_declared() {
    // GIVEN
    List<String> leaks = new ArrayList<>();
    // WHEN
    for (JavaClass c : MAIN) {
      if (!c.getPackageName().equals("dev.selfcheck.analysis")) {
        continue;
      }
      for (JavaMethod m : c.getMethods()) {
        boolean internal = m.getRawReturnType().getPackageName().contains(".internal")
            || m.getRawParameterTypes().stream().anyMatch(p -> p.getPackageName().contains(".internal"));
        if (m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC) && internal) {
          leaks.add(m.getFullName());
        }
      }
    }
    // THEN
    then(leaks).isEmpty();
  }

  @Test
  void should_use_no_json_library_when_analysis_main_code_is_compiled() {
    // GIVEN
    var rule = noClasses().that().resideInAPackage("dev.selfcheck.analysis..")
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
  void should_not_reach_into_other_modules_internals_when_analysis_main_code_is_compiled() {
    // GIVEN
    var rule = noClasses().that().resideInAPackage("dev.selfcheck.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.selfcheck.core.internal..",
            "dev.selfcheck.scoring.internal..");
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_not_print_when_analysis_main_code_runs() {
    // GIVEN
    var rule = noClasses().that().resideInAPackage("dev.selfcheck.analysis..")
        .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }
}
