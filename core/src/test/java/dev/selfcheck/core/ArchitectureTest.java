package dev.selfcheck.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.BDDAssertions.then;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private static final String API_PACKAGE = "dev.selfcheck.core";
  private static final String INTERNAL = "..internal..";

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(new ImportOption.DoNotIncludeTests())
      .importPackages(API_PACKAGE);

  private static EvaluationResult evaluate(ArchRule rule) {
    return rule.evaluate(CORE);
  }

  /** Holds for methods whose return type or a parameter type lies in an internal package. */
  private static ArchCondition<JavaMethod> notExposeInternalTypes() {
    return new ArchCondition<>("not expose internal types") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        Stream.concat(Stream.of(method.getRawReturnType()), method.getRawParameterTypes().stream())
            .filter(type -> type.getPackageName().contains(".internal"))
            .forEach(type -> events.add(SimpleConditionEvent.violated(method,
                method.getFullName() + " exposes " + type.getName())));
      }
    };
  }

  @Test
  void should_find_the_model_when_main_classes_are_imported() {
    // GIVEN the imported main classes

    // WHEN
    boolean hasQuestionnaire = CORE.contain(Questionnaire.class);
    boolean hasTests = CORE.contain(ArchitectureTest.class);

    // THEN
    then(hasQuestionnaire).isTrue();
    then(hasTests).isFalse();
  }

  @Test
  void should_carry_api_annotation_when_type_is_public_and_top_level() {
    // GIVEN
    ArchRule rule = classes().that().resideInAPackage(API_PACKAGE)
        .and().arePublic()
        .and().areTopLevelClasses()
        .and().haveSimpleNameNotStartingWith("Immutable")
        .should().beAnnotatedWith(API.class);

    // WHEN
    EvaluationResult result = evaluate(rule);

    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_keep_generated_immutables_package_private_when_model_is_compiled() {
    // GIVEN
    ArchRule rule = classes().that().resideInAPackage(API_PACKAGE)
        .and().haveSimpleNameStartingWith("Immutable")
        .and().areTopLevelClasses()
        .should().notBePublic();

    // WHEN
    EvaluationResult result = evaluate(rule);

    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_not_expose_internal_types_when_api_method_is_public() {
    // GIVEN
    ArchRule rule = methods().that().arePublic()
        .and().areDeclaredInClassesThat().resideOutsideOfPackage(INTERNAL)
        .and().areDeclaredInClassesThat().arePublic()
        .should(notExposeInternalTypes());

    // WHEN
    EvaluationResult result = evaluate(rule);

    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_not_depend_on_json_or_validation_providers_when_core_is_compiled() {
    // GIVEN
    ArchRule rule = noClasses().that().resideInAPackage(API_PACKAGE + "..")
        .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml..", "org.hibernate..");

    // WHEN
    EvaluationResult result = evaluate(rule);

    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_not_write_to_standard_streams_when_core_code_runs() {
    // GIVEN
    ArchRule rule = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    // WHEN
    EvaluationResult result = evaluate(rule);

    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  /**
   * The API package depends on {@code internal} only through {@link Questionnaire}, which
   * delegates validation there; that one facade edge is allowed, every other cycle is not.
   */
  @Test
  void should_have_no_package_cycles_when_facade_calls_into_internal_are_allowed() {
    // GIVEN
    ArchRule rule = slices().matching("dev.selfcheck.(**)")
        .should().beFreeOfCycles()
        .ignoreDependency(
            DescribedPredicate.describe("Questionnaire", (JavaClass c) -> c.isEquivalentTo(Questionnaire.class)),
            JavaClass.Predicates.resideInAPackage(API_PACKAGE + ".internal"));

    // WHEN
    EvaluationResult result = evaluate(rule);

    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void should_call_internal_only_from_the_facade_when_api_types_are_compiled() {
    // GIVEN
    ArchRule rule = noClasses().that().resideInAPackage(API_PACKAGE)
        .and().doNotHaveFullyQualifiedName(Questionnaire.class.getName())
        .should().dependOnClassesThat().resideInAPackage(INTERNAL);

    // WHEN
    EvaluationResult result = evaluate(rule);

    // THEN
    then(result.getFailureReport().getDetails()).isEmpty();
  }
}
