package dev.selfcheck.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.BDDAssertions.then;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** Architecture of the command-line tool. */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("dev.selfcheck.cli");

  @Test
  void should_expose_only_main_when_the_public_package_is_listed() {
    // GIVEN
    // WHEN
    var exposed = MAIN.stream()
        .filter(c -> c.getPackageName().equals("dev.selfcheck.cli") && c.getModifiers().contains(
            com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
        .map(c -> c.getSimpleName()).collect(Collectors.toList());
    // THEN
    then(exposed).containsExactly("Main");
  }

  @Test
  void should_carry_api_when_a_top_level_type_of_the_public_package_is_public() {
    // GIVEN
    var rule = classes().that().resideInAPackage("dev.selfcheck.cli").and().arePublic()
        .and().areTopLevelClasses().should().beAnnotatedWith(API.class);
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_write_through_io_when_commands_print() {
    // GIVEN
    var rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().resideInAPackage("dev.selfcheck.cli..")
        .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
    // WHEN
    EvaluationResult result = rule.evaluate(MAIN);
    // THEN commands stay testable in-process
    then(MAIN.size()).isGreaterThan(10);
    then(result.getFailureReport().getDetails()).isEmpty();
  }
}
