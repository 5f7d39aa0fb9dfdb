package dev.selfcheck.schema;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apiguardian.api.API;

/** The public surface of the codec module: annotated, free of internal types, quiet. */
@AnalyzeClasses(packages = "dev.selfcheck.schema", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final DescribedPredicate<JavaClass> IN_INTERNAL =
      JavaClass.Predicates.resideInAPackage("..internal..");

  @ArchTest
  static final ArchRule public_types_are_annotated_with_api =
      classes().that().resideInAPackage("dev.selfcheck.schema")
          .and().arePublic().and().areTopLevelClasses()
          .should().beAnnotatedWith(API.class);

  @ArchTest
  static final ArchRule public_methods_do_not_expose_internal_types =
      methods().that().arePublic()
          .and().areDeclaredInClassesThat().resideInAPackage("dev.selfcheck.schema")
          .and().areDeclaredInClassesThat().arePublic()
          .should().haveRawReturnType(DescribedPredicate.not(IN_INTERNAL))
          .andShould().haveRawParameterTypes(DescribedPredicate.not(
              DescribedPredicate.anyElementThat(IN_INTERNAL)));

  @ArchTest
  static final ArchRule nothing_writes_to_the_console =
      noClasses().should().accessField(System.class, "out")
          .orShould().accessField(System.class, "err");

  @ArchTest
  static final ArchRule no_cycles_between_modules =
      slices().matching("dev.selfcheck.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule internal_types_are_not_used_from_other_modules =
      classes().that().resideInAPackage("dev.selfcheck.schema.internal")
          .should().onlyBeAccessed().byClassesThat().resideInAnyPackage("dev.selfcheck.schema..");
}
