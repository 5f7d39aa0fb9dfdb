package dev.selfcheck.architecture;

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
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Objects;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The architecture rules that every selfcheck module holds, written once: a module's
 * {@code ArchitectureTest} extends this class, names its module, and adds only the rules that are
 * its own (which libraries it may use, a facade edge it is allowed).
 *
 * <p>The rules run over the module's main classes as compiled in this build (no test classes, no
 * jars), imported together with the other modules' classes in the same output folders:
 *
 * <ul>
 *   <li>every public top-level type of the API package carries {@code @API} (generated
 *       {@code Immutable*} types excepted, which are package-private);
 *   <li>no public method of a public API type takes or returns a type of an {@code internal}
 *       package;
 *   <li>no class uses another module's {@code internal} package;
 *   <li>there are no cycles between modules;
 *   <li>main code does not write to {@code System.out} or {@code System.err}, so that it stays
 *       testable in-process (the command-line tool writes through its own {@code Io}).
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ModuleArchitectureContract {

  private static final DescribedPredicate<JavaClass> INTERNAL =
      DescribedPredicate.describe("an internal type", c -> c.getPackageName().contains(".internal"));

  private final String apiPackage;
  private final JavaClasses main;

  /**
   * Applies the rules to one module.
   *
   * @param module the module's package below {@code dev.selfcheck}, such as {@code "scoring"}
   */
  protected ModuleArchitectureContract(String module) {
    this.apiPackage = "dev.selfcheck." + Objects.requireNonNull(module, "module");
    this.main = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("dev.selfcheck");
  }

  /** @return the main classes of this build, the module's among them */
  protected final JavaClasses mainClasses() {
    return main;
  }

  /** @return the module's API package, such as {@code dev.selfcheck.scoring} */
  protected final String apiPackage() {
    return apiPackage;
  }

  /**
   * Checks a rule against the main classes.
   *
   * @param rule the rule
   */
  protected final void check(ArchRule rule) {
    then(rule.evaluate(main).getFailureReport().getDetails()).as(rule.getDescription()).isEmpty();
  }

  @Test
  void should_import_the_module_main_classes_when_the_rules_run() {
    // GIVEN the classes imported from the build's output folders
    // WHEN
    long own = main.stream().filter(c -> c.getPackageName().startsWith(apiPackage)).count();
    // THEN a rule over no classes would prove nothing, and tests are not main code
    then(own).as("main classes of %s", apiPackage).isPositive();
    then(main.contain(getClass())).isFalse();
  }

  @Test
  void should_carry_api_when_a_top_level_type_of_the_api_package_is_public() {
    check(classes().that().resideInAPackage(apiPackage).and().arePublic()
        .and().areTopLevelClasses().and().haveSimpleNameNotStartingWith("Immutable")
        .should().beAnnotatedWith(API.class));
  }

  @Test
  void should_keep_generated_immutables_package_private_when_the_model_is_compiled() {
    check(classes().that().resideInAPackage(apiPackage).and().haveSimpleNameStartingWith("Immutable")
        .and().areTopLevelClasses().should().notBePublic().allowEmptyShould(true));
  }

  @Test
  void should_expose_no_internal_type_when_a_public_api_method_is_declared() {
    ArchCondition<JavaMethod> noInternalTypes = new ArchCondition<>("not expose internal types") {
      @Override
      public void check(JavaMethod m, ConditionEvents events) {
        if (INTERNAL.test(m.getRawReturnType()) || m.getRawParameterTypes().stream().anyMatch(INTERNAL)) {
          events.add(SimpleConditionEvent.violated(m, m.getFullName() + " exposes an internal type"));
        }
      }
    };
    check(methods().that().areDeclaredInClassesThat().resideInAPackage(apiPackage)
        .and().arePublic().and().areDeclaredInClassesThat().arePublic()
        .should(noInternalTypes).allowEmptyShould(true));
  }

  @Test
  void should_not_reach_into_other_modules_internals_when_main_code_is_compiled() {
    DescribedPredicate<JavaClass> othersInternal = DescribedPredicate.describe(
        "an internal type of another module",
        c -> INTERNAL.test(c) && c.getPackageName().startsWith("dev.selfcheck.")
            && !c.getPackageName().startsWith(apiPackage + "."));
    check(noClasses().that().resideInAPackage(apiPackage + "..")
        .should().dependOnClassesThat(othersInternal));
  }

  @Test
  void should_have_no_cycles_when_modules_depend_on_each_other() {
    check(slices().matching("dev.selfcheck.(*)..").should().beFreeOfCycles());
  }

  @Test
  void should_not_print_when_main_code_runs() {
    check(noClasses().that().resideInAPackage(apiPackage + "..")
        .should().accessField(System.class, "out").orShould().accessField(System.class, "err"));
  }
}
